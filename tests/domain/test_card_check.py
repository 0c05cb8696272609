"""Klopt dit nog?: confirming, changing and losing carried cards, each one undo step; meeting kinds."""

from __future__ import annotations

import pytest

from facilitator.content import ContentError
from facilitator.domain import card_check, meeting_kinds
from facilitator.domain import krachtenkaart as kk
from facilitator.domain.session import Session


def carried(s: Session, title: str) -> kk.AssetCard:
    card = kk.add_card(s, title, "plekken")
    kk.edit_card(s, card, confirm=card_check.TO_CONFIRM, carried_from="oud/123")
    found = s.get(kk.AssetCard, card.id)
    assert found is not None
    return found


def test_each_answer_is_one_undo_step() -> None:
    s = Session()
    a, b, c = carried(s, "Molen"), carried(s, "Kerk"), carried(s, "Bakker")
    kk.connect(s, [b, c], "Samen")
    assert [x.title for x in card_check.to_confirm(s)] == ["Molen", "Kerk", "Bakker"]
    card_check.confirm_card(s, a)
    card_check.change_card(s, b, "  Kerk en toren ")
    card_check.card_gone(s, c)
    assert card_check.answer_counts(s) == {"te_bevestigen": 0, "klopt": 1, "gewijzigd": 1, "weg": 1}
    gone = card_check.gone_cards(s)[0]
    assert (gone.title, gone.carried_from) == ("Bakker", "oud/123")
    assert [len(i.card_ids) for i in kk.ideas(s)] == [1]  # the idea let go of the gone card
    s.undo()
    assert not card_check.gone_cards(s) and kk.cards(s)[2].confirm == "te_bevestigen"
    assert [len(i.card_ids) for i in kk.ideas(s)] == [2]
    s.undo()
    assert (kk.cards(s)[1].title, kk.cards(s)[1].confirm) == ("Kerk", "te_bevestigen")
    s.undo()
    assert [x.title for x in card_check.to_confirm(s)] == ["Molen", "Kerk", "Bakker"]


def test_a_change_to_nothing_is_refused_and_keeps_the_card() -> None:
    s = Session()
    card = carried(s, "Molen")
    with pytest.raises(kk.Refusal, match="titel"):
        card_check.change_card(s, card, "   ")
    assert kk.cards(s)[0].title == "Molen" and kk.cards(s)[0].confirm == "te_bevestigen"


def test_emoji_and_markup_survive_a_change() -> None:
    s = Session()
    card = carried(s, "Molen")
    card_check.change_card(s, card, "<b>Molen</b> & 🌾 שלום")
    assert kk.cards(s)[0].title == "<b>Molen</b> & 🌾 שלום"


def test_meeting_kinds_come_from_the_data_file() -> None:
    ids = [k.id for k in meeting_kinds.kinds()]
    assert {"dorpsavond", "voortgang", "tussenbalans", "evaluatie"} <= set(ids)
    assert meeting_kinds.opens_with_review("evaluatie") and not meeting_kinds.opens_with_review("voortgang")
    assert meeting_kinds.name("tussenbalans", "en") == "Two-year review"
    assert meeting_kinds.name("verdwenen-soort") == "verdwenen-soort"
    assert [meeting_kinds.suggested(y) for y in (1, 2, 3, 5.1)] == [
        "voortgang",
        "tussenbalans",
        "tussenbalans",
        "evaluatie",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "geen lijst 'kinds'"),
        ({"kinds": [{"label": {"nl": "X"}}]}, "ontbreekt id"),
        ({"kinds": [{"id": "x", "label": {"en": "X"}}]}, "geen Nederlandse naam"),
        ({"kinds": [{"id": "x", "label": {"nl": "X"}, "years": "twee"}]}, "geen heel getal"),
        ({"kinds": [{"id": "x", "label": {"nl": "X"}}, {"id": "x", "label": {"nl": "Y"}}]}, "twee keer"),
    ],
)
def test_a_broken_kinds_file_is_named_in_dutch(data: object, message: str) -> None:
    with pytest.raises(ContentError, match=rf"meeting_kinds.json.*{message}"):
        meeting_kinds.parse(data)
