"""Card photos reach paper when asked for: scaled down, in their card's row; never anonymous."""

from __future__ import annotations

from facilitator.domain import krachtenkaart as kk
from facilitator.domain.session import Session
from facilitator.handouts import handout_bytes
from facilitator.handouts.summary import snapshot
from tests.handouts import pdftext


def _session() -> Session:
    s = Session()
    card = kk.add_card(s, "Dorpshuis", "plekken")
    kk.add_photo(s, card, pdftext.png(2400, 1800), "image/png")
    kk.add_photo(s, card, b"not a picture at all", "image/png")  # unreadable: left out, no failure
    return s


def test_photos_are_printed_only_when_chosen_and_scaled_for_print():
    s = _session()
    assert pdftext.images(handout_bytes(s)) == []
    pictures = pdftext.images(handout_bytes(s, photos=True))
    assert len(pictures) == 1 and max(pictures[0]) <= 500  # 2400×1800 shrunk to print size


def test_the_worker_copy_carries_the_photos_and_anonymous_prints_none():
    s = _session()
    assert len(pdftext.images(handout_bytes(snapshot(s, photos=True), photos=True))) == 1
    assert pdftext.images(handout_bytes(s, photos=True, anonymous=True)) == []
