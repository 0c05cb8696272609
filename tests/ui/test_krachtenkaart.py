"""Krachtenkaart board used as a facilitator uses it: type cards, switch category, drag, star, vote,
undo, connect, details, search, delete, close and reopen — checked on screen and on disk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain import krachtenkaart as kk
from facilitator.store.sessionfile import open_session
from facilitator.ui.steps.krachtenkaart.board_model import CARD_ROLE
from facilitator.ui.steps.krachtenkaart.card_delegate import wrapped
from tests.ui.krachtenkaart_helpers import (
    CTRL,
    card_index,
    click_card,
    enter_card,
    on_disk,
    open_board,
    titles,
    type_by_input_method,
)


def test_a_whole_evening_on_the_board_survives_closing_and_reopening(qtbot, library, open_window):
    path = library.create("Ulrum")
    window, page = open_board(open_window, path)
    board = page.board

    # fast capture: three cards, the field clears, the focus stays
    for title in ("Bakker Gerrit", "Koor Vaartklanken", "Anneke regelt subsidies"):
        enter_card(qtbot, page, title)
        assert board.entry.text() == ""
    assert titles(page, "gaven") == ["Bakker Gerrit", "Koor Vaartklanken", "Anneke regelt subsidies"]
    assert on_disk(window, "select count(*) from rec_asset_card")[0][0] == 3

    # switch category from the keyboard: Ctrl+3 and Alt+Right
    qtbot.keyClick(board.entry, Qt.Key.Key_3, CTRL)
    assert board.current_category == "instellingen"
    enter_card(qtbot, page, "Basisschool De Wieken")
    qtbot.keyClick(board.entry, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert board.current_category == "plekken"
    assert board.columns["plekken"].header.isChecked()
    enter_card(qtbot, page, "Dorpshuis")
    assert titles(page, "instellingen") == ["Basisschool De Wieken"]

    # drag "Koor" into the associations column, as the view does: mimeData from the source, drop on the target
    source = board.columns["gaven"].model
    mime = source.mimeData([source.index(1, 0)])
    target = board.columns["verenigingen"].model
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert titles(page, "verenigingen") == ["Koor Vaartklanken"]
    assert titles(page, "gaven") == ["Bakker Gerrit", "Anneke regelt subsidies"]
    # and within a column: Anneke before Gerrit (dropped onto Gerrit's tile)
    mime = source.mimeData([source.index(1, 0)])
    source.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, source.index(0, 0))
    assert titles(page, "gaven") == ["Anneke regelt subsidies", "Bakker Gerrit"]
    assert on_disk(window, "select category from rec_asset_card where title = 'Koor Vaartklanken'") == [
        ("verenigingen",)
    ]

    # star with Ctrl+K on the chosen card; it appears in the ranked crown-jewel list
    view = click_card(qtbot, page, "Dorpshuis")
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_K, CTRL)
    dorpshuis = next(c for c in kk.cards(window.context.session) if c.title == "Dorpshuis")
    assert dorpshuis.crown
    assert page.crown.ids() == [dorpshuis.id]
    # the room votes: + + −
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.currentIndex().data(CARD_ROLE).dots == 1
    # undo twice: the minus and one plus are gone
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    _, index = card_index(page, "Dorpshuis")
    assert index.data(CARD_ROLE).dots == 1 and index.data(CARD_ROLE).crown
    assert on_disk(window, "select dots, crown from rec_asset_card where title = 'Dorpshuis'") == [(1, 1)]

    # connect two cards from different columns: click, Ctrl-click, Ctrl+I, name, Enter
    click_card(qtbot, page, "Bakker Gerrit")
    click_card(qtbot, page, "Dorpshuis", CTRL)
    assert {c.title for c in board.selected_cards()} == {"Bakker Gerrit", "Dorpshuis"}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, CTRL)
    assert page.tabs.currentWidget() is page.ideas
    assert QApplication.focusWidget() is page.ideas.name
    qtbot.keyClicks(page.ideas.name, "Broodjes in het dorpshuis")
    qtbot.keyClick(page.ideas.name, Qt.Key.Key_Return)
    ideas = kk.ideas(window.context.session)
    assert [i.title for i in ideas] == ["Broodjes in het dorpshuis"] and len(ideas[0].card_ids) == 2
    assert "Bakker Gerrit" in page.ideas.list.item(0).text()
    assert page.ideas.diagram.idea_id == ideas[0].id

    # details: Enter on a card puts the focus in the details; typing saves; Esc goes back
    page.tabs.setCurrentWidget(page.board_page)
    view = click_card(qtbot, page, "Bakker Gerrit")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    details = page.details
    assert QApplication.focusWidget() is details.title
    details.holder.setFocus()
    qtbot.keyClicks(details.holder, "Gerrit Hoekstra")
    assert not details.contact.isEnabled()
    details.consent.click()
    assert details.contact.isEnabled()
    details.contact.setFocus()
    qtbot.keyClicks(details.contact, "06-12345678")
    details.tags.setFocus()
    qtbot.keyClicks(details.tags, "eten, ouderen")
    details.description.setFocus()
    qtbot.keyClicks(details.description, "Bakt elke zaterdag")
    details.hhh.setCurrentIndex(details.hhh.findData("handen"))
    details.hhh.activated.emit(details.hhh.currentIndex())
    qtbot.keyClick(details.description, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is card_index(page, "Bakker Gerrit")[0]
    gerrit = next(c for c in kk.cards(window.context.session) if c.title == "Bakker Gerrit")
    assert (gerrit.holder, gerrit.contact, gerrit.tags) == ("Gerrit Hoekstra", "06-12345678", ["eten", "ouderen"])
    assert (gerrit.description, gerrit.hhh, gerrit.contact_consent) == ("Bakt elke zaterdag", "handen", True)

    # search filters every column
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is board.search
    qtbot.keyClicks(board.search, "dorps")
    assert titles(page, "plekken") == ["Dorpshuis"] and titles(page, "gaven") == []
    assert board.columns["gaven"].header.text().endswith("0/2")
    board.search.clear()
    assert len(titles(page, "gaven")) == 2

    # delete the selection, then undo
    view = click_card(qtbot, page, "Basisschool De Wieken")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert titles(page, "instellingen") == []
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert titles(page, "instellingen") == ["Basisschool De Wieken"]

    # close, reopen: everything is back on screen
    window.close()
    window, page = open_board(open_window, path)
    assert titles(page, "gaven") == ["Anneke regelt subsidies", "Bakker Gerrit"]
    assert titles(page, "verenigingen") == ["Koor Vaartklanken"]
    assert titles(page, "instellingen") == ["Basisschool De Wieken"]
    assert page.crown.ids() and page.tabs.tabText(page.tabs.indexOf(page.ideas)) == "Ideeën (1)"
    page.board.select_card(next(c.id for c in kk.cards(window.context.session) if c.title == "Bakker Gerrit"))
    assert page.details.holder.text() == "Gerrit Hoekstra" and page.details.tags.text() == "eten, ouderen"
    window.close()
    sf, session = open_session(path)
    try:
        assert len(kk.cards(session)) == 5 and len(kk.ideas(session)) == 1
        assert kk.crown_jewels(session)[0].title == "Dorpshuis"
    finally:
        sf.close()


def test_hostile_titles_show_as_plain_text_and_empty_is_refused(qtbot, library, open_window):
    path = library.create("Ees")
    window, page = open_board(open_window, path)
    enter_card(qtbot, page, "<b>&amp;</b> & co")
    type_by_input_method(page.board.entry, "Zonnebloem 🌻 tuin")
    qtbot.keyClick(page.board.entry, Qt.Key.Key_Return)
    long_title = "lang " * 1000
    page.board.entry.setText(long_title)
    qtbot.keyClick(page.board.entry, Qt.Key.Key_Return)
    qtbot.keyClick(page.board.entry, Qt.Key.Key_Return)  # empty: a message, no card
    assert page.board.message.isVisible() and "titel" in page.board.message.text()
    shown = titles(page, "gaven")
    assert shown[:2] == ["<b>&amp;</b> & co", "Zonnebloem 🌻 tuin"] and len(shown) == 3
    assert len(shown[2]) == 4999  # spaces folded, nothing else lost
    # the tile draws the characters as typed, cut to what fits
    font = page.board.columns["gaven"].view.font()
    assert wrapped("<b>&amp;</b> & co", font, 400, 3) == ["<b>&amp;</b> & co"]
    lines = wrapped(shown[2], font, 120, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    image = page.board.columns["gaven"].view.grab().toImage()
    assert not image.isNull()
    page.board.select_card(page.board.columns["gaven"].model.rows[0].id)
    assert page.details.heading.textFormat() == Qt.TextFormat.PlainText
    assert page.details.heading.text().endswith("<b>&amp;</b> & co")
    # a card keeps a title: emptying it in place is refused, the old title stays
    model = page.board.columns["gaven"].model
    assert not model.setData(model.index(0, 0), "   ")
    assert titles(page, "gaven")[0] == "<b>&amp;</b> & co"
    window.close()


def test_edit_in_place_with_f2_and_one_undo(qtbot, library, open_window):
    path = library.create("Ees")
    window, page = open_board(open_window, path)
    enter_card(qtbot, page, "Molen")
    view = click_card(qtbot, page, "Molen")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view
    qtbot.keyClicks(editor, "Molen + De Hoop - 2")  # + and - type, they do not vote while editing
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits queued
    qtbot.waitUntil(lambda: titles(page, "gaven") == ["Molen + De Hoop - 2"])
    assert page.board.columns["gaven"].model.rows[0].dots == 0
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert titles(page, "gaven") == ["Molen"]
    window.close()


def test_select_all_and_delete_is_one_undo_step_keeping_ideas(qtbot, library, open_window):
    path = library.create("Ees")
    window, page = open_board(open_window, path)
    for title in ("A", "B", "C"):
        enter_card(qtbot, page, title)
    s = window.context.session
    kk.connect(s, kk.cards(s)[:2], "AB")
    view = click_card(qtbot, page, "A")
    qtbot.keyClick(view, Qt.Key.Key_A, CTRL)
    assert len(page.board.selected_cards()) == 3
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert titles(page, "gaven") == [] and kk.ideas(s)[0].card_ids == []
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert titles(page, "gaven") == ["A", "B", "C"] and len(kk.ideas(s)[0].card_ids) == 2
    window.close()


@pytest.mark.filterwarnings("ignore:Function. 'QDragMoveEvent.QDragMoveEvent:DeprecationWarning")
def test_drop_on_another_column_through_the_views_drag_events(qtbot, library, open_window):
    """The view's own drop path: QTest cannot run a platform drag offscreen, so the target view
    gets the drag-enter, drag-move and drop events a real drag would send, with the source's mime data."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    path = library.create("Ees")
    window, page = open_board(open_window, path)
    enter_card(qtbot, page, "Kerk")
    source_view = click_card(qtbot, page, "Kerk")
    mime: QMimeData = source_view.model().mimeData(source_view.selectedIndexes())
    target = page.board.columns["instellingen"].view
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (QDragEnterEvent(QPoint(20, 20), *args), QDragMoveEvent(QPoint(20, 25), *args)):
        QApplication.sendEvent(target.viewport(), event)
        assert event.isAccepted()
    QApplication.sendEvent(target.viewport(), QDropEvent(QPoint(20, 25).toPointF(), *args))
    assert titles(page, "instellingen") == ["Kerk"] and titles(page, "gaven") == []
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert titles(page, "gaven") == ["Kerk"]
    window.close()


def test_shortcuts_are_listed_with_their_keys(qtbot, library, open_window):
    from PySide6.QtGui import QAction, QKeySequence

    path = library.create("Ees")
    window, page = open_board(open_window, path)
    keys = {
        a.text(): a.shortcut().toString(QKeySequence.SequenceFormat.PortableText) for a in window.findChildren(QAction)
    }
    assert keys["Kroonjuweel aan/uit"] == "Ctrl+K"
    assert keys["Categorie: Gaven van mensen"] == "Ctrl+1"
    assert keys["Stip erbij"] == "+"
    assert "Ctrl+1" in page.board.columns["gaven"].header.toolTip()
    window.close()


def test_move_cards_from_the_keyboard(qtbot, library, open_window):
    path = library.create("Ees")
    window, page = open_board(open_window, path)
    for title in ("A", "B", "C"):
        enter_card(qtbot, page, title)
    view = click_card(qtbot, page, "C")
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(page, "gaven") == ["A", "C", "B"]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # at the top: nothing
    assert titles(page, "gaven") == ["C", "A", "B"]
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(page, "gaven") == ["A", "C", "B"]
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert titles(page, "gaven") == ["A", "B"] and titles(page, "verenigingen") == ["C"]
    assert QApplication.focusWidget() is page.board.columns["verenigingen"].view
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert titles(page, "gaven") == ["A", "C", "B"]
    window.close()


def test_full_disk_keeps_the_typed_title_and_says_so(qtbot, library, open_window):
    from PySide6.QtWidgets import QMessageBox

    path = library.create("Ees")
    window, page = open_board(open_window, path)
    enter_card(qtbot, page, "Dorpshuis")
    conn = window.context.file.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    long_title = "Bakkerij " + "x" * 4900  # pasted: too long for the space left
    page.board.entry.setText(long_title)
    qtbot.keyClick(page.board.entry, Qt.Key.Key_Return)
    error = window.context.last_error
    assert error is not None and error.code == "disk_full"
    assert page.board.entry.text() == long_title  # nothing typed is lost
    assert titles(page, "gaven") == ["Dorpshuis"]
    box = window.findChild(QMessageBox, "storeErrorBox")
    assert box is not None and "schijf is vol" in box.text()
    box.close()
    window.close()
    sf, session = open_session(path)
    try:
        assert [c.title for c in kk.cards(session)] == ["Dorpshuis"]
    finally:
        sf.close()


def test_lines_join_the_chosen_card_to_the_cards_of_its_ideas(qtbot, library, open_window):
    path = library.create("Ees")
    window, page = open_board(open_window, path)
    s = window.context.session
    a, b, c = kk.add_card(s, "A", "gaven"), kk.add_card(s, "B", "plekken"), kk.add_card(s, "C", "cultuur")
    page.board.select_card(a.id)
    assert page.board.overlay.lines() == []
    kk.connect(s, [a, b, c], "Samen")
    lines = page.board.overlay.lines()
    assert len(lines) == 2
    # the lines end on the tiles: B's tile centre is one end
    view, index = card_index(page, "B")
    centre = view.viewport().mapTo(page.board.columns_area, view.visualRect(index).center())
    assert any(end.toPoint() == centre for _, end in lines)
    page.board.select_card(c.id)
    assert len(page.board.overlay.lines()) == 2
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the idea is gone: no lines
    assert page.board.overlay.lines() == []
    window.close()
