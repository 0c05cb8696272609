"""Wat levert het op? Per idea its goals, its yields and the principles it was checked
against, marked when it serves several goals; then what outside partners answered."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ... import content
from ...domain import evening_content, opbrengst
from .. import fonts
from ..layout import CELL_LIMIT, TextPara, para, shorten, table
from ..reading import Reader
from ..words import long_date


def _labels(kind: str, ids: list[str], language: str) -> list[str]:
    found = []
    for item_id in ids:
        item = evening_content.yields().find(kind, item_id)
        found.append(item.label(language) if item else item_id)
    return found


def build(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    try:
        evening_content.yields()
    except content.ContentError:
        return []
    ideas = opbrengst.tagged_ideas(reader.session)
    asks = [a for a in opbrengst.asks(reader.session) if a.partner.strip()]
    if not (ideas or asks):
        return []
    lang = reader.language
    story: list[Flowable] = [Paragraph(fonts.markup(reader.t("yields")), styles["h1"])]
    if ideas:
        story.append(Paragraph(fonts.markup(reader.t("yields_intro")), styles["intro"]))
        head = [reader.t(k) for k in ("idea", "goals", "yields_col", "principles")]
        rows: list[list[Any]] = [[para(h, styles["head"]) for h in head]]
        total = len(evening_content.yields().principles)
        for idea, tag in ideas:
            title = reader.text(idea.title)
            mark = f" <i>({fonts.markup(reader.t('multiple'))})</i>" if tag.multiple_impact else ""
            cell: list[Any] = [TextPara(fonts.markup(shorten(title, CELL_LIMIT)) + mark, styles["cellbold"])]
            if tag.argument.strip():
                cell.append(para(reader.text(tag.argument), styles["cell"], limit=CELL_LIMIT))
            rows.append(
                [
                    cell,
                    para(", ".join(_labels("goals", tag.goals, lang)), styles["cell"]),
                    para("; ".join(_labels("yields", tag.yields, lang)), styles["cell"], limit=CELL_LIMIT),
                    para(
                        ", ".join(_labels("principles", tag.principles, lang)) + f" ({len(tag.principles)}/{total})",
                        styles["cell"],
                    ),
                ]
            )
        story.append(table(rows, [58 * mm, 36 * mm, 48 * mm, 36 * mm]))
        counts = opbrengst.goal_counts(reader.session)
        if counts:
            line = ", ".join(
                f"{label} ({n})"
                for label, (_g, n) in zip(_labels("goals", [g for g, _ in counts], lang), counts, strict=True)
            )
            story.append(Spacer(1, 2 * mm))
            story.append(para(line, styles["body"], prefix=f"<b>{fonts.markup(reader.t('goal_counts'))}:</b> "))
    if asks:
        story.append(Paragraph(fonts.markup(reader.t("partners")), styles["h2"]))
        head = [reader.t(k) for k in ("partner", "partner_ask", "partner_answer", "partner_note")]
        rows = [[para(h, styles["head"]) for h in head]]
        for a in asks:
            answer = evening_content.yields().find("answers", a.answer) if a.answer else None
            said = answer.label(lang) if answer else reader.t("no_answer_yet")
            when = long_date(a.answered_on, lang) if a.answered_on else ""
            rows.append(
                [
                    para(a.partner, styles["cellbold"], limit=200),
                    para(reader.text(a.ask), styles["cell"], limit=CELL_LIMIT),
                    para(said + (f" ({when})" if when else ""), styles["cell"]),
                    para(reader.text(a.answer_note), styles["cell"], limit=CELL_LIMIT),
                ]
            )
        story.append(table(rows, [44 * mm, 56 * mm, 34 * mm, 44 * mm]))
    return story
