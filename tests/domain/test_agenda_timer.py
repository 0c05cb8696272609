"""The agenda timer with a hand-moved clock: start, pause, overrun, next block, reopen."""

from __future__ import annotations

from facilitator.domain import preparation as prep
from facilitator.domain.agenda_timer import AgendaTimer, TimedBlock, blocks_from_agenda, format_seconds
from facilitator.domain.session import Session


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def make(*minutes: int) -> tuple[AgendaTimer, FakeClock]:
    clock = FakeClock()
    timer = AgendaTimer(clock)
    timer.set_blocks([TimedBlock(f"b{i}", f"Blok {i}", m * 60) for i, m in enumerate(minutes)])
    return timer, clock


def test_start_pause_and_resume_count_only_running_time():
    timer, clock = make(10, 5)
    assert timer.phase() == "idle" and timer.text() == "10:00"
    timer.start()
    clock.t += 61
    assert timer.text() == "8:59" and timer.phase() == "running"
    timer.pause()
    clock.t += 500  # paused: nothing counts
    assert timer.text() == "8:59" and not timer.running
    timer.toggle()
    clock.t += 59
    assert timer.text() == "8:00"


def test_ending_then_overrun_shows_plus_and_keeps_counting():
    timer, clock = make(10)
    timer.start()
    clock.t += 9 * 60
    assert timer.phase() == "ending"
    clock.t += 60
    assert timer.text() == "0:00" and timer.phase() == "over"
    clock.t += 3 * 60 + 12
    assert timer.text() == "+3:12"
    assert timer.remaining() == -192


def test_next_block_starts_fresh_and_keeps_running_state():
    timer, clock = make(10, 5)
    timer.start()
    clock.t += 700
    assert timer.next() is True
    assert timer.current.title == "Blok 1" and timer.running and timer.text() == "5:00"
    clock.t += 30
    assert timer.text() == "4:30"
    assert timer.next() is False  # the last block: stays
    assert timer.previous() is True and timer.text() == "10:00"


def test_agenda_edits_keep_the_current_block_by_id():
    s = Session()
    a = prep.add_agenda_block(s, "Welkom", 10)
    b = prep.add_agenda_block(s, "Kaart", 40)
    timer = AgendaTimer(FakeClock())
    timer.set_blocks(blocks_from_agenda(s))
    timer.next()
    prep.move_agenda_block(s, b, -1)
    timer.set_blocks(blocks_from_agenda(s))
    assert timer.current.id == b.id and timer.index == 0
    prep.edit_agenda_block(s, b, minutes=20)
    timer.set_blocks(blocks_from_agenda(s))
    assert timer.current.seconds == 20 * 60
    s.remove(b, label="weg")
    timer.set_blocks(blocks_from_agenda(s))
    assert timer.current.id == a.id


def test_state_survives_a_reopen_and_counts_the_closed_time_when_running():
    timer, clock = make(10, 5)
    timer.next()
    timer.start()
    clock.t += 100
    state = timer.state(wall=5000.0)
    again, _ = make(10, 5)
    again.restore(state, wall=5030.0)
    assert again.current.id == "b1" and again.running
    assert round(again.remaining()) == 300 - 130
    timer.pause()
    paused = timer.state(wall=5000.0)
    third, _ = make(10, 5)
    third.restore(paused, wall=9000.0)
    assert not third.running and round(third.remaining()) == 200


def test_empty_agenda_and_bad_state_are_harmless():
    timer = AgendaTimer(FakeClock())
    timer.start()
    assert not timer.running and timer.text() == "0:00" and timer.phase() == "idle"
    assert timer.next() is False
    timer.set_blocks([TimedBlock("x", "X", 60)])
    timer.restore({"block_id": "x", "elapsed": "rubbish"})
    assert timer.text() == "1:00"


def test_format_seconds():
    assert format_seconds(0.2) == "0:01"
    assert format_seconds(-0.5) == "0:00"
    assert format_seconds(3723) == "1:02:03"
    assert format_seconds(-61) == "+1:01"
