"""The entry row above a list the room fills: type a name and press Enter, or pick a suggestion.

Used by "Wie ontbreekt?" (groups often missing) and "Steun van buiten" (partners who
often help); the suggestions come from the data files, the adding from the caller.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


class EntryRow(QHBoxLayout):
    def __init__(
        self,
        placeholder: str,
        name: str,
        pick_name: str,
        max_length: int,
        on_typed: Callable[[str], None],
        on_picked: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setMaxLength(max_length)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(name)
        add = QPushButton(QCoreApplication.translate("EntryRow", "Toevoegen"))
        add.setAccessibleName(QCoreApplication.translate("EntryRow", "Toevoegen: {0}").format(name))
        self.suggestion = QComboBox()
        self.suggestion.setAccessibleName(pick_name)
        self._on_typed, self._on_picked = on_typed, on_picked
        self.edit.returnPressed.connect(self._typed)
        add.clicked.connect(self._typed)
        self.suggestion.activated.connect(self._picked)
        self.addWidget(self.edit, 2)
        self.addWidget(add)
        self.addWidget(self.suggestion, 2)

    def _typed(self) -> None:
        value = self.edit.text().strip()
        if value:
            self._on_typed(value)
            self.edit.clear()

    def _picked(self, index: int) -> None:
        item_id = self.suggestion.itemData(index)
        if item_id:
            self._on_picked(item_id)

    def set_suggestions(self, prompt: str, items: list[tuple[str, str]]) -> None:
        """(id, label) pairs under a first line that only asks to choose."""
        self.suggestion.clear()
        self.suggestion.addItem(prompt, "")
        for item_id, label in items:
            self.suggestion.addItem(label, item_id)


def content_error(message: str, error: str, object_name: str, parent: QWidget | None = None) -> QLabel:
    """The Dutch message for a broken data file, naming the file, in place of a tab's controls."""
    label = QLabel(message + "\n\n" + error, parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label
