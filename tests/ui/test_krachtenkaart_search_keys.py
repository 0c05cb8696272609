"""Ctrl+D after a search opens a card the search shows, never the card the filter now hides."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .krachtenkaart_helpers import CTRL, click_card, enter_card, open_board


def test_ctrl_d_after_a_search_opens_a_card_that_is_shown(qtbot, library, open_window):
    window, page = open_board(open_window, library.create("Ulrum"))
    for title in ("Bakkerij Smit", "Dorpshuis De Schakel", "Ijsbaan"):
        enter_card(qtbot, page, title)
    click_card(qtbot, page, "Bakkerij Smit")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, CTRL)
    assert page.details.title.text() == "Bakkerij Smit"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is page.board.search
    qtbot.keyClicks(page.board.search, "dorps")
    shown = [c.title for col in page.board.columns.values() for c in col.model.rows]
    assert shown == ["Dorpshuis De Schakel"]
    qtbot.keyClick(page.board.search, Qt.Key.Key_D, CTRL)
    assert page.details.title.text() == "Dorpshuis De Schakel"
    # a search that finds nothing opens no card at all
    page.board.search.setFocus()
    page.board.search.selectAll()
    qtbot.keyClicks(page.board.search, "zwembad")
    qtbot.keyClick(page.board.search, Qt.Key.Key_D, CTRL)
    assert page.details.card_id in ("", None)
