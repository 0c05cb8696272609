"""Blank worksheets for the evening itself: the interview in pairs (hoofd, hart, handen),
"wie doet mee?" to sign up for an idea, and "wie ontbreekt?" for the room to fill.

The questions come from ``resources/data/avond.json`` and ``wie_ontbreekt.json``, the
same files the screens use. :mod:`.worksheets` registers them in its list.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..content import text
from ..domain import evening_content
from . import fonts
from .layout import para
from .sheet_grid import grid as _grid
from .sheetwords import sheet_word
from .words import word

WIDE = 297 * mm - 32 * mm


def _top(styles: dict[str, Any], language: str, title: dict[str, str], intro: dict[str, str]) -> list[Flowable]:
    return [
        Paragraph(fonts.markup(sheet_word("worksheet", language).upper()), styles["small"]),
        Paragraph(fonts.markup(text(title, language)), styles["h1"]),
        Paragraph(fonts.markup(text(intro, language)), styles["intro"]),
        Spacer(1, 2 * mm),
    ]


def interview(styles: dict[str, Any], language: str, options: dict[str, Any]) -> list[Flowable]:
    """One page, two columns: each person of the pair writes down what the other tells."""
    c = evening_content.evening()
    story = _top(styles, language, c.interview_title, c.interview_intro)
    who = para(word("ws_interviewed", language) + ":", styles["head"])
    rows: list[list[Any]] = [[who, who]]
    for q in c.interview_questions:
        question = para(q.label(language), styles["cellbold"])
        rows.append([question, question])
    consent = para(word("ws_consent", language) + "   " + word("ws_contact", language) + ":", styles["small"])
    rows.append([consent, consent])
    heights = [9 * mm] + [21 * mm] * len(c.interview_questions) + [12 * mm]
    story.append(_grid(rows, [WIDE / 2, WIDE / 2], heights, [("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return story


def signup(styles: dict[str, Any], language: str, options: dict[str, Any]) -> list[Flowable]:
    c = evening_content.evening()
    story = _top(styles, language, c.signup_title, c.signup_intro)
    story.append(
        Paragraph(fonts.markup(word("ws_idea", language)) + ": ______________________________________", styles["big"])
    )
    head = [para(word(k, language), styles["head"]) for k in ("ws_name", "ws_consent", "ws_contact")]
    rows = [head] + [["", "", ""] for _ in range(12)]
    story.append(_grid(rows, [WIDE * 0.4, WIDE * 0.2, WIDE * 0.4], [8 * mm] + [10 * mm] * 12, []))
    return story


def missing(styles: dict[str, Any], language: str, options: dict[str, Any]) -> list[Flowable]:
    c = evening_content.missing()
    story = _top(styles, language, {"nl": "Wie ontbreekt?", "en": "Who is missing?"}, c.question)
    story.append(Paragraph(fonts.markup(text(c.note, language)), styles["body"]))
    ideas = ", ".join(g.label(language).lower() for g in c.groups[:6])
    story.append(Paragraph(fonts.markup(ideas + " …"), styles["small"]))
    story.append(Spacer(1, 2 * mm))
    head = [
        para(word(k, language), styles["head"]) for k in ("missing_group", "missing_why", "missing_way", "missing_who")
    ]
    rows = [head] + [["", "", "", ""] for _ in range(7)]
    story.append(_grid(rows, [WIDE * f for f in (0.22, 0.26, 0.32, 0.2)], [8 * mm] + [15 * mm] * 7, []))
    return story


def register(sheets: dict[str, Any]) -> None:
    sheets["interview"] = (interview, "interview")
    sheets["wiedoetmee"] = (signup, "signup_sheet")
    sheets["wieontbreekt"] = (missing, "missing_sheet")
