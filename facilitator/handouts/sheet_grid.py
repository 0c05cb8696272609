"""The frame every worksheet shares: its header (title, intro, fields to fill in) and a ruled grid."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from . import fonts
from .layout import INK, SHADE, SafeTable
from .sheetwords import sheet_word


def header(styles: dict[str, Any], language: str, title_key: str, intro_key: str) -> list[Flowable]:
    fields = sheet_word("fields", language)
    return [
        Paragraph(fonts.markup(sheet_word("worksheet", language).upper()), styles["small"]),
        Paragraph(fonts.markup(sheet_word(title_key, language)), styles["h1"]),
        Paragraph(fonts.markup(sheet_word(intro_key, language)), styles["intro"]),
        Paragraph(fonts.markup(fields), styles["body"]),
        Spacer(1, 2 * mm),
    ]


def grid(
    rows: list[list[Any]],
    widths: list[float],
    heights: list[float | None] | list[float] | None,
    extra: list[tuple[Any, ...]],
) -> Table:
    t = SafeTable(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.6, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    t.setStyle(TableStyle(style + extra))
    return t
