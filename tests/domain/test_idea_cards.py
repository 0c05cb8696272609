"""Cards added to an existing idea and taken out of it, each one undo step."""

from __future__ import annotations

import pytest

from facilitator.domain import krachtenkaart as kk
from facilitator.domain.idea_cards import IdeaCardsError, add_cards_to_idea, remove_card_from_idea
from facilitator.domain.session import Session


def test_add_and_remove_cards_of_an_idea_with_undo():
    s = Session()
    a, b, c, d = (kk.add_card(s, t, "plekken") for t in ("Dorpshuis", "Kerk", "School", "Bakker"))
    idea = kk.connect(s, [a, b], "Samen eten")
    assert add_cards_to_idea(s, idea, [b, c, d, c]) == [c.id, d.id]  # b is in it already
    assert s.get(kk.Idea, idea.id).card_ids == [a.id, b.id, c.id, d.id]
    assert s.undo_label == "Kaarten bij idee zetten"
    remove_card_from_idea(s, idea, b)
    assert s.get(kk.Idea, idea.id).card_ids == [a.id, c.id, d.id]
    assert s.get(kk.AssetCard, b.id) is not None  # the card stays on the board
    s.undo()
    assert s.get(kk.Idea, idea.id).card_ids == [a.id, b.id, c.id, d.id]
    s.undo()
    assert s.get(kk.Idea, idea.id).card_ids == [a.id, b.id]
    s.redo()
    assert s.get(kk.Idea, idea.id).card_ids == [a.id, b.id, c.id, d.id]


def test_an_idea_keeps_two_cards_and_nothing_is_added_twice():
    s = Session()
    a, b = (kk.add_card(s, t, "plekken") for t in ("Dorpshuis", "Kerk"))
    idea = kk.connect(s, [a, b], "Samen eten")
    with pytest.raises(IdeaCardsError, match="al bij het idee"):
        add_cards_to_idea(s, idea, [a])
    with pytest.raises(IdeaCardsError, match="minstens twee"):
        remove_card_from_idea(s, idea, a)
    other = kk.add_card(s, "School", "plekken")
    with pytest.raises(IdeaCardsError, match="hoort niet"):
        remove_card_from_idea(s, idea, other)
    assert s.get(kk.Idea, idea.id).card_ids == [a.id, b.id]
