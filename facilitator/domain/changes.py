"""Changes and operations: the one path every edit takes.

A :class:`Change` is a before/after snapshot of one record (``None`` on one side for an
insert or a delete). An :class:`Operation` is what the user did in one step ("Kaart
toevoegen"): a list of changes that is written in one transaction and undone as one.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Literal


@dataclasses.dataclass(frozen=True)
class Change:
    kind: str
    id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def inverse(self) -> Change:
        return Change(self.kind, self.id, self.after, self.before)

    @property
    def is_insert(self) -> bool:
        return self.before is None and self.after is not None

    @property
    def is_delete(self) -> bool:
        return self.after is None and self.before is not None


@dataclasses.dataclass
class Operation:
    label: str
    changes: list[Change]
    #: consecutive operations with the same key (typing in one field) merge into one undo step
    merge_key: str | None = None
    #: monotonic time of the last edit merged into this operation
    stamp: float = 0.0

    def inverse(self) -> Operation:
        return Operation(self.label, [c.inverse() for c in reversed(self.changes)])


Origin = Literal["do", "undo", "redo", "reload"]


@dataclasses.dataclass(frozen=True)
class ChangeEvent:
    """Announced after every change, so each view decides whether to redraw."""

    label: str
    origin: Origin
    kinds: frozenset[str]
    ids: frozenset[str]

    def touches(self, *kinds: str) -> bool:
        return self.origin == "reload" or bool(self.kinds.intersection(kinds))


def squash(changes: list[Change]) -> list[Change]:
    """Fold several changes of the same record into one (first before, last after)."""
    order: list[tuple[str, str]] = []
    first: dict[tuple[str, str], Change] = {}
    last: dict[tuple[str, str], Change] = {}
    for c in changes:
        key = (c.kind, c.id)
        if key not in first:
            order.append(key)
            first[key] = c
        last[key] = c
    result = []
    for key in order:
        before, after = first[key].before, last[key].after
        if before is None and after is None:
            continue
        result.append(Change(key[0], key[1], before, after))
    return result
