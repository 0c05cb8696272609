"""The parkeerplaats on the board, used as a facilitator uses it: Ctrl+7, type, Enter; no crown;
Ctrl+Shift+P takes a worry up as an action; Ctrl+Z; the file holds it after reopening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from facilitator.domain import actieplan as plan
from facilitator.domain import krachtenkaart as kk
from facilitator.store.sessionfile import open_session


# a popup menu on the offscreen platform: it cannot raise itself or grab the keyboard (harmless here)
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_a_worry_is_typed_parked_and_taken_up_as_an_action(qtbot, library, open_window):
    path = library.create("Ulrum")
    window = open_window(path)
    page = window.show_step("krachtenkaart")
    board = page.board
    session = window.context.session
    board.entry.setFocus()
    qtbot.keyClicks(board.entry, "Koor Vaartklanken")
    qtbot.keyClick(board.entry, Qt.Key.Key_Return)
    qtbot.keyClick(board.entry, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert board.current_category == "zorgen"
    assert "parkeerplaats" in board.prompts.text().lower()
    qtbot.keyClicks(board.entry, "Te hard rijden <b>&</b>")
    qtbot.keyClick(board.entry, Qt.Key.Key_Return)
    worry = next(c for c in kk.cards(session) if c.category == "zorgen")
    assert worry.title == "Te hard rijden <b>&</b>"
    assert [c.title for c in kk.strengths(session)] == ["Koor Vaartklanken"]
    # a worry is never a crown jewel
    board.select_card(worry.id)
    view = board.columns["zorgen"].view
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not session.get(kk.AssetCard, worry.id).crown
    assert "geen kroonjuweel" in board.message.text()
    # one key opens the choice; "a" (Als actie) makes it an action
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    menu = page.findChild(QMenu, "takeUpMenu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == ["Als &thema op de agenda", "Als &idee om op te stemmen", "Als &actie"]
    qtbot.keyClick(menu, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(plan.actions(session)) == 1)
    assert plan.actions(session)[0].what == "Te hard rijden <b>&</b>"
    assert session.get(kk.AssetCard, worry.id).taken_up == "action"
    assert "Actieplan" in board.message.text()
    window.undo_action.trigger()
    assert plan.actions(session) == [] and session.get(kk.AssetCard, worry.id).taken_up == ""
    QApplication.processEvents()
    window.close()
    sf, reopened = open_session(path)
    try:
        card = reopened.get(kk.AssetCard, worry.id)
        assert card is not None and card.category == "zorgen"
        assert [c.title for c in kk.strengths(reopened)] == ["Koor Vaartklanken"]
    finally:
        sf.close()


def test_taking_up_asks_for_a_parked_card(qtbot, library, open_window):
    window = open_window(library.create("Ulrum"))
    page = window.show_step("krachtenkaart")
    window.context.run(kk.add_card, window.context.session, "Koor", "verenigingen")
    page.board.select_card(kk.cards(window.context.session)[0].id)
    assert page.take_up() is None
    assert "parkeerplaats (Ctrl+7)" in page.board.message.text()
