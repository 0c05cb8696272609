"""The trash: removed meetings, to put back."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...store.library import Library
from .model import format_date


class TrashDialog(QDialog):
    def __init__(self, library: Library, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("Prullenbak"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Verwijderde bijeenkomsten. Kies er een en klik ‘Terugzetten’.")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Verwijderde bijeenkomsten"))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("&Terugzetten"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill()
        self.resize(520, 360)

    def fill(self) -> None:
        self.list.clear()
        for info in self.library.trashed():
            item = QListWidgetItem(f"{info.title} — {format_date(info.date)}")
            item.setData(256, str(info.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(self.list.count() > 0)

    def restore(self) -> None:
        from pathlib import Path

        item = self.list.currentItem()
        if item is None:
            return
        self.library.restore(Path(item.data(256)))
        self.fill()
