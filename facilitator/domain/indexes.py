"""Indexes the session keeps up to date per change, so reading stays cheap in a big meeting.

:class:`Order` keeps one kind's records in reading order (no sort per read), :class:`Matching`
only those with some field values (the cards still to confirm); :class:`Highest`
and :class:`HighestBy` keep the highest value of a field (the next card number, the next
position in a category) without a scan per question. Each follows one change at a time:
``change(before, after)`` with the record as it was and as it is (``None`` for none).
"""

from __future__ import annotations

import bisect
import heapq
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .records import Record


def _position(record: Record) -> float:
    value: float = record.__dict__.get("position", 0.0)
    return value


def _order_key(record: Record, positioned: bool) -> tuple[Any, ...]:
    return (_position(record), record.created, record.id) if positioned else (record.created, record.id)


class Order:
    """One kind's records in reading order, kept sorted as changes come in.

    A change that keeps a record's place (typing in a field) costs nothing; a new,
    removed or moved record one binary search and one list insert or delete.
    """

    def __init__(self, rows: Iterable[Record], positioned: bool) -> None:
        self.positioned = positioned
        self.keys = sorted(_order_key(r, positioned) for r in rows)

    def change(self, before: Record | None, after: Record | None) -> None:
        old = _order_key(before, self.positioned) if before is not None else None
        new = _order_key(after, self.positioned) if after is not None else None
        if old == new:
            return
        if old is not None:
            i = bisect.bisect_left(self.keys, old)
            if i < len(self.keys) and self.keys[i] == old:
                del self.keys[i]
        if new is not None:
            bisect.insort(self.keys, new)


class Matching(Order):
    """The records of one kind whose fields have the given values, in reading order, kept up
    to date: a change of a record that neither matched nor matches costs two comparisons."""

    def __init__(self, rows: Iterable[Record], positioned: bool, match: dict[str, Any]) -> None:
        self.match = match
        super().__init__((r for r in rows if self.matches(r)), positioned)

    def matches(self, record: Record) -> bool:
        return all(getattr(record, k) == v for k, v in self.match.items())

    def change(self, before: Record | None, after: Record | None) -> None:
        super().change(
            before if before is not None and self.matches(before) else None,
            after if after is not None and self.matches(after) else None,
        )


class Highest:
    """The highest value of one field among the records that match some fields, kept up to date.

    A heap of the values with a count of each that is still there: a new value is one push,
    a removed one a lower count, and asking for the highest skips values that are gone.
    """

    def __init__(self, field: str, match: dict[str, Any], rows: Iterable[Record]) -> None:
        self.field, self.match = field, match
        self.live: Counter[Any] = Counter(getattr(r, field) for r in rows if self.matches(r))
        self.heap = [-v for v in self.live]
        heapq.heapify(self.heap)

    def matches(self, record: Record) -> bool:
        return all(getattr(record, k) == v for k, v in self.match.items())

    def change(self, before: Record | None, after: Record | None) -> None:
        old = getattr(before, self.field) if before is not None and self.matches(before) else None
        new = getattr(after, self.field) if after is not None and self.matches(after) else None
        if old == new:
            return
        if old is not None:
            self.live[old] -= 1
            if not self.live[old]:
                del self.live[old]
        if new is not None:
            if new not in self.live:
                heapq.heappush(self.heap, -new)
            self.live[new] += 1

    @property
    def value(self) -> Any:
        while self.heap and -self.heap[0] not in self.live:
            heapq.heappop(self.heap)
        return -self.heap[0] if self.heap else None


class HighestBy:
    """:class:`Highest` for every value of one field (``by``), made in one pass over the records."""

    def __init__(self, field: str, by: str, rows: Iterable[Record]) -> None:
        self.field, self.by = field, by
        groups: dict[Any, list[Record]] = {}
        for r in rows:
            groups.setdefault(getattr(r, by), []).append(r)
        self.parts = {value: Highest(field, {}, group) for value, group in groups.items()}

    def _part(self, value: Any) -> Highest:
        part = self.parts.get(value)
        if part is None:
            part = self.parts[value] = Highest(self.field, {}, ())
        return part

    def change(self, before: Record | None, after: Record | None) -> None:
        old = getattr(before, self.by) if before is not None else None
        new = getattr(after, self.by) if after is not None else None
        if before is not None and after is not None and old == new:
            self._part(old).change(before, after)
            return
        if before is not None:
            self._part(old).change(before, None)
        if after is not None:
            self._part(new).change(None, after)

    def value(self, value: Any) -> Any:
        part = self.parts.get(value)
        return part.value if part is not None else None
