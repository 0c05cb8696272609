"""The board for the room: six columns in large type, no controls and no contact details.

The font grows with the window (about 28 pt on a 1920×1080 projector) and the board
follows every change live through ``ctx.changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyleOptionViewItem, QVBoxLayout, QWidget

from ...domain import krachtenkaart as kk
from ...domain.changes import ChangeEvent
from ..context import SessionContext
from .board import category_list
from .board_model import group_cards
from .columns import CategoryColumn


def projector_point_size(height: int) -> float:
    """Card titles in points for a window of this height: 28 pt at 1080 pixels."""
    return max(14.0, height / 38.0)


class ProjectorBoard(QWidget):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("krachtenkaartProjector")
        self.setStyleSheet("#krachtenkaartProjector { background: #ffffff; }")
        self.categories = category_list(ctx.language)
        colors = {c["id"]: c["color"] for c in self.categories}
        self.heading = QLabel(self.tr("Krachtenkaart: wat is hier al sterk?"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.columns: list[CategoryColumn] = []
        row = QHBoxLayout()
        row.setSpacing(6)
        for cat in self.categories:
            column = CategoryColumn(ctx, cat, colors, editable=False, title_lines=2)
            self.columns.append(column)
            row.addWidget(column, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row, 1)
        ctx.changed.connect(self.refresh)
        self.refresh(ChangeEvent("", "reload", frozenset(), frozenset()))
        self._apply_size(self.height() or 720)

    def refresh(self, event: ChangeEvent) -> None:
        if not event.touches("asset_card"):
            return
        groups = group_cards(self.ctx)
        touched = None if event.origin == "reload" else event.ids
        for column in self.columns:
            column.model.update(groups[column.category["id"]], touched)
            n = len(groups[column.category["id"]])
            column.set_count(n, n, short=True)
        self._fit()
        jewels = len(kk.crown_jewels(self.ctx.session))
        self.heading.setText(self.tr("Krachtenkaart: wat is hier al sterk?") + (f"   ★ {jewels}" if jewels else ""))

    def _apply_size(self, height: int) -> None:
        points = projector_point_size(height)
        for widget, scale in ((self, 1.0), (self.heading, 1.3)):
            font = widget.font()
            font.setPointSizeF(points * scale)
            widget.setFont(font)
        for column in self.columns:
            font = column.view.font()
            font.setPointSizeF(points)
            column.view.setFont(font)
            header = column.header.font()
            header.setPointSizeF(points * 0.8)
            header.setBold(True)
            column.header.setFont(header)
            column.more.setFont(header)
            column.view.doItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_size(event.size().height())
        self._fit()

    def _rows_that_fit(self, column: CategoryColumn, lines: int) -> int:
        column.delegate.title_lines = lines
        option = QStyleOptionViewItem()
        option.font = column.view.font()  # type: ignore[attr-defined]
        tile = column.delegate.sizeHint(option, column.model.index(0)).height() + 2 * column.view.spacing()
        room = self.height() - column.view.mapTo(self, QPoint(0, 0)).y() - column.more.sizeHint().height() - 12
        return max(1, room // max(1, tile))

    def _fit(self) -> None:
        """Count the cards that do not fit under their column ("+ 3 meer").

        Titles keep two lines: a one-line title is cut too short to read from the back of the hall.
        """
        if not self.isVisible():
            return
        for column in self.columns:
            fit = self._rows_that_fit(column, 2)
            hidden = column.model.rowCount() - fit
            column.more.setText(self.tr("+ {0} meer").format(hidden) if hidden > 0 else "")
            column.more.setVisible(hidden > 0)
            column.view.doItemsLayout()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._fit()
