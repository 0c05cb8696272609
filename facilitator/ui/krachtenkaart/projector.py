"""The board for the room: six columns in large type, no controls and no contact details.

Every text is at least 28 pt on a 1920×1080 projector (the projector window's own text
size, which also follows the text-size setting). Six columns of about 300 pixels leave
room for only a few cards each, so every column shows its crown jewels and most-dotted
cards first, titles wrap over two lines, and the rest is counted ("+ 3 meer"). The board
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

#: points at a 1080-pixel-high window when the window does not say (as the projector window does)
POINTS_AT_1080 = 30.0
#: title lines per card tile: one line cuts most titles too short to read from the back of the hall
TITLE_LINES = 2


def projector_point_size(height: int) -> float:
    """Text size in points for a window of this height: 30 pt at 1080 pixels."""
    return max(14.0, POINTS_AT_1080 * height / 1080)


def room_order(cards: list[kk.AssetCard]) -> list[kk.AssetCard]:
    """What the room should see first when a column is too short: crown jewels, then most dots."""
    return sorted(cards, key=lambda c: (not c.crown, -c.dots, c.number))


class ProjectorBoard(QWidget):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.points = 0.0
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
            column = CategoryColumn(ctx, cat, colors, editable=False, title_lines=TITLE_LINES)
            column.delegate.small_ratio = 0.95
            self.columns.append(column)
            row.addWidget(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(row, 1)
        ctx.changed.connect(self.refresh)
        self.refresh(ChangeEvent("", "reload", frozenset(), frozenset()))
        self._apply_size()

    def refresh(self, event: ChangeEvent) -> None:
        if not event.touches("asset_card"):
            return
        groups = group_cards(self.ctx)
        touched = None if event.origin == "reload" else event.ids
        for column in self.columns:
            cards = room_order(groups[column.category["id"]])
            column.model.update(cards, touched)
            column.set_count(len(cards), len(cards), short=True)
        self._fit()
        jewels = len(kk.crown_jewels(self.ctx.session))
        self.heading.setText(self.tr("Krachtenkaart: wat is hier al sterk?") + (f"   ★ {jewels}" if jewels else ""))

    def window_points(self) -> float:
        """The projector window's text size when there is one, else one from the window height."""
        window = self.window()
        points = float(getattr(window, "points", 0.0) or 0.0)
        return points or projector_point_size(window.height() or self.height() or 720)

    def _apply_size(self) -> None:
        points = self.window_points()
        if points == self.points:
            return
        self.points = points
        for widget, scale in ((self, 1.0), (self.heading, 1.15)):
            font = widget.font()
            font.setPointSizeF(points * scale)
            widget.setFont(font)
        for column in self.columns:
            font = column.view.font()
            font.setPointSizeF(points)
            column.view.setFont(font)
            header = column.header.font()
            header.setPointSizeF(points)
            header.setBold(True)
            column.header.setFont(header)
            column.header.updateGeometry()
            column.more.setFont(header)
            column.view.doItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_size()
        self._fit()

    def _rows_that_fit(self, column: CategoryColumn) -> int:
        column.delegate.title_lines = TITLE_LINES
        option = QStyleOptionViewItem()
        option.font = column.view.font()  # type: ignore[attr-defined]
        tile = column.delegate.sizeHint(option, column.model.index(0)).height() + 2 * column.view.spacing()
        room = self.height() - column.view.mapTo(self, QPoint(0, 0)).y() - column.more.sizeHint().height() - 12
        return max(1, room // max(1, tile))

    def _fit(self) -> None:
        """Count the cards that do not fit under their column ("+ 3 meer")."""
        if not self.isVisible():
            return
        for column in self.columns:
            hidden = column.model.rowCount() - self._rows_that_fit(column)
            column.more.setText(self.tr("+ {0} meer").format(hidden) if hidden > 0 else "")
            column.more.setVisible(hidden > 0)
            column.view.doItemsLayout()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._apply_size()
        self._fit()
