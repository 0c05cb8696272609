"""The Gemeente step as a facilitator uses it: type doen-en-laten lines with who and a
link, score support forms for a new group, tick a valkuil, pick a mode per activity,
answer a plan question, undo, reopen; the projector is large and follows the tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain import actieplan, eigenaarschap, gemeente, scoring
from tests.ui.step_helpers import read_file as on_disk
from tests.ui.step_helpers import type_by_input_method

CTRL = Qt.KeyboardModifier.ControlModifier


def _three_to_link(session):  # type: ignore[no-untyped-def]
    eigenaarschap.add_activity(session, "Wensbus naar Winsum", current_type=2, wanted_type=1)
    eigenaarschap.add_activity(session, "Stoep Kerkweg", current_type=4)
    actieplan.add_action(session, "Spreekuur in het dorpshuis")


@pytest.fixture
def gemeente_page(open_step):  # type: ignore[no-untyped-def]
    return open_step("gemeente", _three_to_link)


def test_doen_en_laten_typed_with_who_and_link_then_undone_and_reopened(qtbot, gemeente_page):
    path, window, page = gemeente_page
    page.focus_first()
    start = page.start
    assert QApplication.focusWidget() is start.text
    type_by_input_method(start.text, "Eén ")
    qtbot.keyClicks(start.text, "vast aanspreekpunt <b>&")
    qtbot.keyClick(start.text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is start.who
    type_by_input_method(start.who, "Kernencoördinator")
    qtbot.keyClick(start.who, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is start.link
    spreekuur = start.link.findText("Spreekuur in het dorpshuis (actie)")
    assert spreekuur > 0
    start.link.setCurrentIndex(spreekuur)
    start.text.setFocus()
    qtbot.keyClick(start.text, Qt.Key.Key_Return)
    assert start.model.rowCount() == 1 and start.text.text() == ""
    assert start.model.index(0, 0).data() == "Eén vast aanspreekpunt <b>&"
    assert start.model.index(0, 2).data() == "→ Spreekuur in het dorpshuis"
    # an empty line gets a Dutch message and adds nothing
    qtbot.keyClick(start.text, Qt.Key.Key_Return)
    assert start.message.isVisible() and "Typ eerst" in start.message.text()
    assert start.model.rowCount() == 1
    # the stop list
    qtbot.keyClicks(page.stop.text, "Drie formulieren voor 1 subsidie")
    qtbot.keyClick(page.stop.text, Qt.Key.Key_Return)
    assert page.stop.model.rowCount() == 1
    qtbot.keyClick(page.stop.text, Qt.Key.Key_Z, CTRL)
    assert page.stop.model.rowCount() == 0
    # Delete in the table removes the selected line (and Ctrl+Z brings it back)
    start.table.setFocus()
    start.table.selectRow(0)
    qtbot.keyClick(start.table, Qt.Key.Key_Delete)
    assert start.model.rowCount() == 0
    qtbot.keyClick(start.table, Qt.Key.Key_Z, CTRL)
    assert start.model.rowCount() == 1
    window.close()
    items = on_disk(
        path, lambda s: [(h.list_id, h.text, h.who, gemeente.link_title(s, h)) for h in gemeente.homework(s)]
    )
    assert items == [("start", "Eén vast aanspreekpunt <b>&", "Kernencoördinator", "Spreekuur in het dorpshuis")]


def test_support_scored_for_a_new_group_and_a_valkuil_answered(qtbot, gemeente_page):
    path, window, page = gemeente_page
    qtbot.keyClick(page.tabs, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Steun en valkuilen
    assert page.tabs.currentIndex() == 1
    board = page.support.board
    combo = board.group_combo
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo, "jongeren")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert board.group == "jongeren"
    first = board.rows["aanvullen"]
    assert QApplication.focusWidget() is first.now
    qtbot.keyClick(first.now, Qt.Key.Key_Up)
    qtbot.keyClick(first.now, Qt.Key.Key_Up)
    qtbot.keyClick(first.now, Qt.Key.Key_Tab)
    qtbot.keyClick(first.wanted, Qt.Key.Key_4)
    assert board.chart.values("now")[0] == 2.0 and board.chart.values("wanted")[0] == 4.0
    box = page.support.pitfalls.boxes["overnemen"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    answer = page.support.pitfalls.answers["overnemen"]
    assert QApplication.focusWidget() is answer
    qtbot.keyClicks(answer, "Het plan blijft van het dorp")
    qtbot.keyClick(answer, Qt.Key.Key_Tab)
    window.close()
    scores = on_disk(path, lambda s: [(r.now, r.wanted) for r in scoring.profile(s, "support", "jongeren")][0])
    assert scores == (2, 4)
    pitfall = on_disk(path, lambda s: [(a.heard, a.answer) for p, a in gemeente.pitfalls(s) if p.id == "overnemen"])
    assert pitfall == [(True, "Het plan blijft van het dorp")]


def test_steering_mode_chosen_per_activity_and_plan_question_answered(qtbot, gemeente_page):
    path, window, page = gemeente_page
    page.tabs.setCurrentIndex(2)
    table = page.steering.table
    assert QApplication.focusWidget() is table
    assert page.steering.model.index(0, 1).data() == "Type 2 → 1"
    table.setCurrentIndex(page.steering.model.index(0, 2))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.steering.model.index(0, 2).data() == "Regelsturing")
    field = page.steering.answers[("killers", "autoritair")]
    field.setFocus()
    qtbot.keyClicks(field, "Elk jaar een nieuwe ambtenaar")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    window.close()
    modes = on_disk(path, gemeente.mode_tally)
    assert modes == {"zelfsturing": 0, "regelsturing": 1, "autoritair": 0}
    assert on_disk(path, lambda s: gemeente.plan_answer(s, "killers", "autoritair").answer) == (
        "Elk jaar een nieuwe ambtenaar"
    )


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (3840, 2160)])
def test_projector_is_large_and_follows_the_tab(qtbot, gemeente_page, size):
    path, window, page = gemeente_page
    gemeente.add_homework(window.context.session, "stop", "Drie formulieren")
    view = page.projector_widget(None)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.resize(*size)
    assert view.text_points() >= 28
    assert "doen en laten" in view.question.text()
    assert view.content.blocks[1].lines == ("Drie formulieren",)
    assert not view.chart.isVisible()
    page.tabs.setCurrentIndex(1)
    assert "Aanvullen" in view.question.text() and view.chart.isVisible()
    page.tabs.setCurrentIndex(2)
    assert [b.heading for b in view.content.blocks][0] == "Communicatieve zelfsturing"
    assert view.columns.hidden == {}


def test_broken_content_file_gives_a_dutch_message_naming_it(qtbot, broken_content):
    window, page, message = broken_content("gemeente", '{"lists": []}')
    assert message is not None and "gemeente.json" in message.text()
    assert page.projector_widget(None) is None
    window.show_step("voorbereiding")
    assert window.current_step() == "voorbereiding"
