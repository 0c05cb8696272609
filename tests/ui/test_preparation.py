"""Voorbereiding used as a facilitator uses it: type, Tab, Enter, undo, close, reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from facilitator.domain import preparation as prep
from facilitator.store.sessionfile import open_session


def type_by_input_method(widget, text: str) -> None:
    """Characters outside the keyboard (emoji) reach a widget as a committed input method string."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def reopen(path):  # type: ignore[no-untyped-def]
    sf, session = open_session(path)
    try:
        return prep.meeting(session), session.all(prep.Participant), session.all(prep.AgendaBlock)
    finally:
        sf.close()


def test_type_meeting_fields_and_find_them_back_after_reopen(qtbot, library, open_window):
    path = library.create("Eesveen")
    window = open_window(path)
    page = window.pages["voorbereiding"]
    page.place.setFocus()
    page.place.end(False)
    qtbot.keyClicks(page.place, " Noord")
    qtbot.keyClick(page.place, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.place_kind
    page.facilitator.setFocus()
    qtbot.keyClicks(page.facilitator, "Marijke <b>&</b> ")
    type_by_input_method(page.facilitator, "🌻")  # emoji arrive through the input method
    page.purpose.setFocus()
    qtbot.keyClicks(page.purpose, "Wat is er sterk?")
    # every keystroke is on disk: the window title follows the place already
    assert window.windowTitle().startswith("Eesveen Noord")
    window.close()
    meeting, _, _ = reopen(path)
    assert meeting.place == "Eesveen Noord"
    assert meeting.facilitator == "Marijke <b>&</b> 🌻"
    assert meeting.purpose == "Wat is er sterk?"


def test_typing_in_one_field_is_one_undo_step(qtbot, library, open_window):
    path = library.create("Ees")
    window = open_window(path)
    page = window.pages["voorbereiding"]
    page.municipality.setFocus()
    qtbot.keyClicks(page.municipality, "Borger-Odoorn")
    assert prep.meeting(window.context.session).municipality == "Borger-Odoorn"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert prep.meeting(window.context.session).municipality == ""
    assert page.municipality.text() == ""
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.municipality.text() == "Borger-Odoorn"


def test_add_participants_with_enter_undo_and_reopen(qtbot, library, open_window):
    path = library.create("Ees")
    window = open_window(path)
    page = window.pages["voorbereiding"]
    page.tabs.setCurrentIndex(1)
    assert QApplication.focusWidget() is page.new_name
    for name in ("Anna de Boer", "Bert Smit"):
        qtbot.keyClicks(page.new_name, name)
        qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    assert page.new_name.text() == ""
    assert [p.name for p in page.participants.rows] == ["Anna de Boer", "Bert Smit"]
    assert page.tabs.tabText(1) == "Deelnemers (2)"
    # an empty name adds nobody
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    assert page.participants.rowCount() == 2
    window.undo_action.trigger()
    assert [p.name for p in page.participants.rows] == ["Anna de Boer"]
    assert "Deelnemer toevoegen" in window.redo_action.text()
    window.close()
    _, participants, _ = reopen(path)
    assert [p.name for p in participants] == ["Anna de Boer"]


def test_contact_details_only_after_consent(qtbot, library, open_window):
    path = library.create("Ees")
    window = open_window(path)
    page = window.pages["voorbereiding"]
    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.new_name, "Anna")
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    model = page.participants
    email = model.index(0, model.EMAIL)
    assert not (model.flags(email) & Qt.ItemFlag.ItemIsEditable)
    model.setData(model.index(0, model.CONSENT), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.flags(model.index(0, model.EMAIL)) & Qt.ItemFlag.ItemIsEditable
    model.setData(model.index(0, model.EMAIL), "anna@example.org")
    assert model.rows[0].email == "anna@example.org"
    # taking consent back removes the contact details in the same step
    model.setData(model.index(0, model.CONSENT), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.rows[0].email == ""
    assert model.index(0, model.EMAIL).data() == "—"
    window.undo_action.trigger()
    assert model.rows[0].email == "anna@example.org"
    window.close()
    _, participants, _ = reopen(path)
    assert participants[0].consent and participants[0].email == "anna@example.org"


def test_agenda_blocks_with_enter_move_and_delete(qtbot, library, open_window):
    path = library.create("Ees")
    window = open_window(path)
    page = window.pages["voorbereiding"]
    page.tabs.setCurrentIndex(2)
    for title, minutes in (("Welkom", 10), ("Krachtenkaart", 45), ("Pauze", 15)):
        page.new_minutes.setValue(minutes)
        qtbot.keyClicks(page.new_block, title)
        qtbot.keyClick(page.new_block, Qt.Key.Key_Return)
    assert [b.title for b in page.agenda.rows] == ["Welkom", "Krachtenkaart", "Pauze"]
    assert "70 minuten" in page.total.text()
    page.agenda_view.setFocus()
    page.agenda_view.setCurrentIndex(page.agenda.index(2, 0))
    qtbot.keyClick(page.agenda_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [b.title for b in page.agenda.rows] == ["Welkom", "Pauze", "Krachtenkaart"]
    page.agenda_view.setCurrentIndex(page.agenda.index(0, 0))
    qtbot.keyClick(page.agenda_view, Qt.Key.Key_Delete)
    assert [b.title for b in page.agenda.rows] == ["Pauze", "Krachtenkaart"]
    window.undo_action.trigger()
    assert [b.title for b in page.agenda.rows] == ["Welkom", "Pauze", "Krachtenkaart"]
    window.close()
    _, _, agenda = reopen(path)
    assert [(b.title, b.minutes) for b in agenda] == [("Welkom", 10), ("Pauze", 15), ("Krachtenkaart", 45)]


def test_full_disk_keeps_last_good_state_and_says_so(qtbot, library, open_window, monkeypatch):
    path = library.create("Ees")
    window = open_window(path)
    page = window.pages["voorbereiding"]
    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.new_name, "Anna")
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    conn = window.context.file.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    page.new_name.setText("Bert " + "x" * 20000)  # pasted: too long for the space left
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    error = window.context.last_error
    assert error is not None and error.code == "disk_full"
    assert "schijf is vol" in error.message("nl")
    assert [p.name for p in page.participants.rows] == ["Anna"]
    from PySide6.QtWidgets import QMessageBox

    box = window.findChild(QMessageBox, "storeErrorBox")
    assert box is not None and "schijf is vol" in box.text()
    box.close()
    window.close()
    _, participants, _ = reopen(path)
    assert [p.name for p in participants] == ["Anna"]
