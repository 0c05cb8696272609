"""The content behind who is missing, what ideas yield, and the opening and closing of the evening.

Three data files in ``resources/data`` that a trainer may change without code:
``wie_ontbreekt.json`` (groups that are often missing, ways to reach them),
``opbrengst.json`` (goals, yields, the principles an idea is checked against,
common partners and their answers nu / ooit / nooit) and ``avond.json`` (the opening
view, the interview sheet, the sign-up list and the closing round). Each file is
checked when it is read; a mistake gives a :class:`~facilitator.content.ContentError`
in Dutch that names the file and says what to fix.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from pathlib import Path
from typing import Any

from ..content import ContentError, data_dir, text

MISSING_FILE = "wie_ontbreekt"
YIELD_FILE = "opbrengst"
EVENING_FILE = "avond"


@dataclasses.dataclass(frozen=True)
class Item:
    """One choice from a data file: an id, its name, and an optional second text."""

    id: str
    name: dict[str, str]
    extra: dict[str, str] = dataclasses.field(default_factory=dict)

    def label(self, language: str = "nl") -> str:
        return text(self.name, language)

    def more(self, language: str = "nl") -> str:
        return text(self.extra, language)


def _read(name: str, base: Path | None) -> Any:
    path = (base or data_dir()) / f"{name}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"Het bestand met inhoud {path} ontbreekt.") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ContentError(f"Het bestand {path.name} is geen geldige JSON ({exc}). Controleer {path}.") from None


def _pair(value: Any, where: str) -> dict[str, str]:
    """A {"nl": ..., "en": ...} text; the Dutch is required."""
    if isinstance(value, str) and value.strip():
        return {"nl": value}
    if not isinstance(value, dict) or not isinstance(value.get("nl"), str) or not value["nl"].strip():
        raise ContentError(f'{where} moet een tekst zijn met minstens een Nederlandse versie ("nl").')
    return {k: str(v) for k, v in value.items() if isinstance(v, str)}


def _items(data: dict[str, Any], key: str, file: str, extra: str = "") -> tuple[Item, ...]:
    where = f"In {file}.json, bij '{key}'"
    raw = data.get(key)
    if not isinstance(raw, list) or not raw:
        raise ContentError(f"{where}: hier hoort een lijst met minstens één onderdeel.")
    seen: set[str] = set()
    items = []
    for number, entry in enumerate(raw, start=1):
        spot = f"{where}, onderdeel {number}"
        if not isinstance(entry, dict):
            raise ContentError(f'{spot}: dit moet een object zijn met een "id" en een "label".')
        ident = entry.get("id")
        if not isinstance(ident, str) or not ident.strip():
            raise ContentError(f'{spot}: het "id" ontbreekt of is leeg.')
        if ident in seen:
            raise ContentError(f'{spot}: het id "{ident}" komt twee keer voor.')
        seen.add(ident)
        more = _pair(entry[extra], f'{spot}, "{extra}",') if extra and extra in entry else {}
        if extra and not more:
            raise ContentError(f'{spot}: "{extra}" ontbreekt.')
        items.append(Item(ident, _pair(entry.get("label"), f'{spot}, "label",'), more))
    return tuple(items)


def _texts(data: dict[str, Any], key: str, file: str, count: int = 0) -> tuple[dict[str, str], ...]:
    raw = data.get(key)
    where = f"In {file}.json, bij '{key}'"
    if not isinstance(raw, list) or not raw:
        raise ContentError(f"{where}: hier hoort een lijst met teksten.")
    if count and len(raw) != count:
        raise ContentError(f"{where}: hier horen precies {count} teksten, er staan er {len(raw)}.")
    return tuple(_pair(v, f"{where}, tekst {n}") for n, v in enumerate(raw, start=1))


def _part(data: Any, key: str, file: str) -> dict[str, Any]:
    if not isinstance(data, dict) or not isinstance(data.get(key), dict):
        raise ContentError(f"In {file}.json ontbreekt het onderdeel '{key}'.")
    part: dict[str, Any] = data[key]
    return part


@dataclasses.dataclass(frozen=True)
class MissingContent:
    question: dict[str, str]
    note: dict[str, str]
    groups: tuple[Item, ...]
    ways: tuple[Item, ...]


@dataclasses.dataclass(frozen=True)
class YieldContent:
    question: dict[str, str]
    goals: tuple[Item, ...]
    yields: tuple[Item, ...]
    principles: tuple[Item, ...]
    partners: tuple[Item, ...]
    answers: tuple[Item, ...]

    def find(self, kind: str, item_id: str) -> Item | None:
        items: tuple[Item, ...] = getattr(self, kind)
        return next((i for i in items if i.id == item_id), None)


@dataclasses.dataclass(frozen=True)
class EveningContent:
    opening_title: dict[str, str]
    principles: tuple[dict[str, str], ...]
    statement: dict[str, str]
    statement_sides: tuple[dict[str, str], ...]
    types: tuple[dict[str, str], ...]
    interview_title: dict[str, str]
    interview_intro: dict[str, str]
    interview_questions: tuple[Item, ...]
    signup_title: dict[str, str]
    signup_intro: dict[str, str]
    closing_title: dict[str, str]
    actors: tuple[Item, ...]
    closing_questions: tuple[Item, ...]


@functools.cache
def missing(base: Path | None = None) -> MissingContent:
    """The checked content (``base``: another folder than resources/data, for tests)."""
    f = MISSING_FILE
    data = _read(f, base)
    if not isinstance(data, dict):
        raise ContentError(f"In {f}.json hoort een object met 'question', 'groups' en 'ways'.")
    return MissingContent(
        _pair(data.get("question"), f"In {f}.json is 'question'"),
        _pair(data.get("note"), f"In {f}.json is 'note'"),
        _items(data, "groups", f),
        _items(data, "ways", f),
    )


@functools.cache
def yields(base: Path | None = None) -> YieldContent:
    """The checked content (``base``: another folder than resources/data, for tests)."""
    f = YIELD_FILE
    data = _read(f, base)
    if not isinstance(data, dict):
        raise ContentError(f"In {f}.json hoort een object met 'goals', 'yields', 'principles' en 'partners'.")
    answers = _items(data, "answers", f)
    if [a.id for a in answers] != ["nu", "ooit", "nooit"]:
        raise ContentError(f'In {f}.json, bij \'answers\': de id\'s moeten precies "nu", "ooit" en "nooit" zijn.')
    return YieldContent(
        _pair(data.get("question"), f"In {f}.json is 'question'"),
        _items(data, "goals", f),
        _items(data, "yields", f),
        _items(data, "principles", f, extra="question"),
        _items(data, "partners", f, extra="offers"),
        answers,
    )


@functools.cache
def evening(base: Path | None = None) -> EveningContent:
    """The checked content (``base``: another folder than resources/data, for tests)."""
    f = EVENING_FILE
    data = _read(f, base)
    opening = _part(data, "opening", f)
    interview = _part(data, "interview", f)
    signup = _part(data, "signup", f)
    closing = _part(data, "closing", f)
    return EveningContent(
        _pair(opening.get("title"), f"In {f}.json is 'opening.title'"),
        _texts(opening, "principles", f),
        _pair(opening.get("statement"), f"In {f}.json is 'opening.statement'"),
        _texts(opening, "statement_sides", f, count=2),
        _texts(opening, "types", f, count=4),
        _pair(interview.get("title"), f"In {f}.json is 'interview.title'"),
        _pair(interview.get("intro"), f"In {f}.json is 'interview.intro'"),
        _items(interview, "questions", f),
        _pair(signup.get("title"), f"In {f}.json is 'signup.title'"),
        _pair(signup.get("intro"), f"In {f}.json is 'signup.intro'"),
        _pair(closing.get("title"), f"In {f}.json is 'closing.title'"),
        _items(closing, "actors", f),
        _items(closing, "questions", f),
    )


def check() -> None:
    """Read and check all three files (raises ContentError naming the first broken one)."""
    missing()
    yields()
    evening()


def clear_cache() -> None:
    """Forget what was read (after a trainer changed a file, and in tests)."""
    missing.cache_clear()
    yields.cache_clear()
    evening.cache_clear()
