"""The map picture with its pins: a zoomable, pannable QGraphicsView.

Pins are drawn at a fixed size on screen (they ignore the zoom), so their numbers stay
readable on a projector whether the map is shown whole or zoomed in on one street.
The view does not change the session itself: it reports what the user did through
signals (pin moved, card dropped, empty spot clicked) and the panel runs the domain
operation; the pins are redrawn from the change event that follows.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ....domain.krachtenkaart import AssetCard

#: mime type of a card dragged from the side list onto the map (payload: the card id)
CARD_MIME = "application/x-kernkracht-card"
PIN_RADIUS = 15
MIN_ZOOM, MAX_ZOOM = 0.05, 8.0
CLICK_SLOP = 4
NUDGE_STEP = 0.01
NUDGE = {
    Qt.Key.Key_Left: (-NUDGE_STEP, 0.0),
    Qt.Key.Key_Right: (NUDGE_STEP, 0.0),
    Qt.Key.Key_Up: (0.0, -NUDGE_STEP),
    Qt.Key.Key_Down: (0.0, NUDGE_STEP),
}


class PinItem(QGraphicsItem):
    """A round marker in the category colour with the card number, and a point below it."""

    def __init__(self, card: AssetCard, color: str) -> None:
        super().__init__()
        self.card = card
        self.color = QColor(color)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(10)
        self.setToolTip(f"#{card.number} {card.title}")
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def show_card(self, card: AssetCard, color: str) -> None:
        """The card changed (number, title or category): repaint with the new text and colour."""
        self.card = card
        self.color = QColor(color)
        self.setToolTip(f"#{card.number} {card.title}")
        self.update()

    def boundingRect(self) -> QRectF:
        r = PIN_RADIUS + 4
        return QRectF(-r, -2 * r - 8, 2 * r, 2 * r + 10)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(0, -PIN_RADIUS - 8)
        selected = self.isSelected()
        painter.setPen(QPen(QColor("#000000"), 1.5))
        painter.setBrush(QBrush(self.color.darker(130)))
        painter.drawPolygon([QPointF(-6, -12), QPointF(6, -12), QPointF(0, 0)])
        painter.setPen(QPen(QColor("#ffd400") if selected else QColor("#ffffff"), 5 if selected else 2.5))
        painter.setBrush(QBrush(self.color))
        painter.drawEllipse(centre, PIN_RADIUS, PIN_RADIUS)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(15 if self.card.number < 100 else 12)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        box = QRectF(centre.x() - PIN_RADIUS, centre.y() - PIN_RADIUS, 2 * PIN_RADIUS, 2 * PIN_RADIUS)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(self.card.number))


class MapView(QGraphicsView):
    """Shows the map picture (scene units = display pixels) with a PinItem per pinned card."""

    #: card id, x, y (fractions): a pin was dragged to a new place
    pin_moved = Signal(str, float, float)
    #: card id, x, y: a card from the side list was dropped on the map
    card_dropped = Signal(str, float, float)
    #: x, y: the user asked for a new card on an empty spot
    spot_clicked = Signal(float, float)
    #: card id ("" when nothing): the selected pin changed
    pin_selected = Signal(str)
    #: the zoom factor changed (1.0 = one display pixel per screen pixel)
    zoomed = Signal(float)
    #: card id, x, y: Shift+arrow moved the selected pin a little
    pin_nudged = Signal(str, float, float)
    #: Delete on a selected pin
    unpin_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapView")
        self.setScene(QGraphicsScene(self))
        self.picture = QGraphicsPixmapItem()
        self.picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.picture)
        self.pins: dict[str, PinItem] = {}
        self.new_card_mode = False
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(QColor("#e8e4da"))
        self._press: QPoint | None = None
        self._dragging: PinItem | None = None
        self._drag_start = QPointF()
        self._grab_offset = QPointF()
        self.auto_fit = True
        self.scene().selectionChanged.connect(self._selection_changed)

    # ------------------------------------------------------------ content
    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.picture.setPixmap(pixmap)
        self.scene().setSceneRect(QRectF(pixmap.rect()))

    def has_picture(self) -> bool:
        return not self.picture.pixmap().isNull()

    def set_pins(self, cards: list[tuple[AssetCard, str]]) -> None:
        """Replace all pins: (card, colour) for every pinned card."""
        selected = self.selected_id()
        # a redraw is not a new selection: other views should not hear about it
        self.scene().blockSignals(True)
        for item in self.pins.values():
            self.scene().removeItem(item)
        self.pins = {}
        size = self.picture.pixmap().size()
        for card, color in cards:
            item = PinItem(card, color)
            item.setPos(card.pin_x * size.width(), card.pin_y * size.height())
            self.scene().addItem(item)
            self.pins[card.id] = item
        if selected in self.pins:
            self.select(selected)
        self.scene().blockSignals(False)

    def put_pin(self, card: AssetCard, color: str) -> None:
        """Add or update the pin of one pinned card (cheaper than ``set_pins`` for one edit)."""
        size = self.picture.pixmap().size()
        item = self.pins.get(card.id)
        self.scene().blockSignals(True)
        if item is None:
            item = PinItem(card, color)
            self.scene().addItem(item)
            self.pins[card.id] = item
        else:
            item.show_card(card, color)
        item.setPos(card.pin_x * size.width(), card.pin_y * size.height())
        self.scene().blockSignals(False)

    def drop_pin(self, card_id: str) -> None:
        """Take away the pin of a card that was unpinned or removed (nothing when it had none)."""
        item = self.pins.pop(card_id, None)
        if item is not None:
            self.scene().blockSignals(True)  # as in set_pins: a redraw is not a new selection
            self.scene().removeItem(item)
            self.scene().blockSignals(False)

    def fraction(self, scene_pos: QPointF) -> tuple[float, float]:
        size = self.picture.pixmap().size()
        w, h = max(size.width(), 1), max(size.height(), 1)
        return min(max(scene_pos.x() / w, 0.0), 1.0), min(max(scene_pos.y() / h, 0.0), 1.0)

    def on_picture(self, scene_pos: QPointF) -> bool:
        return self.has_picture() and self.sceneRect().contains(scene_pos)

    def selected_id(self) -> str:
        chosen = [i for i in self.scene().selectedItems() if isinstance(i, PinItem)]
        return chosen[0].card.id if chosen else ""

    def select(self, card_id: str, centre: bool = False) -> None:
        self.scene().clearSelection()
        item = self.pins.get(card_id)
        if item is not None:
            item.setSelected(True)
            if centre:
                self.centerOn(item)

    def _selection_changed(self) -> None:
        self.pin_selected.emit(self.selected_id())

    def pin_at(self, view_pos: QPoint) -> PinItem | None:
        for item in self.items(view_pos):
            if isinstance(item, PinItem):
                return item
        return None

    # ------------------------------------------------------------ zoom
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        self.auto_fit = False
        factor = min(max(factor, MIN_ZOOM), MAX_ZOOM)
        current = self.zoom()
        if abs(factor - current) > 1e-6:
            self.scale(factor / current, factor / current)
            self.zoomed.emit(self.zoom())

    def zoom_by(self, step: float) -> None:
        self.set_zoom(self.zoom() * step)

    def fit(self) -> None:
        """Show the whole picture; it stays fitted when the window is resized until the user zooms."""
        self.auto_fit = True
        if self.has_picture():
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self.zoomed.emit(self.zoom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25 if event.angleDelta().y() > 0 else 0.8)
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if plain and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif plain and key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_id():
            self.unpin_requested.emit(self.selected_id())
        elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier and key in NUDGE and self.selected_id():
            # Shift+arrows move the selected pin (the keyboard's way to drag it)
            pin = self.pins[self.selected_id()]
            x, y = self.fraction(pin.pos())
            dx, dy = NUDGE[Qt.Key(key)]
            self.pin_nudged.emit(pin.card.id, x + dx, y + dy)
        elif key == Qt.Key.Key_Escape and self.selected_id():
            self.scene().clearSelection()
        else:
            super().keyPressEvent(event)  # arrow keys scroll the map

    # ------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        self._press = pos
        pin = self.pin_at(pos) if event.button() == Qt.MouseButton.LeftButton else None
        if pin is not None:
            self.select(pin.card.id)
            self._dragging = pin
            self._drag_start = pin.pos()
            # keep the spot under the finger: the pin's point sits below where it was grabbed
            self._grab_offset = pin.pos() - self.mapToScene(pos)
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)  # empty map: the hand drag pans

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is not None:
            scene_pos = self.mapToScene(event.position().toPoint()) + self._grab_offset
            rect = self.sceneRect()
            x = min(max(scene_pos.x(), rect.left()), rect.right())
            y = min(max(scene_pos.y(), rect.top()), rect.bottom())
            self._dragging.setPos(x, y)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        moved = self._press is not None and (pos - self._press).manhattanLength() > CLICK_SLOP
        if self._dragging is not None:
            pin, self._dragging = self._dragging, None
            self.viewport().unsetCursor()
            if moved and pin.pos() != self._drag_start:
                self.pin_moved.emit(pin.card.id, *self.fraction(pin.pos()))
            event.accept()
            return
        super().mouseReleaseEvent(event)
        scene_pos = self.mapToScene(pos)
        if not moved and self.new_card_mode and event.button() == Qt.MouseButton.LeftButton:
            if self.on_picture(scene_pos):
                self.spot_clicked.emit(*self.fraction(scene_pos))
        elif not moved:
            self.scene().clearSelection()
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        scene_pos = self.mapToScene(pos)
        if self.pin_at(pos) is None and self.on_picture(scene_pos):
            self.spot_clicked.emit(*self.fraction(scene_pos))
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # ------------------------------------------------------------ drops from the side list
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CARD_MIME) and self.has_picture():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(CARD_MIME) and self.on_picture(self.mapToScene(event.position().toPoint())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        scene_pos = self.mapToScene(event.position().toPoint())
        if not event.mimeData().hasFormat(CARD_MIME) or not self.on_picture(scene_pos):
            event.ignore()
            return
        card_id = bytes(event.mimeData().data(CARD_MIME).data()).decode("utf-8")
        event.acceptProposedAction()
        self.card_dropped.emit(card_id, *self.fraction(scene_pos))
