"""Rollen used as a facilitator uses it: score with the keyboard, work a case, answer a
killer phrase, undo, close and reopen; the radar chart follows every change."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel

from facilitator.content import ContentError
from facilitator.domain import role_content, rollen
from facilitator.store import exchange
from facilitator.store.sessionfile import open_session
from tests.ui.step_helpers import read_file as on_disk
from tests.ui.step_helpers import type_by_input_method

SET = "bewonersorganisatie"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def rollen_page(open_step):  # type: ignore[no-untyped-def]
    return open_step("rollen")


def test_score_roles_with_the_keyboard_and_the_radar_follows(qtbot, rollen_page):
    path, window, page = rollen_page
    chart = page.profile.chart
    assert chart.values("now") == (0.0, 0.0, 0.0, 0.0)
    page.focus_first()
    first = page.profile.rows["representatief"]
    assert QApplication.focusWidget() is first.now
    for _ in range(3):
        qtbot.keyClick(first.now, Qt.Key.Key_Up)
    qtbot.keyClick(first.now, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first.wanted
    qtbot.keyClick(first.wanted, Qt.Key.Key_5)  # Tab selected the old value: typing replaces it
    assert chart.values("now") == (3.0, 0.0, 0.0, 0.0)
    assert chart.values("wanted") == (5.0, 0.0, 0.0, 0.0)
    # the polygon as painted: the first axis points straight up, 3 of 5 and 5 of 5 along it
    now_top, wanted_top = chart.polygon("now")[0], chart.polygon("wanted")[0]
    centre = chart.polygon("now")[1]  # a zero score sits in the centre
    assert now_top.x() == pytest.approx(centre.x())
    assert (centre.y() - now_top.y()) / (centre.y() - wanted_top.y()) == pytest.approx(3 / 5)
    # Tab walks on to the notes and then the next role's score
    qtbot.keyClick(first.wanted, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first.notes
    qtbot.keyClicks(first.notes, "Jongeren <b>&</b> ")
    type_by_input_method(first.notes, "🌻")
    qtbot.keyClick(first.notes, Qt.Key.Key_Tab)
    second = page.profile.rows["adviserend"]
    assert QApplication.focusWidget() is second.now
    qtbot.keyClick(second.now, Qt.Key.Key_2)
    assert chart.values("now") == (3.0, 2.0, 0.0, 0.0)
    assert "Adviserend: nu 2, gewenst 0" in chart.accessibleDescription()

    # undo the last score, with the focus still in the spin box: spin box and chart go back
    assert QApplication.focusWidget() is second.now
    qtbot.keyClick(second.now, Qt.Key.Key_Z, CTRL)
    assert second.now.value() == 0
    assert chart.values("now") == (3.0, 0.0, 0.0, 0.0)
    # the notes were one undo step
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert first.notes.toPlainText() == ""
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert first.notes.toPlainText() == "Jongeren <b>&</b> 🌻"

    window.close()
    rows = on_disk(path, lambda s: rollen.profile(s, SET))
    assert (rows[0].now, rows[0].wanted, rows[0].notes) == (3, 5, "Jongeren <b>&</b> 🌻")
    assert rows[1].now == 0


def test_groups_score_separately_and_reopen_shows_the_scores(qtbot, library, rollen_page, open_window):
    path, window, page = rollen_page
    qtbot.keyClick(page, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # &Gemeente
    qtbot.waitUntil(lambda: page.group == "gemeente")  # a mnemonic clicks the button a moment later
    row = page.profile.rows["verbindend"]
    row.now.setFocus()
    for _ in range(4):
        qtbot.keyClick(row.now, Qt.Key.Key_Up)
    assert page.profile.chart.values("now") == (0.0, 0.0, 0.0, 4.0)
    page.group_buttons[""].click()
    assert page.profile.chart.values("now") == (0.0, 0.0, 0.0, 0.0)
    assert row.now.value() == 0
    window.close()
    assert on_disk(path, lambda s: rollen.profile(s, SET, "gemeente")[3].now) == 4

    window = open_window(path)
    page = window.show_step("rollen")
    page.set_group("gemeente")
    assert page.profile.rows["verbindend"].now.value() == 4
    assert page.profile.chart.values("now")[3] == 4.0


def test_choose_another_role_set_with_the_keyboard_and_undo(qtbot, rollen_page):
    path, window, page = rollen_page
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Rollenset
    assert QApplication.focusWidget() is page.set_combo
    qtbot.keyClick(page.set_combo, Qt.Key.Key_Down)
    assert page.set_id == "overheidsrollen"
    assert list(page.profile.rows) == ["rechtmatig", "presterend", "netwerkend", "responsief"]
    assert [a.label for a in page.profile.chart.geometry_data.axes][0] == "Rechtmatig"
    assert list(page.cases.boxes) == list(role_content.role_sets()["overheidsrollen"].role_ids)
    window.undo_action.trigger()
    assert page.set_id == SET
    assert page.set_combo.currentData() == SET
    assert list(page.profile.rows)[0] == "representatief"


def test_work_a_case_and_see_the_tally(qtbot, rollen_page):
    path, window, page = rollen_page
    qtbot.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Casussen
    assert page.tabs.currentIndex() == 1
    assert QApplication.focusWidget() is page.cases.list
    titles = [page.cases.list.item(i).text() for i in range(page.cases.list.count())]
    for _ in range(titles.index("De laatste winkel sluit")):
        qtbot.keyClick(page.cases.list, Qt.Key.Key_Down)
    assert page.cases.current_case() == "winkel"
    assert page.cases.title.text() == "De laatste winkel sluit"
    assert "supermarkt" in page.cases.situation.text()
    qtbot.keyClick(page, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Antwoord
    assert QApplication.focusWidget() is page.cases.answer
    qtbot.keyClicks(page.cases.answer, "Een winkel")
    type_by_input_method(page.cases.answer, "coöperatie")  # QTest types ASCII only
    qtbot.keyClicks(page.cases.answer, " met de bakker")
    qtbot.keyClick(page.cases.answer, Qt.Key.Key_Tab)
    box = page.cases.boxes["representatief"]
    assert QApplication.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    activerend = page.cases.boxes["activerend"]
    assert QApplication.focusWidget() is activerend
    qtbot.keyClick(activerend, Qt.Key.Key_Space)
    assert activerend.isChecked()
    page.cases.boxes["verbindend"].click()
    assert page.cases.tally_values() == {"Representatief": 0, "Adviserend": 0, "Activerend": 1, "Verbindend": 1}
    assert page.cases.list.currentItem().text() == "✓ De laatste winkel sluit"
    assert page.tabs.tabText(1) == "&Casussen (1)"
    # another case starts empty; going back shows the answer again
    page.cases.select_case("school")
    assert page.cases.answer.toPlainText() == "" and not activerend.isChecked()
    page.cases.select_case("winkel")
    assert page.cases.answer.toPlainText() == "Een winkelcoöperatie met de bakker"
    window.undo_action.trigger()  # un-tick verbindend
    assert not page.cases.boxes["verbindend"].isChecked()
    assert page.cases.tally_values()["Verbindend"] == 0
    window.close()
    saved = on_disk(path, lambda s: rollen.case_answer(s, "winkel", SET))
    assert saved.answer == "Een winkelcoöperatie met de bakker"
    assert saved.role_ids == ["activerend"]


def test_tick_a_killer_phrase_count_it_and_answer(qtbot, library, rollen_page, open_window):
    path, window, page = rollen_page
    qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Dooddoeners
    phrases = page.phrases
    assert QApplication.focusWidget() is phrases.list
    qtbot.keyClick(phrases.list, Qt.Key.Key_Down)
    assert phrases.current_row() == 1
    qtbot.keyClick(phrases.list, Qt.Key.Key_Space)
    assert phrases.model.index(1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert phrases.heard.isChecked() and phrases.count.value() == 1
    qtbot.keyClick(phrases.list, Qt.Key.Key_Plus)
    qtbot.keyClick(phrases.list, Qt.Key.Key_Plus)
    qtbot.keyClick(phrases.list, Qt.Key.Key_Minus)
    assert phrases.count.value() == 2
    assert phrases.current_row() == 1  # the selection stays put while the list redraws
    assert "(2×)" in phrases.model.index(1).data()
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)  # Wat &zeggen we terug?
    assert QApplication.focusWidget() is phrases.answer
    qtbot.keyClicks(phrases.answer, "Waar is het geld dan wel voor?")
    assert page.tabs.tabText(2) == "&Dooddoeners (1)"
    # an own phrase, added with Enter
    phrases.own.setFocus()
    qtbot.keyClicks(phrases.own, "Dat is hier nooit gedaan.")
    qtbot.keyClick(phrases.own, Qt.Key.Key_Return)
    assert phrases.own.text() == ""
    assert phrases.list.currentIndex().data() == "Dat is hier nooit gedaan."
    assert QApplication.focusWidget() is phrases.answer
    # an empty own phrase adds nothing
    phrases.own.setFocus()
    qtbot.keyClick(phrases.own, Qt.Key.Key_Return)
    assert phrases.model.rowCount() == len(role_content.killer_phrases()) + 1
    window.undo_action.trigger()  # the own phrase goes
    assert phrases.model.rowCount() == len(role_content.killer_phrases())
    window.close()
    saved = on_disk(path, lambda s: s.all(rollen.KillerPhrase))
    assert len(saved) == 1
    phrase_id = list(role_content.killer_phrases())[1]
    assert (saved[0].phrase_id, saved[0].heard, saved[0].count) == (phrase_id, True, 2)
    assert saved[0].answer == "Waar is het geld dan wel voor?"

    window = open_window(path)
    page = window.show_step("rollen")
    page.tabs.setCurrentIndex(2)
    page.phrases.select_phrase(phrase_id)
    assert page.phrases.count.value() == 2
    assert page.phrases.answer.toPlainText() == "Waar is het geld dan wel voor?"


def test_huge_text_is_kept_and_nothing_crashes(qtbot, rollen_page):
    path, window, page = rollen_page
    notes = page.profile.rows["activerend"].notes
    notes.setFocus()
    notes.setPlainText("ä" * 5000)
    assert rollen.profile(window.context.session, SET)[2].notes == "ä" * 5000
    window.close()
    assert on_disk(path, lambda s: len(rollen.profile(s, SET)[2].notes)) == 5000


def test_projector_view_is_large_and_live(qtbot, rollen_page):
    path, window, page = rollen_page
    view = page.projector_widget(None)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    assert QFontInfo(view.chart.label_font()).pointSizeF() >= 28
    assert "Functies van een bewonersorganisatie" in view.heading.text()
    assert view.chart.show_values
    assert not view.findChildren(type(page.set_combo))  # no controls
    page.profile.rows["verbindend"].wanted.setValue(5)
    assert view.chart.values("wanted") == (0.0, 0.0, 0.0, 5.0)
    page.set_group("bewoners")
    assert "bewoners" in view.heading.text()
    assert view.chart.values("wanted") == (0.0, 0.0, 0.0, 0.0)
    # the whole chart fits: every polygon point lies inside the widget
    radius_point = view.chart.polygon("wanted")
    assert all(0 <= p.x() <= view.chart.width() and 0 <= p.y() <= view.chart.height() for p in radius_point)
    # a closed projector view no longer listens
    view.close()
    view.deleteLater()
    qtbot.wait(10)
    QApplication.sendPostedEvents(None, 0)
    page.set_group("gemeente")
    page.profile.rows["verbindend"].wanted.setValue(3)


def test_export_and_import_keep_the_role_exercise(qtbot, library, tmp_path):
    from facilitator.demo import build_demo

    path = library.create("Ulrum")
    sf, session = open_session(path)
    build_demo(session)
    before = exchange.dumps(exchange.export_data(sf))
    sf.close()
    data = json.loads(before)
    for kind in ("role_exercise", "role_score", "case_answer", "killer_phrase"):
        assert data["records"].get(kind), kind
    dest = tmp_path / "terug.kernkracht"
    exchange.write_import(exchange.read_import(_write(tmp_path / "export.json", before)), dest)
    sf2, session2 = open_session(dest)
    try:
        assert exchange.dumps(exchange.export_data(sf2)) == before
        assert rollen.profile(session2, SET, "bewoners") == rollen.profile(session, SET, "bewoners")
        assert rollen.case_tally(session2, SET) == rollen.case_tally(session, SET)
        assert [p.answer for p in rollen.heard_phrases(session2)] == [p.answer for p in rollen.heard_phrases(session)]
    finally:
        sf2.close()


def _write(path, text):  # type: ignore[no-untyped-def]
    path.write_text(text, encoding="utf-8")
    return path


def test_a_broken_role_set_file_shows_a_dutch_message_instead_of_crashing(
    qtbot, library, open_window, monkeypatch, tmp_path
):

    broken = tmp_path / "kapot.json"
    broken.write_text('{"name": "Kapot", "roles": []}', encoding="utf-8")

    def read() -> None:
        role_content.read_role_sets(tmp_path)

    monkeypatch.setattr(role_content, "check", read)
    with pytest.raises(ContentError):
        read()
    window = open_window(library.create("Ulrum"))
    page = window.show_step("rollen")
    message = page.findChild(QLabel, "rollenContentError")
    assert message is not None
    assert "kapot.json" in message.text()
    assert "De rollenoefening kan niet worden geladen." in message.text()
    assert page.projector_widget(None) is None
    # the rest of the meeting still works
    window.show_step("voorbereiding")
    assert window.current_step() == "voorbereiding"


def test_phrase_model_passes_the_model_tester(qtbot, qtmodeltester, rollen_page):
    path, window, page = rollen_page
    model = page.phrases.model
    qtmodeltester.check(model)
    # ticking through the model is a domain edit, undoable, and the model follows
    assert model.setData(model.index(3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.rows[3].heard and model.rows[3].count == 1
    rollen.add_own_phrase(window.context.session, "Dat is niet van deze tijd.")
    assert model.rowCount() == len(role_content.killer_phrases()) + 1
    qtmodeltester.check(model)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert not model.rows[3].heard
    assert model.rowCount() == len(role_content.killer_phrases())
