"""Actieplan rules without a screen: dots per group, ranking, candidates, actions, carry-over, undo."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Any, ClassVar

import pytest

from facilitator.content import data_dir
from facilitator.domain import actieplan as ap
from facilitator.domain import actieplan_demo
from facilitator.domain import actieplan_sources as src
from facilitator.domain import preparation as prep
from facilitator.domain.records import KINDS, Record, field_types
from facilitator.domain.session import Session
from facilitator.store.previous import earlier_sessions, previous_meeting, read_actions
from facilitator.store.sessionfile import open_session


# ----------------------------------------------------------- other steps' kinds
@dataclasses.dataclass(kw_only=True, frozen=True)
class FakeIdea(Record):
    KIND: ClassVar[str] = "idea"
    title: str = ""
    description: str = ""
    card_ids: list[str] = dataclasses.field(default_factory=list)
    position: float = 0.0


@dataclasses.dataclass(kw_only=True, frozen=True)
class FakeActivity(Record):
    KIND: ClassVar[str] = "activity"
    title: str = ""
    current_type: int = 1
    wanted_type: int = 0
    card_id: str = ""
    change_needed: str = ""
    position: float = 0.0


@dataclasses.dataclass(kw_only=True, frozen=True)
class FakeKillerPhrase(Record):
    KIND: ClassVar[str] = "killer_phrase"
    phrase_id: str = ""
    text: str = ""
    answer: str = ""


@pytest.fixture
def other_steps(monkeypatch: pytest.MonkeyPatch) -> dict[str, type[Record]]:
    """The real kinds of the other steps when their modules exist, else stand-ins."""
    kinds: dict[str, type[Record]] = {}
    for fake in (FakeIdea, FakeActivity, FakeKillerPhrase):
        if fake.KIND not in KINDS:
            monkeypatch.setitem(KINDS, fake.KIND, fake)
        kinds[fake.KIND] = KINDS[fake.KIND]
    return kinds


def make(kinds: dict[str, type[Record]], kind: str, **fields: Any) -> Record:
    cls = kinds[kind]
    names = field_types(cls)
    return cls(**{k: v for k, v in fields.items() if k in names})


def snapshot(session: Session) -> dict[tuple[str, str], dict[str, Any]]:
    return {(r.KIND, r.id): {k: v for k, v in r.to_dict().items() if k != "updated"} for r in session.records()}


@pytest.fixture
def session() -> Session:
    s = Session()
    prep.add_participant(s, "Anna")
    ap.set_groups(s, "bewoners, gemeente")
    return s


# ---------------------------------------------------------------------- voting
def test_groups_are_trimmed_deduplicated_and_default_to_everyone():
    s = Session()
    assert ap.groups(s) == [""]
    ap.set_groups(s, " bewoners ,Gemeente, BEWONERS,, ")
    assert ap.groups(s) == ["bewoners", "Gemeente"]
    with pytest.raises(ap.PlanError, match="hoogstens"):
        ap.set_groups(s, ",".join(f"g{i}" for i in range(10)))
    ap.set_groups(s, "")
    assert ap.groups(s) == [""]


def test_dots_per_person_must_be_sensible(session):
    ap.set_dots(session, 5)
    assert ap.setup(session).dots_per_person == 5
    for bad in (0, -1, 1000):
        with pytest.raises(ap.PlanError):
            ap.set_dots(session, bad)
    assert ap.setup(session).dots_per_person == 5


def test_votes_per_group_never_below_zero(session):
    idea = ap.add_idea(session, "Bankjes bij de vaart")
    ap.vote(session, idea, "bewoners", +1)
    ap.vote(session, idea, "bewoners", +1)
    ap.vote(session, idea, "gemeente", +1)
    ap.vote(session, idea, "gemeente", -1)
    ap.vote(session, idea, "gemeente", -1)
    current = ap.ideas(session)[0]
    assert current.votes == {"bewoners": 2}
    assert ap.total(session, current) == 2
    ap.set_votes(session, current, "gemeente", 7)
    assert ap.total(session, ap.ideas(session)[0]) == 9
    for bad in (-1, 1000, "veel"):
        with pytest.raises(ap.PlanError):
            ap.set_votes(session, current, "gemeente", bad)
    assert ap.ideas(session)[0].votes == {"bewoners": 2, "gemeente": 7}


def test_ranking_by_total_then_by_group_order_then_entry(session):
    a = ap.add_idea(session, "A")
    b = ap.add_idea(session, "B")
    c = ap.add_idea(session, "C")
    d = ap.add_idea(session, "D")
    ap.set_votes(session, a, "gemeente", 3)  # 3, all from the municipality
    ap.set_votes(session, b, "bewoners", 2)
    ap.set_votes(session, b, "gemeente", 1)  # 3, more from residents -> before A
    ap.set_votes(session, c, "bewoners", 5)
    assert [i.title for i in ap.ranked(session)] == ["C", "B", "A", "D"]
    numbers = ap.rank_numbers(session)
    assert [numbers[i.id] for i in (c, b, a, d)] == [1, 2, 2, 4]
    # a removed group's dots stay stored but no longer count
    ap.set_groups(session, "bewoners")
    assert [i.title for i in ap.ranked(session)] == ["C", "B", "A", "D"]
    assert ap.total(session, session.get(ap.PlanIdea, a.id)) == 0
    assert session.get(ap.PlanIdea, a.id).votes == {"gemeente": 3}


def test_dots_used_and_available_follow_participants_or_a_set_number(session):
    prep.add_participant(session, "Bert")
    for p in session.all(prep.Participant):
        prep.edit_participant(session, p, group="Bewoners")
    idea = ap.add_idea(session, "Speeltuin")
    ap.set_votes(session, idea, "bewoners", 4)
    assert ap.dots_available(session, "bewoners") == 2 * 3
    assert ap.dots_used(session, "bewoners") == 4
    assert ap.dots_available(session, "gemeente") == 0
    ap.set_voters(session, "gemeente", 5)
    assert ap.dots_available(session, "gemeente") == 15


def test_an_idea_needs_a_title_and_keeps_odd_text(session):
    with pytest.raises(ap.PlanError, match="titel"):
        ap.add_idea(session, "   ")
    odd = "<b>&</b> 🌻 " + "x" * 5000
    idea = ap.add_idea(session, odd)
    assert idea.title == odd.strip()
    with pytest.raises(ap.PlanError):
        ap.edit_idea(session, idea, title="")
    assert ap.ideas(session)[0].title == odd.strip()


# ------------------------------------------------------------------ candidates
def test_no_candidates_when_other_steps_are_absent_or_empty(session):
    assert src.candidates(session) == []
    assert src.collect_candidates(session) == []
    assert not session.can_undo or session.undo_label != "Ideeën ophalen"


def test_candidates_from_ideas_and_shifts_never_from_killer_phrase_answers(other_steps):
    s = Session()
    idea = make(other_steps, "idea", title="Moestuin bij de school", description="met de ouders", card_ids=["c1"])
    shift = make(other_steps, "activity", title="Speeltuin", current_type=4, wanted_type=2, card_id="c2")
    same = make(other_steps, "activity", title="Ijsbaan", current_type=1, wanted_type=0)
    unchanged = make(other_steps, "activity", title="Kerk", current_type=3, wanted_type=3)
    answered = make(other_steps, "killer_phrase", text="Dat kan niet", answer="Wie kan het wel?")
    silent = make(other_steps, "killer_phrase", text="Geen geld", answer="  ")
    s.add(idea, shift, same, unchanged, answered, silent, label="test")
    found = src.candidates(s)
    # an answer to a dooddoener is not an idea to vote on
    assert [(c.source_kind, c.title) for c in found] == [
        ("idea", "Moestuin bij de school"),
        ("activity", "Speeltuin"),
    ]
    assert "Type 4 naar Type 2" in found[1].note
    new = src.collect_candidates(s)
    assert len(new) == 2 and s.undo_label == "Ideeën ophalen"
    assert src.candidates(s) == []  # collecting twice adds nothing
    assert src.collect_candidates(s) == []
    action = src.action_from_idea(s, new[0])
    assert action.card_ids == ["c1"] and action.idea_ids == [new[0].id] and action.why == "met de ouders"
    assert src.action_from_idea(s, new[1]).card_ids == ["c2"]
    s.undo()
    s.undo()
    s.undo()
    assert ap.ideas(s) == [] and len(src.candidates(s)) == 2


# --------------------------------------------------------------------- actions
def test_actions_with_fields_dates_and_status_history(session):
    with pytest.raises(ap.PlanError, match="wat gaan we doen"):
        ap.add_action(session, "  ")
    a = ap.add_action(session, "Bankjes plaatsen", trekker="Gerrit", due="1-5-2026", date="2026-03-12")
    assert a.due == "2026-05-01" and a.status == "open"
    assert a.history == [{"date": "2026-03-12", "text": "Actie afgesproken", "status": "open"}]
    for typed, stored in (("2026-4-7", "2026-04-07"), ("7/4/26", "2026-04-07"), ("", "")):
        ap.edit_action(session, a, due=typed)
        assert ap.actions(session)[0].due == stored
    for bad in ("morgen", "31-2-2026"):
        with pytest.raises(ap.PlanError, match="datum"):
            ap.edit_action(session, a, due=bad)
    with pytest.raises(ValueError, match="unknown scale"):
        ap.edit_action(session, a, scale="enorm")
    ap.set_status(session, a, "bezig", date="2026-03-20")
    ap.add_note(session, a, "Subsidie aangevraagd", date="2026-03-21")
    ap.set_status(session, a, "bezig", date="2026-03-22")  # no change, no history line
    current = ap.actions(session)[0]
    assert [h["text"] for h in current.history] == ["Actie afgesproken", "Status: Open → Bezig", "Subsidie aangevraagd"]
    assert current.history[1]["date"] == "2026-03-20"
    session.undo()
    session.undo()
    assert ap.actions(session)[0].status == "open" and len(ap.actions(session)[0].history) == 1


def test_removing_an_idea_unlinks_it_from_actions_in_one_step(session):
    idea = ap.add_idea(session, "Wensbus")
    action = src.action_from_idea(session, idea)
    assert action.what == "Wensbus" and action.idea_ids == [idea.id]
    ap.remove_idea(session, idea)
    assert ap.ideas(session) == [] and ap.actions(session)[0].idea_ids == []
    session.undo()
    assert ap.actions(session)[0].idea_ids == [idea.id] and len(ap.ideas(session)) == 1


def test_actions_by_trekker_puts_nobody_last(session):
    ap.add_action(session, "A", trekker="Piet")
    ap.add_action(session, "B")
    ap.add_action(session, "C", trekker=" anna ")
    ap.add_action(session, "D", trekker="Piet")
    grouped = ap.actions_by_trekker(session)
    assert list(grouped) == ["anna", "Piet", ""]
    assert [a.what for a in grouped["Piet"]] == ["A", "D"]


OPS = {
    "set_dots": lambda s, i, a: ap.set_dots(s, 7),
    "set_groups": lambda s, i, a: ap.set_groups(s, "jong, oud"),
    "set_voters": lambda s, i, a: ap.set_voters(s, "bewoners", 12),
    "add_idea": lambda s, i, a: ap.add_idea(s, "Nieuw"),
    "edit_idea": lambda s, i, a: ap.edit_idea(s, i, title="Anders"),
    "remove_idea": lambda s, i, a: ap.remove_idea(s, i),
    "vote": lambda s, i, a: ap.vote(s, i, "bewoners", 1),
    "unvote": lambda s, i, a: ap.vote(s, i, "gemeente", -1),
    "set_votes": lambda s, i, a: ap.set_votes(s, i, "gemeente", 9),
    "add_action": lambda s, i, a: ap.add_action(s, "Nog een"),
    "edit_action": lambda s, i, a: ap.edit_action(s, a, trekker="Els", due="2-2-2027"),
    "set_status": lambda s, i, a: ap.set_status(s, a, "klaar"),
    "add_note": lambda s, i, a: ap.add_note(s, a, "loopt"),
    "remove_action": lambda s, i, a: ap.remove_action(s, a),
    "action_from_idea": lambda s, i, a: src.action_from_idea(s, i),
}


@pytest.mark.parametrize("name", sorted(OPS))
def test_every_operation_is_one_undo_step(session, name):
    idea = ap.add_idea(session, "Idee")
    ap.set_votes(session, idea, "gemeente", 2)
    action = ap.add_action(session, "Actie", idea_ids=[idea.id])
    idea = session.get(ap.PlanIdea, idea.id)
    before = snapshot(session)
    OPS[name](session, idea, action)
    assert snapshot(session) != before
    session.undo()
    assert snapshot(session) == before
    session.redo()
    assert snapshot(session) != before


# ------------------------------------------------------------------ carry over
def _file_hash(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_carry_over_open_actions_between_two_real_session_files(library):
    first = library.create("Ulrum aan de Vaart", date="2026-03-12")
    sf, s = open_session(first)
    done = ap.add_action(s, "Dorpsapp", trekker="Lotte", date="2026-03-12")
    busy = ap.add_action(s, "Jeu de boules", trekker="Gerrit", due="2026-05-01", date="2026-03-12")
    ap.add_action(s, "Wensbus", trekker="Anneke", date="2026-03-12")
    ap.set_status(s, done, "klaar", date="2026-03-30")
    ap.set_status(s, busy, "bezig", date="2026-03-26")
    first_id = sf.session_id
    sf.close()
    # other places, later meetings and the file itself are not "previous"
    library.create("Warffum", date="2026-01-01")
    library.create("Ulrum aan de Vaart", date="2027-01-01")
    fingerprint = _file_hash(first)

    second = library.create("ULRÜM  aan de vaart", date="2026-11-20")
    sf2, s2 = open_session(second)
    try:
        assert [i.path for i in earlier_sessions(library, "ulrum aan de vaart", "2026-11-20", second)] == [first]
        prev = previous_meeting(library, "ULRÜM  aan de vaart", "2026-11-20", exclude=second, session_id=sf2.session_id)
        assert prev is not None and prev.path == first and prev.session_id == first_id
        assert [a.what for a in src.carryable(s2, prev.session_id, prev.actions)] == ["Jeu de boules", "Wensbus"]
        made = src.carry_over(s2, prev.session_id, prev.actions, prev.date, date="2026-11-20")
        assert [a.what for a in made] == ["Jeu de boules", "Wensbus"]
        assert s2.undo_label == "Acties overnemen"
        again = src.carry_over(s2, prev.session_id, prev.actions, prev.date)
        assert again == [] and len(ap.actions(s2)) == 2
        s2.undo()
        assert ap.actions(s2) == [] and len(src.carryable(s2, prev.session_id, prev.actions)) == 2
        s2.redo()
    finally:
        sf2.close()
    assert _file_hash(first) == fingerprint  # the earlier meeting was only read

    sf2, s2 = open_session(second)
    try:
        carried = ap.actions(s2)
        jdb = carried[0]
        assert jdb.carried_from == f"{first_id}/{busy.id}"
        assert jdb.status == "bezig" and jdb.trekker == "Gerrit" and jdb.due == "2026-05-01"
        assert [h["text"] for h in jdb.history] == [
            "Actie afgesproken",
            "Status: Open → Bezig",
            "Overgenomen uit de bijeenkomst van 2026-03-12",
        ]
        assert jdb.id != busy.id
    finally:
        sf2.close()


def test_no_previous_meeting_when_none_or_the_file_is_open_elsewhere(library):
    first = library.create("Eenrum", date="2026-01-10")
    sf, s = open_session(first)
    ap.add_action(s, "Iets")
    try:
        # an open file is locked for everyone else: it is skipped, not waited for or damaged
        assert previous_meeting(library, "Eenrum", "2026-06-01") is None
    finally:
        sf.close()
    prev = previous_meeting(library, "Eenrum", "2026-06-01")
    assert prev is not None and [a.what for a in prev.actions] == ["Iets"]
    assert previous_meeting(library, "Elders", "2026-06-01") is None
    assert previous_meeting(library, "", "2026-06-01") is None
    session_id, found = read_actions(first)
    assert session_id and len(found) == 1


def test_the_demo_plan_loads_with_groups_votes_and_actions():
    s = Session()
    prep.load_demo(s, json.loads((data_dir() / "demo" / "voorbereiding.json").read_text(encoding="utf-8")))
    actieplan_demo.load(s, json.loads((data_dir() / "demo" / "actieplan.json").read_text(encoding="utf-8")))
    assert ap.groups(s) == ["bewoners", "gemeente"]
    assert len(ap.ideas(s)) == 10 and len(ap.actions(s)) == 6
    for g in ap.groups(s):
        assert 0 < ap.dots_used(s, g) <= ap.dots_available(s, g)
    assert all(a.trekker and a.idea_ids for a in ap.actions(s))
    assert {a.status for a in ap.actions(s)} >= {"open", "bezig", "klaar"}


def test_the_whole_demo_village_fetches_ideas_from_the_asset_map():
    from facilitator.demo import build_demo

    s = Session()
    build_demo(s)
    collected = [i for i in ap.ideas(s) if i.source_kind]
    assert {i.source_kind for i in collected} >= {"idea"}
    keuken = next(i for i in ap.ideas(s) if i.title == "Dorpskeuken in de pastorie")
    assert keuken.source_kind == "idea" and ap.total(s, keuken) == 4  # voted, not doubled
    assert len([i for i in ap.ideas(s) if i.title == keuken.title]) == 1
    action = src.action_from_idea(s, keuken)
    assert len(action.card_ids) == 3  # the asset cards the idea connects
    for g in ap.groups(s):
        assert ap.dots_used(s, g) == ap.dots_available(s, g)
