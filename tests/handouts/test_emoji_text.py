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
