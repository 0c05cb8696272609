"""Actieplan: ideas ranked by dot voting (per group), and the actions the room takes on.

Ideas come from the other steps (Krachtenkaart ideas, Eigenaarschap shifts, answered
killer phrases; see :mod:`.actieplan_sources`) or are typed directly. Each group
(e.g. residents and the municipality) sticks its own dots, so the ranking can show
where both sides agree. An action says what, who leads it (the *trekker*), with whom,
the first step and when; its status changes are kept in its history, so a later
meeting in the same place can carry open actions over and see how they went.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any, ClassVar

from .preparation import meeting_day
from .records import Record, record_kind
from .refusal import Refusal
from .session import Session

SCALES = ("klus", "project", "idee")
FOR_WHOM = ("bewoners", "gemeente", "samen")
STATUSES = ("open", "bezig", "klaar", "gestopt")
#: statuses of an action that is still running (these carry over to a next meeting)
OPEN_STATUSES = ("open", "bezig")
SOURCE_KINDS = ("", "idea", "activity", "killer_phrase", "asset_card")
MAX_DOTS = 99
MAX_VOTES = 999
MAX_GROUPS = 6


class PlanError(Refusal):
    """Input the action plan refuses; the message is Dutch and says what to do."""


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class VoteSetup(Record):
    KIND: ClassVar[str] = "vote_setup"
    SINGLETON: ClassVar[bool] = True

    dots_per_person: int = 3
    #: the groups that vote apart, e.g. ["bewoners", "gemeente"]; empty = everyone together
    groups: list[str] = dataclasses.field(default_factory=list)
    #: group -> number of people voting; missing or 0 = counted from the participants
    voters: dict[str, int] = dataclasses.field(default_factory=dict)
    #: "kind/id" of sources whose idea the user removed: "Ideeën ophalen" does not bring them back
    dismissed: list[str] = dataclasses.field(default_factory=list)


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class PlanIdea(Record):
    KIND: ClassVar[str] = "plan_idea"

    title: str = ""
    source_kind: str = ""
    source_id: str = ""
    #: where the idea came from, in words ("Van Type 3 naar Type 2: ...")
    note: str = ""
    votes: dict[str, int] = dataclasses.field(default_factory=dict)
    #: id of the theme record (:mod:`.themes`) the idea belongs to, or ""
    theme: str = ""
    position: float = 0.0


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class Action(Record):
    KIND: ClassVar[str] = "action"

    what: str = ""
    why: str = ""
    idea_ids: list[str] = dataclasses.field(default_factory=list)
    card_ids: list[str] = dataclasses.field(default_factory=list)
    trekker: str = ""
    with_whom: str = ""
    first_step: str = ""
    due: str = ""  # "Wanneer" in a stored form of facilitator/domain/when.py, or ""
    means: str = ""
    scale: str = "klus"
    for_whom: str = "bewoners"
    status: str = "open"
    #: [{"date": yyyy-mm-dd, "text": ..., "status": ...}], oldest first
    history: list[dict[str, str]] = dataclasses.field(default_factory=list)
    #: "<session id>/<action id>" of the action this one continues, or ""
    carried_from: str = ""
    #: id of the theme record (:mod:`.themes`) the action belongs to, or ""
    theme: str = ""
    position: float = 0.0

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


def label(kind: str, value: str, language: str = "nl") -> str:
    """The shown name of a status, scale, for_whom or source id (``resources/data/actieplan.json``)."""
    from ..content import load, text

    for item in load("actieplan")[kind]:
        if item["id"] == value:
            return text(item["label"], language)
    return value


def group_name(group: str, language: str = "nl") -> str:
    """A voting group's name for people; the one group of everyone has none of its own."""
    return group or ("Stippen" if language == "nl" else "Dots")


def short_date(iso: str) -> str:
    """yyyy-mm-dd as the Dutch d-m-yyyy ("2026-05-01" -> "1-5-2026"); anything else as it is."""
    parts = iso.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return iso
    return f"{int(parts[2])}-{int(parts[1])}-{parts[0]}"


def today() -> str:
    """The system's date; what belongs to the meeting takes :func:`.preparation.meeting_day`."""
    return datetime.date.today().isoformat()


# ------------------------------------------------------------------ vote setup
def setup(session: Session) -> VoteSetup:
    return session.single(VoteSetup)


def groups(session: Session) -> list[str]:
    """The voting groups; ``[""]`` (one group, everyone) when none are set."""
    return list(setup(session).groups) or [""]


def set_dots(session: Session, dots_per_person: int) -> None:
    n = int(dots_per_person)
    if not 1 <= n <= MAX_DOTS:
        raise PlanError("Het aantal stippen per persoon moet tussen 1 en {top} liggen.", top=MAX_DOTS)
    session.update(setup(session), "Stippen per persoon wijzigen", dots_per_person=n)


def parse_groups(value: str | list[str]) -> list[str]:
    """Group names from "bewoners, gemeente" (or a list): trimmed, no doubles, in order."""
    parts = value.split(",") if isinstance(value, str) else list(value)
    result: list[str] = []
    for part in parts:
        name = " ".join(str(part).split())
        if name and name.casefold() not in (g.casefold() for g in result):
            result.append(name)
    if len(result) > MAX_GROUPS:
        raise PlanError("Er kunnen hoogstens {top} groepen apart stemmen.", top=MAX_GROUPS)
    if any(len(g) > 40 for g in result):
        raise PlanError("Een groepsnaam mag hoogstens 40 tekens lang zijn.")
    return result


def set_groups(session: Session, value: str | list[str]) -> None:
    """Set the groups that vote apart. Dots of a removed group stay stored but do not count."""
    session.update(setup(session), "Groepen wijzigen", groups=parse_groups(value))


def set_voters(session: Session, group: str, count: int) -> None:
    """How many people of a group vote (0: count the participants of that group)."""
    voters = dict(setup(session).voters)
    voters[group] = max(0, min(int(count), 9999))
    session.update(setup(session), "Aantal stemmers wijzigen", voters=voters)


def voters(session: Session, group: str) -> int:
    """People voting in a group: the number set, else the participants in that group."""
    from .preparation import Participant

    count = int(setup(session).voters.get(group, 0))
    if count > 0:
        return count
    people = session.all(Participant)
    if not group:
        return len(people)
    return sum(1 for p in people if fold(p.group) == fold(group))


def dots_available(session: Session, group: str) -> int:
    return setup(session).dots_per_person * voters(session, group)


def dots_used(session: Session, group: str) -> int:
    return sum(idea.votes.get(group, 0) for idea in ideas(session))


# ----------------------------------------------------------------------- ideas
def ideas(session: Session) -> list[PlanIdea]:
    return session.all(PlanIdea)


def add_idea(session: Session, title: str, source_kind: str = "", source_id: str = "", note: str = "") -> PlanIdea:
    title = title.strip()
    if not title:
        raise PlanError("Een idee heeft een titel nodig.")
    if source_kind not in SOURCE_KINDS:
        raise ValueError(f"unknown source kind {source_kind!r}")
    idea = PlanIdea(
        title=title,
        source_kind=source_kind,
        source_id=source_id,
        note=note,
        position=session.next_position(PlanIdea),
    )
    session.add(idea, label="Idee toevoegen")
    return idea


def edit_idea(session: Session, idea: PlanIdea, merge_key: str | None = None, **fields: Any) -> None:
    if "title" in fields:
        fields["title"] = str(fields["title"]).strip()
        if not fields["title"]:
            raise PlanError("Een idee heeft een titel nodig.")
    session.update(latest(session, idea), "Idee wijzigen", merge_key=merge_key, **fields)


def remove_idea(session: Session, idea: PlanIdea) -> None:
    """Remove an idea and its links from actions, in one undo step."""
    with session.batch("Idee verwijderen"):
        key = f"{idea.source_kind}/{idea.source_id}"
        if idea.source_kind and key not in setup(session).dismissed:
            session.update(setup(session), "", dismissed=[*setup(session).dismissed, key])
        for action in actions(session):
            if idea.id in action.idea_ids:
                session.update(action, "", idea_ids=[i for i in action.idea_ids if i != idea.id])
        session.remove(idea, label="Idee verwijderen")


def set_votes(session: Session, idea: PlanIdea, group: str, count: int) -> None:
    """Set the number of dots a group gave an idea (typed in by the facilitator)."""
    try:
        n = int(count)
    except (TypeError, ValueError):
        raise PlanError("Typ een aantal stippen als getal, bijvoorbeeld 4.") from None
    if not 0 <= n <= MAX_VOTES:
        raise PlanError("Het aantal stippen moet tussen 0 en {top} liggen.", top=MAX_VOTES)
    current = latest(session, idea)
    votes = {**current.votes, group: n}
    if n == 0:
        votes.pop(group)
    session.update(current, "Stippen tellen", votes=votes)


def vote(session: Session, idea: PlanIdea, group: str, delta: int = 1) -> None:
    """Add (+1) or take away (-1) a dot of a group; never below zero."""
    current = latest(session, idea)
    n = max(0, min(MAX_VOTES, current.votes.get(group, 0) + delta))
    if n != current.votes.get(group, 0):
        set_votes(session, current, group, n)


def total(session: Session, idea: PlanIdea) -> int:
    """Dots of the current groups only (dots of a removed group do not count)."""
    return sum(idea.votes.get(g, 0) for g in groups(session))


def ranked(session: Session) -> list[PlanIdea]:
    """Ideas by total dots, then by the groups' dots in group order, then by entry order."""
    names = groups(session)

    def key(pair: tuple[int, PlanIdea]) -> tuple[int, ...]:
        i, idea = pair
        counts = [idea.votes.get(g, 0) for g in names]
        return (-sum(counts), *(-c for c in counts), i)

    return [idea for _, idea in sorted(enumerate(ideas(session)), key=key)]


def rank_numbers(session: Session) -> dict[str, int]:
    """idea id -> place in the ranking (1 = most dots); ties share a place."""
    names = groups(session)
    result: dict[str, int] = {}
    previous: int | None = None
    place = 0
    for i, idea in enumerate(ranked(session), start=1):
        t = sum(idea.votes.get(g, 0) for g in names)
        if t != previous:
            place, previous = i, t
        result[idea.id] = place
    return result


# --------------------------------------------------------------------- actions
def actions(session: Session) -> list[Action]:
    return session.all(Action)


def parse_due(value: str) -> str:
    """ "Wanneer" in its stored form (see :mod:`.when`): an exact day, a month, a quarter, a
    season, a year, a recurrence or the text as typed; "" stays "". A date that does not
    exist ("31-2-2026") is refused with a message."""
    from . import when

    try:
        return when.parse(value)
    except when.WhenError as exc:
        raise PlanError(exc.text, **exc.arguments) from None


def _check_action_fields(fields: dict[str, Any]) -> dict[str, Any]:
    for name, allowed in (("scale", SCALES), ("for_whom", FOR_WHOM), ("status", STATUSES)):
        if name in fields and fields[name] not in allowed:
            raise ValueError(f"unknown {name} {fields[name]!r}")
    if "due" in fields:
        fields["due"] = parse_due(str(fields["due"]))
    if "what" in fields:
        fields["what"] = str(fields["what"]).strip()
        if not fields["what"]:
            raise PlanError("Een actie heeft een omschrijving nodig: wat gaan we doen?")
    return fields


def add_action(session: Session, what: str, **fields: Any) -> Action:
    fields = _check_action_fields({"what": what, **fields})
    date = fields.pop("date", None) or meeting_day(session)
    action = Action(position=session.next_position(Action), **fields)
    history = [{"date": date, "text": "Actie afgesproken", "status": action.status}]
    action = dataclasses.replace(action, history=history)
    session.add(action, label="Actie toevoegen")
    return action


def edit_action(session: Session, action: Action, merge_key: str | None = None, **fields: Any) -> None:
    """Change an action; a new status is written into its history in the same undo step."""
    current = latest(session, action)
    date = fields.pop("date", None) or meeting_day(session)
    fields = _check_action_fields(fields)
    if "status" in fields and fields["status"] != current.status:
        change = f"{label('statuses', current.status)} → {label('statuses', fields['status'])}"
        entry = {"date": date, "text": f"Status: {change}", "status": fields["status"]}
        fields["history"] = [*current.history, entry]
        merge_key = None
    session.update(current, "Actie wijzigen", merge_key=merge_key, **fields)


def set_status(session: Session, action: Action, status: str, date: str | None = None) -> None:
    edit_action(session, action, status=status, date=date)


def add_note(session: Session, action: Action, text: str, date: str | None = None) -> None:
    """Write how an action is going into its history (e.g. at a later meeting)."""
    text = text.strip()
    if not text:
        raise PlanError("Een notitie kan niet leeg zijn.")
    current = latest(session, action)
    entry = {"date": date or meeting_day(session), "text": text, "status": current.status}
    session.update(current, "Notitie bij actie", history=[*current.history, entry])


def remove_action(session: Session, action: Action) -> None:
    session.remove(action, label="Actie verwijderen")


def actions_by_trekker(session: Session) -> dict[str, list[Action]]:
    """Actions grouped by who leads them (for one action card per trekker); "" = nobody yet."""
    from .when import sort_key

    result: dict[str, list[Action]] = {}
    for action in sorted(actions(session), key=lambda a: sort_key(a.due)):  # each one's actions by "Wanneer"
        result.setdefault(" ".join(action.trekker.split()), []).append(action)
    return dict(sorted(result.items(), key=lambda kv: (kv[0] == "", fold(kv[0]))))


# --------------------------------------------------------------------- helpers
def fold(text: str) -> str:
    """Lower case without accents or extra spaces ("Ulrüm  " matches "ulrum")."""
    from .textfold import fold as fold_case

    return " ".join(fold_case(text).split())


def latest(session: Session, record: Any) -> Any:
    """The record as the session has it now (a view may hold an older copy)."""
    return session.get(type(record), record.id) or record
