"""The frame every worksheet shares: its header (title, intro, fields to fill in) and a ruled grid."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from . import fonts
from .layout import INK, SHADE, SafeTable, TextPara
from .sheetwords import sheet_word


def fields(language: str, options: dict[str, Any]) -> str:
    """The place/date line: filled in with the meeting's place and date when it is known."""
    place = " ".join(str(options.get("place", "") or "").split())[:80]
    date = str(options.get("date", "") or "").strip()
    if not (place or date):
        return fonts.markup(sheet_word("fields", language))
    from .words import long_date

    blank_place, blank_date = "______________________", "____________"
    return fonts.markup(
        sheet_word("fields_filled", language).format(
            place=place or blank_place, date=long_date(date, language) if date else blank_date
        )
    )


def header(
    styles: dict[str, Any], language: str, title_key: str, intro_key: str, options: dict[str, Any] | None = None
) -> list[Flowable]:
    """Title, intro and the place/date line (filled in when printed from a meeting)."""
    return [
        Paragraph(fonts.markup(sheet_word("worksheet", language).upper()), styles["small"]),
        Paragraph(fonts.markup(sheet_word(title_key, language)), styles["h1"]),
        Paragraph(fonts.markup(sheet_word(intro_key, language)), styles["intro"]),
        TextPara(fields(language, options or {}), styles["body"]),
        Spacer(1, 2 * mm),
    ]


def grid(
    rows: list[list[Any]],
    widths: list[float],
    heights: list[float | None] | list[float] | None,
    extra: list[tuple[Any, ...]],
    repeat: int = 1,
) -> Table:
    t = SafeTable(rows, colWidths=widths, rowHeights=heights, repeatRows=repeat)
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.6, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    t.setStyle(TableStyle(style + extra))
    return t
