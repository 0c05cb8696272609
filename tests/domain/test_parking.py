"""The parkeerplaats: worries are heard and parked, never counted as strengths, and taken up later."""

from __future__ import annotations

import pytest

from facilitator.domain import actieplan as plan
from facilitator.domain import actieplan_sources as src
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import parking
from facilitator.domain import preparation as prep
from facilitator.domain.session import Session


@pytest.fixture
def session() -> Session:
    return Session()


def test_the_parkeerplaats_is_a_category_beside_the_six_that_never_counts_as_a_strength(session):
    ids = kk.category_ids()
    assert ids[:6] == ["gaven", "verenigingen", "instellingen", "plekken", "economie", "cultuur"]
    assert kk.parked_ids() == ["zorgen"] and "zorgen" in ids
    strong = kk.add_card(session, "Koor", "verenigingen")
    worry = kk.add_card(session, "Te hard rijden op de Hoofdstraat", "zorgen")
    kk.set_dots(session, worry, 9)
    assert [c.id for c in kk.strengths(session)] == [strong.id]
    with pytest.raises(ValueError, match="geen kroonjuweel"):
        kk.set_crown(session, worry, True)
    kk.set_crown(session, strong, True)
    kk.move_card(session, session.get(kk.AssetCard, strong.id), "zorgen")  # moved onto the parkeerplaats
    assert kk.crown_jewels(session) == []


def test_a_wijksafari_knelpunt_is_parked(session):
    card = kk.capture(session, "Kapotte lantaarnpaal", "plekken", observation="knelpunt")
    assert card.category == "zorgen" and card.observation == "knelpunt"
    trots = kk.capture(session, "Molen", "plekken", observation="trots")
    assert trots.category == "plekken"
    session.undo()
    session.undo()
    assert session.count(kk.AssetCard) == 0


@pytest.mark.parametrize("target", parking.TARGETS)
def test_a_parked_worry_is_taken_up_as_theme_idea_or_action_in_one_undo_step(session, target):
    worry = kk.add_card(session, "Geen pinautomaat <b>&</b>", "zorgen")
    made = parking.take_up(session, worry, target)
    assert session.get(kk.AssetCard, worry.id).taken_up == target
    if target == "theme":
        assert isinstance(made, prep.AgendaBlock) and made.title == "Thema: Geen pinautomaat <b>&</b>"
    elif target == "idea":
        assert [i.title for i in plan.ideas(session)] == ["Geen pinautomaat <b>&</b>"]
        assert src.source_cards(session, made) == [worry.id]
    else:
        assert [a.what for a in plan.actions(session)] == ["Geen pinautomaat <b>&</b>"]
        assert made.card_ids == [worry.id]
    session.undo()
    assert session.get(kk.AssetCard, worry.id).taken_up == ""
    assert plan.ideas(session) == [] and plan.actions(session) == [] and session.all(prep.AgendaBlock) == []


def test_only_parked_cards_are_taken_up(session):
    strong = kk.add_card(session, "Koor", "verenigingen")
    with pytest.raises(ValueError, match="parkeerplaats"):
        parking.take_up(session, strong, "action")
    with pytest.raises(ValueError, match="Onbekend"):
        parking.take_up(session, strong, "raket")


def test_collecting_ideas_skips_killer_phrase_answers_and_removed_ideas(session):
    from facilitator.domain import rollen

    a, b = kk.add_card(session, "Koor", "verenigingen"), kk.add_card(session, "Dorpshuis", "plekken")
    kk.connect(session, [a, b], "Zingen in het dorpshuis")
    kk.connect(session, [a, b], "Koorfestival")
    rollen.set_phrase_count(session, "wet", 2)
    rollen.answer_phrase(session, "wet", "Welke wet precies?")
    assert [c.title for c in src.candidates(session)] == ["Zingen in het dorpshuis", "Koorfestival"]
    collected = src.collect_candidates(session)
    assert [i.title for i in collected] == ["Zingen in het dorpshuis", "Koorfestival"]
    plan.remove_idea(session, collected[1])
    assert src.candidates(session) == []  # the removed idea does not come back as "(1 nieuw)"
    session.undo()
    assert src.candidates(session) == []  # back on the list itself
    session.undo()
    assert len(src.candidates(session)) == 2
