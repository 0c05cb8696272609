"""The handout of a large session against a plain reportlab document of the same text.

A big evening (300 cards, 60 activities, 100 actions, a 4000×3000 map picture) is built
in memory with the domain operations; the plain document is every line of text the
handout prints, as one paragraph per line, built in the same run. It is made fair both ways:
the same page size and margins, the same embedded fonts (a line the handout prints in bold
is bold there too, and no page starts in reportlab's Helvetica).

Measured in interleaved pairs (who goes first alternates, so a busy moment of the shared
machine hurts both alike), in CPU seconds of this process (each build runs in this one
thread; the wall clock would mostly measure the other builds on the machine). Printed:
``BENCH handout_vs_plain_pairs_cpu_s handout plain ratio spread``: the medians of both, their
ratio (aim ≤ 1.1) and the spread (max − min) of the per-pair ratios; the median of the
per-pair ratios is printed beside it. The map picture is
scaled once per stored picture and remembered (the Afronding step makes a handout more than
once), so one build before the pairs warms it. Only a loose bound is asserted.
"""

from __future__ import annotations

import io
import statistics
import time
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from facilitator.domain import actieplan, eigenaarschap, rollen
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.domain.session import Session
from facilitator.handouts import fonts, layout, write_handout
from facilitator.handouts.sections import mapimage
from tests.benchmarks.conftest import report_line
from tests.handouts import pdftext

CATEGORIES = ["gaven", "verenigingen", "instellingen", "plekken", "economie", "cultuur"]


def large_session() -> tuple[Session, list[str]]:
    """The session, and every piece of its text (for the plain document)."""
    s = Session()
    texts: list[str] = []
    prep.edit_meeting(s, place="Grootdorp", date="2026-09-01", facilitator="Begeleider", purpose="Een volle avond")
    for n in range(40):
        prep.add_participant(s, f"Deelnemer {n}", "bewoner", f"Club {n}")
        texts.append(f"Deelnemer {n} Club {n}")
    cards = []
    for n in range(300):
        title, description = (
            f"Kaart {n}: iets sterks in het dorp",
            f"Toelichting bij kaart {n}, met wat meer woorden " * 2,
        )
        card = kk.add_card(s, title, CATEGORIES[n % 6], description=description, holder=f"Houder {n}")
        texts += [title, description, f"Houder {n}"]
        if n % 10 == 0:
            kk.set_crown(s, card, True, f"Omdat kaart {n} belangrijk is")
            texts.append(f"Omdat kaart {n} belangrijk is")
        kk.set_dots(s, card, n % 7)
        cards.append(card)
    kk.set_map_picture(s, pdftext.png(4000, 3000), "image/png", 4000, 3000, "kaart.png")
    for n, card in enumerate(cards[:80]):
        kk.pin_card(s, card, (n % 10) / 10 + 0.05, (n // 10) / 8 + 0.05)
    for n in range(20):
        kk.connect(s, cards[n * 3 : n * 3 + 3], f"Idee {n}", f"Uitleg bij idee {n}")
        texts += [f"Idee {n}", f"Uitleg bij idee {n}"]
    kk.set_vision(s, "Een dorp waar iedereen meedoet. " * 10)
    texts.append("Een dorp waar iedereen meedoet. " * 10)
    for group in rollen.GROUPS:
        for role_id in ("representatief", "adviserend", "activerend", "verbindend"):
            rollen.set_score(s, "bewonersorganisatie", role_id, now=2, wanted=4, group=group)
            rollen.set_notes(s, "bewonersorganisatie", role_id, f"Notitie {role_id} {group}", group=group)
            texts.append(f"Notitie {role_id} {group}")
    _add_activities(s, texts)
    _add_actions(s, texts)
    return s, texts


def _add_activities(s: Session, texts: list[str]) -> None:
    module = eigenaarschap
    for n in range(60):
        activity = module.add_activity(s, f"Activiteit {n}", current_type=n % 4 + 1)
        if n % 3 == 0:
            module.set_wanted_type(s, activity, (n + 1) % 4 + 1)
            module.edit_activity(s, activity, change_needed=f"Wat er moet veranderen {n}")
        texts += [f"Activiteit {n}", f"Wat er moet veranderen {n}"]


def _add_actions(s: Session, texts: list[str]) -> None:
    module = actieplan
    for n in range(100):
        module.add_action(s, f"Actie {n}", trekker=f"Trekker {n % 25}", first_step=f"Eerste stap {n}", due="2026-10-01")
        texts += [f"Actie {n}", f"Trekker {n % 25}", f"Eerste stap {n}"]


def printed_lines(data: bytes) -> list[tuple[str, bool]]:
    """Every line of text in the PDF, and whether it is printed mostly in the bold font."""
    return [line for page in pdftext.reader(data).pages for line in _page_lines(page)]


def _page_lines(page: Any) -> list[tuple[str, bool]]:
    current: list[list[Any]] = [["", 0, 0]]  # text, bold characters, regular characters

    def visit(text: str, _cm: Any, _tm: Any, font: Any, _size: Any) -> None:
        bold = font is not None and "Bold" in str(font.get("/BaseFont", ""))
        for n, part in enumerate(text.split("\n")):
            if n:
                current.append(["", 0, 0])
            current[-1][0] += part
            current[-1][1 if bold else 2] += len(part.strip())

    page.extract_text(visitor_text=visit)
    return [(text, bold > regular) for text, bold, regular in current if text.strip()]


def plain_document(lines: list[tuple[str, bool]]) -> bytes:
    styles = layout.make_styles()
    bold = ParagraphStyle("bodybold", parent=styles["body"], fontName=fonts.BOLD)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=layout.MARGIN,
        rightMargin=layout.MARGIN,
        topMargin=layout.MARGIN,
        bottomMargin=layout.MARGIN + 6 * mm,
        initialFontName=fonts.REGULAR,
    )
    doc.build([Paragraph(fonts.markup(text), bold if is_bold else styles["body"]) for text, is_bold in lines])
    return out.getvalue()


def handout(session: Session) -> bytes:
    out = io.BytesIO()
    write_handout(session, out)
    return out.getvalue()


def interleaved(first, second, pairs: int) -> tuple[float, float, float, float]:  # type: ignore[no-untyped-def]
    """Median CPU time of ``first`` and of ``second``, the median of their per-pair ratios and
    the spread of those ratios (max − min); who goes first alternates from pair to pair."""
    a, b = [], []
    for n in range(pairs):
        for fn, times in ((first, a), (second, b)) if n % 2 == 0 else ((second, b), (first, a)):
            start = time.process_time()
            fn()
            times.append(time.process_time() - start)
    ratios = [x / y for x, y in zip(a, b, strict=True)]
    return statistics.median(a), statistics.median(b), statistics.median(ratios), max(ratios) - min(ratios)


def test_interleaving_alternates_who_goes_first():
    order: list[str] = []
    interleaved(lambda: order.append("a"), lambda: order.append("b"), 4)
    assert order == ["a", "b", "b", "a", "a", "b", "b", "a"]


@pytest.mark.benchmark
def test_large_handout_against_a_plain_document(report):  # type: ignore[no-untyped-def]
    session, _texts = large_session()
    fonts.register()
    mapimage._SCALED.clear()
    data = handout(session)  # warms the map picture's cache and the fonts
    # the same text: every line the handout prints (headings, tables, legend, action cards)
    lines = printed_lines(data)
    plain = plain_document(lines)
    assert set(pdftext.fonts(plain)) == set(pdftext.fonts(data))  # the same fonts, all embedded
    ours, base, ratio, spread = interleaved(lambda: handout(session), lambda: plain_document(lines), 7)
    print(
        f"\nhandout of a large session: {len(data) / 1e6:.2f} MB, {len(pdftext.reader(data).pages)} pages; "
        f"plain document of its {len(lines)} lines: {len(pdftext.reader(plain).pages)} pages; "
        f"median of the pair ratios {ratio:.3f}"
    )
    report_line("handout_vs_plain_pairs_cpu_s", ours, base, spread)
    assert len(data) < 5_000_000  # the 4000×3000 map is scaled down, not embedded whole
    assert ratio < 10
