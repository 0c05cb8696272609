"""Eigenaarschap and the Krachtenkaart: asset cards taken onto the Type 1–4 board.

The Krachtenkaart is found by kind name in the record registry, so the board works
without that step. Cards land in "?" (OPEN) unless the data file fixes a type for
their category: the room decides whose they are. Parked worries are not offered.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..content import load
from .eigenaarschap import CONTENT, OPEN, Activity, ActivityError, add_activity
from .records import KINDS, Record
from .session import Session


def _card_class() -> type[Record] | None:
    return KINDS.get("asset_card")


def cards_not_on_board(session: Session) -> list[Record]:
    """Asset cards of the Krachtenkaart that no activity was taken from yet (not the parked worries)."""
    cls = _card_class()
    if cls is None:
        return []
    used = {a.card_id for a in session.all(Activity) if a.card_id}
    parked = {str(c["id"]) for c in load("categories")["categories"] if c.get("parked")}
    return [c for c in session.all(cls) if c.id not in used and getattr(c, "category", "") not in parked]


def suggested_type_for_card(card: Record) -> int:
    """OPEN unless the data file fixes a type for the card's category: the room decides."""
    mapping: dict[str, int] = load(CONTENT).get("card_categories", {})
    return int(mapping.get(str(getattr(card, "category", "")), OPEN))


def add_from_cards(session: Session, card_ids: Iterable[str] | None = None) -> list[Activity]:
    """Take asset cards of the Krachtenkaart onto the board (one undo step).

    ``None`` takes every card not on the board yet; cards already taken are skipped.
    """
    cls = _card_class()
    if cls is None:
        raise ActivityError("Er is nog geen Krachtenkaart in deze bijeenkomst.")
    free = {c.id: c for c in cards_not_on_board(session)}
    ids = list(free) if card_ids is None else [i for i in dict.fromkeys(card_ids) if i in free]
    added: list[Activity] = []
    with session.batch("Overnemen uit Krachtenkaart"):
        for card_id in ids:
            card = free[card_id]
            added.append(
                add_activity(
                    session,
                    str(getattr(card, "title", "")) or "(zonder naam)",
                    suggested_type_for_card(card),
                    description=str(getattr(card, "description", "")),
                    card_id=card.id,
                )
            )
    return added
