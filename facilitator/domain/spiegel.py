"""Spiegel: the collective looks at itself, and at how its way of working meets the gemeente's.

Seed 000's democratic values are scored now/wanted in :mod:`facilitator.domain.scoring`
("values"). Here: the room's list of ways to be accountable ("aan wie, en hoe willen
wíj uitleggen wat we doen?"); seed 000's action points per actor, ticked and turned into
actions; and seed 001's characteristics of a collective's institutional logic, marked
on a 1–5 scale by the village ("how we work") and by the gemeente ("how the gemeente
works here") side by side, with the clashes and the mutual expectations.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from .records import Record, record_kind
from .refusal import Refusal
from .samenspel_content import Actor, Item, find, spiegel
from .session import Session

MAX_TEXT = 20_000
MAX_LINE = 500
#: the two sides of the logic exercise
SIDES = ("dorp", "gemeente")
#: the two directions of an expectation: who expects something of whom
DIRECTIONS = ("dorp", "gemeente")
SCALE_MAX = 5
#: marks this far apart on the 1–5 scale count as a clash between the two logics
CLASH = 2
#: action point actor -> for whom its action is (actieplan's for_whom)
ACTOR_FOR_WHOM = {"collectieven": "bewoners", "ambtenaren": "gemeente"}


class MirrorError(Refusal):
    """Input the mirror refuses; the message is Dutch and says what to do."""


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class AccountWay(Record):
    KIND: ClassVar[str] = "account_way"

    #: to whom the collective explains itself (leden, het dorp, de gemeente, een fonds …)
    to_whom: str = ""
    #: how it wants to explain what it does
    how: str = ""
    position: float = 0.0


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class ActionPointTick(Record):
    KIND: ClassVar[str] = "action_point"

    actor_id: str = ""
    point_id: str = ""
    ticked: bool = False
    notes: str = ""
    #: the action this point became in the action plan ("" = none yet)
    action_id: str = ""


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class LogicMark(Record):
    KIND: ClassVar[str] = "logic_mark"

    trait_id: str = ""
    #: "dorp" (how we work) or "gemeente" (how the gemeente works here)
    side: str = "dorp"
    #: 1 = like a citizen collective … 5 = like a government; 0 = not marked
    value: int = 0
    notes: str = ""


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class Expectation(Record):
    KIND: ClassVar[str] = "expectation"

    #: who expects: "dorp" (of the gemeente) or "gemeente" (of the village)
    direction: str = "dorp"
    text: str = ""
    position: float = 0.0


@dataclasses.dataclass(frozen=True)
class LogicRow:
    trait: Item
    village: int
    municipality: int
    village_notes: str
    municipality_notes: str

    @property
    def clash(self) -> bool:
        """Both sides marked, and at least two steps apart on the scale."""
        return bool(self.village and self.municipality and abs(self.village - self.municipality) >= CLASH)


# ------------------------------------------------------------------ reading
def ways(session: Session) -> list[AccountWay]:
    return session.all(AccountWay)


def point_record(session: Session, actor_id: str, point_id: str) -> ActionPointTick | None:
    return next(
        (r for r in session.all(ActionPointTick) if r.actor_id == actor_id and r.point_id == point_id),
        None,
    )


def points(session: Session) -> list[tuple[Actor, Item, ActionPointTick]]:
    """Every action point with the room's tick (an unsaved empty one when untouched)."""
    result = []
    for actor in spiegel().actors:
        for point in actor.points:
            saved = point_record(session, actor.id, point.id)
            result.append((actor, point, saved or ActionPointTick(actor_id=actor.id, point_id=point.id)))
    return result


def ticked_points(session: Session) -> list[tuple[Actor, Item, ActionPointTick]]:
    return [p for p in points(session) if p[2].ticked or p[2].notes.strip()]


def mark(session: Session, trait_id: str, side: str) -> LogicMark | None:
    return next((r for r in session.all(LogicMark) if r.trait_id == trait_id and r.side == side), None)


def logic(session: Session) -> list[LogicRow]:
    """Per characteristic the village's and the gemeente's mark side by side (0 = not marked)."""
    rows = []
    for trait in spiegel().traits:
        v, m = mark(session, trait.id, "dorp"), mark(session, trait.id, "gemeente")
        rows.append(
            LogicRow(trait, v.value if v else 0, m.value if m else 0, v.notes if v else "", m.notes if m else "")
        )
    return rows


def clashes(session: Session) -> list[LogicRow]:
    return [r for r in logic(session) if r.clash]


def expectations(session: Session, direction: str | None = None) -> list[Expectation]:
    return [r for r in session.all(Expectation) if direction is None or r.direction == direction]


def has_anything(session: Session) -> bool:
    from . import scoring

    return bool(
        scoring.scored_groups(session, "values")
        or ways(session)
        or ticked_points(session)
        or any(r.village or r.municipality or r.village_notes or r.municipality_notes for r in logic(session))
        or expectations(session)
    )


# ------------------------------------------------------------------ changing
def _clean(value: object, limit: int = MAX_LINE) -> str:
    return " ".join(str(value).split())[:limit]


def add_way(session: Session, to_whom: str, how: str = "") -> AccountWay:
    """Add a way of accounting; both parts empty is refused with a Dutch message."""
    to_whom, how = _clean(to_whom), _clean(how)
    if not to_whom and not how:
        raise MirrorError("Typ aan wie u verantwoording aflegt, of hoe u dat wilt doen.")
    way = AccountWay(to_whom=to_whom, how=how, position=session.next_position(AccountWay))
    session.add(way, label="Manier van verantwoorden toevoegen")
    return way


def edit_way(session: Session, way: AccountWay, merge_key: str | None = None, **fields: str) -> None:
    changes = {k: _clean(v) for k, v in fields.items() if k in ("to_whom", "how")}
    session.update(way, "Manier van verantwoorden wijzigen", merge_key=merge_key, **changes)


def remove_way(session: Session, *rows: AccountWay) -> None:
    session.remove(*rows, label="Manier van verantwoorden verwijderen")


def _point(session: Session, actor_id: str, point_id: str) -> ActionPointTick:
    actor = next((a for a in spiegel().actors if a.id == actor_id), None)
    if actor is None or find(actor.points, point_id) is None:
        raise ValueError(f"unknown action point {actor_id}/{point_id}")
    return point_record(session, actor_id, point_id) or ActionPointTick(actor_id=actor_id, point_id=point_id)


def tick_point(session: Session, actor_id: str, point_id: str, ticked: bool = True) -> None:
    session.update(_point(session, actor_id, point_id), "Actiepunt aanvinken", ticked=bool(ticked))


def note_point(session: Session, actor_id: str, point_id: str, notes: str, merge_key: str | None = None) -> None:
    session.update(
        _point(session, actor_id, point_id), "Notitie bij actiepunt", merge_key=merge_key, notes=notes[:MAX_TEXT]
    )


def action_from_point(session: Session, actor_id: str, point_id: str, language: str = "nl") -> Any:
    """Turn an action point into an action in the plan (ticked and linked, one undo step)."""
    from . import actieplan

    record = _point(session, actor_id, point_id)
    if record.action_id and session.get(actieplan.Action, record.action_id) is not None:
        raise MirrorError("Van dit actiepunt is al een actie gemaakt. U vindt hem in het Actieplan.")
    actor = next(a for a in spiegel().actors if a.id == actor_id)
    point = find(actor.points, point_id)
    assert point is not None
    with session.batch("Actie maken van actiepunt"):
        action = actieplan.add_action(
            session,
            point.label(language),
            why=point.say("text", language),
            for_whom=ACTOR_FOR_WHOM.get(actor_id, "samen"),
        )
        session.update(record, "Actie maken van actiepunt", ticked=True, action_id=action.id)
    return action


def link_point(session: Session, actor_id: str, point_id: str, action_id: str) -> None:
    """Link an action point to an action already in the plan (ticked; "" removes the link)."""
    from . import actieplan

    if action_id and session.get(actieplan.Action, action_id) is None:
        raise MirrorError("Die actie bestaat niet (meer). Kies een actie uit het Actieplan.")
    fields: dict[str, Any] = {"action_id": action_id}
    if action_id:
        fields["ticked"] = True
    session.update(_point(session, actor_id, point_id), "Actiepunt koppelen aan een actie", **fields)


def set_mark(session: Session, trait_id: str, side: str, value: int) -> None:
    """Mark a characteristic for one side: 1 (like a collective) … 5 (like a government), 0 = clear."""
    if find(spiegel().traits, trait_id) is None:
        raise ValueError(f"unknown trait {trait_id!r}")
    if side not in SIDES:
        raise ValueError(f"unknown side {side!r}")
    record = mark(session, trait_id, side) or LogicMark(trait_id=trait_id, side=side)
    session.update(record, "Logica markeren", value=max(0, min(SCALE_MAX, int(value))))


def note_mark(session: Session, trait_id: str, side: str, notes: str, merge_key: str | None = None) -> None:
    if find(spiegel().traits, trait_id) is None or side not in SIDES:
        raise ValueError(f"unknown trait or side {trait_id!r}/{side!r}")
    record = mark(session, trait_id, side) or LogicMark(trait_id=trait_id, side=side)
    session.update(record, "Toelichting bij logica", merge_key=merge_key, notes=notes[:MAX_TEXT])


def add_expectation(session: Session, direction: str, text: str) -> Expectation:
    if direction not in DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}")
    text = _clean(text)
    if not text:
        raise MirrorError("Typ eerst wat u van de ander verwacht.")
    row = Expectation(direction=direction, text=text, position=session.next_position(Expectation))
    session.add(row, label="Verwachting toevoegen")
    return row


def remove_expectation(session: Session, *rows: Expectation) -> None:
    session.remove(*rows, label="Verwachting verwijderen")


# ------------------------------------------------------------------ demo
def load_demo(session: Session, data: dict[str, Any]) -> None:
    """Fill the demo village's mirror from ``resources/data/demo/spiegel.json``."""
    from . import actieplan, scoring

    scoring.load_demo(session, "values", data.get("values", {}))
    for item in data.get("ways", []):
        add_way(session, item.get("to_whom", ""), item.get("how", ""))
    for item in data.get("points", []):
        tick_point(session, item["actor"], item["point"], True)
        if item.get("notes"):
            note_point(session, item["actor"], item["point"], item["notes"])
        wanted = str(item.get("action", "")).casefold()
        action = next((a for a in actieplan.actions(session) if a.what.casefold() == wanted), None)
        if action is not None:
            link_point(session, item["actor"], item["point"], action.id)
    for item in data.get("logic", []):
        for side in SIDES:
            if item.get(side):
                set_mark(session, item["trait"], side, item[side])
            if item.get(f"{side}_notes"):
                note_mark(session, item["trait"], side, item[f"{side}_notes"])
    for item in data.get("expectations", []):
        add_expectation(session, item["direction"], item["text"])
