"""The one-sheet samenvatting: crown jewels, top ideas, who does what by when; two sides at most."""

from __future__ import annotations

import io

from facilitator.domain import actieplan as plan
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.domain.session import Session
from facilitator.handouts.samenvatting import write_samenvatting
from tests.handouts import pdftext


def _pdf(s: Session, **options) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    write_samenvatting(s, out, **options)
    return out.getvalue()


def test_the_sheet_holds_jewels_top_ideas_and_open_actions():
    s = Session()
    prep.edit_meeting(s, place="Ulrum", date="2026-03-10")
    card = kk.add_card(s, "Dorpshuis De Vaart", "plekken")
    kk.set_crown(s, card, True, "Iedereen komt er")
    kk.add_card(s, "Bakkerij", "economie")  # no crown jewel: not on the sheet
    top = plan.add_idea(s, "Buurtkamer")
    plan.set_votes(s, top, "", 7)
    plan.add_action(s, "Zaal regelen", trekker="Anna Bos", due="2026-06-01")
    done = plan.add_action(s, "Koffie", trekker="Bert Kok")
    plan.set_status(s, done, "klaar", date="2026-03-11")
    data = _pdf(s)
    text = pdftext.text(data)
    order = [
        "Samenvatting: Ulrum",
        "10 maart 2026",
        "Onze kroonjuwelen",
        "Dorpshuis De Vaart",
        "Buurtkamer",
        "7 stippen",
    ]
    order += ["Wie doet wat", "Zaal regelen", "Anna Bos", "1 juni 2026"]
    assert pdftext.missing_in_order(text, order) == []
    assert "Bakkerij" not in text and "Koffie" not in text
    assert len(pdftext.reader(data).pages) == 1


def test_a_very_full_evening_still_fits_on_two_sides():
    s = Session()
    long = "Een heel lange zin over wat er moet gebeuren in het dorp " * 20
    for n in range(40):
        card = kk.add_card(s, f"Kroonjuweel {n} {long}", "gaven")
        kk.set_crown(s, card, True)
        plan.add_idea(s, f"Idee {n} {long}")
        plan.add_action(s, f"Actie {n} {long}", trekker=f"Persoon {n} " * 20, due="2026-06-01")
    data = _pdf(s)
    assert len(pdftext.reader(data).pages) <= 2
    text = pdftext.text(data)
    assert "en nog 30 in de hand-out" in text and "en nog 25 in de hand-out" in text


def test_anonymous_sheet_names_nobody():
    s = Session()
    plan.add_action(s, "Zaal regelen", trekker="Anna Bos")
    text = pdftext.text(_pdf(s, anonymous=True, language="en"))
    assert "Anna" not in text and "Who does what" in text


def test_the_sheet_tells_the_next_meeting_the_closing_round_set():
    from facilitator.domain import avond

    s = Session()
    prep.edit_meeting(s, place="Ulrum", date="2026-03-10")
    plan.add_action(s, "Zaal regelen", trekker="Anna Bos", due="2026-06-01")
    assert "Volgende bijeenkomst" not in pdftext.text(_pdf(s))
    avond.set_next_meeting(s, "2026-11-12", "Dorpshuis De Vaart")
    text = pdftext.text(_pdf(s))
    assert pdftext.missing_in_order(text, ["Wie doet wat", "Volgende bijeenkomst", "12 november 2026"]) == []
    assert "Dorpshuis De Vaart" in text
    assert "November 12, 2026" in pdftext.text(_pdf(s, language="en"))
