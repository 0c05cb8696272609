"""Records: the rows a session is made of.

Every record has a stable UUID and created/updated timestamps, so sessions made on
several laptops can be merged later. Each record kind is a dataclass registered with
``@record_kind``; the store derives its tables from these classes, the JSON export
its format, and undo its snapshots.
"""

from __future__ import annotations

import dataclasses
import typing
import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar

R = TypeVar("R", bound="Record")

#: kind name -> record class
KINDS: dict[str, type[Record]] = {}

#: field types the store and the JSON format understand
SCALAR_TYPES = (str, int, float, bool)


def new_id() -> str:
    return str(uuid.uuid4())


def now() -> str:
    """UTC timestamp with microseconds; sorts as text."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclasses.dataclass(kw_only=True, frozen=True)
class Record:
    """Base of every record kind."""

    KIND: ClassVar[str] = ""
    #: True for a kind that has exactly one row per session (the meeting itself)
    SINGLETON: ClassVar[bool] = False

    id: str = dataclasses.field(default_factory=new_id)
    created: str = dataclasses.field(default_factory=now)
    updated: str = dataclasses.field(default_factory=now)

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _copy(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        names = field_types(cls)
        return cls(**{k: _copy(v) for k, v in data.items() if k in names})


def _copy(value: Any) -> Any:
    if isinstance(value, list):
        return [_copy(v) for v in value]
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    return value


def record_kind(cls: type[R]) -> type[R]:
    """Class decorator: register a record kind under its ``KIND`` name."""
    if not cls.KIND:
        raise ValueError(f"{cls.__name__} has no KIND")
    if cls.KIND in KINDS and KINDS[cls.KIND] is not cls:
        raise ValueError(f"record kind {cls.KIND!r} registered twice")
    field_types(cls)  # validates the annotations early
    KINDS[cls.KIND] = cls
    return cls


_TYPE_CACHE: dict[type, dict[str, Any]] = {}


def field_types(cls: type[Record]) -> dict[str, Any]:
    """Field name -> one of str, int, float, bool, list, dict (optional allowed)."""
    cached = _TYPE_CACHE.get(cls)
    if cached is not None:
        return cached
    hints = typing.get_type_hints(cls)
    result: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        result[f.name] = _base_type(hints[f.name], cls, f.name)
    _TYPE_CACHE[cls] = result
    return result


def _base_type(hint: Any, cls: type, name: str) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return _base_type(args[0], cls, name)
    if hint in SCALAR_TYPES:
        return hint
    if hint is list or origin is list:
        return list
    if hint is dict or origin is dict:
        return dict
    raise TypeError(f"{cls.__name__}.{name}: unsupported field type {hint!r}")


def kind_of(name: str) -> type[Record]:
    try:
        return KINDS[name]
    except KeyError:
        raise KeyError(f"unknown record kind {name!r}") from None
