"""A card added to an existing idea and one taken out of it, by keyboard, with undo, on disk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain import krachtenkaart as kk
from facilitator.store.sessionfile import open_session

from .krachtenkaart_helpers import CTRL, click_card, enter_card, open_board

SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def idea_cards(session) -> list[str]:  # type: ignore[no-untyped-def]
    idea = kk.ideas(session)[0]
    return [c.title for c in kk.cards_of_idea(session, idea)]


def test_add_a_card_to_an_idea_and_take_one_out_with_undo(qtbot, library, open_window):
    path = library.create("Ulrum")
    window, page = open_board(open_window, path)
    for title in ("Bakker", "Dorpshuis", "Koor"):
        enter_card(qtbot, page, title)
    click_card(qtbot, page, "Bakker")
    click_card(qtbot, page, "Dorpshuis", CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(page.ideas.name, "Broodjes in het dorpshuis")
    qtbot.keyClick(page.ideas.name, Qt.Key.Key_Return)
    ideas = page.ideas
    assert idea_cards(window.context.session) == ["Bakker", "Dorpshuis"]
    # tick "Koor" in the card list with the keyboard and add it to the chosen idea
    view = ideas.card_view
    view.setFocus()
    row = next(r for r, c in enumerate(ideas.cards.rows) if c.title == "Koor")
    view.setCurrentIndex(ideas.cards.index(row))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_I, CTRL | ALT)
    assert idea_cards(window.context.session) == ["Bakker", "Dorpshuis", "Koor"]
    assert "3. Koor" in ideas.list.item(0).text()
    assert [ideas.idea_cards.item(i).text() for i in range(ideas.idea_cards.count())] == [
        "1. Bakker",
        "2. Dorpshuis",
        "3. Koor",
    ]
    # adding it again says so and changes nothing
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_I, CTRL | ALT)
    assert "al bij het idee" in ideas.message.text()
    # take "Bakker" out: Delete in the idea's card list
    ideas.idea_cards.setFocus()
    ideas.idea_cards.setCurrentRow(0)
    qtbot.keyClick(ideas.idea_cards, Qt.Key.Key_Delete)
    assert idea_cards(window.context.session) == ["Dorpshuis", "Koor"]
    assert "Bakker" in [c.title for c in kk.cards(window.context.session)]  # still on the board
    # an idea keeps two cards
    qtbot.keyClick(ideas.idea_cards, Qt.Key.Key_Delete)
    assert "minstens twee" in ideas.message.text()
    assert idea_cards(window.context.session) == ["Dorpshuis", "Koor"]
    qtbot.keyClick(ideas.idea_cards, Qt.Key.Key_Z, CTRL)
    assert idea_cards(window.context.session) == ["Bakker", "Dorpshuis", "Koor"]
    qtbot.keyClick(ideas.idea_cards, Qt.Key.Key_Z, CTRL)
    assert idea_cards(window.context.session) == ["Bakker", "Dorpshuis"]
    qtbot.keyClick(ideas.idea_cards, Qt.Key.Key_Z, CTRL | SHIFT)
    window.close()
    sf, session = open_session(path)
    try:
        assert idea_cards(session) == ["Bakker", "Dorpshuis", "Koor"]
    finally:
        sf.close()
