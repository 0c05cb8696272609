"""The "Klopt dit nog?" check: cards carried from the last meeting are confirmed, changed or gone.

A card carried over arrives with ``confirm = "te_bevestigen"``. The room walks them: it
still holds (``klopt``), it holds after a change (``gewijzigd``), or it is gone. A gone
card leaves the board; a :class:`GoneCard` keeps its title and its link to where it came
from, so the handout and the review view can say what went. Each answer is one undo step.
"""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from .krachtenkaart import AssetCard, cards, edit_card, remove_cards
from .records import Record, record_kind
from .refusal import Refusal
from .session import Session

TO_CONFIRM = "te_bevestigen"
CONFIRMED = "klopt"
CHANGED = "gewijzigd"
STATES = ("", TO_CONFIRM, CONFIRMED, CHANGED)


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class GoneCard(Record):
    """A carried card the room said is gone ("weg"): kept for the handout and the history."""

    KIND: ClassVar[str] = "gone_card"

    title: str = ""
    category: str = ""
    description: str = ""
    number: int = 0
    #: where the card came from: "<session id>/<card id>" in the earlier meeting
    carried_from: str = ""
    position: float = 0.0


def to_confirm(session: Session) -> list[AssetCard]:
    """The carried cards nobody has looked at yet, in board order."""
    return session.where(AssetCard, confirm=TO_CONFIRM)


def carried_cards(session: Session) -> list[AssetCard]:
    """Every card carried from the last meeting that is still on the board."""
    return [c for c in cards(session) if c.confirm]


def gone_cards(session: Session) -> list[GoneCard]:
    return session.all(GoneCard)


def _current(session: Session, card: AssetCard) -> AssetCard:
    found = session.get(AssetCard, card.id)
    if found is None:
        raise Refusal("Deze kaart staat niet meer op het bord.")
    return found


def confirm_card(session: Session, card: AssetCard) -> None:
    """The card still holds as it is."""
    current = _current(session, card)
    session.update(current, "Kaart klopt nog", confirm=CONFIRMED)


def change_card(session: Session, card: AssetCard, title: str, description: str | None = None) -> None:
    """The card holds after a change of its words (one undo step)."""
    current = _current(session, card)
    fields: dict[str, str] = {"title": title, "confirm": CHANGED}
    if description is not None:
        fields["description"] = description
    with session.batch("Kaart gewijzigd"):
        edit_card(session, current, None, **fields)


def card_gone(session: Session, card: AssetCard) -> GoneCard:
    """The card no longer holds: it leaves the board and is remembered as gone (one undo step)."""
    current = _current(session, card)
    gone = GoneCard(
        title=current.title,
        category=current.category,
        description=current.description,
        number=current.number,
        carried_from=current.carried_from,
        position=session.next_position(GoneCard),
    )
    with session.batch("Kaart is weg"):
        remove_cards(session, current)
        session.add(gone, label="Kaart is weg")
    return gone


def answer_counts(session: Session) -> dict[str, int]:
    """How many carried cards are still to confirm, confirmed, changed and gone."""
    counts = {TO_CONFIRM: 0, CONFIRMED: 0, CHANGED: 0}
    for c in cards(session):
        if c.confirm in counts:
            counts[c.confirm] += 1
    return {**counts, "weg": session.count(GoneCard)}
