"""The session: add, update, remove, batches, undo/redo and merging, and failed writes."""

from __future__ import annotations

import pytest

from facilitator.domain import preparation as prep
from facilitator.domain import privacy
from facilitator.domain.changes import ChangeEvent
from facilitator.domain.preparation import AgendaBlock, Meeting, Participant
from facilitator.domain.refusal import Refusal
from facilitator.domain.session import MERGE_WINDOW, MemoryStorage, Session
from facilitator.store.errors import DiskFull


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class FlakyStorage(MemoryStorage):
    """Memory storage whose disk can be made 'full': every write raises DiskFull."""

    def __init__(self) -> None:
        super().__init__()
        self.full = False

    def write(self, changes):  # type: ignore[no-untyped-def]
        if self.full:
            raise DiskFull()
        super().write(changes)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session(clock: FakeClock) -> Session:
    s = Session(storage=FlakyStorage(), clock=clock)
    s.add(Meeting(place="Eesveen"), label="Bijeenkomst maken")
    return s


def snapshot(session: Session) -> dict[str, dict]:  # type: ignore[type-arg]
    return {r.id: r.to_dict() for r in session.records()}


def test_add_update_remove_write_through_storage_and_announce(session: Session):
    events: list[ChangeEvent] = []
    session.subscribe(events.append)
    p = prep.add_participant(session, "  Anna de Vries ", role="raadslid")
    assert session.get(Participant, p.id).name == "Anna de Vries"  # type: ignore[union-attr]
    prep.edit_participant(session, p, name="Anna")
    assert session.get(Participant, p.id).name == "Anna"  # type: ignore[union-attr]
    privacy.remove_participants(session, p)
    assert session.get(Participant, p.id) is None
    assert [e.origin for e in events] == ["do", "do", "do"]
    assert all(e.touches("participant") and not e.touches("agenda_block") for e in events)
    storage = session.storage
    assert isinstance(storage, MemoryStorage)
    assert [len(w) for w in storage.writes[1:]] == [1, 1, 1]
    assert storage.writes[-1][0].after is None  # the removal was written as a delete


def test_update_with_unchanged_values_writes_nothing(session: Session):
    storage = session.storage
    assert isinstance(storage, MemoryStorage)
    before = len(storage.writes)
    prep.edit_meeting(session, place="Eesveen")
    assert len(storage.writes) == before
    assert session.undo_label == "Bijeenkomst maken"


def test_update_refuses_unknown_and_identity_fields(session: Session):
    m = prep.meeting(session)
    with pytest.raises(KeyError):
        session.update(m, "x", colour="red")
    with pytest.raises(KeyError):
        session.update(m, "x", id="other")


def test_updated_stamp_changes_but_created_stays(session: Session):
    m = prep.meeting(session)
    prep.edit_meeting(session, purpose="Plannen maken")
    after = prep.meeting(session)
    assert after.created == m.created
    assert after.updated >= m.updated and after.purpose == "Plannen maken"


def test_batch_is_one_write_and_one_undo_step(session: Session):
    storage = session.storage
    assert isinstance(storage, MemoryStorage)
    writes = len(storage.writes)
    with session.batch("Agenda maken"):
        a = prep.add_agenda_block(session, "Welkom", 10)
        prep.add_agenda_block(session, "Krachtenkaart", 45, step="krachtenkaart")
        prep.edit_agenda_block(session, a, minutes=15)  # sees the block added just before
    assert len(storage.writes) == writes + 1
    assert len(storage.writes[-1]) == 2  # the edit folded into the insert
    assert [b.minutes for b in session.all(AgendaBlock)] == [15, 45]
    assert session.undo_label == "Agenda maken"
    session.undo()
    assert session.all(AgendaBlock) == []
    session.redo()
    assert [b.title for b in session.all(AgendaBlock)] == ["Welkom", "Krachtenkaart"]


def test_a_failing_batch_leaves_memory_disk_and_undo_as_they_were(session: Session):
    before, undo_label = snapshot(session), session.undo_label
    with pytest.raises(RuntimeError), session.batch("Half werk"):
        prep.add_agenda_block(session, "Welkom")
        raise RuntimeError("stopped halfway")
    assert snapshot(session) == before and session.undo_label == undo_label


def test_undo_redo_restore_exact_records(session: Session):
    p = prep.add_participant(session, "Bert")
    prep.edit_participant(session, p, role="ambtenaar")
    after_edit = snapshot(session)
    assert session.undo() and session.get(Participant, p.id).role == "bewoner"  # type: ignore[union-attr]
    assert session.undo() and session.get(Participant, p.id) is None
    assert session.redo() and session.redo()
    restored = snapshot(session)
    # the same record, the same fields (only the 'updated' stamp is new)
    for rid, data in after_edit.items():
        assert {k: v for k, v in restored[rid].items() if k != "updated"} == {
            k: v for k, v in data.items() if k != "updated"
        }
    assert not session.can_redo


def test_a_new_edit_clears_redo(session: Session):
    prep.add_participant(session, "Bert")
    session.undo()
    assert session.can_redo
    prep.add_participant(session, "Carla")
    assert not session.can_redo and not session.redo()


def test_typing_within_the_merge_window_is_one_undo_step(session: Session, clock: FakeClock):
    for text in ("D", "Do", "Dor", "Dorp"):
        prep.edit_meeting(session, merge_key="purpose", purpose=text)
        clock.advance(MERGE_WINDOW / 2)
    assert prep.meeting(session).purpose == "Dorp"
    session.undo()
    assert prep.meeting(session).purpose == ""


def test_a_pause_longer_than_the_merge_window_starts_a_new_step(session: Session, clock: FakeClock):
    prep.edit_meeting(session, merge_key="purpose", purpose="Dorp")
    clock.advance(MERGE_WINDOW + 0.1)
    prep.edit_meeting(session, merge_key="purpose", purpose="Dorpsavond")
    session.undo()
    assert prep.meeting(session).purpose == "Dorp"


def test_another_field_or_seal_starts_a_new_step(session: Session, clock: FakeClock):
    prep.edit_meeting(session, merge_key="purpose", purpose="Dorp")
    prep.edit_meeting(session, merge_key="notes", notes="n")
    session.undo()
    assert prep.meeting(session).purpose == "Dorp" and prep.meeting(session).notes == ""
    prep.edit_meeting(session, merge_key="purpose", purpose="Dorpje")
    session.seal()
    prep.edit_meeting(session, merge_key="purpose", purpose="Dorpjes")
    session.undo()
    assert prep.meeting(session).purpose == "Dorpje"


@pytest.mark.parametrize("operation", ["edit", "add", "remove", "batch", "undo", "redo"])
def test_a_failed_write_changes_nothing(session: Session, operation: str):
    p = prep.add_participant(session, "Bert")
    prep.edit_meeting(session, purpose="Eerst")
    if operation == "redo":
        session.undo()
    storage = session.storage
    assert isinstance(storage, FlakyStorage)
    before = snapshot(session)
    labels = (session.undo_label, session.redo_label, session.can_undo, session.can_redo)
    events: list[ChangeEvent] = []
    session.subscribe(events.append)
    storage.full = True
    with pytest.raises(DiskFull):
        if operation == "edit":
            prep.edit_meeting(session, purpose="Kwijt")
        elif operation == "add":
            prep.add_participant(session, "Kwijt")
        elif operation == "remove":
            privacy.remove_participants(session, p)
        elif operation == "batch":
            with session.batch("Twee"):
                prep.add_participant(session, "Kwijt")
                prep.edit_participant(session, p, name="Kwijt")
        elif operation == "undo":
            session.undo()
        else:
            session.redo()
    assert snapshot(session) == before
    assert (session.undo_label, session.redo_label, session.can_undo, session.can_redo) == labels
    assert events == []
    # and the session carries on once there is room again
    storage.full = False
    prep.edit_meeting(session, purpose="Daarna")
    assert prep.meeting(session).purpose == "Daarna"


def test_undo_history_is_limited(session: Session):
    from facilitator.domain.session import UNDO_LIMIT

    for i in range(UNDO_LIMIT + 20):
        prep.edit_meeting(session, notes=str(i))
    undone = 0
    while session.undo():
        undone += 1
    assert undone == UNDO_LIMIT


def test_consent_rules_for_contact_details(session: Session):
    p = prep.add_participant(session, "Dirk")
    with pytest.raises(Refusal, match="toestemming"):
        prep.edit_participant(session, p, email="dirk@example.org")
    prep.edit_participant(session, p, consent=True, email="dirk@example.org")
    prep.edit_participant(session, p, consent=False)
    assert session.get(Participant, p.id).email == ""  # type: ignore[union-attr]


def test_agenda_move_and_minutes_are_clamped(session: Session):
    a = prep.add_agenda_block(session, "A", minutes=0)
    b = prep.add_agenda_block(session, "B", minutes=10_000)
    c = prep.add_agenda_block(session, "C", step="geen-stap")
    assert (a.minutes, b.minutes, c.step) == (1, prep.MAX_MINUTES, "")
    prep.move_agenda_block(session, c, -5)
    assert [x.title for x in session.all(AgendaBlock)] == ["C", "A", "B"]
    session.undo()
    assert [x.title for x in session.all(AgendaBlock)] == ["A", "B", "C"]
    assert prep.total_minutes(session) == 1 + prep.MAX_MINUTES + 15
