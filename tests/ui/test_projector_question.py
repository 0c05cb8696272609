"""The room sees the question: every projector view shows what the room is answering, and the
item under discussion in the main window is highlighted and never hidden behind "+ n meer"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from facilitator.demo import write_demo
from facilitator.domain import krachtenkaart as kk
from facilitator.ui.steps.krachtenkaart.projector import ProjectorBoard

SIZES = [(1280, 720), (1920, 1080), (3840, 2160)]


def open_projector(qtbot, library, open_window, step: str, size=(1920, 1080)):  # type: ignore[no-untyped-def]
    window = open_window(write_demo(library.root))
    page = window.show_step(step)
    projector = window.projector.open()
    projector.resize(*size)
    projector.rebuild()
    qtbot.waitUntil(lambda: projector.body is not None and projector.body.isVisible())
    window.activateWindow()  # the facilitator works in the session window, the room watches
    qtbot.waitUntil(window.isActiveWindow)
    return window, page, projector


def shown_text(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_krachtenkaart_shows_the_prompt_of_the_category_the_facilitator_chose(qtbot, library, open_window):
    window, page, projector = open_projector(qtbot, library, open_window, "krachtenkaart")
    board = projector.body
    assert isinstance(board, ProjectorBoard)
    assert board.question.text().startswith("Gaven van mensen: Hoofd:")
    page.board.entry.setFocus()
    qtbot.keyClick(page.board.entry, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert board.question.text().startswith("Fysieke plekken: Waar komen mensen elkaar vanzelf tegen?")


def test_the_parkeerplaats_is_a_band_apart_on_the_projector(qtbot, library, open_window):
    window, page, projector = open_projector(qtbot, library, open_window, "krachtenkaart")
    board = projector.body
    assert board.parked.isVisibleTo(board)
    assert board.parked.text().startswith("Parkeerplaats — Zorgen en knelpunten (3): Kapotte stoep bij de Kerkweg")
    zorgen = next(c for c in board.columns if c.category["id"] == "zorgen")
    assert not zorgen.isVisibleTo(board)
    assert "★ 4" in board.heading.text()  # the crown jewels counted are strengths only
    # typed the same way: Ctrl+7, a title, Enter
    page.board.entry.setFocus()
    qtbot.keyClick(page.board.entry, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.board.entry, "Bus rijdt niet meer op zondag")
    qtbot.keyClick(page.board.entry, Qt.Key.Key_Return)
    assert "(4)" in board.parked.text()


@pytest.mark.parametrize("size", SIZES)
def test_the_selected_card_is_highlighted_and_never_hidden(qtbot, library, open_window, size):
    window, page, projector = open_projector(qtbot, library, open_window, "krachtenkaart", size)
    session = window.context.session
    for n in range(30):
        window.context.run(kk.add_card, session, f"Vrijwilliger nummer {n}", "gaven")
    board = projector.body
    gaven = board.columns[0]
    board._fit()
    assert gaven.more.isVisible()
    last = kk.cards(session, "gaven")[-1]  # no dots, no crown: the last in the room's order
    assert last.id not in [c.id for c in gaven.model.rows]
    page.board.select_card(last.id)  # the facilitator walks to it in the main window
    qtbot.waitUntil(lambda: isinstance(projector.body, ProjectorBoard) and projector.body.selected_id() == last.id)
    board = projector.body
    board._fit()
    gaven = board.columns[0]
    rows = [c.id for c in gaven.model.rows]
    assert last.id in rows
    selected = gaven.view.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [rows.index(last.id)]
    rect = gaven.view.visualRect(gaven.model.index(rows.index(last.id), 0))
    assert gaven.view.viewport().rect().contains(rect)  # whole, not under "+ n meer"


def tiles_readable(board: ProjectorBoard) -> None:
    column = next(c for c in board.columns if c.isVisibleTo(board))
    assert column.width() > board.width() * 0.8
    tile = column.delegate.tile_width
    assert tile >= column.view.viewport().width() / 3 - 30, (tile, column.view.viewport().width())
    rects = [column.view.visualRect(column.model.index(r, 0)) for r in range(column.model.rowCount())]
    assert rects and min(r.width() for r in rects) >= column.view.viewport().width() / 3 - 30


@pytest.mark.parametrize("size", SIZES)
def test_f8_is_readable_when_switched_on_after_the_window_has_its_size(qtbot, library, open_window, size):
    window, page, projector = open_projector(qtbot, library, open_window, "krachtenkaart", size)
    page.board.entry.setFocus()
    qtbot.keyClick(page.board.entry, Qt.Key.Key_F8)
    board = projector.body
    qtbot.waitUntil(lambda: board.only != "")
    qtbot.wait(50)  # the deferred fit after the layout settled
    tiles_readable(board)


@pytest.mark.parametrize("size", SIZES)
def test_f8_is_readable_when_switched_on_before_resizing(qtbot, library, open_window, size):
    window, page, projector = open_projector(qtbot, library, open_window, "krachtenkaart", (800, 450))
    page.board.entry.setFocus()
    qtbot.keyClick(page.board.entry, Qt.Key.Key_F8)
    projector.resize(*size)
    qtbot.waitUntil(lambda: projector.body.width() > size[0] * 0.8)
    # the projector rebuilds its view after a resize; the tiles are measured once its layout settled
    qtbot.waitUntil(lambda: readable(projector.body), timeout=3000)
    tiles_readable(projector.body)


def readable(board: ProjectorBoard) -> bool:
    try:
        tiles_readable(board)
    except AssertionError:
        return False
    return True


def test_rollen_shows_the_question_of_the_role_the_case_and_the_phrase(qtbot, library, open_window):
    from facilitator.domain import role_content

    window, page, projector = open_projector(qtbot, library, open_window, "rollen")
    roles = list(page.profile.rows.values())
    # Tab from the first role's scores to the second role: its "vraag aan de zaal" is shown
    roles[0].notes.setFocus()
    qtbot.keyClick(roles[0].notes, Qt.Key.Key_Tab)
    assert roles[1].now.hasFocus()
    qtbot.waitUntil(lambda: "Adviserend" in projector.body.question.text())
    question = role_content.role_set("bewonersorganisatie").roles[1].question["nl"]
    assert projector.body.question.text() == f"Adviserend: {question}"
    # a case: its situation and question
    qtbot.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == 1
    case = role_content.cases()[page.cases.current_case()]
    qtbot.waitUntil(lambda: case.situation["nl"] in projector.body.question.text())
    assert case.question["nl"] in projector.body.question.text()
    # the killer phrase under discussion
    qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == 2
    page.phrases.list.setFocus()
    qtbot.keyClick(page.phrases.list, Qt.Key.Key_Down)
    phrase = page.phrases.current()
    from facilitator.domain import rollen

    words = rollen.phrase_text(phrase, "nl")
    qtbot.waitUntil(lambda: f"„{words}”" in projector.body.question.text())


def test_actieplan_highlights_the_idea_under_discussion_even_far_down_the_ranking(qtbot, library, open_window):
    from facilitator.domain import actieplan as ap

    window, page, projector = open_projector(qtbot, library, open_window, "actieplan", (1280, 720))
    session = window.context.session
    for n in range(20):
        window.context.run(ap.add_idea, session, f"Nog een idee zonder stippen {n}")
    projector.body.grab()
    last = ap.ranked(session)[-1]
    assert last.id not in projector.body.shown_ids
    view = page.votes.view
    view.setFocus()
    row = [i.id for i in page.votes.model.rows].index(last.id) if hasattr(page.votes.model, "rows") else None
    if row is None:
        pytest.fail("the vote table model has no rows list")
    view.setCurrentIndex(page.votes.model.index(row, 0))
    qtbot.waitUntil(lambda: window.context.focused.get("actieplan") == last.id)
    qtbot.waitUntil(lambda: (projector.body.grab(), last.id in projector.body.shown_ids)[1])
