"""Qt's own file dialog speaks Dutch in the Dutch interface ("Zoeken in:", not "Look in:")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from facilitator.ui.app import install_translators


@pytest.fixture
def dutch_app(qapp):  # type: ignore[no-untyped-def]
    """The translators the app installs at start, taken away again after the test."""
    translators = install_translators(qapp, "nl")
    yield qapp
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_the_export_dialog_is_dutch(qtbot, library, open_window, dutch_app):
    window = open_window(library.create("Ulrum"))
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.extend(label.text() for label in dialog.findChildren(QLabel) if label.text())
        dialog.reject()

    QTimer.singleShot(200, look)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Bestand
    menu = window.menus["file"]
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    qtbot.keyClick(menu, Qt.Key.Key_E)  # Exporteren als JSON…
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert "&Zoeken in:" in seen and "Bestands&type:" in seen and "Bestands&naam:" in seen
    assert not [text for text in seen if text in ("&Look in:", "Files of &type:")]
