"""The fast paths of fonts.clean and fonts.markup give exactly what the per-character loops give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.handouts import fonts
from facilitator.handouts.rtl import shape

SAMPLES = [
    "",
    "Gewone tekst, met é en ł",
    "<b>&amp; 'quote' \"dubbel\"",
    "regel 1\nregel 2\tmet tab",
    "emoji 🎉 en ☐ en 👍🏽 en 👨\u200d👩\u200d👧",
    "bel\x07 nul\x00 privé\ue000 los\ud800 ongebruikt\U000e0fff \ufffe",
    "שלום עולם en مرحبا",
    "\u00a0harde spatie\u200bnulbreedte",
]


def test_samples_match_the_character_by_character_loops():
    for text in SAMPLES:
        assert fonts.clean(text) == fonts._clean_each(text)
        cleaned = shape(fonts.clean(text))
        for newlines in (True, False):
            assert fonts.markup(text, newlines) == fonts._switched(cleaned, newlines), text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.booleans())
def test_any_text_matches_the_character_by_character_loops(text, newlines):
    assert fonts.clean(text) == fonts._clean_each(text)
    assert fonts.markup(text, newlines) == fonts._switched(shape(fonts.clean(text)), newlines)


def test_plain_text_takes_the_fast_path_and_stays_escaped():
    assert fonts.markup("Kaart <b>&</b>") == "Kaart &lt;b&gt;&amp;&lt;/b&gt;"
    assert "<font" in fonts.markup("feest 🎉")
