"""Eigenaarschap rules without a screen: add, move, wanted type, hands, decide, undo of each."""

from __future__ import annotations

import json

import pytest

from facilitator.content import data_dir
from facilitator.domain import eigenaarschap as eig
from facilitator.domain import eigenaarschap_cards as cards
from facilitator.domain.eigenaarschap import Activity, ActivityError
from facilitator.domain.session import Session


@pytest.fixture
def session() -> Session:
    return Session()


def titles(session: Session, type_number: int) -> list[str]:
    return [a.title for a in eig.column(session, type_number)]


def snapshot(session: Session) -> list[dict]:
    return sorted(
        ({k: v for k, v in a.to_dict().items() if k != "updated"} for a in session.all(Activity)),
        key=lambda d: d["id"],
    )


def test_content_has_four_types_five_contribution_kinds_and_starters():
    types = eig.types("nl")
    assert [t["number"] for t in types] == [1, 2, 3, 4]
    assert all(t["asks"] and t["owner"] for t in types)
    assert all(t["owner_role"] and t["role"] for t in types)
    assert [c["id"] for c in eig.contribution_kinds()] == list(eig.CONTRIBUTION_KINDS)
    starters = eig.starters("nl")
    ids = {s["id"] for s in starters}
    assert {"energiecooperatie", "broodfonds", "wensbus", "right_to_challenge", "dorpsmolen"} <= ids
    assert len(ids) == len(starters)
    assert all(s["type"] in (eig.OPEN, *eig.TYPES) and s["label"] and s["explain"] for s in starters)
    assert all(s["label"] for s in eig.starters("en"))


def test_add_activity_lands_at_the_bottom_of_its_column_and_undo_removes_it(session):
    eig.add_activity(session, "Broodfonds", 1)
    eig.add_activity(session, "  Dorpshuis   De Vaart ", 2)
    eig.add_activity(session, "Koor", 1)
    assert titles(session, 1) == ["Broodfonds", "Koor"]
    assert titles(session, 2) == ["Dorpshuis De Vaart"]
    session.undo()
    assert titles(session, 1) == ["Broodfonds"]


@pytest.mark.parametrize("bad", ["", "   ", "\n"])
def test_an_activity_needs_a_name(session, bad):
    with pytest.raises(ActivityError, match="naam"):
        eig.add_activity(session, bad, 1)
    assert session.count(Activity) == 0


@pytest.mark.parametrize("bad", [5, -1, "x", True])
def test_unknown_types_are_refused_in_dutch(session, bad):
    with pytest.raises(ActivityError, match="Kies Type 1, 2, 3 of 4"):
        eig.add_activity(session, "Iets", bad)


def test_a_huge_title_is_shortened_and_kept_whole_in_the_description(session):
    huge = "woord " * 1000  # 6,000 characters pasted into the title
    a = eig.add_activity(session, huge + "<b>&</b> 🌻", 1)
    assert len(a.title) <= eig.MAX_TITLE + 1 and a.title.endswith("…")
    assert "<b>&</b> 🌻" in a.description and a.description.startswith("woord woord")


def test_move_to_another_type_and_back_with_undo(session):
    a = eig.add_activity(session, "Wensbus", 4)
    b = eig.add_activity(session, "Buurtapp", 2)
    eig.move_to_type(session, a, 2, index=0)
    assert titles(session, 2) == ["Wensbus", "Buurtapp"]
    assert titles(session, 4) == []
    assert session.undo_label == "Naar Type 2"
    session.undo()
    assert titles(session, 4) == ["Wensbus"] and titles(session, 2) == ["Buurtapp"]
    session.redo()
    eig.move_to_type(session, b, 2, index=0)  # reorder inside the column
    assert titles(session, 2) == ["Buurtapp", "Wensbus"]
    session.undo()
    assert titles(session, 2) == ["Wensbus", "Buurtapp"]


def test_reaching_the_wanted_type_fulfils_the_wish(session):
    a = eig.add_activity(session, "Dorpshuis", 2, wanted_type=1)
    assert a.shifts and eig.shifts(session) == [a]
    eig.move_to_type(session, a, 1)
    moved = session.get(Activity, a.id)
    assert moved.current_type == 1 and moved.wanted_type == 0
    assert eig.shifts(session) == []


def test_wanted_type_the_same_as_now_means_it_stays(session):
    a = eig.add_activity(session, "Dorpshuis", 2)
    eig.set_wanted_type(session, a, 1)
    assert session.get(Activity, a.id).wanted_type == 1
    eig.set_wanted_type(session, a, 2)
    assert session.get(Activity, a.id).wanted_type == 0
    session.undo()
    assert session.get(Activity, a.id).wanted_type == 1
    session.undo()
    assert session.get(Activity, a.id).wanted_type == 0
    with pytest.raises(ActivityError):
        eig.set_wanted_type(session, a, 7)


def test_shifts_lists_only_activities_that_must_move(session):
    eig.add_activity(session, "Blijft", 1)
    up = eig.add_activity(session, "Naar de gemeenschap", 4, wanted_type=2)
    down = eig.add_activity(session, "Naar de gemeente", 1, wanted_type=3)
    assert [a.id for a in eig.shifts(session)] == [up.id, down.id]


def test_contributions_per_kind_with_undo(session):
    a = eig.add_activity(session, "Groengroep", 2)
    eig.set_contribution(session, a, "money", "Gemeente: maaibudget")
    eig.set_contribution(session, a, "people", "Tien bewoners <b>&</b>")
    assert session.get(Activity, a.id).contributions == {
        "money": "Gemeente: maaibudget",
        "people": "Tien bewoners <b>&</b>",
    }
    eig.set_contribution(session, a, "money", "  ")  # emptied: the kind goes away
    assert session.get(Activity, a.id).contributions == {"people": "Tien bewoners <b>&</b>"}
    session.undo()
    assert "money" in session.get(Activity, a.id).contributions
    with pytest.raises(ActivityError, match="bijdrage"):
        eig.set_contribution(session, a, "bitcoin", "veel")


def test_hands_spread_and_decide(session):
    a = eig.add_activity(session, "Dorpshuis", 2)
    eig.set_hands(session, a, 1, 11)
    eig.set_hands(session, a, 2, 9)
    eig.set_hands(session, a, 3, 0)
    a = session.get(Activity, a.id)
    assert a.hands == {"1": 11, "2": 9}
    assert eig.spread(a) == {1: 0.55, 2: 0.45, 3: 0.0, 4: 0.0}
    assert eig.most_hands(a) == 1
    assert eig.decide_type(session, a) == 1
    assert session.get(Activity, a.id).wanted_type == 1
    assert session.undo_label == "Besluit: Type 1"
    session.undo()
    assert session.get(Activity, a.id).wanted_type == 0
    session.undo()
    session.undo()
    assert session.get(Activity, a.id).hands == {}


def test_a_tie_leaves_the_decision_to_the_facilitator(session):
    a = eig.add_activity(session, "Speelplek", 4)
    with pytest.raises(ActivityError, match="meerderheid"):
        eig.decide_type(session, a)
    eig.set_hands(session, a, 3, 5)
    eig.set_hands(session, a, 4, 5)
    with pytest.raises(ActivityError, match="meerderheid"):
        eig.decide_type(session, a)
    eig.decide_type(session, a, 3)
    assert session.get(Activity, a.id).wanted_type == 3
    eig.decide_type(session, a, 3, target="current")
    assert session.get(Activity, a.id).current_type == 3


@pytest.mark.parametrize("bad", [-1, eig.MAX_HANDS + 1, "veel"])
def test_hands_must_be_a_sensible_count(session, bad):
    a = eig.add_activity(session, "Iets", 1)
    with pytest.raises(ActivityError):
        eig.set_hands(session, a, 1, bad)


def test_typing_merges_into_one_undo_step(session):
    a = eig.add_activity(session, "Iets", 1)
    for text in ("D", "De", "Dee"):
        eig.edit_activity(session, a, merge_key="x", change_needed=text)
    session.undo()
    assert session.get(Activity, a.id).change_needed == ""
    with pytest.raises(ActivityError):
        eig.edit_activity(session, a, title="  ")
    with pytest.raises(ActivityError):
        eig.edit_activity(session, a, current_type=3)


def test_starters_are_one_undo_step_and_not_added_twice(session):
    added = eig.add_from_starter(session, ["broodfonds", "wensbus", "broodfonds"])
    assert [a.title for a in added] == ["Broodfonds", "Wensbus of buurtbus"]
    # the room decides: no starter is put in a type before it is discussed
    assert [a.current_type for a in added] == [eig.OPEN, eig.OPEN]
    assert all(a.is_open for a in added)
    assert added[0].description  # the explanation comes along
    again = eig.add_from_starter(session, ["broodfonds", "dorpsmolen"])
    assert [a.starter_id for a in again] == ["dorpsmolen"]
    session.undo()
    assert session.count(Activity) == 2
    session.undo()
    assert session.count(Activity) == 0
    with pytest.raises(ActivityError, match="Onbekend"):
        eig.add_from_starter(session, ["vliegende-schotel"])
    assert session.count(Activity) == 0


def test_remove_and_undo_brings_everything_back(session):
    a = eig.add_activity(session, "Dorpshuis", 2, wanted_type=1)
    eig.set_hands(session, a, 1, 3)
    before = snapshot(session)
    eig.remove_activity(session, session.get(Activity, a.id))
    assert session.count(Activity) == 0
    session.undo()
    assert snapshot(session) == before
    with pytest.raises(ActivityError, match="bestaat niet meer"):
        session.redo()
        eig.set_wanted_type(session, a, 3)


def test_cards_from_the_krachtenkaart_when_that_step_exists(session):
    from facilitator.domain.records import KINDS

    card_cls = KINDS.get("asset_card")
    if card_cls is None:
        assert cards.cards_not_on_board(session) == []
        with pytest.raises(ActivityError, match="Krachtenkaart"):
            cards.add_from_cards(session)
        return
    school = card_cls(title="Basisschool De Wieken", category="instellingen", description="Een school")
    koor = card_cls(title="Koor Vaartklanken", category="verenigingen")
    session.add(school, koor, label="kaarten")
    added = cards.add_from_cards(session, [school.id])
    assert [(a.title, a.current_type, a.card_id) for a in added] == [("Basisschool De Wieken", eig.OPEN, school.id)]
    assert [c.id for c in cards.cards_not_on_board(session)] == [koor.id]
    assert [a.title for a in cards.add_from_cards(session)] == ["Koor Vaartklanken"]
    assert cards.add_from_cards(session) == []
    session.undo()
    assert session.count(Activity) == 1


def test_demo_board_covers_every_type_with_shifts_and_hands(session):
    data = json.loads((data_dir() / "demo" / "eigenaarschap.json").read_text(encoding="utf-8"))
    from facilitator.domain.eigenaarschap_demo import load_demo

    load_demo(session, data)
    acts = eig.activities(session)
    assert 8 <= len(acts) <= 14
    assert {a.current_type for a in acts} == {eig.OPEN, 1, 2, 3, 4}
    assert len(eig.shifts(session)) >= 3
    # every wish for Type 1 or 2 says who pulls it, or says out loud that nobody does yet
    pulled = [a for a in acts if a.asks_puller]
    assert pulled and all(a.puller or a.puller_nobody for a in pulled)
    assert any(a.puller_missing for a in pulled)  # the demo shows the board's warning
    assert any(a.runs_now and a.how_often for a in acts)
    participants = 8  # resources/data/demo/voorbereiding.json
    assert all(sum(a.hands.values()) <= participants for a in acts)
    disputed = [a for a in acts if sum(a.hands.values())]
    assert disputed and all(a.wanted_type for a in disputed)
    assert all(set(a.contributions) <= set(eig.CONTRIBUTION_KINDS) for a in acts)


def test_edits_beyond_the_limits_are_refused_and_change_nothing(session):
    a = eig.add_activity(session, "Dorpshuis", 2)
    with pytest.raises(ActivityError, match="hooguit"):
        eig.edit_activity(session, a, title="x" * (eig.MAX_TITLE + 1))
    with pytest.raises(ActivityError, match="hooguit"):
        eig.set_contribution(session, a, "money", "€" * (eig.MAX_CONTRIBUTION + 1))
    stored = session.get(Activity, a.id)
    assert stored.title == "Dorpshuis" and stored.contributions == {}
    assert session.undo_label == "Activiteit toevoegen"


def test_a_move_writes_one_record_until_the_column_needs_renumbering(session):
    acts = [eig.add_activity(session, f"A{i}", 1) for i in range(4)]
    writes = session.storage.writes  # MemoryStorage keeps every write: its changes
    eig.move_to_type(session, acts[3], 1, index=1)
    assert titles(session, 1) == ["A0", "A3", "A1", "A2"]
    assert len(writes[-1]) == 1  # only the moved card
    # keep squeezing the last card in just after the first: the gap halves each time until
    # floats have no room left, then the column is renumbered in one step
    sizes = []
    for _ in range(80):
        eig.move_to_type(session, eig.column(session, 1)[-1], 1, index=1)
        sizes.append(len(writes[-1]))
    assert max(sizes) > 1 and sizes.count(1) >= 40  # renumbered (unchanged positions are not written)
    positions = [a.position for a in eig.column(session, 1)]
    assert positions == sorted(positions) and len(set(positions)) == 4
    # moving into an empty column and to the top of another
    eig.move_to_type(session, acts[0], 3)
    eig.move_to_type(session, acts[1], 3, index=0)
    assert titles(session, 3) == ["A1", "A0"]


SEED_003 = {
    # resources/data/eigenaarschap.json must keep the meaning of seed 003's four lines
    1: ("gemeenschap is eigenaar", ("Het dorp is eigenaar",)),
    2: (
        "gemeenschap is eigenaar en gemeente of maatschappelijke partij levert bijdrage",
        ("Het dorp is eigenaar", "draagt bij"),
    ),
    3: (
        "gemeente of maatschappelijke partij is eigenaar en burgers leveren bijdrage",
        ("is eigenaar", "bewoners dragen bij"),
    ),
    4: ("gemeente of maatschappelijke partij is eigenaar", ("is eigenaar",)),
}


@pytest.mark.parametrize("number", [1, 2, 3, 4])
def test_type_texts_say_who_owns_it_in_words_a_villager_reads_right(number):
    info = {t["number"]: t for t in eig.types("nl")}[number]
    _seed, phrases = SEED_003[number]
    assert all(p in info["owner"] for p in phrases)
    # "organisatie" alone reads as the village's own dorpsbelang: the partners are named
    if number in (2, 3, 4):
        assert "school, zorg- of woningorganisatie" in info["owner"]
    assert "organisatie is eigenaar" not in info["owner"].replace("woningorganisatie", "")
    # Type 3: the residents contribute to something they do not own; the gemeente does not "join in"
    if number == 3:
        assert "meedoen" not in (info["role"] + info["short"]).lower()
        assert "samen maken" not in (info["role"] + info["short"]).lower()
    # the owner's part and the gemeente's part are two texts
    assert info["owner_role"] and info["role"] and info["owner_role"] != info["role"]


def test_starters_leave_open_what_the_seed_leaves_open():
    by_id = {s["id"]: s for s in eig.starters()}
    assert by_id["dorpsbudget"]["type"] == eig.OPEN
    assert "?" in by_id["dorpsbudget"]["explain"]  # the seed asks: van de gemeente of van de gemeenschap?
    assert by_id["kerk"]["type"] == eig.OPEN
    card = Activity(title="Kerk", current_type=1)  # any record with a category works for the mapping
    assert cards.suggested_type_for_card(card) == eig.OPEN


def test_an_open_activity_is_moved_into_a_type_and_back(session):
    a = eig.add_activity(session, "Kerk en diaconie")
    assert a.is_open and eig.column(session, eig.OPEN) == [a]
    eig.move_to_type(session, a, 1)
    assert session.get(Activity, a.id).current_type == 1
    session.undo()
    assert session.get(Activity, a.id).is_open


def test_who_pulls_it_when_the_room_wants_type_1_or_2(session):
    a = eig.add_activity(session, "Groenonderhoud", 4)
    assert not a.asks_puller
    eig.set_wanted_type(session, a, 1)
    a = session.get(Activity, a.id)
    assert a.asks_puller and a.puller_missing
    eig.set_puller(session, a, nobody=True)
    a = session.get(Activity, a.id)
    assert a.puller_nobody and a.puller_missing  # said out loud, still nobody: the board keeps saying so
    eig.set_puller(session, a, "Groengroep Jaagpad")
    a = session.get(Activity, a.id)
    assert a.puller == "Groengroep Jaagpad" and not a.puller_nobody and not a.puller_missing
    with pytest.raises(ActivityError, match="niet allebei"):
        eig.set_puller(session, a, "Jan", nobody=True)
    with pytest.raises(ActivityError, match="hooguit"):
        eig.set_puller(session, a, "x" * (eig.MAX_SHORT + 1))
    session.undo()
    assert session.get(Activity, a.id).puller_nobody
    eig.set_wanted_type(session, a, 3)
    assert not session.get(Activity, a.id).asks_puller


def test_who_runs_it_now_and_how_often(session):
    a = eig.add_activity(session, "IJsbaan", 1)
    eig.edit_activity(session, a, runs_now="de ijsclub 🌨 <b>&", how_often="jaarlijks")
    a = session.get(Activity, a.id)
    assert (a.runs_now, a.how_often) == ("de ijsclub 🌨 <b>&", "jaarlijks")
    with pytest.raises(ActivityError, match="hooguit"):
        eig.edit_activity(session, a, how_often="x" * (eig.MAX_SHORT + 1))
    session.undo()
    assert session.get(Activity, a.id).runs_now == ""
