"""The content of the Rollen step: role sets, cases and killer phrases (dooddoeners).

All three are data in ``resources/data`` so a trainer can change them without code:
one file per role set in ``role_sets/`` (the file name is the set's id), the cases in
``cases.json`` and the killer phrases in ``killer_phrases.json``. Every file is checked
when it is read; a mistake gives a :class:`~facilitator.content.ContentError` in Dutch
that names the file and what to fix.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from pathlib import Path
from typing import Any

from ..content import ContentError, data_dir, text

ROLE_SETS = "role_sets"
MIN_ROLES = 3  # a radar chart needs at least three axes
MAX_ROLES = 12


@dataclasses.dataclass(frozen=True)
class Role:
    id: str
    name: dict[str, str]
    explanation: dict[str, str]
    question: dict[str, str]

    def label(self, language: str = "nl") -> str:
        return text(self.name, language)


@dataclasses.dataclass(frozen=True)
class RoleSet:
    id: str
    name: dict[str, str]
    description: dict[str, str]
    roles: tuple[Role, ...]
    order: int = 100
    source: str = ""

    def label(self, language: str = "nl") -> str:
        return text(self.name, language)

    def role(self, role_id: str) -> Role | None:
        return next((r for r in self.roles if r.id == role_id), None)

    @property
    def role_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.roles)


@dataclasses.dataclass(frozen=True)
class Case:
    id: str
    title: dict[str, str]
    situation: dict[str, str]
    question: dict[str, str]


@dataclasses.dataclass(frozen=True)
class PhraseText:
    id: str
    text: dict[str, str]


# ------------------------------------------------------------------ checking
def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"Het bestand met inhoud {path} ontbreekt.") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ContentError(f"Het bestand {path.name} is geen geldige JSON ({exc}). Controleer {path}.") from None


def _pair(value: Any, where: str, what: str) -> dict[str, str]:
    """A {"nl": ..., "en": ...} text; Dutch is required, English optional."""
    if isinstance(value, str) and value.strip():
        return {"nl": value}
    if not isinstance(value, dict) or not isinstance(value.get("nl"), str) or not value["nl"].strip():
        raise ContentError(f"{where}: '{what}' moet een tekst zijn met minstens een Nederlandse versie (\"nl\").")
    return {k: str(v) for k, v in value.items() if isinstance(v, str)}


def _ident(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{where}: 'id' ontbreekt of is leeg.")
    return value.strip()


def parse_role_set(path: Path) -> RoleSet:
    """Read and check one role set file; raises ContentError naming the file."""
    data = _read(path)
    where = f"Rollenset {path.name}"
    if not isinstance(data, dict):
        raise ContentError(f"{where}: het bestand moet een object met 'name' en 'roles' zijn.")
    if "name" not in data:
        raise ContentError(f"{where}: 'name' (de naam van de set) ontbreekt.")
    roles_data = data.get("roles")
    if not isinstance(roles_data, list):
        raise ContentError(f"{where}: 'roles' (de lijst met rollen) ontbreekt.")
    if not MIN_ROLES <= len(roles_data) <= MAX_ROLES:
        raise ContentError(
            f"{where}: een set heeft {MIN_ROLES} tot {MAX_ROLES} rollen nodig (voor het radardiagram), "
            f"maar er staan er {len(roles_data)} in."
        )
    roles: list[Role] = []
    for number, item in enumerate(roles_data, start=1):
        here = f"{where}, rol {number}"
        if not isinstance(item, dict):
            raise ContentError(f"{here}: een rol moet een object zijn.")
        role_id = _ident(item.get("id"), here)
        if any(r.id == role_id for r in roles):
            raise ContentError(f"{here}: het id '{role_id}' komt twee keer voor.")
        for key in ("name", "explanation", "question"):
            if key not in item:
                raise ContentError(f"{here} ({role_id}): '{key}' ontbreekt.")
        roles.append(
            Role(
                id=role_id,
                name=_pair(item["name"], here, "name"),
                explanation=_pair(item["explanation"], here, "explanation"),
                question=_pair(item["question"], here, "question"),
            )
        )
    order = data.get("order", 100)
    if not isinstance(order, int):
        raise ContentError(f"{where}: 'order' moet een geheel getal zijn.")
    return RoleSet(
        id=path.stem,
        name=_pair(data["name"], where, "name"),
        description=_pair(data.get("description") or data["name"], where, "description"),
        roles=tuple(roles),
        order=order,
        source=str(data.get("source", "")),
    )


def read_role_sets(folder: Path) -> dict[str, RoleSet]:
    """Every role set in a folder, in display order (``order``, then file name)."""
    sets = [parse_role_set(p) for p in sorted(folder.glob("*.json"))]
    if not sets:
        raise ContentError(f"Er staan geen rollensets in {folder}.")
    sets.sort(key=lambda s: (s.order, s.id))
    return {s.id: s for s in sets}


def parse_cases(path: Path) -> dict[str, Case]:
    data = _read(path)
    items = data.get("cases") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ContentError(f"Cases {path.name}: 'cases' (de lijst met cases) ontbreekt.")
    cases: dict[str, Case] = {}
    for number, item in enumerate(items, start=1):
        here = f"Cases {path.name}, case {number}"
        if not isinstance(item, dict):
            raise ContentError(f"{here}: een case moet een object zijn.")
        case_id = _ident(item.get("id"), here)
        if case_id in cases:
            raise ContentError(f"{here}: het id '{case_id}' komt twee keer voor.")
        for key in ("title", "situation", "question"):
            if key not in item:
                raise ContentError(f"{here} ({case_id}): '{key}' ontbreekt.")
        cases[case_id] = Case(
            case_id,
            _pair(item["title"], here, "title"),
            _pair(item["situation"], here, "situation"),
            _pair(item["question"], here, "question"),
        )
    return cases


def parse_phrases(path: Path) -> dict[str, PhraseText]:
    data = _read(path)
    items = data.get("phrases") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ContentError(f"Dooddoeners {path.name}: 'phrases' (de lijst met dooddoeners) ontbreekt.")
    phrases: dict[str, PhraseText] = {}
    for number, item in enumerate(items, start=1):
        here = f"Dooddoeners {path.name}, regel {number}"
        if not isinstance(item, dict):
            raise ContentError(f"{here}: een dooddoener moet een object zijn.")
        phrase_id = _ident(item.get("id"), here)
        if phrase_id in phrases:
            raise ContentError(f"{here}: het id '{phrase_id}' komt twee keer voor.")
        phrases[phrase_id] = PhraseText(phrase_id, _pair(item.get("text"), here, "text"))
    return phrases


# ------------------------------------------------------- the shipped content
@functools.cache
def role_sets() -> dict[str, RoleSet]:
    """The role sets in ``resources/data/role_sets`` (checked once, then cached)."""
    return read_role_sets(data_dir() / ROLE_SETS)


@functools.cache
def cases() -> dict[str, Case]:
    return parse_cases(data_dir() / "cases.json")


@functools.cache
def killer_phrases() -> dict[str, PhraseText]:
    return parse_phrases(data_dir() / "killer_phrases.json")


def default_set_id() -> str:
    return next(iter(role_sets()))


def role_set(set_id: str) -> RoleSet:
    """The set with this id; the first set when the id is unknown (e.g. a file a trainer removed)."""
    sets = role_sets()
    return sets.get(set_id) or sets[default_set_id()]


def check() -> None:
    """Read and check all of the Rollen step's content; raises ContentError on the first mistake."""
    role_sets()
    cases()
    killer_phrases()
