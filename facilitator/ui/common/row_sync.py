"""Bring a list or table model from its old rows to new ones with the smallest signals Qt knows.

Views keep their selection, cursor and scroll position through ``dataChanged``,
``rowsInserted`` and ``rowsRemoved``; a model reset throws all three away and makes every
view lay out and paint everything again. A model that holds its rows in ``self.rows``
calls :func:`sync_rows` with the rows it should show after a change: rows with the same
key at the same place that differ are announced as changed, the rest as removed and
inserted (found with a sequence diff, so one new or removed row costs one signal).
Records are frozen and replaced on every edit, so an unchanged record is the same object
and costs no comparison of its fields.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex


def record_key(row: Any) -> Hashable:
    """A record's id; anything else is its own key."""
    return getattr(row, "id", row)


def edits(old_keys: list[Hashable], new_keys: list[Hashable]) -> list[tuple[str, int, int, int, int]]:
    """The difflib opcodes that turn ``old_keys`` into ``new_keys``, last first: applied in this
    order, every row before the one being changed still has its old index."""
    return list(reversed(difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False).get_opcodes()))


def differs(old: Any, new: Any) -> bool:
    """A row that must be redrawn: a new record object (records are replaced on every edit)."""
    return old is not new and old != new


def sync_rows(
    model: QAbstractItemModel,
    new: Sequence[Any],
    key: Callable[[Any], Hashable] = record_key,
    changed_row: Callable[[Any, Any], bool] = differs,
) -> None:
    """Make ``model.rows`` equal to ``new``, announcing each difference (see the module docstring).

    ``changed_row(old, new)`` says whether a row with the same key must be redrawn.
    """
    old: list[Any] = model.rows  # type: ignore[attr-defined]
    new = list(new)
    old_keys = [key(r) for r in old]
    new_keys = [key(r) for r in new]
    if old_keys == new_keys:
        changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if changed_row(a, b)]
        model.rows = new  # type: ignore[attr-defined]
        _announce_changed(model, changed)
        return
    rows = list(old)
    model.rows = rows  # type: ignore[attr-defined]
    for tag, i1, i2, j1, j2 in edits(old_keys, new_keys):
        if tag == "equal":
            changed = [i1 + k for k in range(i2 - i1) if changed_row(rows[i1 + k], new[j1 + k])]
            rows[i1:i2] = new[j1:j2]
            _announce_changed(model, changed)
            continue
        if tag in ("delete", "replace"):
            model.beginRemoveRows(QModelIndex(), i1, i2 - 1)
            del rows[i1:i2]
            model.endRemoveRows()
        if tag in ("insert", "replace"):
            model.beginInsertRows(QModelIndex(), i1, i1 + (j2 - j1) - 1)
            rows[i1:i1] = new[j1:j2]
            model.endInsertRows()
    model.rows = new  # type: ignore[attr-defined]  # the same rows, as the caller's list


def _announce_changed(model: QAbstractItemModel, changed: list[int]) -> None:
    """One ``dataChanged`` per run of neighbouring changed rows, over all columns."""
    if not changed:
        return
    # a list model has one column (and Qt keeps its columnCount private)
    last_column = 0 if isinstance(model, QAbstractListModel) else max(0, model.columnCount() - 1)
    start = prev = changed[0]
    for row in [*changed[1:], None]:
        if row is not None and row == prev + 1:
            prev = row
            continue
        model.dataChanged.emit(model.index(start, 0), model.index(prev, last_column))
        if row is not None:
            start = prev = row
