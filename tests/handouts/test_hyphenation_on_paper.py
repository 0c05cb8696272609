"""Long Dutch words in narrow handout columns break at a syllable, with a hyphen."""

from __future__ import annotations

import re

from facilitator.domain import actieplan as plan
from facilitator.domain.session import Session
from facilitator.handouts import handout_bytes
from tests.handouts import pdftext


def _lines(data: bytes) -> list[str]:
    return [ln.strip() for page in pdftext.pages(data) for ln in page.splitlines()]


def test_a_word_wider_than_its_column_breaks_at_a_syllable_with_a_hyphen():
    s = Session()
    plan.add_action(s, "Zaal regelen", trekker="Dorpsvereniging", with_whom="Ondersteuningsmogelijkheden")
    lines = _lines(handout_bytes(s))
    # reportlab alone cut these as "Dorpsverenigin" / "g" and "on" / "dersteuningsmogelijkhede" / "n"
    assert not any(re.fullmatch(r"[a-z]", ln) for ln in lines), lines
    broken = [ln for ln in lines if ln.endswith("-")]
    assert broken and all(
        ln.rstrip("-") in ("Dorps", "Dorpsver", "Dorpsvereni", "On", "Onder", "Ondersteu", "Ondersteunings")
        or ln.rstrip("-").endswith(("nings", "steu", "mo", "ge", "lijk", "he", "ver", "vereni"))
        for ln in broken
    ), broken
    squeezed = pdftext.squeezed(handout_bytes(s)).replace("-", "")
    assert "Dorpsvereniging" in squeezed and "Ondersteuningsmogelijkheden" in squeezed


def test_words_that_fit_are_not_hyphenated():
    s = Session()
    plan.add_action(s, "Zaal regelen voor de dorpsavond in het voorjaar", trekker="Anna Bos")
    assert not any(ln.endswith("-") for ln in _lines(handout_bytes(s)))
