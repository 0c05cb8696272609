"""Checks on every value that comes from outside: a session file or a JSON import.

A file can come from anyone (mail, a stick, a synced folder), so before a value
reaches the domain or a widget it is checked against the record's own annotations
(kind, type, nesting: ``hands: dict[str, int]`` must be a dict of whole numbers) and
against the ranges the exercises allow (``current_type`` 1–4, a pin inside the map,
no negative dots, a known category). :func:`problem` says what is wrong in plain
Dutch, or returns ``""``.
"""

from __future__ import annotations

import math
import typing
from functools import cache
from typing import Any

from ..domain.records import KINDS, Record

#: the longest text and the longest list or dict one field may hold
MAX_TEXT = 1_000_000
MAX_ITEMS = 10_000
#: whole numbers and fractions outside this are taken as damage, not as a count
MAX_NUMBER = 10**9

#: (kind, field) -> (lowest, highest) allowed number
RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("agenda_block", "minutes"): (0, 24 * 60),
    ("asset_card", "pin_x"): (0.0, 1.0),
    ("asset_card", "pin_y"): (0.0, 1.0),
    ("asset_card", "dots"): (0, 999),
    ("asset_card", "number"): (0, MAX_NUMBER),
    ("activity", "current_type"): (1, 4),
    ("activity", "wanted_type"): (0, 4),
    ("activity", "hands"): (0, 9999),
    ("role_score", "now"): (0, 5),
    ("role_score", "wanted"): (0, 5),
    ("killer_phrase", "count"): (0, 999),
    ("vote_setup", "dots_per_person"): (0, 99),
    ("vote_setup", "voters"): (0, 9999),
    ("plan_idea", "votes"): (0, 999),
    ("map_picture", "width"): (0, 100_000),
    ("map_picture", "height"): (0, 100_000),
}

#: (kind, field) -> allowed dict keys
KEYS: dict[tuple[str, str], tuple[str, ...]] = {
    ("activity", "hands"): ("1", "2", "3", "4"),
}


_HINTS: dict[str, dict[str, Any]] = {}


def _hints(cls: type[Record]) -> dict[str, Any]:
    found = _HINTS.get(cls.KIND)
    if found is None:
        found = _HINTS[cls.KIND] = typing.get_type_hints(cls)
    return found


@cache
def _choices() -> dict[tuple[str, str], tuple[str, ...]]:
    """Text fields that must be one of a list from the content files (loaded once)."""
    from ..domain import krachtenkaart as kk

    return {
        ("asset_card", "category"): tuple(c["id"] for c in kk.categories()),
        ("asset_card", "hhh"): ("", *kk.HHH),
        ("asset_card", "observation"): ("", *kk.observation_ids()),
    }


def problem(kind: str, row: dict[str, Any]) -> str:
    """What is wrong with one record's values (Dutch, names the field), or ``""``."""
    cls = KINDS.get(kind)
    if cls is None:
        return f"onbekend soort gegevens '{str(kind)[:40]}'"
    hints = _hints(cls)
    for name, value in row.items():
        hint = hints.get(name)
        if hint is None:
            return f"onbekend veld '{str(name)[:40]}' in '{kind}'"
        if value is None:
            continue  # the record's default applies
        wrong = _check(value, hint, RANGES.get((kind, name)), KEYS.get((kind, name)))
        if not wrong:
            choices = _choices().get((kind, name))
            if choices is not None and value not in choices:
                wrong = "een onbekende keuze"
        if wrong:
            return f"veld '{name}' in '{kind}': {wrong}"
    return ""


def _check(value: Any, hint: Any, bounds: tuple[float, float] | None, keys: tuple[str, ...] | None) -> str:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Union or type(hint).__name__ == "UnionType":
        options = [a for a in args if a is not type(None)]
        return _check(value, options[0], bounds, keys) if len(options) == 1 else ""
    if hint is bool:
        return "" if isinstance(value, bool) else "geen ja/nee"
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return "geen heel getal"
        return _in_range(value, bounds)
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return "geen getal"
        if isinstance(value, float) and not math.isfinite(value):
            return "geen eindig getal"
        return _in_range(value, bounds)
    if hint is str:
        if not isinstance(value, str):
            return "geen tekst"
        return "te lange tekst" if len(value) > MAX_TEXT else ""
    if hint is list or origin is list:
        if not isinstance(value, list):
            return "geen lijst"
        if len(value) > MAX_ITEMS:
            return "een te lange lijst"
        item = args[0] if args else None
        if item is not None:
            for v in value:
                wrong = _check(v, item, bounds, None)
                if wrong:
                    return f"in de lijst {wrong}"
        return ""
    if hint is dict or origin is dict:
        if not isinstance(value, dict):
            return "geen tabel"
        if len(value) > MAX_ITEMS:
            return "een te grote tabel"
        item = args[1] if len(args) == 2 else None
        for k, v in value.items():
            if not isinstance(k, str) or (keys is not None and k not in keys):
                return "een onbekende sleutel"
            if item is not None:
                wrong = _check(v, item, bounds, None)
                if wrong:
                    return f"in de tabel {wrong}"
        return ""
    return ""  # a type the records do not use


def _in_range(value: float, bounds: tuple[float, float] | None) -> str:
    low, high = bounds if bounds is not None else (-MAX_NUMBER, MAX_NUMBER)
    return "" if low <= value <= high else f"buiten {_number(low)}–{_number(high)}"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
