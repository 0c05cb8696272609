"""Pieces of the Ideeën tab: a checkable list of all cards and a diagram of one idea.

The diagram puts the idea's cards in a circle, in their category colours, and draws a
line between every two of them: the room sees which strengths the idea connects.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ...domain import krachtenkaart as kk
from ...domain.textfold import fold
from ..context import SessionContext
from .board_model import matches

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


class CardCheckModel(QAbstractListModel):
    """Every card with a tick box; the ticked ones become an idea."""

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[kk.AssetCard] = []
        self.checked: list[str] = []
        self.query = ""
        self.names = {c["id"]: c["name"] for c in kk.categories(ctx.language)}

    def reload(self) -> None:
        q = fold(self.query.strip())
        self.beginResetModel()
        order = {cid: i for i, cid in enumerate(kk.category_ids())}
        cards = [c for c in self.ctx.session.all(kk.AssetCard) if matches(c, q)]
        self.rows = sorted(cards, key=lambda c: order.get(c.category, 99))
        existing = {c.id for c in self.ctx.session.all(kk.AssetCard)}
        self.checked = [i for i in self.checked if i in existing]
        self.endResetModel()

    def set_checked(self, ids: list[str]) -> None:
        self.checked = list(dict.fromkeys(ids))
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1), [Role.CheckStateRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        card = self.rows[index.row()]
        if role == Role.DisplayRole:
            return f"{card.number}. {card.title[:200]}  ({self.names.get(card.category, card.category)})"
        if role == Role.CheckStateRole:
            return Qt.CheckState.Checked if card.id in self.checked else Qt.CheckState.Unchecked
        if role == Role.UserRole:
            return card.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or role != Role.CheckStateRole:
            return False
        card_id = self.rows[index.row()].id
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on and card_id not in self.checked:
            self.checked.append(card_id)
        elif not on and card_id in self.checked:
            self.checked.remove(card_id)
        self.dataChanged.emit(index, index, [Role.CheckStateRole])
        return True


class IdeaDiagram(QWidget):
    """The chosen idea in the middle, its cards around it, lines between the cards."""

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.idea_id = ""
        self.colors = {c["id"]: c["color"] for c in kk.categories(ctx.language)}
        self.setMinimumHeight(220)
        self.setAccessibleName(self.tr("Tekening van het idee"))

    def show_idea(self, idea_id: str) -> None:
        self.idea_id = idea_id
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#fbfbf8"))
        idea = self.ctx.session.get(kk.Idea, self.idea_id) if self.idea_id else None
        metrics = QFontMetricsF(self.font())
        if idea is None:
            painter.setPen(QColor("#666666"))
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Kies een idee om te zien welke kaarten het verbindt."),
            )
            return
        cards = kk.cards_of_idea(self.ctx.session, idea)
        w, h = self.width(), self.height()
        box_w = min(200.0, w / 3.2)
        box_h = metrics.lineSpacing() * 2 + 12
        center = QPointF(w / 2, h / 2)
        rx, ry = max(10.0, w / 2 - box_w / 2 - 8), max(10.0, h / 2 - box_h / 2 - 8)
        points = [
            QPointF(center.x() + rx * math.cos(a), center.y() + ry * math.sin(a))
            for a in (-math.pi / 2 + 2 * math.pi * i / max(1, len(cards)) for i in range(len(cards)))
        ]
        painter.setPen(QPen(QColor("#7a7a7a"), 2.0))
        for i in range(len(points)):
            for j in range(i + 1, len(points)):
                painter.drawLine(points[i], points[j])
        centre_rect = QRectF(center.x() - box_w / 2, center.y() - box_h / 2, box_w, box_h)
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(QPen(QColor("#222222"), 2.0))
        painter.drawRoundedRect(centre_rect, 10, 10)
        painter.drawText(
            centre_rect.adjusted(6, 2, -6, -2),
            Qt.AlignmentFlag.AlignCenter,
            metrics.elidedText(idea.title, Qt.TextElideMode.ElideRight, box_w - 12),
        )
        for card, p in zip(cards, points, strict=True):
            rect = QRectF(p.x() - box_w / 2, p.y() - box_h / 2, box_w, box_h)
            color = QColor(self.colors.get(card.category, "#888888"))
            painter.setBrush(color.lighter(170))
            painter.setPen(QPen(color, 2.0))
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(QColor("#111111"))
            label = metrics.elidedText(f"{card.number}. {card.title}", Qt.TextElideMode.ElideRight, box_w - 10)
            painter.drawText(rect.adjusted(5, 2, -5, -2), Qt.AlignmentFlag.AlignCenter, label)
