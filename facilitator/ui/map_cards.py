"""The pieces of the map panel around the map: the card lists beside it and the new-card dialog."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt
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

from ..domain import krachtenkaart as kk
from .map_scene import CARD_MIME


class CardList(QListWidget):
    """Cards listed by number; dragging one carries its id (so it can be dropped on the map)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setDragEnabled(True)
        self.setDragDropMode(QListWidget.DragDropMode.DragOnly)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

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
        self.message.setStyleSheet("color: #a00000;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Op de kaart"))
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
