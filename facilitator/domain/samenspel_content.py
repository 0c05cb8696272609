"""The content of the Gemeente and Spiegel steps, read and checked from ``resources/data``.

``gemeente.json`` holds the gemeente's homework: the doen-en-laten lists, the four forms
of support, the three valkuilen, the three modes of the meervoudige overheid and the
three action-plan questions. ``spiegel.json`` holds the collective's mirror: the six
democratic values, the accountability question, the action points per actor and the
characteristics of a collective's institutional logic. A trainer changes these files,
not code; a mistake gives a :class:`~facilitator.content.ContentError` in Dutch that
names the file and what to fix.
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path
from typing import Any

from ..content import ContentError, data_dir, text
from .role_content import _ident, _pair, _read

GEMEENTE_FILE = "gemeente.json"
SPIEGEL_FILE = "spiegel.json"


@dataclasses.dataclass(frozen=True)
class Item:
    """One named thing of an exercise: a list, support form, valkuil, mode, value or question."""

    id: str
    name: dict[str, str]
    explanation: dict[str, str] = dataclasses.field(default_factory=dict)
    question: dict[str, str] = dataclasses.field(default_factory=dict)
    #: extra texts (a mode's practices and rules, a trait's two poles)
    extra: tuple[tuple[str, dict[str, str]], ...] = ()

    def label(self, language: str = "nl") -> str:
        return text(self.name, language)

    def say(self, key: str, language: str = "nl") -> str:
        """A text of this item by key: explanation, question, or one of its extras."""
        if key == "explanation":
            return text(self.explanation, language)
        if key == "question":
            return text(self.question, language)
        return text(dict(self.extra).get(key, {}), language)


@dataclasses.dataclass(frozen=True)
class Actor:
    """Someone seed 000 gives action points to: collectives, civil servants, researchers."""

    id: str
    name: dict[str, str]
    points: tuple[Item, ...]

    def label(self, language: str = "nl") -> str:
        return text(self.name, language)


@dataclasses.dataclass(frozen=True)
class GemeenteContent:
    lists: tuple[Item, ...]
    support_forms: tuple[Item, ...]
    pitfalls: tuple[Item, ...]
    modes: tuple[Item, ...]
    plan_questions: tuple[Item, ...]


@dataclasses.dataclass(frozen=True)
class SpiegelContent:
    values: tuple[Item, ...]
    accountability: Item
    actors: tuple[Actor, ...]
    logic: Item
    traits: tuple[Item, ...]


def _items(
    data: Any,
    key: str,
    where: str,
    needs: tuple[str, ...] = (),
    extras: tuple[str, ...] = (),
    name_key: str = "name",
    count: tuple[int, int] = (1, 12),
) -> tuple[Item, ...]:
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ContentError(f"{where}: '{key}' (een lijst) ontbreekt.")
    low, high = count
    if not low <= len(items) <= high:
        raise ContentError(f"{where}: '{key}' moet {low} tot {high} onderdelen hebben, maar heeft er {len(items)}.")
    result: list[Item] = []
    for number, item in enumerate(items, start=1):
        here = f"{where}, {key} {number}"
        if not isinstance(item, dict):
            raise ContentError(f"{here}: dit moet een object zijn.")
        ident = _ident(item.get("id"), here)
        if any(r.id == ident for r in result):
            raise ContentError(f"{here}: het id '{ident}' komt twee keer voor.")
        for needed in (name_key, *needs, *extras):
            if needed not in item:
                raise ContentError(f"{here} ({ident}): '{needed}' ontbreekt.")
        result.append(
            Item(
                id=ident,
                name=_pair(item[name_key], here, name_key),
                explanation=_pair(item["explanation"], here, "explanation") if "explanation" in needs else {},
                question=_pair(item["question"], here, "question") if "question" in needs else {},
                extra=tuple((e, _pair(item[e], here, e)) for e in extras),
            )
        )
    return tuple(result)


def parse_gemeente(path: Path) -> GemeenteContent:
    """Read and check ``gemeente.json``; raises ContentError naming the file."""
    data = _read(path)
    where = f"Gemeente-oefeningen {path.name}"
    if not isinstance(data, dict):
        raise ContentError(f"{where}: het bestand moet een object zijn met 'lists', 'support_forms' en meer.")
    lists = _items(data, "lists", where, needs=("question",), count=(2, 2))
    if {i.id for i in lists} != {"start", "stop"}:
        raise ContentError(f"{where}: 'lists' moet precies de lijsten 'start' en 'stop' hebben.")
    return GemeenteContent(
        lists=lists,
        support_forms=_items(data, "support_forms", where, needs=("explanation", "question"), count=(3, 12)),
        pitfalls=_items(data, "pitfalls", where, needs=("explanation",)),
        modes=_items(data, "steering_modes", where, needs=("explanation",), extras=("practices", "rules")),
        plan_questions=_items(data, "plan_questions", where, name_key="text"),
    )


def parse_spiegel(path: Path) -> SpiegelContent:
    """Read and check ``spiegel.json``; raises ContentError naming the file."""
    data = _read(path)
    where = f"Spiegel-oefeningen {path.name}"
    if not isinstance(data, dict):
        raise ContentError(f"{where}: het bestand moet een object zijn met 'values', 'actors' en 'logic'.")
    account = data.get("accountability")
    if not isinstance(account, dict) or "question" not in account:
        raise ContentError(f"{where}: 'accountability' met een 'question' ontbreekt.")
    logic = data.get("logic")
    if not isinstance(logic, dict) or "question" not in logic or "scale" not in logic:
        raise ContentError(f"{where}: 'logic' met 'question', 'scale' en 'traits' ontbreekt.")
    actors_data = data.get("actors")
    if not isinstance(actors_data, list) or not actors_data:
        raise ContentError(f"{where}: 'actors' (de actiepunten per actor) ontbreekt.")
    actors: list[Actor] = []
    for number, actor in enumerate(actors_data, start=1):
        here = f"{where}, actor {number}"
        if not isinstance(actor, dict) or "name" not in actor:
            raise ContentError(f"{here}: een actor heeft 'id', 'name' en 'points' nodig.")
        ident = _ident(actor.get("id"), here)
        if any(a.id == ident for a in actors):
            raise ContentError(f"{here}: het id '{ident}' komt twee keer voor.")
        points = _items(actor, "points", f"{here} ({ident})", needs=(), extras=("text",), name_key="title")
        actors.append(Actor(ident, _pair(actor["name"], here, "name"), points))
    return SpiegelContent(
        values=_items(data, "values", where, needs=("explanation", "question"), count=(3, 12)),
        accountability=Item(
            "accountability",
            _pair(account["question"], where, "accountability.question"),
            explanation=_pair(account.get("hint") or account["question"], where, "accountability.hint"),
        ),
        actors=tuple(actors),
        logic=Item(
            "logic",
            _pair(logic["question"], where, "logic.question"),
            explanation=_pair(logic["scale"], where, "logic.scale"),
        ),
        traits=_items(logic, "traits", f"{where}, logic", extras=("collective", "government"), count=(2, 16)),
    )


@functools.cache
def gemeente() -> GemeenteContent:
    """The shipped ``resources/data/gemeente.json`` (checked once, then cached)."""
    return parse_gemeente(data_dir() / GEMEENTE_FILE)


@functools.cache
def spiegel() -> SpiegelContent:
    """The shipped ``resources/data/spiegel.json`` (checked once, then cached)."""
    return parse_spiegel(data_dir() / SPIEGEL_FILE)


def find(items: tuple[Item, ...], item_id: str) -> Item | None:
    return next((i for i in items if i.id == item_id), None)
