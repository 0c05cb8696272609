"""Undo and redo keys inside a plain spin box go to the session (the window's SessionUndoKeys),
so no widget needs its own workaround."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox

from facilitator.domain import rollen

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_z_shift_z_and_y_in_a_score_spin_box_undo_and_redo_the_session(qtbot, library, open_window):
    window = open_window(library.create("Ulrum"))
    page = window.show_step("rollen")
    qtbot.waitExposed(page)
    page.focus_first()
    row = next(iter(page.profile.rows.values()))
    spin = row.now
    assert type(spin) is QSpinBox  # no local key workaround left
    assert QApplication.focusWidget() is spin
    session = window.context.session
    spin.selectAll()  # as after Tab: typing replaces the old value
    qtbot.keyClick(spin, Qt.Key.Key_4)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    qtbot.keyClick(row.wanted, Qt.Key.Key_5)

    def scores() -> tuple[int, int]:
        first = rollen.profile(session, page.profile.set_id)[0]
        return first.now, first.wanted

    assert scores() == (4, 5)
    qtbot.keyClick(row.wanted, Qt.Key.Key_Z, CTRL)
    assert scores() == (4, 0) and row.wanted.value() == 0
    qtbot.keyClick(row.wanted, Qt.Key.Key_Z, CTRL)
    assert scores() == (0, 0) and spin.value() == 0
    qtbot.keyClick(row.wanted, Qt.Key.Key_Y, CTRL)
    assert scores() == (4, 0) and spin.value() == 4
    qtbot.keyClick(row.wanted, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert scores() == (4, 5) and row.wanted.value() == 5
    window.close()


def test_the_undo_keys_look_only_at_the_focused_field_not_at_every_event_of_the_application(
    qtbot, library, open_window, monkeypatch
):
    """The filter used to sit on the whole application: every paint, timer and change event of
    every widget went through Python, and while a worker held the interpreter each of those
    waited for it (an export froze the window 0.1–0.3 s at 20,000 cards)."""
    from PySide6.QtCore import QEvent

    from facilitator.ui.common.widgets import SessionUndoKeys

    window = open_window(library.create("Ulrum"))
    page = window.show_step("rollen")
    qtbot.waitExposed(page)
    page.focus_first()
    row = next(iter(page.profile.rows.values()))
    assert window.undo_keys.watched() is row.now
    looked_at: list[QEvent.Type] = []
    real = SessionUndoKeys.eventFilter

    def counting(self, watched, event):  # type: ignore[no-untyped-def]
        looked_at.append(event.type())
        return real(self, watched, event)

    monkeypatch.setattr(SessionUndoKeys, "eventFilter", counting)
    for _ in range(50):  # a repaint of a field without the focus, as a disabled window sends
        QApplication.sendEvent(row.wanted, QEvent(QEvent.Type.EnabledChange))
    assert looked_at == []
    qtbot.keyClick(row.now, Qt.Key.Key_Tab)  # the filter moves along with the focus
    assert QApplication.focusWidget() is row.wanted and window.undo_keys.watched() is row.wanted
    window.close()
    assert window.undo_keys.watched() is None
