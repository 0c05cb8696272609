"""The F1 list of every key of the session window: a table that scrolls, never taller than
the screen it is shown on (a message box with all keys grew past a 1080-pixel screen)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: share of the screen's height the list may take at most
SCREEN_SHARE = 0.85


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every action of the window with a key, sorted by the keys."""
    rows = set()
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and action.text():
            rows.add((keys, action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")))
    return sorted(rows)


class ShortcutList(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Sneltoetsen"))
        layout = QVBoxLayout(self)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Sneltoetsen"))
        self.table.setHorizontalHeaderLabels([self.tr("Toetsen"), self.tr("Wat het doet")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)  # the texts are short; even rows read as a list
        for row, (keys, label) in enumerate(rows):
            key_item = QTableWidgetItem(keys)
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem(label))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fit(window)

    def _fit(self, window: QWidget) -> None:
        """As tall as the rows need, but at most most of the screen: the table scrolls the rest."""
        screen = window.screen().availableGeometry()
        table = self.table
        wanted = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(table.rowCount()))
        height = min(wanted + 90, int(screen.height() * SCREEN_SHARE))
        width = min(720, int(screen.width() * 0.9))
        self.resize(width, height)
        self.setMaximumHeight(int(screen.height() * SCREEN_SHARE))


def show_shortcut_list(window: QWidget) -> ShortcutList:
    dialog = ShortcutList(window)
    dialog.open()
    return dialog
