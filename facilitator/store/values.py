"""Checks on every value that comes from outside: a session file or a JSON import.

A file can come from anyone (mail, a stick, a synced folder), so before a value
reaches the domain or a widget it is checked against the record's own annotations
(kind, type, nesting: ``hands: dict[str, int]`` must be a dict of whole numbers) and
against the ranges the exercises allow (``current_type`` 0–4, 0 for not chosen yet; a pin inside the map,
no negative dots, a known category). :func:`problem` says what is wrong in plain
Dutch, or returns ``""``.
"""

from __future__ import annotations

import math
import typing
from collections.abc import Callable
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
    ("activity", "current_type"): (0, 4),  # 0: "? Nog kiezen", the room has not chosen yet
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


Check = Callable[[Any], str]

#: kind -> field -> compiled check (built once per kind: a file of 5,000 cards is checked fast)
_CHECKS: dict[str, dict[str, Check]] = {}


def _checks(cls: type[Record]) -> dict[str, Check]:
    found = _CHECKS.get(cls.KIND)
    if found is None:
        hints = typing.get_type_hints(cls)
        choices = _choices()
        found = {}
        for name, hint in hints.items():
            if name in ("KIND", "SINGLETON"):
                continue
            check = _compile(hint, RANGES.get((cls.KIND, name)), KEYS.get((cls.KIND, name)))
            allowed = choices.get((cls.KIND, name))
            found[name] = check if allowed is None else _one_of(check, allowed)
        _CHECKS[cls.KIND] = found
    return found


@cache
def _choices() -> dict[tuple[str, str], tuple[str, ...]]:
    """Text fields that must be one of a list from the content files (loaded once)."""
    from ..domain import card_check
    from ..domain import krachtenkaart as kk

    return {
        ("asset_card", "category"): tuple(c["id"] for c in kk.categories()),
        ("asset_card", "hhh"): ("", *kk.HHH),
        ("asset_card", "observation"): ("", *kk.observation_ids()),
        ("asset_card", "confirm"): card_check.STATES,
    }


def problem(kind: str, row: dict[str, Any]) -> str:
    """What is wrong with one record's values (Dutch, names the field), or ``""``."""
    cls = KINDS.get(kind)
    if cls is None:
        return f"onbekend soort gegevens '{str(kind)[:40]}'"
    checks = _checks(cls)
    for name, value in row.items():
        check = checks.get(name)
        if check is None:
            return f"onbekend veld '{str(name)[:40]}' in '{kind}'"
        if value is None:
            continue  # the record's default applies
        wrong = check(value)
        if wrong:
            return f"veld '{name}' in '{kind}': {wrong}"
    return ""


def _one_of(check: Check, allowed: tuple[str, ...]) -> Check:
    """``check``, and then whether the value is one of ``allowed``."""

    def choice(v: Any) -> str:
        return check(v) or ("" if v in allowed else "een onbekende keuze")

    return choice


def _compile(hint: Any, bounds: tuple[float, float] | None, keys: tuple[str, ...] | None) -> Check:
    """One function that checks a value against a field's annotation, range and keys."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Union or type(hint).__name__ == "UnionType":
        options = [a for a in args if a is not type(None)]
        return _compile(options[0], bounds, keys) if len(options) == 1 else (lambda v: "")
    low, high = bounds if bounds is not None else (-MAX_NUMBER, MAX_NUMBER)
    outside = f"buiten {_number(low)}–{_number(high)}"
    if hint is bool:
        return lambda v: "" if isinstance(v, bool) else "geen ja/nee"
    if hint is int:

        def whole(v: Any) -> str:
            if isinstance(v, bool) or not isinstance(v, int):
                return "geen heel getal"
            return "" if low <= v <= high else outside

        return whole
    if hint is float:

        def number(v: Any) -> str:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                return "geen getal"
            if isinstance(v, float) and not math.isfinite(v):
                return "geen eindig getal"
            return "" if low <= v <= high else outside

        return number
    if hint is str:
        return _text
    if hint is list or origin is list:
        item = _compile(args[0], bounds, None) if args else (lambda v: "")

        def items(v: Any) -> str:
            if not isinstance(v, list):
                return "geen lijst"
            if len(v) > MAX_ITEMS:
                return "een te lange lijst"
            for x in v:
                wrong = item(x)
                if wrong:
                    return f"in de lijst {wrong}"
            return ""

        return items
    if hint is dict or origin is dict:
        value = _compile(args[1], bounds, None) if len(args) == 2 else (lambda v: "")

        def table(v: Any) -> str:
            if not isinstance(v, dict):
                return "geen tabel"
            if len(v) > MAX_ITEMS:
                return "een te grote tabel"
            for k, x in v.items():
                if not isinstance(k, str) or (keys is not None and k not in keys):
                    return "een onbekende sleutel"
                wrong = value(x)
                if wrong:
                    return f"in de tabel {wrong}"
            return ""

        return table
    return lambda v: ""  # a type the records do not use


def _text(v: Any) -> str:
    if type(v) is str:  # the common case first: one test instead of two
        return "" if len(v) <= MAX_TEXT else "te lange tekst"
    if isinstance(v, str):
        return "te lange tekst" if len(v) > MAX_TEXT else ""
    return "geen tekst"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
