"""The six category columns of the card board: a coloured header button and a card list each.

A card list is a QListView on a :class:`CardColumnModel` with the tile delegate, so
the board paints only the visible cards. Selections may span columns (Ctrl/Shift-click);
a plain click clears the other columns, as one would expect from one board.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QSizePolicy, QVBoxLayout, QWidget

from ....domain import krachtenkaart as kk
from ...common.colors import text_on
from ...session.context import SessionContext
from .board_model import CARD_ROLE, CardColumnModel
from .card_delegate import CardDelegate


def text_color(background: str) -> str:
    """Black or white, whichever reads better on the category colour (WCAG contrast)."""
    return text_on(background)


class CardListView(QListView):
    #: a plain click (no Ctrl/Shift): the board clears the other columns' selections
    plain_press = Signal()
    #: Enter on a card: move the keyboard focus to the details
    open_details = Signal()
    focused = Signal()

    def __init__(self, model: CardColumnModel, delegate: CardDelegate, editable: bool = True) -> None:
        super().__init__()
        self.setModel(model)
        self.setItemDelegate(delegate)
        self.setUniformItemSizes(True)  # thousands of cards: one size, no per-card measuring
        # thousands of cards are laid out a batch at a time from the event loop, not in one go
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(500)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(1)
        if editable:
            self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            self.setDefaultDropAction(Qt.DropAction.MoveAction)
            self.setDropIndicatorShown(True)
            self.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            )
        else:
            self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def column_model(self) -> CardColumnModel:
        model = self.model()
        assert isinstance(model, CardColumnModel)
        return model

    def selected_cards(self) -> list[kk.AssetCard]:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        return [self.column_model().rows[r] for r in rows if r < len(self.column_model().rows)]

    def select_ids(self, ids: set[str], current: str = "") -> None:
        """Select exactly these cards (and put the cursor on ``current``)."""
        self._select(ids, current, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def add_to_selection(self, ids: set[str], current: str = "") -> None:
        """Select these cards too (a card that moved within the column is chosen again)."""
        self._select(ids, current, QItemSelectionModel.SelectionFlag.Select)

    def _select(self, ids: set[str], current: str, flags: QItemSelectionModel.SelectionFlag) -> None:
        model = self.column_model()
        selection = QItemSelection()
        for row in sorted(r for r in (model.row_of(i) for i in ids) if r >= 0):
            selection.select(model.index(row, 0), model.index(row, 0))
        self.selectionModel().select(selection, flags)
        row = model.row_of(current) if current else -1
        if row >= 0:
            self.selectionModel().setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        mods = event.modifiers()
        if not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            self.plain_press.emit()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.state() != self.State.EditingState and self.currentIndex().isValid():
            self.open_details.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def sizeHint(self) -> QSize:
        return QSize(140, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, 80)


class ColumnHeader(QWidget):
    """A coloured header that paints its own text: a new count must not lay out the whole board
    again (a styled QPushButton's new text did, costing ~10 ms per added card)."""

    clicked = Signal()

    def __init__(self, color: str, checkable: bool) -> None:
        super().__init__()
        self._text = ""
        self._checked = False
        self.checkable = checkable
        self.color = QColor(color)
        self.fg = QColor(text_color(color))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(40)

    def text(self) -> str:
        return self._text

    def setText(self, value: str) -> None:
        if value != self._text:
            self._text = value
            self.update()

    def isChecked(self) -> bool:
        return self._checked

    def setChecked(self, on: bool) -> None:
        if self.checkable and on != self._checked:
            self._checked = on
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(80, int(QFontMetricsF(self.font()).lineSpacing() * 1.6) + 4)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setBrush(self.color)
        painter.setPen(QPen(QColor("#111111"), 3.0) if self._checked else Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(self.fg)
        inner = rect.adjusted(6, 0, -4, 0)
        text = QFontMetricsF(self.font()).elidedText(self._text, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


class CategoryColumn(QWidget):
    """Header (category name and count; click = make this the current category) over its cards."""

    def __init__(
        self, ctx: SessionContext, category: dict, colors: dict[str, str], editable: bool = True, title_lines: int = 3
    ) -> None:
        super().__init__()
        self.category = category
        self.model = CardColumnModel(ctx, category["id"], editable)
        # one delegate per view: a shared one would hand its editors to every view
        self.delegate = CardDelegate(colors, self)
        self.delegate.title_lines = title_lines
        self.view = CardListView(self.model, self.delegate, editable)
        self.view.setAccessibleName(category["name"])
        self.view.setObjectName(f"cards-{category['id']}")
        # the header never widens the board: long names are cut, the tooltip has them whole;
        # Ctrl+1…6 choose a category from the keyboard, a click with the mouse
        self.header = ColumnHeader(category["color"], editable)
        self.header.setObjectName(f"header-{category['id']}")
        self.header.setAccessibleName(category["name"])
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(3)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        #: on the projector: how many cards do not fit ("+ 3 meer")
        self.more = QLabel()
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.more.hide()
        layout.addWidget(self.more)
        self.key_hint = ""

    def set_count(self, shown: int, total: int, short: bool = True) -> None:
        name = self.category.get("short_name", self.category["name"]) if short else self.category["name"]
        count = f"{shown}" if shown == total else f"{shown}/{total}"
        self.header.setText(f"{name} {count}")
        self.header.setToolTip(f"{self.category['name']} — {count}{self.key_hint}")

    def current_card(self) -> kk.AssetCard | None:
        index = self.view.currentIndex()
        return index.data(CARD_ROLE) if index.isValid() else None
