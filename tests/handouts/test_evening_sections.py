"""Handout sections for issue 12 §3, §5, §6 and their worksheets: present when filled,
left out when empty, names hidden in the anonymous handout, typed text printed as typed."""

from __future__ import annotations

import io

import pytest

from facilitator.demo import build_demo
from facilitator.domain import actieplan as ap
from facilitator.domain import avond, opbrengst, room
from facilitator.domain import preparation as prep
from facilitator.domain.session import Session
from facilitator.handouts import handout_bytes, write_worksheet
from facilitator.handouts.handout import section_stories
from facilitator.handouts.layout import make_styles
from facilitator.handouts.reading import Reader
from tests.handouts import pdftext

MINE = ("room", "yields", "evening")


def keys(session: Session, anonymous: bool = False) -> list[str]:
    return [k for k, _story in section_stories(Reader(session, "nl", anonymous), make_styles())]


def test_the_three_sections_are_left_out_when_empty():
    s = Session()
    prep.add_participant(s, "Jan")
    ap.add_idea(s, "Bankjes")  # an idea without tags or sign-ups
    assert not set(MINE) & set(keys(s))


def test_each_section_appears_with_what_was_filled_in():
    s = Session()
    jan = prep.add_participant(s, "Jan Bakker")
    prep.edit_participant(s, jan, group="jongeren")
    room.add_missing(s, "Huurders <b>&</b>", way="Via de corporatie", who="Jan Bakker")
    idea = ap.add_idea(s, "Dorpskeuken")
    opbrengst.set_tags(s, idea, "goals", ["zorg", "ontmoeting"])
    opbrengst.ask_partner(s, partner_id="lsa", ask="Voorbeelden")
    avond.sign_up(s, idea, "Fatima")
    avond.set_next_meeting(s, "2026-09-17", "Dorpshuis")
    assert [k for k in keys(s) if k in MINE] == list(MINE)
    text = pdftext.text(handout_bytes(s))
    assert "Wie was er, wie niet" in text and "Huurders <b>&</b>" in text and "1 × jongeren" in text
    assert "Wat levert het op?" in text and "meervoudige impact" in text and "nog geen antwoord" in text
    assert "Wie doet mee?" in text and "Fatima" in text and "17 september 2026" in text
    en = pdftext.text(handout_bytes(s, language="en"))
    assert "Who was there, who was not" in en and "multiple impact" in en and "17, 2026" in en


def test_the_anonymous_handout_names_nobody_in_these_sections():
    s = Session()
    build_demo(s)
    text = pdftext.text(handout_bytes(s, anonymous=True))
    assert "Wie was er, wie niet" in text and "Wat levert het op?" in text and "mensen doen mee" in text
    for person in ("Anneke Postma", "Fatima El Amrani", "Gerrit Hoekstra", "Lotte Visser", "Pieter Kramer"):
        assert person not in text, person


@pytest.mark.parametrize("name", ["interview", "wiedoetmee", "wieontbreekt"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_evening_worksheets(name, language):
    out = io.BytesIO()
    write_worksheet(name, out, language=language)
    text = pdftext.text(out.getvalue())
    expected = {
        ("interview", "nl"): ["Hoofd:", "Hart:", "Handen:", "delen of leren", "Wie kent u die"],
        ("interview", "en"): ["Head:", "Heart:", "Hands:", "share or learn", "Who do you know"],
        ("wiedoetmee", "nl"): ["Wie doet mee?", "Mag contact?"],
        ("wiedoetmee", "en"): ["Who joins in?", "Contact allowed?"],
        ("wieontbreekt", "nl"): ["Wie ontbreekt?", "Hoe bereiken we hen"],
        ("wieontbreekt", "en"): ["Who is missing?", "How we reach them"],
    }[(name, language)]
    for words in expected:
        assert words in text, words
