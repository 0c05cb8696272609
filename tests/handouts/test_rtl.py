"""Right-to-left text with python-bidi and arabic-reshaper: each wrapped line in visual order,
numbers left-to-right inside it, Arabic joined (lam-alef too), Persian and Urdu letters kept."""

from __future__ import annotations

import unicodedata

from facilitator.domain import krachtenkaart as kk
from facilitator.domain.session import Session
from facilitator.handouts import handout_bytes
from facilitator.handouts.rtl import shape, visual, visual_line
from tests.handouts import pdftext


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def test_a_hebrew_address_keeps_its_numbers_left_to_right():
    assert visual_line("רחוב הרצל 12, תל אביב") == "ביבא לת ,12 לצרה בוחר"
    assert visual_line("Dorp Ulrum (2026)") == "Dorp Ulrum (2026)"  # no right-to-left: untouched


def test_arabic_indic_digits_are_not_reversed():
    line = visual("بيت ١٢٣")
    assert "١٢٣" in line and "٣٢١" not in line
    assert line.startswith("١٢٣")  # the number, read first from the right, is drawn leftmost


def test_lam_alef_becomes_one_ligature_and_vowel_marks_stay():
    shaped = shape("لا مَرحبا")
    assert "\ufefb" in shaped  # ﻻ: lam-alef as one letter
    assert "\u064e" in shaped  # the fatha typed over the meem is kept
    assert nfkc(shaped) == nfkc("لا مَرحبا")


def test_mixed_latin_stays_in_reading_order_inside_arabic():
    assert visual_line("مركز Ulrum") == "Ulrum زكرم"


def test_a_long_paragraph_keeps_its_first_line_on_top():
    s = Session()
    first = "אחת שתיים שלוש"
    long = first + " " + "ארבע חמש שש שבע שמונה תשע עשר " * 20
    kk.add_card(s, "Lang", "gaven", description=long)
    text = nfkc(pdftext.text(handout_bytes(s)))
    # lines broken in logical order, then each turned: the text reads back whole and in order
    assert nfkc(" ".join(long.split())) in text
    assert text.index(first) < text.index("עשר")


def test_persian_urdu_and_lam_alef_come_back_from_the_pdf():
    s = Session()
    words = ["کتابخانه گروه چای پژوهش", "ٹیلی فون ڈاک گھر", "لا إله السلام عليكم"]
    for w in words:
        kk.add_card(s, w, "cultuur")
    text = nfkc(pdftext.text(handout_bytes(s)))
    for w in words:
        assert nfkc(w) in text


def _line_starts(data: bytes) -> dict[str, float]:
    """The x where each text run starts on the first page."""
    starts: dict[str, float] = {}

    def visit(text, cm, tm, _font, _size):  # type: ignore[no-untyped-def]
        if text.strip():
            starts.setdefault(text.strip(), tm[4] + cm[4])

    pdftext.reader(data).pages[0].extract_text(visitor_text=visit)
    return starts


def test_a_right_to_left_paragraph_starts_at_the_right_edge():
    import io

    from facilitator.handouts import layout

    styles = layout.make_styles()
    out = io.BytesIO()
    story = [layout.para("שלום לכולם", styles["body"]), layout.para("Dorpshuis De Vaart", styles["body"])]
    story.append(layout.para("مرحبا Ulrum", styles["body"]))
    layout.build(story, out, "", "nl", "t")
    starts = _line_starts(out.getvalue())
    hebrew = next(x for t, x in starts.items() if "שלום" in nfkc(t) or "םולש" in nfkc(t))
    arabic = next(x for t, x in starts.items() if "Ulrum" in t)
    dutch = starts["Dorpshuis De Vaart"]
    assert dutch < layout.MARGIN + 10  # the frame pads 6 pt
    assert hebrew > 300 and arabic > 300  # A4 is 595 pt wide: the short lines sit on the right
    assert layout.para("Dorp שלום", styles["body"]).style.alignment == 0  # starts in Latin: left


def test_a_dutch_label_before_right_to_left_text_keeps_the_paragraph_left():
    from facilitator.handouts import layout

    styles = layout.make_styles()
    assert layout.para("שלום", styles["cell"], prefix="<b>Waarom:</b> ").style.alignment == 0
    assert layout.para("שלום", styles["cell"], prefix="<b>3.</b> ").style.alignment == 2  # a number is neutral
