"""Lines over the board between the cards of an idea (verbind de punten, made visible).

When the chosen card belongs to one or more ideas, its tile is joined by a line to
every other card of those ideas that is in view. The overlay lets every mouse event
through, so the board works as before underneath.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ....domain import krachtenkaart as kk
from ...session.context import SessionContext
from .columns import CategoryColumn


class IdeaOverlay(QWidget):
    def __init__(self, ctx: SessionContext, columns: dict[str, CategoryColumn], parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.columns = columns
        self.card_id = ""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        for column in columns.values():
            column.view.verticalScrollBar().valueChanged.connect(self.refresh)
        self.hide()

    def show_for(self, card_id: str) -> None:
        self.card_id = card_id
        self.refresh()

    def refresh(self) -> None:
        """Hidden while there is nothing to draw: a transparent widget over the board would make
        every small change (one new card) repaint all six columns beneath it."""
        has_lines = bool(self.lines())
        if has_lines != self.isVisible():
            self.setVisible(has_lines)
        if has_lines:
            self.update()

    def follow_parent(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
            self.raise_()

    def lines(self) -> list[tuple[QPointF, QPointF]]:
        """Tile centre of the chosen card to the tile centre of each card it shares an idea with."""
        if not self.card_id:
            return []
        partners: list[str] = []
        for idea in kk.ideas(self.ctx.session):
            if self.card_id in idea.card_ids:
                partners.extend(i for i in idea.card_ids if i != self.card_id and i not in partners)
        if not partners:
            return []
        start = self._centre(self.card_id)
        if start is None:
            return []
        ends = (self._centre(i) for i in partners)
        return [(start, end) for end in ends if end is not None]

    def _centre(self, card_id: str) -> QPointF | None:
        card = self.ctx.session.get(kk.AssetCard, card_id)
        column = self.columns.get(card.category) if card is not None else None
        if column is None or not column.isVisible():
            return None
        row = column.model.row_of(card_id)
        if row < 0:
            return None
        view = column.view
        rect = view.visualRect(column.model.index(row, 0))
        if not rect.intersects(view.viewport().rect()):
            return None  # scrolled out of sight: no line into nowhere
        parent = self.parentWidget()
        if parent is None:
            return None
        return QPointF(view.viewport().mapTo(parent, rect.center()))

    def paintEvent(self, event: QPaintEvent) -> None:
        lines = self.lines()
        if not lines:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(40, 40, 40, 120), 3.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for start, end in lines:
            painter.drawLine(start, end)
        painter.setBrush(QColor(40, 40, 40, 190))
        painter.setPen(Qt.PenStyle.NoPen)
        for start, end in lines:
            painter.drawEllipse(start, 6.0, 6.0)
            painter.drawEllipse(end, 6.0, 6.0)
