"""The session: one meeting's records in memory, with undo, redo and change events.

Every edit goes through :meth:`Session.commit`: the changes are written to storage in
one transaction first; only when that succeeded does memory change, the operation go
on the undo stack, and listeners hear what changed. A failed write (full disk, a file
gone read-only) therefore leaves memory, disk and undo history as they were.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, TypeVar

from .changes import Change, ChangeEvent, Operation, Origin, squash
from .indexes import Highest, HighestBy, Matching, Order
from .records import KINDS, Record, field_types, kind_of, now

R = TypeVar("R", bound=Record)

#: seconds of pause after which typing in the same field starts a new undo step
MERGE_WINDOW = 2.0
UNDO_LIMIT = 500


class Storage(Protocol):
    """What the session needs from the store (implemented by ``facilitator.store``)."""

    def write(self, changes: list[Change]) -> None: ...

    def put_blob(self, data: bytes, mime: str) -> str: ...

    def get_blob(self, blob_id: str) -> bytes | None: ...


class MemoryStorage:
    """Storage that keeps nothing on disk: for tests and for building sessions."""

    def __init__(self) -> None:
        self.writes: list[list[Change]] = []
        self.blobs: dict[str, tuple[bytes, str]] = {}

    def write(self, changes: list[Change]) -> None:
        self.writes.append(changes)

    def put_blob(self, data: bytes, mime: str) -> str:
        import hashlib

        blob_id = hashlib.sha256(data).hexdigest()
        self.blobs[blob_id] = (data, mime)
        return blob_id

    def get_blob(self, blob_id: str) -> bytes | None:
        item = self.blobs.get(blob_id)
        return item[0] if item else None


Listener = Callable[[ChangeEvent], None]


class Session:
    def __init__(
        self,
        storage: Storage | None = None,
        records: Iterable[Record] = (),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.storage: Storage = storage if storage is not None else MemoryStorage()
        self._records: dict[str, dict[str, Record]] = {k: {} for k in KINDS}
        for r in records:
            self._records.setdefault(r.KIND, {})[r.id] = r
        self._undo: list[Operation] = []
        self._redo: list[Operation] = []
        self._listeners: list[Listener] = []
        self._pending: list[Change] | None = None
        self._pending_label = ""
        self._clock = clock
        #: per kind: its records in reading order (made on first read, then kept up to date)
        self._orders: dict[str, Order] = {}
        #: (kind, match) -> the records with those field values, in reading order (see :meth:`where`)
        self._where: dict[tuple[str, tuple[tuple[str, Any], ...]], Matching] = {}
        #: (kind, field, match) -> the highest value, for next_position and next numbers
        self._highest: dict[tuple[str, str, tuple[tuple[str, Any], ...]], Highest] = {}
        #: (kind, field, by) -> the highest value of field for every value of ``by``
        self._highest_by: dict[tuple[str, str, str], HighestBy] = {}

    # ------------------------------------------------------------------ reading
    def all(self, cls: type[R]) -> list[R]:
        """All records of a kind, by ``position`` when the kind has one, else by creation.

        The order is kept up to date as records change, so reading costs no sort.
        """
        rows = self._records.get(cls.KIND, {})
        order = self._orders.get(cls.KIND)
        if order is None:
            order = self._orders[cls.KIND] = Order(rows.values(), "position" in field_types(cls))
        return [rows[key[-1]] for key in order.keys]  # type: ignore[misc]

    def where(self, cls: type[R], **match: Any) -> list[R]:
        """The records of a kind whose fields have these values, in the order of :meth:`all`.

        Kept up to date as records change, so asking after every change (a banner counting
        the cards still to confirm) costs no scan of all records.
        """
        key = (cls.KIND, tuple(sorted(match.items())))
        rows = self._records.get(cls.KIND, {})
        found = self._where.get(key)
        if found is None:
            found = self._where[key] = Matching(rows.values(), "position" in field_types(cls), match)
        return [rows[k[-1]] for k in found.keys]  # type: ignore[misc]

    def get(self, cls: type[R], record_id: str) -> R | None:
        return self._records.get(cls.KIND, {}).get(record_id)  # type: ignore[return-value]

    def count(self, cls: type[Record]) -> int:
        return len(self._records.get(cls.KIND, {}))

    def single(self, cls: type[R]) -> R:
        """The one record of a singleton kind (made in memory when missing)."""
        rows = self._records.get(cls.KIND, {})
        if rows:
            return next(iter(rows.values()))  # type: ignore[return-value]
        return cls()

    def records(self) -> Iterator[Record]:
        for rows in self._records.values():
            yield from rows.values()

    def next_position(self, cls: type[Record], **match: Any) -> float:
        """One more than the highest ``position`` among the records matching ``match``."""
        return float(self.highest(cls, "position", **match) or 0.0) + 1.0

    def highest(self, cls: type[Record], field: str, **match: Any) -> Any:
        """The highest value of ``field`` among the records of a kind that match (None: no such record).

        Kept up to date as records change: asking again after an edit costs no scan.
        """
        key = (cls.KIND, field, tuple(sorted(match.items())))
        if len(match) == 1:
            # one field to match (a card's category): every value of it is indexed in one pass
            ((by, value),) = match.items()
            parts = self._highest_by.get((cls.KIND, field, by))
            if parts is None:
                parts = self._highest_by[(cls.KIND, field, by)] = HighestBy(
                    field, by, self._records.get(cls.KIND, {}).values()
                )
            return parts.value(value)
        found = self._highest.get(key)
        if found is None:
            found = self._highest[key] = Highest(field, match, self._records.get(cls.KIND, {}).values())
        return found.value

    # ------------------------------------------------------------------ writing
    def add(self, *records: Record, label: str) -> None:
        self.commit(label, [Change(r.KIND, r.id, None, r.to_dict()) for r in records])

    def update(self, record: Record, label: str, merge_key: str | None = None, **fields: Any) -> None:
        """Change fields of a record; unchanged values are not written."""
        change = self.update_change(record, **fields)
        if change is not None:
            self.commit(label, [change], merge_key=merge_key)

    def update_change(self, record: Record, **fields: Any) -> Change | None:
        types = field_types(type(record))
        for name in fields:
            if name not in types or name in ("id", "created", "updated"):
                raise KeyError(f"{record.KIND} has no editable field {name!r}")
        current = self._records.get(record.KIND, {}).get(record.id)
        before = current.to_dict() if current is not None else None
        base = before if before is not None else record.to_dict()
        after = dict(base)
        after.update(fields)
        if before is not None and all(before[k] == after[k] for k in fields):
            return None
        return Change(record.KIND, record.id, before, after)

    def remove(self, *records: Record, label: str) -> None:
        changes = [
            Change(r.KIND, r.id, self._records[r.KIND][r.id].to_dict(), None)
            for r in records
            if r.id in self._records.get(r.KIND, {})
        ]
        if changes:
            self.commit(label, changes)

    @contextlib.contextmanager
    def batch(self, label: str) -> Iterator[None]:
        """Group every commit inside the block into one operation (one undo step).

        Inside the block, memory changes at once (later reads see earlier edits); the
        disk is written once at the end. When the block or the write fails, memory is
        put back as it was and nothing is on disk.
        """
        if self._pending is not None:
            yield  # nested: the outer batch collects
            return
        self._pending, self._pending_label = [], label
        try:
            yield
            changes = squash(self._pending)
            if changes:
                self.storage.write(changes)
        except BaseException:
            self._apply_memory([c.inverse() for c in reversed(self._pending)])
            raise
        finally:
            self._pending = None
        if changes:
            self._record(label, changes, None)

    def commit(self, label: str, changes: list[Change], merge_key: str | None = None) -> None:
        changes = squash(changes)
        if not changes:
            return
        if self._pending is not None:
            stamped = self._stamp(changes)
            self._apply_memory(stamped)
            self._pending.extend(stamped)
            return
        stamped = self._write(changes)
        self._record(label, stamped, merge_key)

    def _record(self, label: str, stamped: list[Change], merge_key: str | None) -> None:
        t = self._clock()
        top = self._undo[-1] if self._undo else None
        if (
            merge_key is not None
            and top is not None
            and not self._redo
            and top.merge_key == merge_key
            and t - top.stamp <= MERGE_WINDOW
        ):
            top.changes = squash(top.changes + stamped)
            top.stamp = t
        else:
            self._undo.append(Operation(label, stamped, merge_key, t))
            del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        self._announce(label, "do", stamped)

    def seal(self) -> None:
        """End merging: the next edit starts a new undo step (e.g. on focus out)."""
        if self._undo:
            self._undo[-1].merge_key = None

    # --------------------------------------------------------------------- undo
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    @property
    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def undo(self) -> bool:
        if not self._undo:
            return False
        op = self._undo[-1]
        inverse = op.inverse()
        self._write(inverse.changes)  # raises before anything moves when the disk says no
        self._undo.pop()
        self._redo.append(op)
        self._announce(op.label, "undo", inverse.changes)
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        op = self._redo[-1]
        self._write(op.changes)
        self._redo.pop()
        op.merge_key = None
        self._undo.append(op)
        self._announce(op.label, "redo", op.changes)
        return True

    # ---------------------------------------------------------------- listeners
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _stamp(changes: list[Change]) -> list[Change]:
        stamp = now()
        return [
            c if c.after is None else Change(c.kind, c.id, c.before, {**c.after, "updated": stamp}) for c in changes
        ]

    def _write(self, changes: list[Change]) -> list[Change]:
        """Write to storage first; memory follows only when the write succeeded."""
        stamped = self._stamp(changes)
        self.storage.write(stamped)
        self._apply_memory(stamped)
        return stamped

    def _apply_memory(self, changes: list[Change]) -> None:
        for c in changes:
            rows = self._records.setdefault(c.kind, {})
            before = rows.get(c.id)
            if c.after is None:
                rows.pop(c.id, None)
                after = None
            else:
                after = rows[c.id] = kind_of(c.kind).from_dict(c.after)
            order = self._orders.get(c.kind)
            if order is not None:
                order.change(before, after)
            for where_key, matching in self._where.items():
                if where_key[0] == c.kind:
                    matching.change(before, after)
            for key, highest in self._highest.items():
                if key[0] == c.kind:
                    highest.change(before, after)
            for by_key, parts in self._highest_by.items():
                if by_key[0] == c.kind:
                    parts.change(before, after)

    def _announce(self, label: str, origin: Origin, changes: list[Change]) -> None:
        event = ChangeEvent(
            label,
            origin,
            frozenset(c.kind for c in changes),
            frozenset(c.id for c in changes),
        )
        for listener in list(self._listeners):
            listener(event)
