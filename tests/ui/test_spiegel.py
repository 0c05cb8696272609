"""The Spiegel step as a facilitator uses it: score values for a group, list ways of
accounting, tick an action point and make it an action (Ctrl+Enter), mark the two logics
and see the clash, write expectations, undo, reopen; the projector shows the room's question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain import actieplan, scoring, spiegel
from tests.ui.step_helpers import read_file as on_disk

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def spiegel_page(open_step):  # type: ignore[no-untyped-def]
    return open_step("spiegel")


def test_values_scored_with_the_keyboard_and_the_projector_asks_the_question(qtbot, spiegel_page):
    path, window, page = spiegel_page
    page.focus_first()
    board = page.values
    first = board.rows["inclusiviteit"]
    assert QApplication.focusWidget() is first.now
    view = page.projector_widget(None)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    assert "Wie zien wij nooit op onze avonden" in view.question.text()
    qtbot.keyClick(first.now, Qt.Key.Key_Up)
    qtbot.keyClick(first.now, Qt.Key.Key_Up)
    qtbot.keyClick(first.now, Qt.Key.Key_Tab)
    qtbot.keyClick(first.wanted, Qt.Key.Key_4)
    qtbot.keyClick(first.wanted, Qt.Key.Key_Tab)
    qtbot.keyClick(first.notes, Qt.Key.Key_Tab)  # on to transparantie
    assert QApplication.focusWidget() is board.rows["transparantie"].now
    assert "Kan een nieuwe bewoner zien" in view.question.text()  # the projector follows the keyboard
    assert view.chart.values("now")[0] == 2.0 and view.chart.values("wanted")[0] == 4.0
    assert view.text_points() >= 28
    qtbot.keyClick(board.rows["transparantie"].now, Qt.Key.Key_Z, CTRL)
    assert board.rows["inclusiviteit"].wanted.value() == 0
    window.close()
    assert on_disk(path, lambda s: scoring.profile(s, "values")[0].now) == 2


def test_ways_of_accounting_typed_and_removed(qtbot, spiegel_page):
    path, window, page = spiegel_page
    qtbot.keyClick(page.tabs, Qt.Key.Key_V, ALT)
    acc = page.accounting
    assert QApplication.focusWidget() is acc.to_whom
    qtbot.keyClick(acc.to_whom, Qt.Key.Key_Return)  # nothing typed: a message, nothing added
    assert acc.message.isVisible() and acc.model.rowCount() == 0
    qtbot.keyClicks(acc.to_whom, "Alle inwoners")
    qtbot.keyClick(acc.to_whom, Qt.Key.Key_Tab)
    qtbot.keyClicks(acc.how, "Een open avond met de cijfers")
    qtbot.keyClick(acc.how, Qt.Key.Key_Return)
    assert acc.model.rowCount() == 1 and acc.to_whom.text() == ""
    qtbot.keyClicks(acc.to_whom, "De gemeente")
    qtbot.keyClick(acc.to_whom, Qt.Key.Key_Return)
    acc.table.setFocus()
    acc.table.selectRow(1)
    qtbot.keyClick(acc.table, Qt.Key.Key_Delete)
    assert acc.model.rowCount() == 1
    window.close()
    assert on_disk(path, lambda s: [(w.to_whom, w.how) for w in spiegel.ways(s)]) == [
        ("Alle inwoners", "Een open avond met de cijfers")
    ]


def test_action_point_ticked_and_made_into_an_action(qtbot, spiegel_page):
    path, window, page = spiegel_page
    qtbot.keyClick(page.tabs, Qt.Key.Key_P, ALT)
    tree = page.points.tree
    assert QApplication.focusWidget() is tree
    qtbot.keyClick(tree, Qt.Key.Key_Space)  # the first point of the collectives
    assert spiegel.point_record(window.context.session, "collectieven", "leerschool").ticked
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Return, CTRL)
    actions = actieplan.actions(window.context.session)
    assert [a.what for a in actions] == ["Kijk naar uzelf met democratische waarden"]
    assert "In het actieplan" in page.points.action_label.text()
    qtbot.keyClick(tree, Qt.Key.Key_Return, CTRL)  # twice: a message, no second action
    assert "al een actie" in page.points.message.text() and len(actieplan.actions(window.context.session)) == 1
    qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL)  # the action and its tick go as one step
    assert actieplan.actions(window.context.session) == []
    window.close()
    assert on_disk(path, lambda s: [(a.id, p.id) for a, p, _t in spiegel.ticked_points(s)]) == [
        ("collectieven", "leerschool")
    ]


def test_two_logics_marked_side_by_side_clash_and_expectations(qtbot, spiegel_page):
    path, window, page = spiegel_page
    qtbot.keyClick(page.tabs, Qt.Key.Key_O, ALT)
    logic = page.logic
    table = logic.table
    assert QApplication.focusWidget() is table
    model = logic.model
    qtbot.keyClick(table, Qt.Key.Key_1)  # typing edits the village's mark of "Doelen"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(0, model.VILLAGE).data() == "1")
    table.setCurrentIndex(model.index(0, model.MUNICIPALITY))
    qtbot.keyClick(table, Qt.Key.Key_4)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(0, model.CLASH).data() == "botst")
    qtbot.keyClicks(logic.village.entry, "Antwoord binnen twee weken")
    qtbot.keyClick(logic.village.entry, Qt.Key.Key_Return)
    assert logic.village.list.count() == 1
    view = page.projector_widget(None)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    assert "botst" in view.content.blocks[0].lines[0] and 0 in view.content.blocks[0].marked
    assert view.content.blocks[1].lines == ("Antwoord binnen twee weken",)
    window.close()
    rows = on_disk(path, spiegel.clashes)
    assert [(r.trait.id, r.village, r.municipality) for r in rows] == [("waarden", 1, 4)]


def test_broken_content_file_gives_a_dutch_message_naming_it(qtbot, broken_content):
    window, page, message = broken_content("spiegel", '{"values": [], "actors": []}')
    assert message is not None and "spiegel.json" in message.text()
    assert "De spiegel kan niet worden geladen." in message.text()
    assert page.projector_widget(None) is None
    window.show_step("gemeente")
    assert window.current_step() == "gemeente"
