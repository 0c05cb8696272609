"""Who is at the table, and who is not: the make-up of the room and the "wie ontbreekt?" list.

The make-up is read from the participants (their role and their group), never
scored against a quota: the point is to see honestly who came. The room then names
the groups it misses tonight (young people, newcomers, tenants, …; suggestions in
``resources/data/wie_ontbreekt.json``), each with a way to reach them and the person
who will do it. Every change is one undo step of the session.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any, ClassVar

from . import evening_content
from .groups import clean
from .preparation import Participant
from .records import Record, record_kind
from .refusal import Refusal
from .session import Session

MAX_NAME = 200
MAX_TEXT = 2_000


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class MissingGroup(Record):
    """A group the room misses tonight, how to reach it, and who will."""

    KIND: ClassVar[str] = "missing_group"

    name: str = ""
    #: id in wie_ontbreekt.json when picked from the suggestions, else ""
    group_id: str = ""
    why: str = ""
    way: str = ""
    #: the person who will reach them (a name: cleared when that participant is removed)
    who: str = ""
    position: float = 0.0


@dataclasses.dataclass(frozen=True)
class MakeUp:
    """Who came: how many people, by role and by group (group "" = not filled in)."""

    total: int
    by_role: list[tuple[str, int]]
    by_group: list[tuple[str, int]]
    no_group: int


def make_up(session: Session) -> MakeUp:
    people = [p for p in session.all(Participant) if p.name.strip()]
    roles = Counter(p.role for p in people)
    groups: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for p in people:
        name = clean(p.group)
        if name:
            key = name.casefold()
            spelling.setdefault(key, name)
            groups[key] += 1
    return MakeUp(
        len(people),
        sorted(roles.items(), key=lambda kv: (-kv[1], kv[0])),
        sorted(((spelling[k], n) for k, n in groups.items()), key=lambda kv: (-kv[1], kv[0].casefold())),
        sum(1 for p in people if not clean(p.group)),
    )


def missing_groups(session: Session) -> list[MissingGroup]:
    return session.all(MissingGroup)


def suggestions(session: Session, language: str = "nl") -> list[evening_content.Item]:
    """The suggested groups the room has not named yet."""
    taken = {m.group_id for m in missing_groups(session)} | {m.name.casefold() for m in missing_groups(session)}
    return [
        g for g in evening_content.missing().groups if g.id not in taken and g.label(language).casefold() not in taken
    ]


def _name(name: str) -> str:
    value = " ".join(str(name).split())[:MAX_NAME]
    if not value:
        raise Refusal("Typ eerst wie er ontbreekt.")
    return value


def add_missing(session: Session, name: str, group_id: str = "", way: str = "", who: str = "") -> MissingGroup:
    """Name a group that is missing (typed, or a suggestion by its id)."""
    if group_id and not any(g.id == group_id for g in evening_content.missing().groups):
        raise ValueError(f"onbekende groep {group_id!r}")
    record = MissingGroup(
        name=_name(name),
        group_id=group_id,
        way=str(way)[:MAX_TEXT],
        who=" ".join(str(who).split())[:MAX_NAME],
        position=session.next_position(MissingGroup),
    )
    session.add(record, label="Ontbrekende groep toevoegen")
    return record


def edit_missing(session: Session, record: MissingGroup, merge_key: str | None = None, **fields: Any) -> None:
    """Change the name, why, way or who of a missing group; an empty name is refused."""
    allowed = {"name", "why", "way", "who"}
    unknown = set(fields) - allowed
    if unknown:
        raise KeyError(f"missing_group has no editable field {sorted(unknown)}")
    if "name" in fields:
        fields["name"] = _name(fields["name"])
    for key in ("why", "way"):
        if key in fields:
            fields[key] = str(fields[key])[:MAX_TEXT]
    if "who" in fields:
        fields["who"] = " ".join(str(fields["who"]).split())[:MAX_NAME]
    current = session.get(MissingGroup, record.id) or record
    session.update(current, "Ontbrekende groep wijzigen", merge_key=merge_key, **fields)


def remove_missing(session: Session, *records: MissingGroup) -> None:
    session.remove(*records, label="Ontbrekende groep verwijderen")


def load_demo(session: Session, data: dict[str, Any]) -> None:
    """Fill the demo village's list from ``resources/data/demo/room.json``."""
    with session.batch("Demo: wie ontbreekt"):
        for item in data.get("missing", []):
            record = add_missing(
                session, item["name"], item.get("group_id", ""), item.get("way", ""), item.get("who", "")
            )
            if item.get("why"):
                edit_missing(session, record, why=item["why"])
