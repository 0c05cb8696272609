"""Voortgang ("Hoe gaat het?") and the theme column, with real keys; checked on screen and on disk."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain import actieplan as ap
from facilitator.domain import preparation as prep
from facilitator.domain import themes as th
from facilitator.store.sessionfile import open_session
from facilitator.ui.steps.actieplan.models import ActionModel

TODAY = datetime.date.today()
#: dates around today, so the test means the same on any day it runs
PAST = TODAY - datetime.timedelta(days=800)
NEXT_YEAR = str(TODAY.year + 1)


def _make(path):
    sf, s = open_session(path)
    try:
        prep.edit_meeting(s, date="2027-03-01")
        groen = th.add_theme(s, key="groen")
        past = f"{PAST.day}-{PAST.month}-{PAST.year}"
        for what, due in (
            ("Bankjes plaatsen", past),
            ("Bomen planten", str((TODAY - datetime.timedelta(days=400)).year)),
            ("Wensbus", NEXT_YEAR),
        ):
            a = ap.add_action(s, what, due=due)
            th.set_theme(s, a, groen.id)
        ap.add_action(s, "Nieuwsbrief", due="jaarlijks")
    finally:
        sf.close()


def test_voortgang_walks_every_open_action_in_a_few_keys(qtbot, library, open_window):
    path = library.create("Ulrum")
    _make(path)
    window = open_window(path)
    page = window.show_step("actieplan")
    page.tabs.setCurrentIndex(1)
    tab = page.actions_tab
    # overdue actions are flagged in the table (dated before today, still open)
    status_cells = [tab.model.index(r, ActionModel.STATUS).data() for r in range(4)]
    assert status_cells == ["Open · ⚠ te laat", "Open · ⚠ te laat", "Open", "Open"]  # "jaarlijks" is never late
    assert "Te laat" in tab.model.index(0, ActionModel.DUE).data(Qt.ItemDataRole.ToolTipRole)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = tab.progress_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.counter.text() == "Actie 1 van 4"
    assert dialog.what.text() == "Bankjes plaatsen" and "Te laat" in dialog.facts.text()
    note = dialog.note
    # 1: done, with a note
    qtbot.keyClick(note, Qt.Key.Key_D)
    assert dialog.answer_buttons["klaar"].isChecked() and note.text() == ""
    qtbot.keyClicks(note, "Staan er <b>&")  # "S" is typed now: the answer is chosen
    assert note.text() == "Staan er <b>&" and dialog.answer_buttons["klaar"].isChecked()
    note.insert(" 🎉")  # pasted: the test keyboard types ASCII only
    qtbot.keyClick(note, Qt.Key.Key_Return)
    # 2: moved, to a new date
    assert dialog.what.text() == "Bomen planten"
    qtbot.keyClick(note, Qt.Key.Key_M)
    assert QApplication.focusWidget() is dialog.due
    dialog.due.selectAll()
    qtbot.keyClicks(dialog.due, f"voorjaar {TODAY.year + 2}")
    qtbot.keyClick(dialog.due, Qt.Key.Key_Return)
    # 3: busy by its number key; 4: skipped with Enter alone
    qtbot.keyClick(note, Qt.Key.Key_2)
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert dialog.what.text() == "Nieuwsbrief"
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert "alle 4" in dialog.counter.text()
    # Ctrl+Z takes the last answer back (the busy one) as one step and shows it again
    qtbot.keyClick(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.what.text() == "Wensbus"
    assert ap.actions(window.context.session)[2].status == "open"
    qtbot.keyClick(note, Qt.Key.Key_B)
    qtbot.keyClick(note, Qt.Key.Key_Backspace)  # another answer after all
    assert not dialog.answer_buttons["bezig"].isChecked()
    qtbot.keyClick(note, Qt.Key.Key_S)
    qtbot.keyClick(note, Qt.Key.Key_Return)
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    # on screen: the moved action is no longer late
    assert tab.model.index(1, ActionModel.STATUS).data() == "Open"
    window.close()
    sf, s = open_session(path)
    try:
        got = {a.what: a for a in ap.actions(s)}
    finally:
        sf.close()
    assert got["Bankjes plaatsen"].status == "klaar"
    assert got["Bankjes plaatsen"].history[-1] == {"date": "2027-03-01", "text": "Staan er <b>& 🎉", "status": "klaar"}
    assert got["Bomen planten"].due == f"{TODAY.year + 2}-voorjaar" and got["Bomen planten"].status == "open"
    assert got["Bomen planten"].history[-1]["text"] == f"Verschoven naar voorjaar {TODAY.year + 2}"
    assert got["Wensbus"].status == "gestopt"
    assert got["Nieuwsbrief"].status == "open" and len(got["Nieuwsbrief"].history) == 1


def test_moved_without_a_date_says_so_and_keeps_the_note(qtbot, library, open_window):
    path = library.create("Ulrum")
    _make(path)
    window = open_window(path)
    page = window.show_step("actieplan")
    page.tabs.setCurrentIndex(1)
    tab = page.actions_tab
    tab.open_progress()
    dialog = tab.progress_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.note, Qt.Key.Key_M)
    dialog.due.clear()
    qtbot.keyClick(dialog.due, Qt.Key.Key_Return)
    assert "nieuwe datum" in dialog.message.text()
    assert dialog.what.text() == "Bankjes plaatsen"  # still here, nothing lost
    dialog.reject()
    window.close()


def test_theme_column_picker_by_keyboard(qtbot, library, open_window):
    path = library.create("Ulrum")
    _make(path)
    window = open_window(path)
    page = window.show_step("actieplan")
    page.tabs.setCurrentIndex(1)
    tab = page.actions_tab
    view = tab.view
    view.setFocus()
    view.setCurrentIndex(tab.model.index(3, ActionModel.THEME))
    assert tab.model.index(3, ActionModel.THEME).data() == ""
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert tab.model.index(3, ActionModel.THEME).data() == "Groen en landschap"
    window.close()
    sf, s = open_session(path)
    try:
        groen = th.themes(s)[0]
        assert ap.actions(s)[3].theme == groen.id
    finally:
        sf.close()


def test_themes_tab_by_keyboard_werkgroep_ambitions_and_reopen(qtbot, library, open_window):
    path = library.create("Ulrum")
    sf, s = open_session(path)
    try:
        for name in ("Anneke Postma", "Gerrit Hoekstra"):
            s.add(prep.Participant(name=name, position=s.next_position(prep.Participant)), label="")
    finally:
        sf.close()
    window = open_window(path)
    page = window.show_step("actieplan")
    page.tabs.setCurrentIndex(4)
    tab = page.themes
    assert page.tabs.tabText(4) == "Thema's en werkgroepen"
    # a usual theme: the list has focus, Space on the button adds it
    tab.usual.setFocus()
    assert tab.usual.currentText() == "Wonen"
    qtbot.keyClick(tab.usual, Qt.Key.Key_Down)
    qtbot.keyClick(tab.usual, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.add_usual
    qtbot.keyClick(tab.add_usual, Qt.Key.Key_Space)
    assert tab.list.currentItem().text() == "Verkeer en veiligheid  (0 open)"
    # an own theme, typed; a double is refused with a Dutch message
    tab.own.setFocus()
    qtbot.keyClicks(tab.own, "Dorpshuis <b>&")
    qtbot.keyClick(tab.own, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.own, "verkeer en VEILIGHEID")
    qtbot.keyClick(tab.own, Qt.Key.Key_Return)
    assert "staat al in de lijst" in page.feedback.text()
    assert tab.own.text() == "verkeer en VEILIGHEID"  # nothing lost
    assert [tab.list.item(i).text().split("  ")[0] for i in range(tab.list.count())] == [
        "Verkeer en veiligheid",
        "Dorpshuis <b>&",
    ]
    # ambitions and the werkgroep of the own theme
    tab.ambitions.setFocus()
    qtbot.keyClicks(tab.ambitions, "Open voor iedereen")
    qtbot.keyClick(tab.ambitions, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.ambitions, "Een vaste beheerder")
    tab.members.setFocus()
    tab.members.setCurrentRow(1)
    qtbot.keyClick(tab.members, Qt.Key.Key_Space)
    tab.contact.setFocus()
    qtbot.keyClick(tab.contact, Qt.Key.Key_Down)  # Anneke
    QApplication.processEvents()
    cur = th.find(window.context.session, tab.current().id)
    assert cur.member_ids == [tab.members.item(1).data(Qt.ItemDataRole.UserRole)]
    assert cur.contact_id == tab.members.item(0).data(Qt.ItemDataRole.UserRole)
    # Ctrl+Z takes the last step (the contact) back
    qtbot.keyClick(tab.contact, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.contact.currentText() == "(nog niemand)"
    assert th.find(window.context.session, tab.current().id).contact_id == ""
    qtbot.keyClick(tab.contact, Qt.Key.Key_Down)
    qtbot.keyClick(tab.contact, Qt.Key.Key_Down)  # Gerrit, already in the group
    window.close()
    sf, s = open_session(path)
    try:
        themes = th.themes(s)
        people = {p.name: p.id for p in s.all(prep.Participant)}
    finally:
        sf.close()
    assert [t.name for t in themes] == ["Verkeer en veiligheid", "Dorpshuis <b>&"]
    assert themes[0].key == "verkeer" and themes[1].key == ""
    assert themes[1].ambitions == ["Open voor iedereen", "Een vaste beheerder"]
    assert themes[1].contact_id == people["Gerrit Hoekstra"]
    assert themes[1].member_ids == [people["Gerrit Hoekstra"]]  # passing Anneke on the way down added nobody


def test_an_idea_gets_a_theme_by_keyboard_and_its_action_takes_it_over(qtbot, library, open_window):
    path = library.create("Ulrum")
    sf, s = open_session(path)
    try:
        th.add_theme(s, key="zorg")
        ap.add_idea(s, "Wensbus")
    finally:
        sf.close()
    window = open_window(path)
    page = window.show_step("actieplan")
    votes = page.votes
    votes.view.setFocus()
    votes.view.setCurrentIndex(votes.model.index(0, 1))
    assert votes.idea_theme.currentText() == "(geen thema)"
    votes.idea_theme.setFocus()
    qtbot.keyClick(votes.idea_theme, Qt.Key.Key_Down)
    assert votes.idea_theme.currentText() == "Zorg en welzijn"
    assert ap.ideas(window.context.session)[0].theme == th.themes(window.context.session)[0].id
    votes.make_action()
    window.close()
    sf, s = open_session(path)
    try:
        zorg = th.themes(s)[0]
        assert ap.ideas(s)[0].theme == zorg.id and ap.actions(s)[0].theme == zorg.id
    finally:
        sf.close()
