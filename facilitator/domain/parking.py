"""The parkeerplaats (Zorgen en knelpunten): worries heard during the evening, kept apart from the strengths.

ABCD starts from what is strong; complaints are heard and parked. A parked card is
taken up later as a theme (an agenda block to talk it through), an idea to vote on,
or an action, in one undo step; the card stays on the parkeerplaats with a mark.
"""

from __future__ import annotations

from typing import Any

from . import actieplan as plan
from . import krachtenkaart as kk
from . import preparation as prep
from .refusal import Refusal
from .session import Session

#: what a parked card can become: theme (agenda block), idea (to vote on), action
TARGETS = ("theme", "idea", "action")
#: minutes of the agenda block for a theme
THEME_MINUTES = 15


def parked(session: Session) -> list[kk.AssetCard]:
    """The cards on the parkeerplaats, in board order."""
    ids = set(kk.parked_ids())
    return [c for c in session.all(kk.AssetCard) if c.category in ids]


def take_up(session: Session, card: kk.AssetCard, target: str) -> Any:
    """Turn a parked card into a theme, an idea or an action (one undo step); returns what was made."""
    if target not in TARGETS:
        raise Refusal("Onbekend doel: {value}.", value=repr(target))
    current = session.get(kk.AssetCard, card.id)
    if current is None:
        raise Refusal("Deze kaart bestaat niet meer (misschien net verwijderd).")
    if not kk.is_parked(current):
        raise Refusal("Alleen een kaart op de parkeerplaats kunt u zo oppakken.")
    note = "Uit de parkeerplaats: " + current.title
    with session.batch("Zorg oppakken"):
        made: Any
        if target == "theme":
            made = prep.add_agenda_block(session, "Thema: " + current.title, THEME_MINUTES)
        elif target == "idea":
            made = plan.add_idea(session, current.title, "asset_card", current.id, note)
        else:
            made = plan.add_action(session, current.title, card_ids=[current.id], first_step=note)
        session.update(current, "", taken_up=target)
    return made
