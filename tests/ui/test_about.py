"""Help → Over Kernkracht (version, licence, notices) and Help → Over Qt, reached by keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox

from facilitator import __version__

# a menu opened by Alt+H grabs the keyboard, which the offscreen platform cannot do (it says so)
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard", "This plugin does not support raise"
)


def open_help_menu(qtbot, window) -> QMenu:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def test_about_kernkracht_shows_version_licence_and_notices(qtbot, library_window):
    menu = open_help_menu(qtbot, library_window)
    assert [a.text() for a in menu.actions() if a.text()][-2:] == ["&Over Kernkracht", "Over &Qt"]
    qtbot.keyClick(menu, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: getattr(library_window, "about_dialog", None) is not None)
    dialog = library_window.about_dialog
    qtbot.waitExposed(dialog)
    header = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(f"Kernkracht {__version__}" in t and "EUPL-1.2" in t for t in header)
    assert dialog.licence.toPlainText().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "Compatible Licences" in dialog.licence.toPlainText()
    qtbot.keyClick(dialog.tabs.tabBar(), Qt.Key.Key_Right)
    assert dialog.tabs.currentWidget() is dialog.notices
    notices = dialog.notices.toPlainText()
    for part in ("DejaVu", "Symbola", "PySide6", "reportlab", "Pillow", "pypdfium2", "qtawesome", "platformdirs"):
        assert part in notices
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_about_qt_opens_from_the_session_window_help_menu(qtbot, library, open_window):
    window = open_window(library.create("Warffum"))
    seen: list[str] = []

    def close_about_qt() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.windowTitle())
            box.close()
        else:
            QTimer.singleShot(50, close_about_qt)

    menu = open_help_menu(qtbot, window)
    QTimer.singleShot(50, close_about_qt)
    qtbot.keyClick(menu, Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: bool(seen))
    assert "Qt" in seen[0]
    window.close()
