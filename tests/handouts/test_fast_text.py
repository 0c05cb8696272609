"""Plain text skips reportlab's markup parser (handouts/fast_text.py) and gets exactly the
fragments the parser gives; anything with markup still goes through the parser."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from facilitator.handouts import fast_text, fonts, layout

TEXTS = ["Dorpshuis De Vaart", "harde\xa0 spatie \xa0", "  twee  spaties\tén tab  ", "Zoë 12 mei", "a" * 700, "x"]


def _same(text: str, style) -> None:  # type: ignore[no-untyped-def]
    ours = layout.TextPara(text, style)
    theirs = Paragraph(text, style)
    assert ours.text == theirs.text and ours.style is theirs.style
    assert [f.__dict__ for f in ours.frags] == [f.__dict__ for f in theirs.frags], text


def test_plain_text_gets_the_parsers_fragments_in_every_style():
    for style in layout.make_styles().values():
        for text in TEXTS:
            assert fast_text.frags(text, style) is not None
            _same(text, style)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=80))
def test_any_escaped_text_gets_the_parsers_fragments(text):
    style = layout.make_styles()["cell"]
    _same(fonts.markup(text), style)


def test_markup_and_entities_still_go_through_the_parser():
    style = layout.make_styles()["cell"]
    for text in ("<b>vet</b>", "a &amp; b", "regel<br/>regel", "", "   "):
        assert fast_text.frags(text, style) is None
    para = layout.TextPara("<b>vet</b> en gewoon", style)
    assert [f.fontName for f in para.frags] == [fonts.BOLD, fonts.REGULAR]


def test_each_fragment_has_its_own_lists():
    style = layout.make_styles()["cell"]
    one, two = layout.TextPara("een", style), layout.TextPara("twee", style)
    one.frags[0].link.append("x")
    assert two.frags[0].link == []
