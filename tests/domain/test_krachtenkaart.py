"""Krachtenkaart rules without a screen: cards, crown jewels, dots, pins, ideas, undo."""

from __future__ import annotations

import pytest

from facilitator.domain import krachtenkaart as kk
from facilitator.domain.refusal import Refusal
from facilitator.domain.session import Session
from facilitator.store.sessionfile import open_session


def test_six_categories_and_the_parkeerplaats_from_data_in_both_languages():
    nl = kk.categories("nl")
    en = kk.categories("en")
    assert [c["id"] for c in nl] == [
        "gaven",
        "verenigingen",
        "instellingen",
        "plekken",
        "economie",
        "cultuur",
        "zorgen",
    ]
    assert [c["id"] for c in nl if c.get("parked")] == ["zorgen"]
    assert nl[0]["name"] == "Gaven van mensen" and en[0]["name"] == "Gifts of people"
    assert all(c["prompts"] for c in nl)


def test_add_card_numbers_and_orders_within_category():
    s = Session()
    a = kk.add_card(s, "  Bakker   Gerrit ", "gaven")
    b = kk.add_card(s, "Dorpshuis", "plekken")
    c = kk.add_card(s, "Koor", "gaven")
    assert a.title == "Bakker Gerrit"
    assert [x.number for x in (a, b, c)] == [1, 2, 3]
    assert [x.title for x in kk.cards(s, "gaven")] == ["Bakker Gerrit", "Koor"]
    with pytest.raises(Refusal, match="titel"):
        kk.add_card(s, "   ", "gaven")
    with pytest.raises(ValueError, match="onbekende categorie"):
        kk.add_card(s, "x", "onbekend")


def test_move_card_to_other_category_and_before_another_then_undo():
    s = Session()
    a = kk.add_card(s, "A", "gaven")
    b = kk.add_card(s, "B", "plekken")
    c = kk.add_card(s, "C", "plekken")
    kk.move_card(s, a, "plekken", before=c)
    assert [x.title for x in kk.cards(s, "plekken")] == ["B", "A", "C"]
    kk.move_card(s, c, "plekken", before=b)
    assert [x.title for x in kk.cards(s, "plekken")] == ["C", "B", "A"]
    s.undo()
    s.undo()
    assert [x.title for x in kk.cards(s, "gaven")] == ["A"]
    assert [x.title for x in kk.cards(s, "plekken")] == ["B", "C"]


def test_crown_jewels_ranked_by_dots_and_dots_never_negative():
    s = Session()
    a = kk.add_card(s, "A", "gaven")
    b = kk.add_card(s, "B", "gaven")
    kk.set_crown(s, a, True, "omdat")
    kk.set_crown(s, b, True)
    kk.add_dots(s, b, 1)
    kk.add_dots(s, b, 1)
    kk.add_dots(s, a, -1)
    assert [c.title for c in kk.crown_jewels(s)] == ["B", "A"]
    assert s.get(kk.AssetCard, a.id).dots == 0
    assert s.get(kk.AssetCard, a.id).crown_reason == "omdat"


def test_removing_a_card_takes_it_out_of_ideas_in_one_undo_step():
    s = Session()
    cards = [kk.add_card(s, t, "gaven") for t in ("hout", "timmeren", "boerderij")]
    idea = kk.connect(s, cards, "Schuur bouwen")
    kk.remove_cards(s, cards[0])
    assert s.get(kk.Idea, idea.id).card_ids == [cards[1].id, cards[2].id]
    s.undo()
    assert s.get(kk.Idea, idea.id).card_ids == [c.id for c in cards]
    assert len(kk.cards(s)) == 3


def test_an_idea_needs_two_cards_and_a_name():
    s = Session()
    a = kk.add_card(s, "A", "gaven")
    with pytest.raises(Refusal, match="minstens twee kaarten"):
        kk.connect(s, [a, a], "Alleen")
    b = kk.add_card(s, "B", "gaven")
    with pytest.raises(Refusal, match="naam"):
        kk.connect(s, [a, b], "  ")


def test_contact_only_with_consent():
    s = Session()
    a = kk.add_card(s, "A", "gaven")
    with pytest.raises(Refusal, match="toestemming"):
        kk.edit_card(s, a, contact="06 123")
    kk.edit_card(s, a, contact_consent=True, contact="06 123")
    kk.edit_card(s, a, contact_consent=False)
    assert s.get(kk.AssetCard, a.id).contact == ""


def test_capture_is_one_step_with_photo_and_pin_and_is_on_disk(session_file):
    sf, s = session_file
    card = kk.capture(
        s, "Bankje bij de Vaart", "plekken", "trots", photo=(b"\x89PNG fake", "image/png"), pin=(0.3, 1.7)
    )
    assert card.pinned and card.pin_y == 1.0 and card.observation == "trots"
    assert s.undo_label == "Waarneming vastleggen"
    sf2_path = sf.path
    sf.close()
    sf2, s2 = open_session(sf2_path)
    try:
        again = s2.get(kk.AssetCard, card.id)
        assert again is not None and again.photos == card.photos
        assert s2.storage.get_blob(card.photos[0]) == b"\x89PNG fake"
    finally:
        sf2.close()


def test_search_ignores_accents_and_case():
    s = Session()
    kk.add_card(s, "Café De Zwaan", "economie")
    kk.add_card(s, "Koor", "verenigingen", tags=["zingen"])
    assert [c.title for c in kk.search(s, "cafe")] == ["Café De Zwaan"]
    assert [c.title for c in kk.search(s, "ZING")] == ["Koor"]


def test_demo_content_is_rich():
    from facilitator.demo import build_demo

    s = Session()
    build_demo(s)
    cards = kk.cards(s)
    assert len(cards) >= 30
    assert {c.category for c in cards} == set(kk.category_ids())
    assert kk.crown_jewels(s) and len(kk.ideas(s)) >= 3 and kk.vision(s).text
    assert kk.map_picture(s) is not None and len(kk.pinned(s)) >= 8


def test_move_several_cards_keeps_their_order_in_one_undo_step():
    s = Session()
    a = kk.add_card(s, "A", "gaven")
    b = kk.add_card(s, "B", "gaven")
    c = kk.add_card(s, "C", "plekken")
    d = kk.add_card(s, "D", "plekken")
    kk.move_cards(s, [a, b], "plekken", before=d)
    assert [x.title for x in kk.cards(s, "plekken")] == ["C", "A", "B", "D"]
    assert kk.cards(s, "gaven") == []
    s.undo()
    assert [x.title for x in kk.cards(s, "gaven")] == ["A", "B"]
    assert [x.title for x in kk.cards(s, "plekken")] == ["C", "D"]
    # dropping a selection onto one of its own cards leaves the order as it was
    kk.move_cards(s, [c, d], "plekken", before=c)
    assert [x.title for x in kk.cards(s, "plekken")] == ["C", "D"]
