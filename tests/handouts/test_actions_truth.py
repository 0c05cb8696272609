"""The action plan on paper tells how things stand: status, progress and dates per action,
finished work under "Wat we bereikten", trekker cards with only what is still open and
never split over pages, empty columns left out, each crown jewel numbered once."""

from __future__ import annotations

import re

from pypdf import PdfReader

from facilitator.domain import actieplan as plan
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation
from facilitator.domain.session import Session
from facilitator.handouts import handout_bytes
from tests.handouts import pdftext


def _plan() -> Session:
    s = Session()
    preparation.edit_meeting(s, place="Ee", date="2026-09-01")
    late = plan.add_action(s, "Zaal regelen", trekker="Anna Bos", first_step="Bellen", due="2026-06-01")
    plan.add_action(s, "Bankje plaatsen", trekker="Anna Bos", due="2026-12-01", why="Ouderen willen rusten")
    busy = plan.add_action(s, "Flyer maken", trekker="Bert Kok", means="Printer van de school")
    done = plan.add_action(s, "Koffie regelen", trekker="Anna Bos")
    stopped = plan.add_action(s, "IJsbaan spuiten", trekker="Bert Kok")
    plan.set_status(s, busy, "bezig", date="2026-07-01")
    plan.add_note(s, plan.latest(s, busy), "Eerste versie is klaar", date="2026-08-15")
    plan.set_status(s, done, "klaar", date="2026-08-20")
    plan.set_status(s, stopped, "gestopt", date="2026-08-21")
    del late
    return s


def _section(text: str, start: str, end: str | None = None) -> str:
    part = text[text.index(start) :]
    return part[: part.index(end)] if end and end in part else part


def test_status_progress_dates_and_overdue_per_action():
    text = pdftext.body(handout_bytes(_plan()))
    table = _section(text, "Acties", "Wat we bereikten")
    assert pdftext.missing_in_order(table, ["Zaal regelen", "1 juni 2026", "Open · te laat"]) == []
    assert pdftext.missing_in_order(table, ["Bankje plaatsen", "Open", "Waarom: Ouderen willen rusten"]) == []
    assert (
        pdftext.missing_in_order(
            table,
            ["Flyer maken", "Bezig", "Middelen: Printer van de school", "15 augustus 2026: Eerste versie is klaar"],
        )
        == []
    )
    assert pdftext.missing_in_order(table, ["IJsbaan spuiten", "Gestopt"]) == []
    assert "Koffie regelen" not in table  # done: it moved to what was achieved
    assert table.count("te laat") == 1  # the December action is not late on 1 September


def test_done_actions_under_what_we_achieved():
    text = pdftext.body(handout_bytes(_plan()))
    achieved = _section(text, "Wat we bereikten", "Actiekaarten per trekker")
    assert pdftext.missing_in_order(achieved, ["Koffie regelen", "Anna Bos", "20 augustus 2026"]) == []
    assert "Zaal regelen" not in achieved


def test_trekker_card_lists_only_their_open_actions():
    text = pdftext.body(handout_bytes(_plan()))
    anna = _section(text, "Actiekaart voor Anna Bos", "Actiekaart voor Bert Kok")
    bert = _section(text, "Actiekaart voor Bert Kok")
    assert "Zaal regelen" in anna and "Bankje plaatsen" in anna and "(te laat)" in anna
    assert "Koffie regelen" not in anna  # done
    assert "Flyer maken" in bert and "IJsbaan spuiten" not in bert  # stopped is not a to-do


def test_nobody_with_only_finished_work_gets_a_card():
    s = Session()
    a = plan.add_action(s, "Koffie regelen", trekker="Anna Bos")
    plan.set_status(s, a, "klaar", date="2026-08-20")
    text = pdftext.body(handout_bytes(s))
    assert "Wat we bereikten" in text and "Actiekaart" not in text and "☐" not in text


def test_columns_nobody_filled_in_are_left_out():
    s = Session()
    plan.add_action(s, "Zaal regelen")
    plan.add_action(s, "Flyer maken")
    text = pdftext.body(handout_bytes(s))
    for empty in ("Trekker", "Met wie", "Eerste stap", "Wanneer"):
        assert empty not in text
    assert "Status" in text


def _pages_with(pages: list[str], needle: str) -> list[int]:
    return [n for n, page in enumerate(pages) if needle in page]


def test_an_action_card_is_never_split_over_two_pages():
    s = Session()
    for n in range(6):  # a card of 6 actions with long first steps is about half a page
        plan.add_action(s, f"Actie {n}", trekker="Anna Bos", first_step="Bellen en mailen. " * 25)
    for n in range(14):
        plan.add_action(s, f"Andere {n}", trekker=f"Persoon {n:02d}", first_step="Regelen " * 30)
    pages = [re.sub(r"\s+", " ", p) for p in pdftext.pages(handout_bytes(s))]
    for name in ["Anna Bos", *(f"Persoon {n:02d}" for n in range(14))]:
        assert len(_pages_with(pages, f"Actiekaart voor {name}")) == 1
    first_card = _pages_with(pages, "Actiekaart voor Anna Bos")[0]
    cards = pages[first_card][pages[first_card].index("Actiekaart voor Anna Bos") :]
    # every action of that card is on the page where the card starts
    for n in range(6):
        assert f"Actie {n}" in cards
    # and every other card too: its last line is on the page of its title
    for n in range(14):
        page = _pages_with(pages, f"Actiekaart voor Persoon {n:02d}")[0]
        assert f"Andere {n} " in pages[page] or pages[page].endswith(f"Andere {n}")


def test_a_heading_is_never_the_last_line_of_a_page():
    s = Session()
    for n in range(1, 60):
        kk.add_card(s, f"Kaart nummer {n} met een wat langere titel", category=["gaven", "verenigingen"][n % 2])
    data = handout_bytes(s)
    for page in PdfReader(__import__("io").BytesIO(data)).pages[1:]:
        lines = [ln.strip() for ln in (page.extract_text() or "").splitlines() if ln.strip()]
        body = [ln for ln in lines if not re.search(r"pagina \d+$", ln)]
        assert body and not re.fullmatch(r"[A-Za-zÀ-ÿ ]+ \(\d+\)", body[-1]), body[-3:]


def test_each_crown_jewel_has_one_number():
    s = Session()
    card = kk.add_card(s, "Dorpshuis", category="plekken")
    kk.set_crown(s, card, True)
    text = pdftext.body(handout_bytes(s))
    jewels = _section(text, "Kroonjuwelen", "Fysieke plekken")
    assert re.findall(r"\d+", jewels) == [str(card.number)]


def test_cover_contents_give_the_page_each_section_starts_on(tmp_path):
    from facilitator.demo import write_demo
    from facilitator.store.sessionfile import open_session

    sf, s = open_session(write_demo(tmp_path))
    try:
        pages = [re.sub(r"\s+", " ", p) for p in pdftext.pages(handout_bytes(s))]
    finally:
        sf.close()
    cover = pages[0][pages[0].index("In deze hand-out") :]
    entries = re.findall(r"(\d+)\. (.+?) (\d+)(?= \d+\. | ?$| pagina| Kernkracht)", cover)
    names = [name for _n, name, _p in entries]
    assert "Krachtenkaart" in names and "Actieplan" in names and len(entries) >= 6
    pages_listed = [int(p) for _n, _name, p in entries]
    assert pages_listed == sorted(pages_listed) and pages_listed[0] >= 2
    headings = {"Krachtenkaart": "Krachtenkaart", "Rollen": "Rollen", "Actieplan": "Actieplan"}
    for _n, name, page in entries:
        if name in headings:
            without_footer = re.sub(r"^.*?pagina \d+ ", "", pages[int(page) - 1], count=1)
            assert without_footer.startswith(headings[name]), (name, page)
