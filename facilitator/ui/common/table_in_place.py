"""Record tables that redraw in place: an edit typed into a cell keeps the keyboard there.

:class:`RecordTableModel` resets itself on every reload, which closes an open cell
editor abruptly and drops the current cell. A model made from :class:`InPlaceTableModel`
only repaints when the same rows come back, and :func:`reload_keeping_place` puts the
current cell (and the focus) back when rows were added or removed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableView

from .record_table import RecordTableModel


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
