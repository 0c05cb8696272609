"""Toen en nu as the first section of a later meeting's handout, read back from the PDF."""

from __future__ import annotations

from facilitator.domain import actieplan as ap
from facilitator.domain import actieplan_sources as src
from facilitator.domain import eigenaarschap as eig
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.domain import rollen
from facilitator.domain.review import Meeting, review
from facilitator.domain.session import Session
from facilitator.handouts.handout import handout_bytes
from tests.handouts import pdftext


def _scores(s: Session, now: int) -> None:
    set_id = rollen.current_set_id(s)
    for row in rollen.profile(s, set_id):
        rollen.set_score(s, set_id, row.role_id, now=now, wanted=5)


def _two() -> tuple[Session, list[Meeting]]:
    old = Session()
    prep.edit_meeting(old, place="Ulrum", date="2026-03-12")
    for what in ("Bankjes plaatsen", "Wensbus opzetten", "Dorpsapp <b>&"):
        ap.add_action(old, what)
    kk.add_card(old, "Bakkerij", "economie")
    eig.add_activity(old, "Groenonderhoud jaagpad", 4)
    _scores(old, 2)
    new = Session()
    prep.edit_meeting(new, place="Ulrum", date="2027-03-10")
    bankjes, wensbus, _app = src.carry_over(new, "S1", ap.actions(old), "12-3-2026")
    ap.set_status(new, bankjes, "klaar")
    ap.set_status(new, wensbus, "gestopt")
    kk.add_card(new, "Repaircafé", "verenigingen")
    eig.add_activity(new, "Groenonderhoud jaagpad", 2)
    _scores(new, 4)
    return new, [Meeting("S1", old), Meeting("S2", new)]


def test_the_handout_of_a_later_meeting_starts_with_then_and_now(tmp_path):
    new, meetings = _two()
    data = handout_bytes(new, review=review(meetings))
    (tmp_path / "toen-en-nu.pdf").write_bytes(data)
    text = pdftext.text(data)
    start = text.index("Toen en nu")
    assert "Bijeenkomsten hier: 12-3-2026 (Dorpsavond) → 10-3-2027 (Dorpsavond)" in text
    assert text.index("Gelukt sinds 12-3-2026") < text.index("De acties van de vorige keer")
    assert "✓ Bankjes plaatsen" in text and "Dorpsapp <b>&" in text
    assert "Groenonderhoud jaagpad: Type 4 → 2" in text
    assert "Rollen door de jaren" in text and "Kaarten: 1 erbij, 1 weg, 0 gebleven" in text
    assert start < text.index("Actieplan", start)  # before the meeting's own sections
    english = pdftext.text(handout_bytes(new, language="en", review=review(meetings, "en")))
    assert "Then and now" in english and "Achieved since 12-3-2026" in english


def test_no_review_section_without_an_earlier_meeting():
    new, meetings = _two()
    assert "Toen en nu" not in pdftext.text(handout_bytes(new, review=review(meetings[-1:])))
    assert "Toen en nu" not in pdftext.text(handout_bytes(new))


def test_an_action_prints_its_theme_and_a_late_one_says_so():
    from facilitator.domain import themes as th

    s = Session()
    prep.edit_meeting(s, place="Ulrum", date="2027-03-10")
    zorg = th.add_theme(s, key="zorg")
    action = ap.add_action(s, "Wensbus opzetten", due="1-6-2026")
    th.set_theme(s, action, zorg.id)
    text = pdftext.text(handout_bytes(s))
    assert "Zorg en welzijn" in text and "te laat" in text
    assert "Care and wellbeing" in pdftext.text(handout_bytes(s, language="en"))
