"""The ownership board for the room: four columns, big cards, no controls (the projector view)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ....domain import eigenaarschap as eig
from ...session.context import SessionContext
from .board import draw_wrapped, text_height, type_colors
from .models import wanted_mark


class ProjectorBoard(QWidget):
    """The board for the room: four columns, big cards, no controls. Fonts scale with the widget
    (at 1920×1080 every text is 28 pt or larger); cards that do not fit are counted ("+3 meer")."""

    BASE = QSize(1920, 1080)
    MIN_PT = 28.0

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.types = eig.types(ctx.language)
        self.colors = type_colors()
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: white;")
        self.setAccessibleName(QCoreApplication.translate("Eigenaarschap", "Eigenaarschap op de beamer"))
        ctx.changed.connect(self._changed)
        self.hidden_counts: dict[int, int] = {}
        self.card_pt = 0.0

    def _changed(self, event: object) -> None:
        if getattr(event, "touches", lambda *_: True)("activity"):
            self.update()

    def scale(self) -> float:
        return min(self.width() / self.BASE.width(), self.height() / self.BASE.height())

    def scaled_font(self, points_at_base: float, bold: bool = False) -> QFont:
        """A font of ``points_at_base`` pt as it would be at 1920×1080, scaled to this widget."""
        f = QFont(self.font())
        f.setPixelSize(max(6, round(points_at_base * 96 / 72 * self.scale())))
        f.setBold(bold)
        return f

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        s = self.scale()
        margin = round(24 * s)
        gap = round(18 * s)
        col_w = (self.width() - 2 * margin - 3 * gap) // 4
        head_font = self.scaled_font(34, bold=True)
        owner_font = self.scaled_font(28)
        head_h = QFontMetrics(head_font).height() + round(8 * s)
        role_font = self.scaled_font(28)
        role_font.setItalic(True)
        owner_h = max(
            text_height(t["owner"], owner_font, col_w) + text_height(self._role(t), role_font, col_w)
            for t in self.types
        )
        top = margin + head_h + owner_h + round(16 * s)
        self.hidden_counts = {}
        for i, t in enumerate(self.types):
            n = int(t["number"])
            x = margin + i * (col_w + gap)
            color = self.colors[n]
            painter.fillRect(QRect(x, margin, col_w, round(10 * s)), color)
            painter.setPen(QColor("#111111"))
            painter.setFont(head_font)
            painter.drawText(
                QRect(x, margin + round(12 * s), col_w, head_h), int(Qt.AlignmentFlag.AlignLeft), t["label"]
            )
            painter.setPen(QColor("#333333"))
            y = margin + round(12 * s) + head_h
            y += draw_wrapped(painter, t["owner"], owner_font, QRect(x, y, col_w, owner_h))
            painter.setPen(color.darker(140))
            draw_wrapped(painter, self._role(t), role_font, QRect(x, y, col_w, owner_h))
            self._paint_cards(painter, n, QRect(x, top, col_w, self.height() - top - margin))
        painter.end()

    @staticmethod
    def _role(info: dict[str, object]) -> str:
        return QCoreApplication.translate("Eigenaarschap", "Gemeente: {0}").format(str(info["role"]).lower())

    def _paint_cards(self, painter: QPainter, type_number: int, area: QRect) -> None:
        s = self.scale()
        cards = eig.column(self.ctx.session, type_number)
        pad = round(12 * s)
        title_font = self.scaled_font(self.MIN_PT + 2, bold=True)
        mark_font = self.scaled_font(self.MIN_PT, bold=True)
        mm = QFontMetrics(mark_font)
        more_h = mm.height() + pad
        y = area.top()
        for k, a in enumerate(cards):
            inner_w = area.width() - 2 * pad - round(8 * s)
            text_h = text_height(a.title, title_font, inner_w)
            h = text_h + 2 * pad + (mm.height() + pad // 2 if a.shifts else 0)
            room = area.bottom() - y - (more_h if k < len(cards) - 1 else 0)
            if h > room:
                self.hidden_counts[type_number] = len(cards) - k
                painter.setFont(mark_font)
                painter.setPen(QColor("#333333"))
                painter.drawText(
                    QRect(area.left(), y, area.width(), more_h),
                    int(Qt.AlignmentFlag.AlignLeft),
                    QCoreApplication.translate("Eigenaarschap", "+{0} meer").format(len(cards) - k),
                )
                return
            card = QRect(area.left(), y, area.width(), h)
            painter.setPen(QPen(QColor("#9e9e9e"), max(1, round(2 * s))))
            painter.setBrush(QColor("#fffef8"))
            painter.drawRoundedRect(card, 8 * s, 8 * s)
            painter.fillRect(
                QRect(card.left(), card.top() + 1, round(10 * s), card.height() - 1), self.colors[type_number]
            )
            painter.setPen(QColor("#111111"))
            painter.setFont(title_font)
            inner = card.adjusted(pad + round(8 * s), pad, -pad, -pad)
            draw_wrapped(painter, a.title, title_font, QRect(inner.left(), inner.top(), inner_w, text_h))
            if a.shifts:
                painter.setFont(mark_font)
                painter.setPen(self.colors[a.wanted_type].darker(130))
                painter.drawText(
                    QRect(inner.left(), inner.top() + text_h + pad // 2, inner.width(), mm.height()),
                    int(Qt.AlignmentFlag.AlignLeft),
                    wanted_mark(a),
                )
            y += h + round(10 * s)
        self.card_pt = (self.MIN_PT + 2) * s
