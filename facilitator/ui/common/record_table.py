"""The shared base of the editable record tables (participants, agenda, actions, outside support)."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..session.context import SessionContext
from .row_sync import record_key, sync_rows

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


class RecordTableModel(QAbstractTableModel):
    """One kind of record, a row each, under named and translated column headings.

    A subclass sets ``COLUMNS``, says which records it shows (:meth:`load_rows`) and what
    its columns are called (:meth:`headings`), and adds ``data``/``setData`` of its own.
    """

    COLUMNS: ClassVar[int] = 0

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[Any] = []

    def load_rows(self) -> list[Any]:
        raise NotImplementedError

    def headings(self) -> list[str]:
        raise NotImplementedError

    def row_key(self, row: Any) -> Hashable:
        """What keeps a row the same row from one reload to the next (a record's id)."""
        return record_key(row)

    def reload(self) -> None:
        """Show the records again: changed rows as dataChanged, new and removed ones as such (no reset)."""
        sync_rows(self, self.load_rows(), key=self.row_key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell editable (through the domain, in ``setData``); subclasses narrow this."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole and 0 <= section < self.COLUMNS:
            return self.headings()[section]
        return None
