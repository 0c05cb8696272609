"""A small copy of the map picture on which the wijksafari form sets its pin (tap or arrow keys)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

PIN_STEP = 0.02


class PinPicker(QWidget):
    """A small copy of the map picture; tap (or use the arrow keys) to set where the find is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safariPinPicker")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(300, 220))
        self.pixmap = QPixmap()
        self.pin: tuple[float, float] | None = None

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.pixmap = pixmap
        self.update()

    def picture_rect(self) -> QRectF:
        if self.pixmap.isNull():
            return QRectF()
        size = self.pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF(
            (self.width() - size.width()) / 2, (self.height() - size.height()) / 2, size.width(), size.height()
        )

    def set_pin(self, pin: tuple[float, float] | None) -> None:
        self.pin = None if pin is None else (min(max(pin[0], 0.0), 1.0), min(max(pin[1], 0.0), 1.0))
        self.update()

    def point_for(self, x: float, y: float) -> QPointF:
        rect = self.picture_rect()
        return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        rect = self.picture_rect()
        pos = event.position()
        if rect.contains(pos):
            self.set_pin(((pos.x() - rect.left()) / rect.width(), (pos.y() - rect.top()) / rect.height()))
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Left: (-PIN_STEP, 0.0),
            Qt.Key.Key_Right: (PIN_STEP, 0.0),
            Qt.Key.Key_Up: (0.0, -PIN_STEP),
            Qt.Key.Key_Down: (0.0, PIN_STEP),
        }
        if self.pixmap.isNull():
            super().keyPressEvent(event)
        elif event.key() in moves:
            x, y = self.pin or (0.5, 0.5)
            dx, dy = moves[Qt.Key(event.key())] if self.pin else (0.0, 0.0)
            self.set_pin((x + dx, y + dy))
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_pin(None)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#e8e4da"))
        if self.pixmap.isNull():
            painter.setPen(QColor("#555555"))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.tr("Geen plattegrond")
            )
            return
        painter.drawPixmap(self.picture_rect(), self.pixmap, QRectF(self.pixmap.rect()))
        if self.pin is not None:
            p = self.point_for(*self.pin)
            painter.setPen(QPen(QColor("#ffffff"), 4))
            painter.setBrush(QColor("#c0392b"))
            painter.drawEllipse(p, 12, 12)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#2b7bb9"), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
