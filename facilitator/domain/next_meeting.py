"""The next meeting in a place, made from the last one: what still holds is carried over.

:func:`plan` says what the earlier meeting offers; :func:`carry` fills a new, empty
session from it in one undo step. What is carried, per kind (see :data:`CARRIERS`):

- the meeting: place, place kind and gemeente; the new date and kind of meeting;
- participants who agreed to be kept (``consent``); never those without;
- the vision (its text and date);
- the Krachtenkaart cards, each marked ``confirm = "te_bevestigen"`` ("Klopt dit nog?",
  :mod:`.card_check`); dots are not carried, they belong to one evening's vote;
- the activities of the Type 1–4 board, where they stood and where the room wanted them
  (the starting point of the new board: a facilitator expects last year's board, to move
  what changed, rather than an empty one);
- the open actions the facilitator ticked, with their history (:func:`.actieplan_sources.carried_action`);
- a read-only :class:`LastTime` record: the old board and the role and value profiles as
  they were, shown beside the new ones as "vorige keer".

For the review view (another module), two things are stable and simple:

- ``Meeting.meeting_kind``: an id from ``resources/data/meeting_kinds.json``
  (:mod:`.meeting_kinds`; ``opens_with_review`` says whether the review view comes first);
- ``carried_from`` on every carried record (participant, asset_card, gone_card, vision,
  activity, action): ``"<session id of the earlier file>/<record id there>"``, the same
  form actions had already (:func:`.actieplan_sources.carry_key`). :mod:`.lineage` follows
  it over several meetings.

Themes with their werkgroepen are carried before the actions, so a carried action stays under
its theme. Other kinds join by adding a :class:`Carrier` to :data:`CARRIERS`.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable
from typing import Any, ClassVar

from . import meeting_kinds, themes
from .actieplan import Action, actions
from .actieplan_sources import carried_action, carry_key
from .card_check import TO_CONFIRM
from .eigenaarschap import Activity
from .krachtenkaart import AssetCard, Vision, map_picture, vision
from .preparation import Meeting, Participant, edit_meeting, meeting
from .records import Record, record_kind
from .rollen import RoleScore, current_set_id
from .scoring import ItemScore
from .session import Session

#: a picture in the earlier file: blob id -> (bytes, mime), or None when it is missing
BlobReader = Callable[[str], "tuple[bytes, str] | None"]

LABEL = "Nieuwe bijeenkomst voor deze plaats"


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class LastTime(Record):
    """The earlier meeting as it was: read-only, for "vorige keer" beside the new board and radars."""

    KIND: ClassVar[str] = "last_time"
    SINGLETON: ClassVar[bool] = True

    #: the session id and date of the meeting this one was made from
    session_id: str = ""
    date: str = ""
    meeting_kind: str = ""
    #: [{"id", "title", "current_type", "wanted_type"}] of the old Type 1–4 board
    board: list[dict[str, str | int]] = dataclasses.field(default_factory=list)
    #: the role set used then, and [{"set_id", "role_id", "group", "now", "wanted"}]
    role_set: str = ""
    roles: list[dict[str, str | int]] = dataclasses.field(default_factory=list)
    #: [{"exercise", "item_id", "group", "now", "wanted"}]: democratic values and support forms
    scores: list[dict[str, str | int]] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Choice:
    """What the facilitator chose in the dialog."""

    date: str
    meeting_kind: str
    #: ids (in the earlier meeting) of the actions to carry
    action_ids: frozenset[str]
    facilitator: str = ""


@dataclasses.dataclass(frozen=True)
class Offer:
    """What an earlier meeting offers to the next one (for the dialog)."""

    place: str
    date: str
    participants_kept: int
    participants_left: int
    has_vision: bool
    cards: int
    activities: int
    profiles: bool
    #: actions the dialog lists (every one not done), and those ticked at first (open or busy)
    actions: list[Action]
    ticked: frozenset[str]
    suggested_kind: str


@dataclasses.dataclass
class Source:
    """The earlier meeting: its records in memory, its session id, and a way to read its pictures."""

    session: Session
    session_id: str
    blobs: BlobReader | None = None


#: one kind of record to carry: (source, target, choice, ids) -> None; ``ids`` maps old ids
#: to new ones (filled by earlier carriers, read by later ones: activities find their cards)
Carrier = Callable[[Source, Session, Choice, dict[str, str]], None]


def offerable_actions(source: Session) -> list[Action]:
    return [a for a in actions(source) if a.status != "klaar"]


def plan(source: Source, first_date: str = "") -> Offer:
    s = source.session
    people = s.all(Participant)
    offered = offerable_actions(s)
    m = meeting(s)
    roles = bool(s.all(RoleScore)) or bool(s.all(ItemScore))
    years = _years(first_date or m.date, m.date) + 1.0
    return Offer(
        place=m.place,
        date=m.date,
        participants_kept=sum(1 for p in people if p.consent),
        participants_left=sum(1 for p in people if not p.consent),
        has_vision=bool(vision(s).text.strip()),
        cards=s.count(AssetCard),
        activities=s.count(Activity),
        profiles=roles,
        actions=offered,
        ticked=frozenset(a.id for a in offered if a.is_open),
        suggested_kind=meeting_kinds.suggested(years),
    )


def _years(first: str, last: str) -> float:
    try:
        return (datetime.date.fromisoformat(last) - datetime.date.fromisoformat(first)).days / 365.25
    except ValueError:
        return 0.0


# ---------------------------------------------------------------- carriers
def carry_meeting(source: Source, target: Session, choice: Choice, ids: dict[str, str]) -> None:
    old = meeting(source.session)
    edit_meeting(
        target,
        place=old.place,
        place_kind=old.place_kind,
        municipality=old.municipality,
        facilitator=choice.facilitator or old.facilitator,
        language=old.language,
        date=choice.date,
        meeting_kind=choice.meeting_kind or meeting_kinds.DEFAULT,
    )


def carry_participants(source: Source, target: Session, choice: Choice, ids: dict[str, str]) -> None:
    for p in source.session.all(Participant):
        if not p.consent:
            continue  # nobody is kept without saying yes
        new = dataclasses.replace(_fresh(p), carried_from=carry_key(source.session_id, p.id))
        ids[p.id] = new.id
        target.add(new, label=LABEL)


def carry_vision(source: Source, target: Session, choice: Choice, ids: dict[str, str]) -> None:
    old = vision(source.session)
    if old.text.strip():
        target.add(Vision(text=old.text, date=old.date, carried_from=carry_key(source.session_id, old.id)), label=LABEL)


def carry_cards(source: Source, target: Session, choice: Choice, ids: dict[str, str]) -> None:
    picture = map_picture(source.session)
    if picture is not None and picture.blob_id and source.blobs is not None:
        found = source.blobs(picture.blob_id)
        if found is not None:
            blob_id = target.storage.put_blob(*found)
            target.add(dataclasses.replace(_fresh(picture), blob_id=blob_id), label=LABEL)
    for card in source.session.all(AssetCard):
        photos = [p for p in (_copy_blob(source, target, b) for b in card.photos) if p]
        new = dataclasses.replace(
            _fresh(card),
            dots=0,
            photos=photos,
            contact=card.contact if card.contact_consent else "",
            carried_from=carry_key(source.session_id, card.id),
            confirm=TO_CONFIRM,
        )
        ids[card.id] = new.id
        target.add(new, label=LABEL)


def carry_activities(source: Source, target: Session, choice: Choice, ids: dict[str, str]) -> None:
    for activity in source.session.all(Activity):
        new = dataclasses.replace(
            _fresh(activity),
            card_id=ids.get(activity.card_id, ""),
            hands={},  # a vote of that evening, not of this one
            carried_from=carry_key(source.session_id, activity.id),
        )
        ids[activity.id] = new.id
        target.add(new, label=LABEL)


def carry_themes(source: Source, target: Session, choice: Choice, ids: dict[str, str]) -> None:
    """The themes with their werkgroep (members the new meeting kept) and ambitions."""
    for theme in themes.carry_themes(source.session, target, source.session_id):
        ids[theme.carried_from.rpartition(":")[2]] = theme.id


def carry_actions(source: Source, target: Session, choice: Choice, ids: dict[str, str]) -> None:
    old_date = meeting(source.session).date
    for old in offerable_actions(source.session):
        if old.id in choice.action_ids:
            new = carried_action(target, source.session_id, old, old_date, choice.date or None)
            if old.theme in ids:  # still under its theme, now the new meeting's copy of it
                new = dataclasses.replace(new, theme=ids[old.theme])
            ids[old.id] = new.id
            target.add(new, label=LABEL)


def carry_last_time(source: Source, target: Session, choice: Choice, ids: dict[str, str]) -> None:
    s = source.session
    board: list[dict[str, str | int]] = [
        {"id": a.id, "title": a.title, "current_type": a.current_type, "wanted_type": a.wanted_type}
        for a in s.all(Activity)
    ]
    roles: list[dict[str, str | int]] = [
        {"set_id": r.set_id, "role_id": r.role_id, "group": r.group, "now": r.now, "wanted": r.wanted}
        for r in s.all(RoleScore)
    ]
    scores: list[dict[str, str | int]] = [
        {"exercise": r.exercise, "item_id": r.item_id, "group": r.group, "now": r.now, "wanted": r.wanted}
        for r in s.all(ItemScore)
    ]
    m = meeting(s)
    target.add(
        LastTime(
            session_id=source.session_id,
            date=m.date,
            meeting_kind=m.meeting_kind,
            board=board,
            role_set=current_set_id(s) if roles else "",
            roles=roles,
            scores=scores,
        ),
        label=LABEL,
    )


#: (kind, carrier), in order: cards before activities (an activity keeps its card)
CARRIERS: list[tuple[str, Carrier]] = [
    (Meeting.KIND, carry_meeting),
    (Participant.KIND, carry_participants),
    (Vision.KIND, carry_vision),
    (AssetCard.KIND, carry_cards),
    (Activity.KIND, carry_activities),
    (themes.Theme.KIND, carry_themes),
    (Action.KIND, carry_actions),
    (LastTime.KIND, carry_last_time),
]


def carry(source: Source, target: Session, choice: Choice) -> dict[str, str]:
    """Fill ``target`` (a new session) from the earlier meeting, in one undo step.

    Returns old record id -> new record id for everything carried.
    """
    if choice.meeting_kind and meeting_kinds.kind(choice.meeting_kind) is None:
        raise ValueError(f"unknown meeting kind {choice.meeting_kind!r}")
    ids: dict[str, str] = {}
    with target.batch(LABEL):
        for _kind, carrier in CARRIERS:
            carrier(source, target, choice, ids)
    return ids


def last_time(session: Session) -> LastTime | None:
    """What the earlier meeting looked like, when this one was made from it."""
    found = session.all(LastTime)
    return found[0] if found else None


def board_last_time(session: Session) -> dict[int, list[str]]:
    """Type (0–4) -> titles of the old board, where they stood then."""
    result: dict[int, list[str]] = {}
    before = last_time(session)
    for row in before.board if before else []:
        result.setdefault(int(row.get("current_type", 0)), []).append(str(row.get("title", "")))
    return result


def role_profile_last_time(session: Session, set_id: str, group: str = "") -> dict[str, tuple[int, int]]:
    """role id -> (now, wanted) as scored at the earlier meeting, for one set and group."""
    before = last_time(session)
    return _scores(before.roles if before else [], "role_id", "set_id", set_id, group)


def scores_last_time(session: Session, exercise: str, group: str = "") -> dict[str, tuple[int, int]]:
    """item id -> (now, wanted) at the earlier meeting, for "values" or "support"."""
    before = last_time(session)
    return _scores(before.scores if before else [], "item_id", "exercise", exercise, group)


def _scores(
    rows: list[dict[str, str | int]], key: str, kind_field: str, kind: str, group: str
) -> dict[str, tuple[int, int]]:
    return {
        str(r[key]): (int(r["now"]), int(r["wanted"]))
        for r in rows
        if r.get(kind_field) == kind and r.get("group", "") == group
    }


# ------------------------------------------------------------------ helpers
def _fresh(record: Any) -> Any:
    """The same record under a new id and new timestamps (it belongs to the new file)."""
    new = type(record)()
    return dataclasses.replace(record, id=new.id, created=new.created, updated=new.updated)


def _copy_blob(source: Source, target: Session, blob_id: str) -> str:
    if source.blobs is None:
        return ""
    found = source.blobs(blob_id)
    return target.storage.put_blob(*found) if found is not None else ""
