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


OUR_TAGS = ["<b>", "</b>", "<br/>", '<font size="8" color="#595959">', "</font>", '<font face="KKSymbols">']


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(OUR_TAGS), st.text(max_size=12).map(fonts.markup)), max_size=8))
def test_our_own_markup_gets_the_parsers_fragments(parts):
    text = "".join(parts)
    style = layout.make_styles()["cell"]
    try:
        Paragraph(text, style)
    except ValueError:
        return  # unbalanced tags: the parser refuses them, and so would the handout
    _same(text, style)


def test_the_handouts_shapes_skip_the_parser_and_entities_do_not():
    style = layout.make_styles()["cell"]
    for text in ("<b>vet</b> en gewoon", '<b>Kaart</b><br/>uitleg<br/><font size="8">#groen</font>'):
        assert fast_text.frags(text, style) is not None
        _same(text, style)
    for text in ("a &amp; b", "", "   "):
        assert fast_text.frags(text, style) is None
    _same("a > b", style)
    para = layout.TextPara("<b>vet</b> en gewoon", style)
    assert [f.fontName for f in para.frags] == [fonts.BOLD, fonts.REGULAR]


def test_each_fragment_has_its_own_lists():
    style = layout.make_styles()["cell"]
    one, two = layout.TextPara("een", style), layout.TextPara("twee", style)
    one.frags[0].link.append("x")
    assert two.frags[0].link == []
