"""Ctrl+Z in any field of a session undoes the session's last step, not the field's own text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.domain import preparation as prep


def test_ctrl_z_in_a_line_edit_and_a_text_box_undoes_the_session(qtbot, library, open_window):
    path = library.create("Eext")
    window = open_window(path)
    page = window.pages["voorbereiding"]
    session = window.context.session
    page.municipality.setFocus()
    qtbot.keyClicks(page.municipality, "Aa en Hunze")
    session.seal()
    page.purpose.setFocus()
    qtbot.keyClicks(page.purpose, "Samen plannen")
    qtbot.keyClick(page.purpose, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert prep.meeting(session).purpose == ""
    assert page.purpose.toPlainText() == ""
    assert session.can_redo  # a field's own undo would have been a new edit and cleared redo
    page.municipality.setFocus()
    qtbot.keyClick(page.municipality, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert prep.meeting(session).municipality == ""
    qtbot.keyClick(
        page.municipality, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert prep.meeting(session).municipality == "Aa en Hunze"
    assert page.municipality.text() == "Aa en Hunze"
