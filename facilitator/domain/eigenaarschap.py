"""Eigenaarschap: who owns each activity in the village, Type 1 (community) to Type 4 (municipality).

An :class:`Activity` sits in the column of its current type; the room may want it to
shift to another type (``wanted_type``), says what must change for that and who
contributes what (money, space, a permit, knowledge, people). When the room
disagrees, a show of hands per type is recorded and the facilitator decides.

The four types, the contribution kinds and a starter list of common initiatives are
data (``resources/data/eigenaarschap.json``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any, ClassVar

from ..content import ContentError, load, text
from .records import Record, record_kind
from .refusal import Refusal
from .session import Session

TYPES = (1, 2, 3, 4)
#: "?": the room has not chosen a type yet (starters and cards land here; the room decides)
OPEN = 0
#: the wanted types that need someone from the community to pull it ("Wie trekt het?")
PULLED_TYPES = (1, 2)
#: contribution kinds, in the order of the board (see the data file for labels)
CONTRIBUTION_KINDS = ("money", "space", "permit", "knowledge", "people")
#: longer titles keep their full text in the description (nothing typed is lost)
MAX_TITLE = 200
MAX_HANDS = 9999
MAX_CONTRIBUTION = 1000
CONTENT = "eigenaarschap"


class ActivityError(Refusal):
    """A request the rules refuse; the message is Dutch, for the facilitator."""


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class Activity(Record):
    """One activity or initiative on the ownership board."""

    KIND: ClassVar[str] = "activity"

    title: str = ""
    description: str = ""
    #: 1..4, or OPEN (0) while the room has not chosen
    current_type: int = 1
    #: 0 = stays where it is
    wanted_type: int = 0
    #: the asset card it was taken from ("" when typed in)
    card_id: str = ""
    #: the starter kind it was ticked from ("" when typed in)
    starter_id: str = ""
    change_needed: str = ""
    #: contribution kind (money/space/permit/knowledge/people) -> who gives what
    contributions: dict[str, str] = dataclasses.field(default_factory=dict)
    #: type "1".."4" -> hands raised for it
    hands: dict[str, int] = dataclasses.field(default_factory=dict)
    position: float = 0.0
    #: who runs it now and how often ("de ijsclub", "jaarlijks")
    runs_now: str = ""
    how_often: str = ""
    #: "Wie trekt het?" when the room wants it in Type 1 or 2: a participant or an organisation
    puller: str = ""
    #: the room said out loud that nobody pulls it yet ("nog niemand")
    puller_nobody: bool = False
    #: "<session id>/<activity id>" in the earlier meeting this activity was carried from, or ""
    carried_from: str = ""

    @property
    def target(self) -> int:
        """The type the room wants (the current type when it stays)."""
        return self.wanted_type or self.current_type

    @property
    def shifts(self) -> bool:
        return self.wanted_type not in (0, self.current_type)

    def hand_count(self, type_number: int) -> int:
        return int(self.hands.get(str(type_number), 0))

    @property
    def is_open(self) -> bool:
        """The room has not chosen a type yet ("?")."""
        return self.current_type == OPEN

    @property
    def asks_puller(self) -> bool:
        """The room wants it in Type 1 or 2 (from elsewhere): someone must pull it."""
        return self.shifts and self.wanted_type in PULLED_TYPES

    @property
    def puller_missing(self) -> bool:
        """Wanted in Type 1 or 2 with nobody named (not asked, or "nog niemand")."""
        return self.asks_puller and not self.puller.strip()


# ---------------------------------------------------------------------- content
def types(language: str = "nl") -> list[dict[str, Any]]:
    """The four types with their texts in one language (number, label, owner, asks, role, color)."""
    result = []
    for item in load(CONTENT)["types"]:
        result.append({k: (v if k in ("number", "color") else text(v, language)) for k, v in item.items()})
    return result


def contribution_kinds(language: str = "nl") -> list[dict[str, str]]:
    return [{k: text(v, language) for k, v in item.items()} for item in load(CONTENT)["contributions"]]


def starters(language: str = "nl") -> list[dict[str, Any]]:
    """The starter list of initiative kinds: id, label, explain, type (OPEN where the room decides)."""
    result = []
    for s in load(CONTENT)["starters"]:
        kind = s.get("type") or OPEN
        if kind not in (OPEN, *TYPES):
            raise ContentError(f"eigenaarschap.json: starter {s.get('id')!r} heeft een onbekend type {kind!r}")
        result.append(
            {"id": s["id"], "label": text(s["label"], language), "explain": text(s["explain"], language), "type": kind}
        )
    return result


# ---------------------------------------------------------------------- reading
def activities(session: Session) -> list[Activity]:
    return session.all(Activity)


def column(session: Session, type_number: int) -> list[Activity]:
    """The activities whose current type is ``type_number`` (OPEN: not chosen yet), in board order."""
    return [a for a in session.all(Activity) if a.current_type == type_number]


def shifts(session: Session) -> list[Activity]:
    """Activities the room wants in another type than where they are now."""
    return [a for a in session.all(Activity) if a.shifts]


def spread(activity: Activity) -> dict[int, float]:
    """Share of the hands per type (0..1); all zero when no hands were counted."""
    total = sum(activity.hand_count(t) for t in TYPES)
    return {t: (activity.hand_count(t) / total if total else 0.0) for t in TYPES}


def most_hands(activity: Activity) -> int:
    """The type with the most hands; 0 when nobody voted or when types tie."""
    counts = {t: activity.hand_count(t) for t in TYPES}
    best = max(counts.values())
    winners = [t for t, n in counts.items() if n == best]
    return winners[0] if best > 0 and len(winners) == 1 else 0


# ---------------------------------------------------------------------- checks
def _check_type(value: Any, allow_zero: bool = False) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ActivityError("Onbekend type: {value}. Kies Type 1, 2, 3 of 4.", value=repr(value)) from None
    if isinstance(value, bool) or number not in TYPES and not (allow_zero and number == 0):
        raise ActivityError("Onbekend type: {value}. Kies Type 1, 2, 3 of 4.", value=repr(value))
    return number


def _split_title(title: str, description: str) -> tuple[str, str]:
    """A clean title; a title longer than MAX_TITLE is shortened and kept whole in the description."""
    clean = " ".join(title.split())
    if not clean:
        raise ActivityError("Geef de activiteit een naam.")
    if len(clean) <= MAX_TITLE:
        return clean, description
    cut = clean[:MAX_TITLE].rsplit(" ", 1)[0] or clean[:MAX_TITLE]
    full = title.strip()
    return cut + "…", (full + ("\n\n" + description if description else ""))


def _current(session: Session, activity: Activity) -> Activity:
    found = session.get(Activity, activity.id)
    if found is None:
        raise ActivityError("Deze activiteit bestaat niet meer (misschien net verwijderd).")
    return found


def _normal_wanted(wanted: int, current: int) -> int:
    return 0 if wanted == current else wanted


# ---------------------------------------------------------------------- writing
def add_activity(
    session: Session,
    title: str,
    current_type: int = OPEN,
    description: str = "",
    wanted_type: int = 0,
    card_id: str = "",
    starter_id: str = "",
) -> Activity:
    """Add an activity at the bottom of its column (OPEN: the "?" column, the room decides)."""
    current = _check_type(current_type, allow_zero=True)
    wanted = _normal_wanted(_check_type(wanted_type, allow_zero=True), current)
    clean, description = _split_title(title, description)
    activity = Activity(
        title=clean,
        description=description,
        current_type=current,
        wanted_type=wanted,
        card_id=card_id,
        starter_id=starter_id,
        position=session.next_position(Activity),
    )
    session.add(activity, label="Activiteit toevoegen")
    return session.get(Activity, activity.id) or activity  # the stored copy carries the write's stamp


def add_from_starter(session: Session, starter_ids: Iterable[str], language: str = "nl") -> list[Activity]:
    """Add the ticked kinds of the starter list (one undo step), in "?" unless the data fixes a type.

    Kinds already on the board (ticked earlier) are skipped.
    """
    known = {s["id"]: s for s in starters(language)}
    present = {a.starter_id for a in session.all(Activity) if a.starter_id}
    wanted: list[dict[str, Any]] = []
    for sid in starter_ids:
        if sid not in known:
            raise ActivityError("Onbekend soort initiatief: {value}.", value=repr(sid))
        if sid not in present and sid not in {s["id"] for s in wanted}:
            wanted.append(known[sid])
    added: list[Activity] = []
    with session.batch("Bestaande initiatieven toevoegen"):
        for s in wanted:
            added.append(add_activity(session, s["label"], s["type"], description=s["explain"], starter_id=s["id"]))
    return added


EDITABLE = {"title", "description", "change_needed", "runs_now", "how_often"}
MAX_SHORT = 300


def edit_activity(session: Session, activity: Activity, merge_key: str | None = None, **fields: Any) -> None:
    """Change the texts of an activity; typing in one field merges into one undo step."""
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ActivityError("Dit kan hier niet worden gewijzigd: {fields}.", fields=", ".join(sorted(unknown)))
    current = _current(session, activity)
    if "title" in fields:
        if not " ".join(str(fields["title"]).split()):
            raise ActivityError("Een activiteit houdt een naam.")
        fields["title"] = str(fields["title"]).strip()
        if len(fields["title"]) > MAX_TITLE:
            raise ActivityError(
                "Een naam kan hooguit {top} tekens lang zijn; zet de rest in de beschrijving.", top=MAX_TITLE
            )
    for name in ("runs_now", "how_often"):
        if name in fields and len(str(fields[name])) > MAX_SHORT:
            raise ActivityError("Dit veld kan hooguit {top} tekens lang zijn.", top=MAX_SHORT)
    session.update(current, "Activiteit wijzigen", merge_key=merge_key, **fields)


def set_puller(
    session: Session, activity: Activity, name: str = "", nobody: bool = False, merge_key: str | None = None
) -> None:
    """Wie trekt het? A participant or an organisation, or ``nobody`` ("nog niemand", said out loud)."""
    if len(name) > MAX_SHORT:
        raise ActivityError("Een naam kan hooguit {top} tekens lang zijn.", top=MAX_SHORT)
    if nobody and name.strip():
        raise ActivityError('Kies een naam of "nog niemand", niet allebei.')
    current = _current(session, activity)
    session.update(current, "Wie trekt het?", merge_key=merge_key, puller=name, puller_nobody=bool(nobody))


def set_contribution(session: Session, activity: Activity, kind: str, value: str, merge_key: str | None = None) -> None:
    """Who contributes what of one kind (money, space, permit, knowledge, people)."""
    if kind not in CONTRIBUTION_KINDS:
        raise ActivityError("Onbekend soort bijdrage: {value}.", value=repr(kind))
    if len(value) > MAX_CONTRIBUTION:
        raise ActivityError("Een bijdrage kan hooguit {top} tekens lang zijn.", top=MAX_CONTRIBUTION)
    current = _current(session, activity)
    contributions = dict(current.contributions)
    if value.strip():
        contributions[kind] = value
    else:
        contributions.pop(kind, None)
    session.update(current, "Bijdrage wijzigen", merge_key=merge_key, contributions=contributions)


def move_to_type(session: Session, activity: Activity, type_number: int, index: int | None = None) -> None:
    """Put an activity in another column (or elsewhere in its own), at ``index`` (None: at the bottom).

    When it lands in the type the room wanted, the wish is fulfilled (wanted = same).
    """
    target = _check_type(type_number, allow_zero=True)
    current = _current(session, activity)
    others = [a for a in column(session, target) if a.id != current.id]
    index = len(others) if index is None else max(0, min(len(others), index))
    label = "Activiteit verplaatsen" if target == current.current_type else f"Naar Type {target}"
    moved: dict[str, Any] = {"current_type": target, "wanted_type": _normal_wanted(current.wanted_type, target)}
    # only the order inside a column counts (columns filter by type): a slot between the new
    # neighbours means one record is written; renumber the column only when there is no room
    before = others[index - 1].position if index > 0 else None
    after = others[index].position if index < len(others) else None
    if before is None:
        slot = after - 1.0 if after is not None else current.position
    elif after is None:
        slot = before + 1.0
    else:
        slot = (before + after) / 2
    if (before is None or slot > before) and (after is None or slot < after):
        session.update(current, label, position=slot, **moved)
        return
    with session.batch(label):
        for pos, a in enumerate(others[:index] + [current] + others[index:], start=1):
            session.update(a, label, position=float(pos), **(moved if a.id == current.id else {}))


def set_wanted_type(session: Session, activity: Activity, wanted: int) -> None:
    """Where the room wants the activity to go (0 or the current type: it stays)."""
    current = _current(session, activity)
    value = _normal_wanted(_check_type(wanted, allow_zero=True), current.current_type)
    session.update(current, "Gewenst type kiezen", wanted_type=value)


def set_hands(session: Session, activity: Activity, type_number: int, count: int, merge_key: str | None = None) -> None:
    """The number of hands raised for one type (a show of hands when the room disagrees)."""
    key = str(_check_type(type_number))
    try:
        value = int(count)
    except (TypeError, ValueError):
        raise ActivityError("Tel de handen als een heel getal.") from None
    if value < 0 or value > MAX_HANDS:
        raise ActivityError("Het aantal handen moet tussen 0 en {top} liggen.", top=MAX_HANDS)
    current = _current(session, activity)
    hands = dict(current.hands)
    if value:
        hands[key] = value
    else:
        hands.pop(key, None)
    session.update(current, "Handen tellen", merge_key=merge_key, hands=hands)


def decide_type(session: Session, activity: Activity, type_number: int | None = None, target: str = "wanted") -> int:
    """The facilitator decides after the show of hands: set the wanted (or current) type.

    Without ``type_number`` the type with the most hands is taken; a tie or no hands
    leaves the choice to the facilitator (ActivityError).
    """
    current = _current(session, activity)
    chosen = most_hands(current) if type_number is None else _check_type(type_number)
    if not chosen:
        raise ActivityError("Geen duidelijke meerderheid: kies zelf een type.")
    if target == "wanted":
        session.update(current, f"Besluit: Type {chosen}", wanted_type=_normal_wanted(chosen, current.current_type))
    elif target == "current":
        move_to_type(session, current, chosen)
    else:
        raise ActivityError("Onbekend doel: {value}.", value=repr(target))
    return chosen


def remove_activity(session: Session, activity: Activity) -> None:
    session.remove(_current(session, activity), label="Activiteit verwijderen")
