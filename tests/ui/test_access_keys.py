"""Access keys (Alt+letter): no label, button or tab on a step page may claim a letter that a
menu of the window already uses, or Alt+that letter opens the menu instead (Alt+B opened
Bestand instead of Begeleider)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabWidget, QWidget

MNEMONIC = re.compile(r"&([^&\s])")


def access_key(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def page_access_keys(page: QWidget) -> list[tuple[str, str]]:
    """(letter, text) for every access key on a page, with the texts as shown."""
    keys = []
    for widget in page.findChildren(QWidget):
        texts = []
        if (
            isinstance(widget, QLabel)
            and widget.textFormat() != Qt.TextFormat.RichText
            or isinstance(widget, QAbstractButton)
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            key = access_key(text)
            if key:
                keys.append((key, text))
    return keys


def menu_keys(window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    keys = {}
    for action in window.menuBar().actions():
        key = access_key(action.text())
        if key and isinstance(action.menu(), QMenu):
            keys[key] = action.text()
    return keys


def menu_clashes(window, menus: dict[str, str]) -> list[str]:  # type: ignore[no-untyped-def]
    """Every access key on every page (each tab shown once) that a menu uses too."""
    clashes = []
    for step in window.step_ids():
        page = window.show_step(step)
        for tabs in page.findChildren(QTabWidget):  # some tabs build their widgets when first shown
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
        for key, text in page_access_keys(page):
            if key in menus:
                clashes.append(f"{step}: {text!r} takes Alt+{key.upper()} from the menu {menus[key]!r}")
    return clashes


def test_no_page_label_claims_a_menu_letter(qtbot, library, open_window):
    window = open_window(library.create("Ulrum"))
    menus = menu_keys(window)
    assert {"b", "w", "h"} <= set(menus)  # Bestand, Bewerken, Help at least
    clashes = menu_clashes(window, menus)
    assert clashes == [], "\n".join(clashes)


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    """The English interface as the app starts it, taken away again after the test."""
    from PySide6.QtCore import QLocale

    from facilitator.ui.app import install_translators

    locale = QLocale()
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_no_page_label_claims_a_menu_letter_in_english(qtbot, library, settings, english):
    from facilitator.ui.library.window import LibraryWindow

    library_window = LibraryWindow(library.root, settings, "en")
    qtbot.addWidget(library_window)
    assert library_window.open_path(library.create("Ulrum"))
    window = library_window.session_window
    qtbot.addWidget(window)
    menus = menu_keys(window)
    assert {"f", "e", "h"} <= set(menus)  # File, Edit, Help
    clashes = menu_clashes(window, menus)
    window.close()
    assert clashes == [], "\n".join(clashes)
