"""Fixtures for the screens: a settings file per test, and an opened session window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.step_helpers import read_file


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


@pytest.fixture
def open_step(qtbot, library, open_window):  # type: ignore[no-untyped-def]
    """A new meeting opened at one step: ``open_step(step, prepare)`` gives (path, window, page).

    ``prepare(session)``, when given, writes to the file before the window opens it.
    """

    def opener(step: str, prepare=None):  # type: ignore[no-untyped-def]
        path = library.create("Ulrum")
        if prepare is not None:
            read_file(path, prepare)
        window = open_window(path)
        page = window.show_step(step)
        qtbot.waitExposed(page)
        return path, window, page

    return opener


@pytest.fixture
def broken_content(monkeypatch, tmp_path, library, open_window):  # type: ignore[no-untyped-def]
    """``broken_content(name, text)``: samenspel_content.<name>() reads a broken copy of <name>.json;
    a new meeting opens at the step of that name. Gives (window, page, the message shown)."""
    from PySide6.QtWidgets import QLabel

    from facilitator.content import ContentError
    from facilitator.domain import samenspel_content

    def breaker(name: str, text: str):  # type: ignore[no-untyped-def]
        broken = tmp_path / f"{name}.json"
        broken.write_text(text, encoding="utf-8")
        parse = getattr(samenspel_content, f"parse_{name}")

        def read():  # type: ignore[no-untyped-def]
            return parse(broken)

        monkeypatch.setattr(samenspel_content, name, read)
        with pytest.raises(ContentError):
            read()
        window = open_window(library.create("Ulrum"))
        page = window.show_step(name)
        return window, page, page.findChild(QLabel, f"{name}ContentError")

    return breaker
