"""F1 lists every key, and the list fits the screen: it scrolls instead of growing past it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QMessageBox, QTableView


def test_f1_lists_every_key_within_the_screen(qtbot, library, open_window):
    window = open_window(library.create("Ulrum"))
    for step in window.step_ids():  # every page adds its own keys
        window.show_step(step)
    window.show_step("voorbereiding")
    expected = {
        a.text().replace("&", "")
        for a in window.findChildren(QAction)
        if a.shortcut().toString(QKeySequence.SequenceFormat.NativeText) and a.text()
    }
    assert len(expected) > 30
    seen = {}

    def look() -> None:
        # a modal message box would block the key press: look at whatever dialog is up, then close it
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
        seen["height"] = dialog.frameGeometry().height()
        tables = [a for a in dialog.findChildren(QTableView)]
        seen["text"] = (
            dialog.text()
            if isinstance(dialog, QMessageBox)
            else " ".join(
                str(t.model().index(r, c).data())
                for t in tables
                for r in range(t.model().rowCount())
                for c in range(t.model().columnCount())
            )
        )
        seen["scrolls"] = any(a.verticalScrollBar().maximum() > 0 for a in dialog.findChildren(QAbstractScrollArea))
        dialog.reject()

    QTimer.singleShot(300, look)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: "height" in seen, timeout=3000)
    screen = window.screen().availableGeometry().height()
    assert seen["height"] <= screen
    assert seen["scrolls"]  # at this screen size the rows do not all fit: the list scrolls
    missing = [label for label in expected if label not in seen["text"]]
    assert missing == []
