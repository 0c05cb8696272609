"""The pieces of the map panel around the map: the card lists beside it and the new-card dialog.

A card list of thousands of cards is filled in batches (issue 17): the first :data:`FIRST_BATCH`
rows at once (more than a screen shows), the rest :data:`BATCH` at a time from the event loop, so
showing the map of a 20,000-card meeting never holds the window for the whole list. Anything that
must find a row (an edit, a drop) first makes the rows still to come.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from ....domain import krachtenkaart as kk
from ...common.colors import tone
from .map_scene import CARD_MIME

#: item data: the card's display number (the lists are kept in number order) and category
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
#: rows made at once when a list is filled: more than a 4K screen shows
FIRST_BATCH = 120
#: rows made per turn of the event loop after that (a few ms of work)
BATCH = 400


class CardList(QListWidget):
    """Cards listed by number; dragging one carries its id (so it can be dropped on the map)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setDragEnabled(True)
        self.setDragDropMode(QListWidget.DragDropMode.DragOnly)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)  # one line per card: a changed row does not measure all others
        #: cards whose rows are still to be made, from ``_next`` on (see the module docstring)
        self._pending: list[kk.AssetCard] = []
        self._next = 0
        self._icons: dict[str, QIcon] = {}
        self._wanted = ""
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_batch)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if items:
            data.setData(CARD_MIME, QByteArray(str(items[0].data(Qt.ItemDataRole.UserRole)).encode("utf-8")))
            data.setText(items[0].text())
        return data

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def current_id(self) -> str:
        item = self.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    # ------------------------------------------------------------ content
    def fill(self, cards: list[kk.AssetCard], icons: dict[str, QIcon]) -> None:
        """Replace every row (cards in number order); the chosen card stays chosen."""
        self._wanted = self.current_id() or self._wanted
        self._fill_timer.stop()
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self._pending, self._next, self._icons = list(cards), 0, icons
        self._append(FIRST_BATCH)
        if self.filling():
            self._fill_timer.start()

    def filling(self) -> bool:
        """True while rows are still being made for the cards at the end."""
        return self._next < len(self._pending)

    def total(self) -> int:
        """How many cards the list holds, rows still to be made included."""
        return self.count() + len(self._pending) - self._next

    def finish_filling(self) -> None:
        """Make every row still to come now (before an edit that must find its row)."""
        self._fill_timer.stop()
        self._append(len(self._pending))

    def _fill_batch(self) -> None:
        self._append(BATCH)
        if self.filling():
            self._fill_timer.start()

    def _append(self, count: int) -> None:
        batch = self._pending[self._next : self._next + count]
        self._next += len(batch)
        self.blockSignals(True)
        for card in batch:
            item = self._item(card, self._icons)
            self.addItem(item)
            if card.id == self._wanted:
                self.setCurrentItem(item)
        self.blockSignals(False)
        if not self.filling():
            self._pending, self._next, self._wanted = [], 0, ""

    def put(self, card: kk.AssetCard, icons: dict[str, QIcon]) -> None:
        """Show one card: its row is rewritten in place, or added where its number belongs."""
        self.finish_filling()
        row = self.row_of(card.id)
        if row >= 0 and self.item(row).data(NUMBER_ROLE) == card.number:
            self._describe(self.item(row), card, icons)
            return
        was_current = row >= 0 and row == self.currentRow()
        self.blockSignals(True)
        if row >= 0:
            self.takeItem(row)
        at = next((r for r in range(self.count()) if self.item(r).data(NUMBER_ROLE) > card.number), self.count())
        self.insertItem(at, self._item(card, icons))
        if was_current:
            self.setCurrentRow(at)
        self.blockSignals(False)

    def drop(self, card_id: str) -> None:
        """Take a card's row away (it was removed, or moved to the other list)."""
        self.finish_filling()
        row = self.row_of(card_id)
        if row >= 0:
            self.blockSignals(True)
            self.takeItem(row)
            self.blockSignals(False)

    def row_of(self, card_id: str) -> int:
        self.finish_filling()
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == card_id:
                return row
        return -1

    def _item(self, card: kk.AssetCard, icons: dict[str, QIcon]) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, card.id)
        item.setData(NUMBER_ROLE, card.number)
        self._describe(item, card, icons)
        return item

    @staticmethod
    def _describe(item: QListWidgetItem, card: kk.AssetCard, icons: dict[str, QIcon]) -> None:
        text = f"#{card.number}  {card.title}"
        if item.text() != text:  # an unchanged text costs no relayout
            item.setText(text)
            item.setToolTip(card.title)
        if item.data(CATEGORY_ROLE) != card.category:
            item.setData(CATEGORY_ROLE, card.category)
            item.setIcon(icons.get(card.category, QIcon()))


class NewCardDialog(QDialog):
    """Title and category of a card made on an empty spot of the map."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newMapCardDialog")
        self.setWindowTitle(self.tr("Nieuwe kaart op deze plek"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Titel"))
        self.title.setMaxLength(kk.MAX_TITLE)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Categorie"))
        for cat in kk.categories(language):
            self.category.addItem(cat["name"], cat["id"])
        self.category.setCurrentIndex(max(0, self.category.findData("plekken")))
        self.message = QLabel()
        self.message.setStyleSheet(f"color: {tone(self, 'error')};")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Op de plattegrond"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Titel"), self.title)
        form.addRow(self.tr("&Categorie"), self.category)
        form.addRow(self.message)
        form.addRow(buttons)

    def accept(self) -> None:
        if not self.title.text().strip():
            self.message.setText(self.tr("Geef de kaart een titel."))
            self.title.setFocus()
            return
        super().accept()
