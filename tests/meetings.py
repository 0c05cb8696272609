"""Meetings the tests start from, made through the domain as a facilitator's evening would make them."""

from __future__ import annotations

from pathlib import Path

from facilitator.domain import krachtenkaart as kk
from facilitator.store.library import Library
from facilitator.store.sessionfile import open_session


def with_cards(library: Library, place: str, cards: int, description: int = 200, photos: int = 0) -> Path:
    """A new meeting in ``library`` with ``cards`` cards ("Kaart 0" …, each ``description``
    characters of text) and ``photos`` distinct photos on the first card; one undo step."""
    path = library.create(place)
    sf, s = open_session(path)
    try:
        with s.batch("veel kaarten"):
            for n in range(cards):
                kk.add_card(s, f"Kaart {n}", "plekken", description="x" * description)
        if photos:
            card = kk.cards(s)[0]
            for n in range(photos):
                kk.add_photo(s, card, b"\xff\xd8" + bytes([n % 256]) * 200_000, "image/jpeg")
    finally:
        sf.close()
    return path
