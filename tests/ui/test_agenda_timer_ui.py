"""The agenda timer in the session window, driven by the keyboard and a hand-moved clock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain import preparation as prep

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class FakeClock:
    def __init__(self) -> None:
        self.t = 50.0

    def __call__(self) -> float:
        return self.t


def with_agenda(library):  # type: ignore[no-untyped-def]
    from facilitator.store.sessionfile import open_session

    path = library.create("Eenrum")
    sf, s = open_session(path)
    prep.add_agenda_block(s, "Welkom", 1, "voorbereiding")
    prep.add_agenda_block(s, "Kaart maken", 30, "krachtenkaart")
    sf.close()
    return path


def test_start_pause_overrun_and_next_with_the_keyboard(qtbot, library, open_window, monkeypatch):
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    window = open_window(with_agenda(library))
    timer = window.agenda_timer
    clock = FakeClock()
    timer.model.clock = clock
    assert timer.label.text() == "Welkom  1:00"
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    assert timer.model.running and timer.ticker.isActive()
    assert "pauzeren" in timer.toggle_action.text()
    clock.t += 20
    timer.tick()
    assert timer.label.text() == "Welkom  0:40"
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)  # pause
    clock.t += 100
    timer.tick()
    assert timer.label.text() == "Welkom  0:40 (pauze)"
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    clock.t += 30
    timer.tick()
    assert timer.model.phase() == "ending" and "#ffe08a" in timer.label.styleSheet()
    clock.t += 10 + 192
    with qtbot.waitSignal(timer.ended, timeout=1000):
        timer.tick()
    assert timer.label.text() == "Welkom  +3:12"
    assert beeps == [1] and timer.flasher.isActive()
    timer.tick()
    assert beeps == [1]  # one signal per block, never again, never blocking
    qtbot.waitUntil(lambda: not timer.flasher.isActive(), timeout=5000)
    assert "#b3261e" in timer.label.styleSheet()  # stays red while over
    assert QApplication.activeModalWidget() is None
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)
    assert timer.model.current.title == "Kaart maken" and timer.model.running
    assert timer.label.text() == "Kaart maken  30:00"
    assert not timer.next_action.isEnabled()


def test_sound_can_be_turned_off(qtbot, library, open_window, monkeypatch):
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    window = open_window(with_agenda(library))
    timer = window.agenda_timer
    timer.sound_action.trigger()
    assert not timer.sound_on
    timer.model.clock = clock = FakeClock()
    timer.toggle()
    clock.t += 61
    timer.tick()
    assert timer.model.phase() == "over" and beeps == []


def test_timer_is_in_the_meeting_menu_and_survives_a_reopen(qtbot, library, open_window, library_window):
    path = with_agenda(library)
    window = open_window(path)
    menu_texts = [a.text() for a in window.menus["meeting"].actions()]
    assert any("Timer" in t for t in menu_texts) and any("Volgend agendablok" in t for t in menu_texts)
    window.agenda_timer.next()
    window.agenda_timer.toggle()
    window.close()
    again = open_window(path)
    timer = again.agenda_timer
    assert timer.model.current.title == "Kaart maken" and timer.model.running
    assert timer.ticker.isActive()


def test_agenda_edits_reach_the_running_timer(qtbot, library, open_window):
    window = open_window(with_agenda(library))
    timer = window.agenda_timer
    first = window.context.session.all(prep.AgendaBlock)[0]
    window.context.run(prep.edit_agenda_block, window.context.session, first, title="Koffie en welkom", minutes=5)
    assert timer.label.text() == "Koffie en welkom  5:00"
    window.context.session.undo()
    assert timer.label.text() == "Welkom  1:00"


def test_without_an_agenda_the_timer_says_so(qtbot, library, open_window):
    window = open_window(library.create("Leeg"))
    timer = window.agenda_timer
    assert timer.label.text() == "Geen agenda"
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    assert not timer.model.running
    assert "agenda" in window.statusBar().currentMessage()
