"""Fixtures for the screens: a settings file per test, and an opened session window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def settings(isolated_folders: Path):  # type: ignore[no-untyped-def]
    from facilitator.ui.common.settings import AppSettings

    return AppSettings(isolated_folders / "settings.ini")


@pytest.fixture
def library_window(qtbot, library, settings):  # type: ignore[no-untyped-def]
    from facilitator.ui.library.window import LibraryWindow

    window = LibraryWindow(library.root, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def open_window(qtbot, library, library_window):  # type: ignore[no-untyped-def]
    """Open a session file in a session window, as the library window does."""

    def opener(path: Path):  # type: ignore[no-untyped-def]
        assert library_window.open_path(path)
        window = library_window.session_window
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return opener
