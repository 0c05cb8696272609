"""A long table is measured once and cut per page (handouts/long_table.py): the same pages
as reportlab's own splitting, with work that grows with the rows, not rows × pages."""

from __future__ import annotations

import io

from reportlab.platypus import Paragraph, TableStyle

from facilitator.handouts import fonts, layout, long_table
from tests.handouts import pdftext


def _rows(n: int, styles) -> list[list[object]]:  # type: ignore[no-untyped-def]
    rows: list[list[object]] = [[layout.para("Nr", styles["head"]), layout.para("Kaart", styles["head"])]]
    for k in range(n):
        text = f"Kaart {k} " + ("met een langere toelichting die over twee regels loopt " if k % 3 == 0 else "")
        rows.append([str(k + 1), Paragraph(text, styles["cell"])])
    return rows


def _pdf(story) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    layout.build(story, out, "voet", "nl", "titel")
    return out.getvalue()


def test_a_long_table_prints_the_same_pages_as_reportlabs_own_split():
    styles = layout.make_styles()
    extra = [("BOX", (1, 7), (1, 7), 1, layout.INK), ("FONTNAME", (0, 1), (0, 300), fonts.BOLD)]
    ours = layout.table(_rows(300, styles), [20 * 2.83, 150 * 2.83], extra=extra)
    assert isinstance(ours, long_table.RowRun)
    # the same table as one reportlab Table with the same commands (zebra, header, extra)
    plain = layout.SafeTable(_rows(300, styles), colWidths=[20 * 2.83, 150 * 2.83], repeatRows=1, hAlign="LEFT")
    plain.setStyle(TableStyle(ours.styles.remap(0, 300)))
    heading = Paragraph("Krachten", styles["h2"])
    mine, theirs = _pdf([heading, ours]), _pdf([Paragraph("Krachten", styles["h2"]), plain])
    assert pdftext.pages(mine) == pdftext.pages(theirs)
    pages = pdftext.pages(mine)
    assert len(pages) > 3
    for page in pages[1:]:  # the header on every page, before the first card
        lines = [line.strip() for line in page.split("\n")]
        assert (
            lines.index("Nr")
            < lines.index("Kaart")
            < min(n for n, line in enumerate(lines) if line.startswith("Kaart "))
        )
    text = pdftext.text(mine)
    assert pdftext.missing_in_order(text, [f"Kaart {k} " for k in range(300)]) == []


def test_the_rows_handled_grow_with_the_table_not_with_rows_times_pages(monkeypatch):
    """reportlab's split makes a new Table of all the rows left on every page (1600 rows over
    about 30 pages: some 25,000 rows copied); a RowRun handles each row a fixed few times."""
    from reportlab.platypus import tables

    handled = [0]
    original = tables.Table.__init__

    def counting(self, data, *args, **kwargs):  # type: ignore[no-untyped-def]
        handled[0] += len(data)
        original(self, data, *args, **kwargs)

    monkeypatch.setattr(tables.Table, "__init__", counting)
    styles = layout.make_styles()
    per_row = []
    for n in (100, 1600):
        handled[0] = 0
        _pdf([layout.table(_rows(n, styles), [60, 420])])
        per_row.append(handled[0] / n)
    assert per_row[1] < 3.5 and per_row[1] <= per_row[0] + 0.5, per_row


def test_style_commands_follow_their_rows_into_each_piece():
    styles = long_table.Styles(
        [
            ("BACKGROUND", (0, 5), (-1, 5), "grey"),
            ("LINEBELOW", (0, 0), (-1, -1), 1, "black"),
            ("FONT", (1, 3), (1, 9), "X"),
        ],
        count=11,
    )
    piece = styles.remap(4, 8)  # data rows 4..7 = table rows 5..8
    assert ("BACKGROUND", (0, 1), (-1, 1), "grey") in piece  # table row 5 is the piece's first data row
    assert ("LINEBELOW", (0, 0), (-1, 0), 1, "black") in piece and ("LINEBELOW", (0, 1), (-1, 4), 1, "black") in piece
    assert ("FONT", (1, 1), (1, 4), "X") in piece
    assert not [c for c in styles.remap(8, 10) if c[0] == "BACKGROUND"]
    assert not long_table.fits([("SPAN", (0, 2), (1, 3))]) and long_table.fits([("SPAN", (0, 2), (1, 2))])
