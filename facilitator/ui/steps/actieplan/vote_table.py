"""The ideas table of the Stemmen tab: dots from the keyboard, columns sized from their headings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from .models import VoteModel

PLUS_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
MINUS_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)


class VoteTable(QTableView):
    """The ideas table: + and − give or take a dot; a digit starts typing the count."""

    vote_key = Signal(int)
    #: a digit was typed outside a group column: the page moves to the current group's column
    count_key = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in PLUS_KEYS:
                self.vote_key.emit(1)
                return
            if event.key() in MINUS_KEYS:
                self.vote_key.emit(-1)
                return
            if event.text().isdigit() and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ):
                self.count_key.emit()  # may move the current cell to a group column first
        super().keyPressEvent(event)


def size_columns(view: QTableView, model: VoteModel) -> None:
    """Count columns as wide as their heading (not measured over every row: that is slow)."""
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        if column == model.TITLE:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        sample = "000"
        if column == model.total_column and model.ranked and len(model.groups) > 1:
            sample = "00  (" + " + ".join("0" for _ in model.groups) + ")"
        if column == model.source_column:
            sample = "00"
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(column, max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample)) + 24)
