"""PNG pictures of the board, the radar and the map with pins, as on the handout."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from facilitator.domain import eigenaarschap as own
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import rollen
from facilitator.domain.session import Session
from facilitator.handouts.pictures import NothingToDraw, picture_png
from tests.handouts import pdftext


def _dark_share(png: bytes) -> float:
    img = Image.open(io.BytesIO(png)).convert("L")
    histogram = img.histogram()  # 256 counts of grey levels
    return sum(histogram[:128]) / sum(histogram)


def test_each_picture_is_a_png_with_something_drawn():
    s = Session()
    own.add_activity(s, "IJsbaan", current_type=1)
    rollen.choose_set(s, "bewonersorganisatie")
    rollen.set_score(s, "bewonersorganisatie", "representatief", now=2, wanted=5)
    kk.set_map_picture(s, pdftext.png(800, 600), "image/png", 800, 600, "kaart.png")
    card = kk.add_card(s, "Dorpshuis", "plekken")
    kk.pin_card(s, card, 0.5, 0.5)
    for kind in ("board", "radar", "map"):
        png = picture_png(s, kind, dpi=60)
        assert png.startswith(b"\x89PNG")
        img = Image.open(io.BytesIO(png))
        assert img.width > 200 and img.height > 100
        assert _dark_share(png) > 0.002  # lines and letters, not an empty page


def test_an_empty_meeting_has_nothing_to_draw():
    for kind in ("board", "radar", "map"):
        with pytest.raises(NothingToDraw):
            picture_png(Session(), kind)
