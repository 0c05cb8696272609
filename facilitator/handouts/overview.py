"""The gemeente's overview on paper and in a spreadsheet: a PDF report and an XLSX workbook.

Both take an :class:`~facilitator.store.overview.Overview`. The workbook has one sheet with
each kern's last meeting, one with every meeting, and one with the files that could not be
read; dates are real dates, and text that starts like a formula (``=``, ``+``, ``-``, ``@``)
is stored as text, never as a formula.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..store.overview import KernRow, Overview, as_table, last_per_kern, theme_text
from . import fonts, layout


def write_xlsx(overview: Overview, target: str | Path | IO[bytes]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheets = [
        ("Per kern", last_per_kern(overview)),
        ("Alle bijeenkomsten", list(overview.readable)),
        ("Niet te lezen", list(overview.problems)),
    ]
    first = True
    for title, rows in sheets:
        sheet = book.active if first else book.create_sheet()
        first = False
        assert sheet is not None
        sheet.title = title
        headings, table = as_table(rows)
        sheet.append(headings)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for values in table:
            sheet.append(values)
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text stays text, even "=SOM(…)" typed into a field
        for column, heading in enumerate(headings, start=1):
            letter = get_column_letter(column)
            longest = max([len(str(heading))] + [len(str(row[column - 1])) for row in table])
            sheet.column_dimensions[letter].width = min(60, max(8, longest + 2))
            if heading == "Laatste bijeenkomst":
                for cell in sheet[letter][1:]:
                    if isinstance(cell.value, datetime.date):
                        cell.number_format = "DD-MM-YYYY"
        sheet.freeze_panes = "B2"
    if overview.anonymous:
        book.properties.description = "Anoniem: zonder namen van trekkers"
    book.save(target)


def write_pdf(overview: Overview, target: str | Path | IO[bytes]) -> None:
    """An A4 landscape report: one table row per kern, then the files that could not be read."""
    styles = layout.make_styles()
    rows = last_per_kern(overview)
    readable = [r for r in rows if not r.problem]
    story: list[Flowable] = [
        Paragraph(fonts.markup("Overzicht van de kernen"), styles["title"]),
        Paragraph(
            fonts.markup(
                f"{len(readable)} kernen en wijken, {len(overview.readable)} bijeenkomsten"
                + (" · anoniem" if overview.anonymous else "")
            ),
            styles["subtitle"],
        ),
        Spacer(1, 4 * mm),
    ]
    if readable:
        cell, head = styles["cell"], styles["head"]
        header = [
            "Kern",
            "Laatste",
            "Type 1–4 nu",
            "Verschuiven",
            "Acties open / bezig / klaar; per thema",
            "Over tijd",
        ]
        header += ["Gevraagd van anderen; gemeente doet en laat", "Trekkers"]
        table: list[list[Any]] = [[layout.para(h, head) for h in header]]
        for r in readable:
            table.append(
                [
                    layout.para(r.title, cell, limit=120),
                    layout.para(_short_date(r.date), cell),
                    layout.para(" · ".join(str(n) for n in r.types_now), cell),
                    layout.para(str(r.shifts), cell),
                    layout.para(_actions_cell(r), cell, limit=400),
                    layout.para(str(r.overdue) if r.overdue else "", cell),
                    layout.para(_asks_cell(r), cell, limit=600),
                    layout.para(", ".join(r.trekkers), cell, limit=300),
                ]
            )
        widths = [40 * mm, 20 * mm, 24 * mm, 24 * mm, 32 * mm, 16 * mm, 62 * mm, 49 * mm]
        story.append(layout.table(table, widths))
    problems: list[KernRow] = list(overview.problems)
    if problems:
        story.append(Spacer(1, 6 * mm))
        story.append(Paragraph(fonts.markup("Niet te lezen"), styles["h2"]))
        for r in problems:
            said = r.problem if r.path.name in r.problem else f"{r.path.name}: {r.problem}"
            story.append(layout.para(said, styles["body"], limit=400))
    if isinstance(target, Path):
        target = str(target)
    layout.build(story, target, "Kernkracht · overzicht van de kernen", "nl", "Overzicht van de kernen", wide=True)


def _actions_cell(r: KernRow) -> str:
    counts = f"{r.actions_open} / {r.actions_busy} / {r.actions_done}"
    return f"{counts}; {theme_text(r.themes)}" if r.themes else counts


def _asks_cell(r: KernRow) -> str:
    parts = ["; ".join(r.asks)] if r.asks else []
    if r.starts:
        parts.append("Gemeente doet: " + "; ".join(r.starts))
    if r.stops:
        parts.append("Gemeente laat: " + "; ".join(r.stops))
    return " · ".join(parts)


def _short_date(text: str) -> str:
    try:
        day = datetime.date.fromisoformat(text)
    except ValueError:
        return text
    return f"{day.day}-{day.month}-{day.year}"
