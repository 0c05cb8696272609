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


def with_bram_and_photos(library: Library, place: str, photos: int, description: str) -> Path:
    """A meeting with a consenting participant (Bram Hartman, with an e-mail address), one card
    ("Molen", ``description``) with ``photos`` photos, and a map picture: what the export tests read."""
    from facilitator.domain import preparation as prep
    from tests.store.test_backups import photo

    path = library.create(place)
    sf, session = open_session(path)
    try:
        bram = prep.add_participant(session, "Bram Hartman")
        prep.edit_participant(session, bram, consent=True, email="bram@voorbeeld.nl")
        kk.add_card(session, "Molen", "plekken", description=description)
        for n in range(photos):
            kk.add_photo(session, kk.cards(session)[0], photo(n), "image/png")
        kk.set_map_picture(session, b"\x89PNG\r\n\x1a\n" + photo(99), "image/png", 800, 600, "kaart.png")
    finally:
        sf.close()
    return path


def card_titles(path: Path) -> list[str]:
    """The card titles in a session file (or a backup of one), read read-only after an integrity check."""
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return sorted(r[0] for r in conn.execute("SELECT title FROM rec_asset_card"))
    finally:
        conn.close()
