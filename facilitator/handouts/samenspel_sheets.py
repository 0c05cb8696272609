"""Blank worksheets of the Gemeente and Spiegel steps: the doen-en-laten sheet, and the
mirror sheet (democratic values to circle, the two logics to cross on a 1–5 line).

The lists come from the same content files the screens use, so a sheet always matches.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.samenspel_content import gemeente, spiegel
from . import fonts, layout
from .layout import para
from .sections import samenspel_words  # noqa: F401  (adds the section words this sheet shares)
from .sheet_grid import grid as _grid
from .sheet_grid import header
from .sheetwords import sheet_word
from .words import word

WIDE = 297 * mm - 2 * layout.MARGIN


def doen_laten(styles: dict[str, Any], language: str, options: dict[str, Any]) -> list[Flowable]:
    story = header(styles, language, "doen_laten_sheet", "doen_laten_intro", options)
    lists = gemeente().lists
    head = [
        para(h, styles["head"])
        for h in (
            lists[0].label(language),
            lists[1].label(language),
            word("who_gemeente", language),
            word("linked_to", language),
        )
    ]
    questions = [para(item.say("question", language), styles["small"]) for item in lists] + ["", ""]
    rows = [head, questions] + [["", "", "", ""] for _ in range(8)]
    widths = [WIDE * f for f in (0.33, 0.33, 0.17, 0.17)]
    story.append(_grid(rows, widths, [8 * mm, 10 * mm] + [12 * mm] * 8, []))
    return story


def mirror(styles: dict[str, Any], language: str, options: dict[str, Any]) -> list[Flowable]:
    from reportlab.platypus import TableStyle

    story = header(styles, language, "spiegel_sheet", "spiegel_sheet_intro", options)
    circles = "&nbsp;&nbsp;".join(str(n) for n in range(6))  # to circle by hand
    value_rows: list[list[Any]] = [
        [para(h, styles["head"]) for h in (word("value", language), word("now", language), word("wanted", language))]
    ]
    for v in spiegel().values:
        value_rows.append(
            [
                [para(v.label(language), styles["cellbold"]), para(v.say("question", language), styles["small"])],
                Paragraph(circles, styles["body"]),
                Paragraph(circles, styles["body"]),
            ]
        )
    left = WIDE * 0.42
    values = _grid(value_rows, [left * 0.5, left * 0.25, left * 0.25], None, [("VALIGN", (0, 1), (-1, -1), "TOP")])
    line = "1 ——— 2 ——— 3 ——— 4 ——— 5"
    v_mark, g_mark = sheet_word("sheet_village_mark", language), sheet_word("sheet_gemeente_mark", language)
    logic_rows: list[list[Any]] = [[para(h, styles["head"]) for h in (word("trait", language), f"{v_mark} / {g_mark}")]]
    for t in spiegel().traits:
        poles = f"1: {t.say('collective', language)} · 5: {t.say('government', language)}"
        logic_rows.append(
            [
                [para(t.label(language), styles["cellbold"]), para(poles, styles["small"])],
                [
                    Paragraph(f"{v_mark}&nbsp; {line}", styles["body"]),
                    Paragraph(f"{g_mark}&nbsp; {line}", styles["body"]),
                ],
            ]
        )
    right = WIDE - left - 6 * mm
    logic = _grid(logic_rows, [right * 0.52, right * 0.48], None, [("VALIGN", (0, 1), (-1, -1), "TOP")])
    holder = layout.SafeTable([[values, logic]], colWidths=[left + 6 * mm, right])
    holder.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [
        holder,
        Spacer(1, 2 * mm),
        Paragraph(fonts.markup(spiegel().accountability.label(language)), styles["body"]),
    ]
    return story
