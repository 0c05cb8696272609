"""Whatever a resident types, the handout prints it as typed and never fails to build."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain import eigenaarschap as own
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.domain import rollen, support
from facilitator.domain.session import Session
from facilitator.handouts import handout_bytes
from facilitator.handouts.fonts import markup
from facilitator.handouts.rtl import visual
from tests.handouts import pdftext

LONG_WORDS = "x" * 5000
LONG_TEXT = ("Een heel lange titel die maar doorgaat " * 130)[:5000]


def test_markup_is_printed_verbatim():
    s = Session()
    prep.edit_meeting(s, place="<b>Dorp</b> & co", purpose="AT&T <i>niet schuin</i> &amp; klaar")
    card = kk.add_card(s, "<b>vet?</b> & <font size=40>groot</font>", "gaven", description="a < b > c & d")
    kk.set_crown(s, card, True, "<para>kapot</para>")
    text = pdftext.text(handout_bytes(s))
    for typed in (
        "<b>Dorp</b> & co",
        "AT&T <i>niet schuin</i> &amp; klaar",
        "<b>vet?</b> & <font size=40>groot</font>",
        "a < b > c & d",
        "<para>kapot</para>",
    ):
        assert typed in text, typed


def test_emoji_polish_hungarian_and_right_to_left_text():
    s = Session()
    prep.edit_meeting(s, place="Łódź ő Ű 🎉")
    kk.add_card(s, "مرحبا بالجميع", "cultuur", description="שלום לכולם")
    kk.add_card(s, "Fietsenmaker 🚲👍🏽 en 👨‍👩‍👧", "gaven")
    data = handout_bytes(s)
    text = pdftext.text(data)
    assert "Łódź ő Ű" in text
    assert "Fietsenmaker" in text
    # the emoji are drawn with the symbol font, so it is in the PDF
    assert any("Symbola" in name for name in pdftext.fonts(data))
    # right-to-left words are drawn turned around, Arabic in its joined letter forms; a PDF
    # reader (pypdf too) turns them back into reading order when it extracts the text
    assert "שלום לכולם" in text
    assert "ﻣﺮﺣﺒﺎ" in text and "مرحبا بالجميع" in unicodedata.normalize("NFKC", text)


def test_rtl_runs_are_turned_and_shaped_but_ltr_text_is_left_alone():
    assert visual("Dorp Ulrum (2026)") == "Dorp Ulrum (2026)"
    assert visual("a שלום b") == "a םולש b"
    assert visual("שלום עולם") == "םלוע םולש"
    shaped = visual("بيت")
    assert unicodedata.normalize("NFKC", shaped) == "تيب"
    assert shaped != "تيب"  # joined forms, not the isolated letters
    assert visual("(שלום)") == "(םולש)"  # brackets around the run stay outside


def test_five_thousand_character_titles_wrap_and_split():
    s = Session()
    prep.edit_meeting(s, place=LONG_WORDS, purpose=LONG_TEXT)
    a = kk.add_card(s, LONG_WORDS, "gaven", description=LONG_TEXT, holder=LONG_WORDS)
    b = kk.add_card(s, LONG_TEXT, "plekken")
    kk.set_crown(s, a, True, LONG_TEXT)
    kk.connect(s, [a, b], LONG_TEXT, LONG_WORDS)
    kk.set_vision(s, LONG_TEXT)
    support.ask_partner(s, LONG_WORDS, ask=LONG_TEXT)
    data = handout_bytes(s)
    squeezed = pdftext.squeezed(data)
    assert "x" * 300 in squeezed  # long words are split over lines, not dropped
    assert "…" in squeezed  # table cells are shortened to fit a page


def test_markup_helper_escapes_and_switches_font():
    assert markup("<b>&") == "&lt;b&gt;&amp;"
    out = markup("ja 🎉 nee")
    assert 'face="KKSymbols"' in out and out.startswith("ja ") and out.endswith(" nee")
    assert markup("a\nb") == "a<br/>b"
    assert markup("\x00\x07tab\there") == "tab here"


texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    place=texts,
    title=texts,
    description=texts,
    reason=texts,
    vision=texts,
    language=st.sampled_from(["nl", "en"]),
    anonymous=st.booleans(),
)
def test_no_text_makes_the_handout_fail(place, title, description, reason, vision, language, anonymous):
    s = Session()
    prep.edit_meeting(s, place=place, purpose=description, facilitator=title)
    prep.add_participant(s, title or "x", "bewoner", description)
    if title.strip():
        a = kk.add_card(s, title, "gaven", description=description, holder=reason)
        b = kk.add_card(s, title + "2", "cultuur", tags=[description[:20]])
        kk.set_crown(s, a, True, reason)
        kk.connect(s, [a, b], title, description)
        support.ask_partner(s, title, ask=reason)
    kk.set_vision(s, vision)
    if title.strip() and len(title) <= 200:
        activity = own.add_activity(s, title, current_type=2)
        own.set_wanted_type(s, activity, 4)
        own.edit_activity(s, activity, change_needed=description)
        if description.strip():
            own.set_contribution(s, activity, "money", description[:200])
    rollen.set_notes(s, "bewonersorganisatie", "verbindend", reason)
    rollen.set_score(s, "bewonersorganisatie", "verbindend", now=3, wanted=5)
    rollen.answer_phrase(s, "wet", vision)
    if description.strip():
        rollen.add_own_phrase(s, description)
    data = handout_bytes(s, language=language, anonymous=anonymous)
    assert data.startswith(b"%PDF") and pdftext.reader(data).pages
