"""Emoji in the handout can be copied and searched: the font subset's ToUnicode map is valid."""

from __future__ import annotations

import logging

from facilitator.domain import krachtenkaart as kk
from facilitator.domain.session import Session
from facilitator.handouts import handout_bytes
from tests.handouts import pdftext


def test_emoji_come_back_from_the_pdf_without_invalid_hex_warnings(caplog):
    s = Session()
    kk.add_card(s, "Fietsenmaker 🚲 en zonnebloem 🌻 🎉", "gaven")
    data = handout_bytes(s)
    with caplog.at_level(logging.WARNING, logger="pypdf"):
        text = pdftext.text(data)
    assert "🚲" in text and "🌻" in text and "🎉" in text
    assert not [r for r in caplog.records if "hex" in r.getMessage().lower()]


def test_chinese_japanese_korean_and_myanmar_get_a_font_and_come_back():
    s = Session()
    words = ["社区中心", "公民館 こんにちは", "마을 회관"]
    for w in [*words, "ပြော"]:
        kk.add_card(s, w, "cultuur")
    data = handout_bytes(s)
    text = pdftext.text(data)
    for w in words:
        assert w in text
    # Myanmar is shaped (uharfbuzz): the vowel sign E and the medial ra are drawn before their
    # consonant, so the PDF text reads in that drawing order ("ပြော" typed: pa, ra, e, aa)
    assert "\u1031\u103c\u1015\u102c" in text
    names = " ".join(pdftext.fonts(data))
    assert "DroidSansFallback" in names and "Pyidaungsu" in names
    assert all(pdftext.embedded(f) for f in pdftext.fonts(data).values())


def test_a_handout_without_such_text_does_not_load_the_large_font():
    s = Session()
    kk.add_card(s, "Dorpshuis", "plekken")
    assert "DroidSansFallback" not in " ".join(pdftext.fonts(handout_bytes(s)))
