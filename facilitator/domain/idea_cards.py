"""The cards of an idea that already exists ("Verbind de punten"): add cards to it, take one out.

An idea made with :func:`.krachtenkaart.connect` often grows during the evening (the room
thinks of another card that belongs to it) or turns out to hold a card that does not fit.
Each change is one undo step; an idea always keeps at least two cards.
"""

from __future__ import annotations

from .krachtenkaart import AssetCard, Idea
from .refusal import Refusal
from .session import Session


class IdeaCardsError(Refusal):
    """A change to an idea's cards that cannot be made; the message is Dutch, for the user."""


def add_cards_to_idea(session: Session, idea: Idea, cards: list[AssetCard]) -> list[str]:
    """Add the cards not yet in the idea, in the order given; returns the ids added."""
    current = session.get(Idea, idea.id) or idea
    new = [c.id for c in cards if c.id not in current.card_ids and session.get(AssetCard, c.id) is not None]
    new = list(dict.fromkeys(new))
    if not new:
        raise IdeaCardsError("Deze kaarten horen al bij het idee. Vink een kaart aan die er nog niet bij hoort.")
    session.update(
        current,
        "Kaart bij idee zetten" if len(new) == 1 else "Kaarten bij idee zetten",
        card_ids=[*current.card_ids, *new],
    )
    return new


def remove_card_from_idea(session: Session, idea: Idea, card: AssetCard) -> None:
    """Take one card out of the idea (the card itself stays on the board)."""
    current = session.get(Idea, idea.id) or idea
    if card.id not in current.card_ids:
        raise IdeaCardsError("Deze kaart hoort niet bij het idee.")
    if len(current.card_ids) <= 2:
        raise IdeaCardsError(
            "Een idee verbindt minstens twee kaarten. Zet er eerst een andere kaart bij, of verwijder het hele idee."
        )
    session.update(current, "Kaart uit idee halen", card_ids=[i for i in current.card_ids if i != card.id])
