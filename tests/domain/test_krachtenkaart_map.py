"""The map picture rules and pins made on the map (no Qt)."""

from __future__ import annotations

import pytest

from facilitator.domain import krachtenkaart as kk
from facilitator.domain.refusal import Refusal
from facilitator.domain.session import Session
from facilitator.store.sessionfile import open_session

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 32


def test_picture_mime_from_first_bytes():
    assert kk.picture_mime(PNG) == "image/png"
    assert kk.picture_mime(JPEG) == "image/jpeg"
    assert kk.picture_mime(b"GIF89a") is None
    assert kk.picture_mime(b"") is None


@pytest.mark.parametrize(
    ("data", "width", "height"),
    [
        (b"", 10, 10),
        (b"<b>&</b> geen plaatje", 10, 10),
        (PNG, 0, 10),
        (PNG, 20_000, 20_000),
        (PNG + b"\0" * kk.MAX_PICTURE_BYTES, 10, 10),
    ],
)
def test_bad_pictures_are_refused_and_nothing_changes(data, width, height):
    s = Session()
    with pytest.raises(Refusal):  # each case its own message; all of them the one refusal type
        kk.set_map_picture(s, data, "image/png", width, height)
    assert kk.map_picture(s) is None and not s.can_undo


def test_new_card_on_the_map_is_one_undo_step():
    s = Session()
    card = kk.add_pinned_card(s, "  Bankje   bij de brug ", "plekken", 0.25, 1.5)
    assert card.title == "Bankje bij de brug" and card.pinned
    assert (card.pin_x, card.pin_y) == (0.25, 1.0)
    assert s.undo_label == "Kaart op de plattegrond zetten"
    s.undo()
    assert kk.cards(s) == []
    with pytest.raises(Refusal, match="titel"):
        kk.add_pinned_card(s, "   ", "plekken", 0.5, 0.5)
    assert kk.cards(s) == [] and not s.can_undo


def test_move_pin_then_undo_puts_it_back_and_unpin_survives_reopen(session_file):
    sf, s = session_file
    kk.set_map_picture(s, PNG, "image/png", 400, 300, "dorp.png")
    card = kk.add_card(s, "Kerk", "instellingen")
    kk.pin_card(s, card, 0.1, 0.2)
    kk.pin_card(s, card, 0.6, 0.7)
    assert s.undo_label == "Speld verplaatsen"
    s.undo()
    again = s.get(kk.AssetCard, card.id)
    assert again is not None and (again.pin_x, again.pin_y) == (0.1, 0.2)
    kk.unpin_card(s, card)
    path = sf.path
    sf.close()
    sf2, s2 = open_session(path)
    try:
        pic = kk.map_picture(s2)
        assert pic is not None and (pic.width, pic.height, pic.name) == (400, 300, "dorp.png")
        assert s2.storage.get_blob(pic.blob_id) == PNG
        assert kk.pinned(s2) == []
    finally:
        sf2.close()


def test_empty_or_huge_photo_is_refused():
    s = Session()
    card = kk.add_card(s, "Kerk", "instellingen")
    with pytest.raises(Refusal, match="leeg"):
        kk.add_photo(s, card, b"", "image/png")
    assert s.get(kk.AssetCard, card.id).photos == []
