"""Now/wanted scores (0–5) per item of a list, per group, with a radar: the role-set
mechanism for lists that are not role sets.

Used for the gemeente's forms of support and the collective's democratic values. A
group is any name the room gives ("" is the whole room together; "bewoners",
"gemeente", "jongeren" …), so the same scores work for whatever groups a meeting has.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, ClassVar

from . import groups as room_groups
from .radar_geometry import RadarGeometry, radar_geometry
from .records import Record, record_kind
from .samenspel_content import Item, gemeente, spiegel
from .session import Session

MAX_SCORE = 5
MAX_TEXT = 20_000

#: exercise id -> the items it scores (read from the content files)
EXERCISES: dict[str, Callable[[], tuple[Item, ...]]] = {
    "support": lambda: gemeente().support_forms,
    "values": lambda: spiegel().values,
}


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class ItemScore(Record):
    KIND: ClassVar[str] = "item_score"

    exercise: str = ""
    item_id: str = ""
    group: str = ""
    now: int = 0
    wanted: int = 0
    notes: str = ""


@dataclasses.dataclass(frozen=True)
class ScoreRow:
    item_id: str
    name: str
    now: int
    wanted: int
    notes: str


def items(exercise: str) -> tuple[Item, ...]:
    if exercise not in EXERCISES:
        raise ValueError(f"unknown scoring exercise {exercise!r}")
    return EXERCISES[exercise]()


def clean_group(group: str) -> str:
    """A group name as stored: trimmed, single spaces, at most 40 characters (see :mod:`.groups`)."""
    return room_groups.trimmed(group)


def record(session: Session, exercise: str, item_id: str, group: str = "") -> ItemScore | None:
    for r in session.all(ItemScore):
        if r.exercise == exercise and r.item_id == item_id and r.group == group:
            return r
    return None


def profile(session: Session, exercise: str, group: str = "", language: str = "nl") -> list[ScoreRow]:
    """Now/wanted per item, in the content's order (0 where nothing was scored)."""
    group = clean_group(group)
    scores = {r.item_id: r for r in session.all(ItemScore) if r.exercise == exercise and r.group == group}
    rows = []
    for item in items(exercise):
        s = scores.get(item.id)
        rows.append(
            ScoreRow(item.id, item.label(language), s.now if s else 0, s.wanted if s else 0, s.notes if s else "")
        )
    return rows


def radar(session: Session, exercise: str, group: str = "", language: str = "nl") -> RadarGeometry:
    rows = profile(session, exercise, group, language)
    return radar_geometry(
        [(r.item_id, r.name) for r in rows],
        {"now": [r.now for r in rows], "wanted": [r.wanted for r in rows]},
        MAX_SCORE,
    )


def scored_groups(session: Session, exercise: str) -> list[str]:
    """Groups with anything scored, "" (together) first, then in the order they first scored."""
    seen: list[str] = []
    for r in session.all(ItemScore):
        if r.exercise == exercise and (r.now or r.wanted or r.notes.strip()) and r.group not in seen:
            seen.append(r.group)
    return sorted(seen, key=lambda g: g != "")


def groups(session: Session) -> list[str]:
    """The groups to offer: the defaults, then every other group that scored anything here."""
    return room_groups.with_defaults(r.group for r in session.all(ItemScore))


def _check(exercise: str, item_id: str) -> None:
    if not any(i.id == item_id for i in items(exercise)):
        raise ValueError(f"{item_id!r} is not in {exercise!r}")


def set_score(
    session: Session, exercise: str, item_id: str, now: int | None = None, wanted: int | None = None, group: str = ""
) -> ItemScore:
    """Score an item now and/or wanted, clamped to 0–5 (one undo step)."""
    _check(exercise, item_id)
    group = clean_group(group)
    current = record(session, exercise, item_id, group) or ItemScore(exercise=exercise, item_id=item_id, group=group)
    fields: dict[str, Any] = {}
    if now is not None:
        fields["now"] = max(0, min(MAX_SCORE, int(now)))
    if wanted is not None:
        fields["wanted"] = max(0, min(MAX_SCORE, int(wanted)))
    session.update(current, "Score geven", **fields)
    return session.get(ItemScore, current.id) or current


def set_notes(
    session: Session, exercise: str, item_id: str, notes: str, group: str = "", merge_key: str | None = None
) -> None:
    _check(exercise, item_id)
    group = clean_group(group)
    current = record(session, exercise, item_id, group) or ItemScore(exercise=exercise, item_id=item_id, group=group)
    session.update(current, "Notities bij een score", merge_key=merge_key, notes=str(notes)[:MAX_TEXT])


def load_demo(session: Session, exercise: str, data: dict[str, dict[str, dict[str, Any]]]) -> None:
    """Scores from a demo file: {group: {item_id: {"now": n, "wanted": n, "notes": "…"}}}."""
    for group, scored in data.items():
        for item_id, item in scored.items():
            set_score(session, exercise, item_id, int(item["now"]), int(item["wanted"]), group)
            if item.get("notes"):
                set_notes(session, exercise, item_id, str(item["notes"]), group)
