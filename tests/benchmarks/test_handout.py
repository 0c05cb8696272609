"""The handout of a large session against a plain reportlab document of the same text.

A big evening (300 cards, 60 activities, 100 actions, a 4000×3000 map picture) is built
in memory with the domain operations; the plain document is every line of text the
handout prints, as one paragraph per line in the same fonts, built in the same run. Printed: both times and
the ratio (aim: ratio ≤ 1.2, handout ≤ 1.5 s). Only a loose bound is asserted.
"""

from __future__ import annotations

import importlib
import importlib.util
import io
import time
from typing import Any

import pytest
from reportlab.platypus import Paragraph, SimpleDocTemplate

from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.domain import rollen
from facilitator.domain.session import Session
from facilitator.handouts import fonts, layout, write_handout
from tests.handouts import pdftext

CATEGORIES = ["gaven", "verenigingen", "instellingen", "plekken", "economie", "cultuur"]


def _optional(module: str) -> Any | None:
    name = f"facilitator.domain.{module}"
    return importlib.import_module(name) if importlib.util.find_spec(name) else None


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
        title, description = f"Kaart {n}: iets sterks in het dorp", f"Toelichting bij kaart {n}, met wat meer woorden " * 2
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
    module = _optional("eigenaarschap")
    if module is None:
        return
    for n in range(60):
        activity = module.add_activity(s, f"Activiteit {n}", current_type=n % 4 + 1)
        if n % 3 == 0:
            module.set_wanted_type(s, activity, (n + 1) % 4 + 1)
            module.edit_activity(s, activity, change_needed=f"Wat er moet veranderen {n}")
        texts += [f"Activiteit {n}", f"Wat er moet veranderen {n}"]


def _add_actions(s: Session, texts: list[str]) -> None:
    module = _optional("actieplan")
    if module is None:
        return
    for n in range(100):
        module.add_action(s, f"Actie {n}", trekker=f"Trekker {n % 25}", first_step=f"Eerste stap {n}", due="2026-10-01")
        texts += [f"Actie {n}", f"Trekker {n % 25}", f"Eerste stap {n}"]


def plain_document(texts: list[str]) -> bytes:
    styles = layout.make_styles()
    out = io.BytesIO()
    SimpleDocTemplate(out).build([Paragraph(fonts.markup(t), styles["body"]) for t in texts])
    return out.getvalue()


def handout(session: Session) -> bytes:
    out = io.BytesIO()
    write_handout(session, out)
    return out.getvalue()


def best_of(n: int, fn, *args):  # type: ignore[no-untyped-def]
    best, result = float("inf"), None
    for _ in range(n):
        start = time.perf_counter()
        result = fn(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


@pytest.mark.benchmark
def test_large_handout_against_a_plain_document():
    session, _texts = large_session()
    fonts.register()
    handout_time, data = best_of(3, handout, session)
    # the same text: every line the handout prints (headings, tables, legend, action cards)
    lines = [line for page in pdftext.pages(data) for line in page.splitlines() if line.strip()]
    plain_time, _ = best_of(3, plain_document, lines)
    ratio = handout_time / plain_time
    parts = ", ".join(m for m in ("eigenaarschap", "actieplan") if _optional(m)) or "no Type 1-4 / action plan module yet"
    print(
        f"\nhandout of a large session ({parts}): {handout_time:.2f} s, {len(data) / 1e6:.2f} MB, "
        f"{len(pdftext.reader(data).pages)} pages; plain document of its {len(lines)} lines: {plain_time:.2f} s; "
        f"ratio {ratio:.2f} (aim ≤ 1.2, ≤ 1.5 s)"
    )
    assert len(data) < 5_000_000  # the 4000×3000 map is scaled down, not embedded whole
    assert ratio < 10
