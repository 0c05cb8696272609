"""Helpers for the Krachtenkaart page tests: open the board, type a card, find and click a tile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier


def type_by_input_method(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def titles(page, category: str) -> list[str]:
    return [c.title for c in page.board.columns[category].model.rows]


def on_disk(window, sql: str) -> list[tuple]:
    """What the open session file holds right now (through the window's own connection)."""
    return list(window.context.file.conn.execute(sql))


def open_board(open_window, path):  # type: ignore[no-untyped-def]
    window = open_window(path)
    page = window.show_step("krachtenkaart")
    return window, page


def enter_card(qtbot, page, title: str) -> None:
    entry = page.board.entry
    assert QApplication.focusWidget() is entry
    qtbot.keyClicks(entry, title)
    qtbot.keyClick(entry, Qt.Key.Key_Return)


def card_index(page, title: str):  # type: ignore[no-untyped-def]
    for column in page.board.columns.values():
        for row, card in enumerate(column.model.rows):
            if card.title == title:
                return column.view, column.model.index(row, 0)
    raise AssertionError(f"{title!r} staat niet op het bord")


def click_card(qtbot, page, title: str, modifier=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    view, index = card_index(page, title)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center())
    return view
