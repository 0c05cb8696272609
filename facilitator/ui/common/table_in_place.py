"""Record tables that redraw in place: an edit typed into a cell keeps the keyboard there.

:class:`RecordTableModel` resets itself on every reload, which closes an open cell
editor abruptly and drops the current cell. A model made from :class:`InPlaceTableModel`
only repaints when the same rows come back, and :func:`reload_keeping_place` puts the
current cell (and the focus) back when rows were added or removed. :class:`FieldTableModel`,
:func:`record_list_view` and :func:`edit_last` are the shared parts of the lists the room
fills ("Wie ontbreekt?", "Steun van buiten").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from .record_table import RecordTableModel
from .widgets import setup_record_view

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


class InPlaceTableModel(RecordTableModel):
    def reload(self) -> None:
        """Same rows: redraw in place, so an open cell editor closes normally; else reset."""
        rows = self.load_rows()
        if self.rows and [r.id for r in rows] == [r.id for r in self.rows]:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.COLUMNS - 1))
            return
        super().reload()


def reload_keeping_place(view: QTableView, model: RecordTableModel) -> None:
    """Reload ``model``; when its rows changed, go back to the same cell, with the focus if it had it."""
    before = [r.id for r in model.rows]
    current = view.currentIndex()
    focus = QApplication.focusWidget()
    had_focus = focus is not None and (focus is view or view.isAncestorOf(focus))
    model.reload()
    if [r.id for r in model.rows] != before and current.isValid() and model.rowCount():
        view.setCurrentIndex(model.index(min(current.row(), model.rowCount() - 1), current.column()))
        if had_focus:
            view.setFocus()


class FieldTableModel(InPlaceTableModel):
    """A table whose columns are fields of its records (``FIELDS``), each cell typed in place.

    A subclass says how a typed value is cleaned (:meth:`clean`, None refuses it), which
    domain operation saves it (:meth:`save`), and may show a value otherwise (:meth:`shown`)
    or answer other roles (:meth:`more_data`). ``REQUIRED`` names a field that may not be
    emptied (a row keeps its name).
    """

    FIELDS: ClassVar[tuple[str, ...]] = ()
    REQUIRED: ClassVar[str] = ""

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        record = self.rows[index.row()]
        if role in (Role.DisplayRole, Role.EditRole):
            value = getattr(record, self.FIELDS[index.column()])
            return self.shown(index.column(), value) if role == Role.DisplayRole else value
        return self.more_data(record, index.column(), role)

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or role != Role.EditRole:
            return False
        field = self.FIELDS[index.column()]
        cleaned = self.clean(field, value)
        if cleaned is None or (field == self.REQUIRED and not cleaned.strip()):
            return False
        self.save(self.rows[index.row()], field, cleaned)
        return True

    def shown(self, column: int, value: Any) -> Any:
        return value

    def more_data(self, record: Any, column: int, role: int) -> Any:
        return None

    def clean(self, field: str, value: Any) -> str | None:
        return str(value)

    def save(self, record: Any, field: str, value: str) -> None:
        raise NotImplementedError


def record_list_view(model: RecordTableModel, object_name: str, name: str, remove: Callable[[], None]) -> QTableView:
    """The table of a list the room fills: record view set-up, columns stretched, Delete removes."""
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    setup_record_view(view, name)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    QShortcut(QKeySequence.StandardKey.Delete, view, remove)
    return view


def edit_last(view: QTableView, model: RecordTableModel, column: int) -> None:
    """Go on in the new (last) row at ``column``, so the facilitator can type on."""
    if model.rowCount():
        view.setCurrentIndex(model.index(model.rowCount() - 1, column))
        view.setFocus()
