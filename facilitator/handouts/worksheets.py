"""Blank worksheets to print before a meeting: the wijksafari inventory, the Type 1–4
board, the role scoring sheet and the action plan.

Categories, kinds of observation and role sets come from the same data files the app
uses, so a sheet always matches the screens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from .. import content
from . import evening_sheets, fonts, layout, samenspel_sheets
from .layout import INK, SHADE, SafeTable, para
from .radar import radar
from .sheet_grid import grid as _grid
from .sheet_grid import header as _header
from .sheetwords import SHEET_WORDS, role_sets, sheet_word

Sheet = Callable[[dict[str, Any], str, dict[str, Any]], list[Flowable]]
WIDE = 297 * mm - 2 * layout.MARGIN


class Upright(Flowable):
    """A column heading written bottom-to-top, so narrow tick columns keep whole words."""

    def __init__(self, text: str, size: float = 7.5) -> None:
        super().__init__()
        self.text = fonts.plain(text)
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size + 2, min(avail_height, 20 * mm)

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.rotate(90)
        c.setFont(fonts.REGULAR, self.size)
        text = self.text
        while text and c.stringWidth(text, fonts.REGULAR, self.size) > 19 * mm:
            text = text[:-1]
        c.drawString(0, -self.size, text)
        c.restoreState()


def inventaris(styles: dict[str, Any], language: str, options: dict[str, Any]) -> list[Flowable]:
    data = content.load("categories")
    cats = [
        (
            content.text(c.get("short", c["label"]), language),
            content.text(c["label"], language),
            content.text(c.get("explain", ""), language),
        )
        for c in data["categories"]
        if not c.get("parked")  # a worry is ticked as "knelpunt" and goes to the parkeerplaats
    ]
    kinds = [content.text(o["label"], language) for o in data.get("observations", [])]
    story = _header(styles, language, "inventaris", "inventaris_intro")
    tick = 11.5 * mm
    rest = WIDE - 8 * mm - tick * (len(cats) + len(kinds))
    widths = [8 * mm, rest * 0.58] + [tick] * len(cats) + [tick] * len(kinds) + [rest * 0.42]
    group_row: list[Any] = ["", ""] + [para(sheet_word("category", language), styles["head"])] + [""] * (len(cats) - 1)
    group_row += [para(sheet_word("kind", language), styles["head"])] + [""] * (len(kinds) - 1) + [""]
    head: list[Any] = [para("#", styles["head"]), para(sheet_word("what_seen", language), styles["head"])]
    head += [Upright(short) for short, _l, _e in cats]
    head += [Upright(k) for k in kinds]
    head += [para(sheet_word("where_photo", language), styles["head"])]
    rows = [group_row, head] + [[str(n)] + [""] * (len(widths) - 1) for n in range(1, 9)]
    c0, k0 = 2, 2 + len(cats)
    extra = [
        ("SPAN", (c0, 0), (k0 - 1, 0)),
        ("SPAN", (k0, 0), (k0 + len(kinds) - 1, 0)),
        ("BACKGROUND", (0, 1), (-1, 1), SHADE),
        ("LINEAFTER", (k0 - 1, 0), (k0 - 1, -1), 1.6, INK),
        ("LINEAFTER", (1, 0), (1, -1), 1.6, INK),
        ("LINEAFTER", (k0 + len(kinds) - 1, 0), (k0 + len(kinds) - 1, -1), 1.6, INK),
    ]
    story.append(_grid(rows, widths, [6 * mm, 22 * mm] + [8 * mm] * 8, extra))
    story.append(Spacer(1, 3 * mm))
    legend = [[para(label, styles["cellbold"]), para(explain, styles["small"])] for _s, label, explain in cats]
    per_row = 3
    rows_legend = []
    for i in range(0, len(legend), per_row):
        chunk = legend[i : i + per_row] + [["", ""]] * (per_row - len(legend[i : i + per_row]))
        rows_legend.append([cell for pair in chunk for cell in pair])
    third = WIDE / per_row
    story.append(layout.table(rows_legend, [30 * mm, third - 30 * mm] * per_row, header=False, zebra=False))
    return story


def eigenaarschap(styles: dict[str, Any], language: str, options: dict[str, Any]) -> list[Flowable]:

    story = _header(styles, language, "board", "board_intro")
    from .sections.eigenaarschap import type_info

    info = type_info(language)
    head = [[para(t["label"], styles["h2"]), para(t["owner"], styles["small"])] for t in info]
    asks = [
        [
            para(
                t["asks"] or sheet_word(f"asks{n}", language),
                styles["small"],
                prefix=f"<b>{fonts.markup(t['role'])}</b> " if t["role"] else "",
            )
        ]
        for n, t in enumerate(info, start=1)
    ]
    arrow = SafeTable(
        [
            [
                para(sheet_word("board_left", language), styles["cellbold"]),
                para(sheet_word("board_right", language), styles["right"]),
            ]
        ],
        colWidths=[WIDE / 2, WIDE / 2],
    )
    rows: list[list[Any]] = [head, ["", "", "", ""], asks]
    t = _grid(
        rows,
        [WIDE / 4] * 4,
        [20 * mm, 82 * mm, 14 * mm],
        [("VALIGN", (0, 0), (-1, 0), "TOP"), ("BACKGROUND", (0, 2), (-1, 2), SHADE)],
    )
    story += [t, Spacer(1, 2 * mm), arrow]
    return story


def rollen(styles: dict[str, Any], language: str, options: dict[str, Any]) -> list[Flowable]:
    sets = role_sets(language)
    wanted = str(options.get("set") or "")
    chosen = next((s for s in sets if s["id"] == wanted), sets[0])
    story = _header(styles, language, "roles_sheet", "roles_intro")
    story.append(para(chosen["name"], styles["h2"]))
    boxes = "&nbsp;&nbsp;".join(str(n) for n in range(6))  # to circle by hand
    head = [
        para(h, styles["head"])
        for h in (
            sheet_word("role", language),
            sheet_word("now_0_5", language),
            sheet_word("wanted_0_5", language),
            sheet_word("notes", language),
        )
    ]
    rows: list[list[Any]] = [head]
    for role in chosen["roles"]:
        rows.append(
            [
                [para(role["name"], styles["cellbold"]), para(role.get("explain", ""), styles["small"], limit=300)],
                Paragraph(boxes, styles["big"]),
                Paragraph(boxes, styles["big"]),
                "",
            ]
        )
    left = WIDE * 0.66
    widths = [left * 0.34, left * 0.2, left * 0.2, left * 0.26]
    # role rows as tall as their explanation, with room below it to write
    heights: list[float | None] = [8 * mm] + [None] * len(chosen["roles"])
    scoring = _grid(
        rows, widths, heights, [("VALIGN", (0, 1), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 1), (-1, -1), 3 * mm)]
    )
    labels = [r["name"] for r in chosen["roles"]]
    side: list[Flowable] = []
    if len(labels) >= 3:
        chart = radar(labels, [0] * len(labels), [0] * len(labels), size=130)
        chart.contents = [c for c in chart.contents if c.__class__.__name__ != "Circle"]  # no dots: to draw on
        side.append(chart)
    side.append(para(sheet_word("radar_hint", language), styles["small"]))
    holder = SafeTable([[scoring, side]], colWidths=[left + 4 * mm, WIDE - left - 4 * mm])
    from reportlab.platypus import TableStyle

    holder.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(holder)
    return story


def actieplan(styles: dict[str, Any], language: str, options: dict[str, Any]) -> list[Flowable]:
    from .words import word

    story = _header(styles, language, "action_sheet", "action_intro")
    head = [para(word(k, language), styles["head"]) for k in ("what", "trekker", "with_whom", "first_step", "when")]
    widths = [WIDE * f for f in (0.3, 0.15, 0.17, 0.26, 0.12)]
    rows = [head] + [["", "", "", "", ""] for _ in range(7)]
    story.append(_grid(rows, widths, [8 * mm] + [15 * mm] * 7, []))
    return story


#: name → (builder, word key of its title)
WORKSHEETS: dict[str, tuple[Sheet, str]] = {
    "inventaris": (inventaris, "inventaris"),
    "eigenaarschap": (eigenaarschap, "board"),
    "rollen": (rollen, "roles_sheet"),
    "actieplan": (actieplan, "action_sheet"),
}

evening_sheets.register(WORKSHEETS)  # issue 12: interview, wie doet mee, wie ontbreekt


def _add_samenspel_sheets() -> None:
    WORKSHEETS["doen-en-laten"] = (samenspel_sheets.doen_laten, "doen_laten_sheet")
    WORKSHEETS["spiegel"] = (samenspel_sheets.mirror, "spiegel_sheet")


_add_samenspel_sheets()


def write_worksheet(name: str, target: str | Path | IO[bytes], language: str = "nl", **options: Any) -> None:
    """Write worksheet ``name`` (a key of :data:`WORKSHEETS`) as a landscape A4 PDF."""
    if name not in WORKSHEETS:
        raise KeyError(name)
    language = "en" if language == "en" else "nl"
    builder, title_key = WORKSHEETS[name]
    styles = layout.make_styles()
    story = builder(styles, language, options)
    title = sheet_word(title_key, language)
    layout.build(
        story, str(target) if isinstance(target, Path) else target, f"Kernkracht · {title}", language, title, wide=True
    )


__all__ = ["SHEET_WORDS", "WORKSHEETS", "write_worksheet"]
