"""The ruled grid of the blank worksheets: a header row in grey, every cell boxed."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table, TableStyle

from .layout import INK, SHADE, SafeTable


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
