"""A long table that is measured once and cut into one table per page.

reportlab splits a long Table page by page: every split measures the rows that are left
(``Table._calc_height`` also looks for the next unmeasured row from the top each time)
and copies their styles into a new table. For a table of N rows over P pages that is
N × P work, so a wall of 20,000 cards took minutes. :class:`RowRun` measures every row
once (in blocks, with reportlab's own measuring, so heights are exactly reportlab's),
keeps running sums of the heights, and on a split makes a plain Table of only the rows
that fit, with their heights given (so reportlab measures nothing again), plus the rest
as a new RowRun sharing the same measurements. Linear in N.

It takes the tables :func:`layout.table` makes: fixed column widths, a header row
repeated on every page, style commands over cells; a SPAN must stay within one row.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

#: rows measured per block (a Table per block: large enough to be cheap, small enough
#: that reportlab's own search for unmeasured rows stays short)
BLOCK = 64
#: from how many rows :func:`layout.table` uses a RowRun
LONG_ROWS = 40

Command = tuple[Any, ...]


def fits(commands: Sequence[Command]) -> bool:
    """True when a RowRun can carry these style commands (no SPAN over several rows)."""
    return all(cmd[1][1] == cmd[2][1] for cmd in commands if cmd[0] == "SPAN")


def _row(index: int, count: int) -> int:
    return index + count if index < 0 else index


class _Measure:
    """The heights of a table's rows, measured once, and their running sums."""

    def __init__(self, run: RowRun) -> None:
        self.header = 0.0
        self.heights: list[float] = []
        total = len(run.rows)
        for start in range(0, total, BLOCK):
            block = run.piece(start, min(start + BLOCK, total), measured=False)
            block.wrap(run.width, 1e9)
            heights = list(block._rowHeights)
            self.header = heights[0]
            self.heights += heights[1:]
        if not run.rows:
            block = run.piece(0, 0, measured=False)
            block.wrap(run.width, 1e9)
            self.header = block._rowHeights[0]
        #: sums[i]: the height of rows 0..i-1
        self.sums = [0.0, *itertools.accumulate(self.heights)]


class RowRun(Flowable):
    """Rows ``start``.. of a long table with a header; splits between rows, never re-measures."""

    def __init__(
        self,
        header: Sequence[Any],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        commands: Sequence[Command] | Styles,
        table_class: type[Table] = Table,
        start: int = 0,
        measure: _Measure | None = None,
    ) -> None:
        super().__init__()
        #: the Table kind of the pieces (layout.SafeTable: our font in plain-string cells)
        self.table_class = table_class
        self.header = list(header)
        self.rows = rows
        self.widths = list(widths)
        self.styles = commands if isinstance(commands, Styles) else Styles(commands, len(rows) + 1)
        self.start = start
        self._measure = measure
        self.width = float(sum(widths))
        self.height = 0.0
        self.hAlign = "LEFT"

    @property
    def measure(self) -> _Measure:
        if self._measure is None:
            self._measure = _Measure(self)
        return self._measure

    def _height(self, start: int, end: int) -> float:
        m = self.measure
        return m.header + m.sums[end] - m.sums[start]

    def piece(self, start: int, end: int, measured: bool = True) -> Table:
        """A plain Table of the header and rows ``start``..``end``-1 (global data rows)."""
        heights = None
        if measured:
            m = self.measure
            heights = [m.header, *m.heights[start:end]]
        table = self.table_class(
            [self.header, *self.rows[start:end]],
            colWidths=self.widths,
            rowHeights=heights,
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(TableStyle(self.styles.remap(start, end)))
        return table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        self.height = self._height(self.start, len(self.rows))
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        m = self.measure
        # the most rows whose heights, with the header, fit in availHeight
        limit = availHeight - m.header + m.sums[self.start] + 1e-6
        end = bisect.bisect_right(m.sums, limit) - 1
        end = min(end, len(self.rows))
        if end <= self.start:
            return []  # not even one row fits here: the next page
        if end == len(self.rows):
            return [self.piece(self.start, end)]
        rest = RowRun(self.header, self.rows, self.widths, self.styles, self.table_class, end, m)
        return [self.piece(self.start, end), rest]

    def draw(self) -> None:
        table = self.piece(self.start, len(self.rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


class Styles:
    """The style commands of a whole table (header row 0, data rows 1..count-1), indexed so
    that a piece finds its own: commands on one data row by row, the others in a list."""

    def __init__(self, commands: Sequence[Command], count: int) -> None:
        self.count = count
        self.ranged: list[Command] = []
        self.by_row: dict[int, list[Command]] = {}
        for cmd in commands:
            name, (c0, r0), (c1, r1), *args = cmd
            r0, r1 = _row(r0, count), _row(r1, count)
            if r0 == r1 and r0 > 0:
                self.by_row.setdefault(r0, []).append((name, (c0, r0), (c1, r1), *args))
            else:
                self.ranged.append((name, (c0, r0), (c1, r1), *args))

    def remap(self, start: int, end: int) -> list[Command]:
        """The commands for a piece holding the header and data rows ``start``..``end``-1
        (0-based), with the header still row 0 and its rows renumbered from 1."""
        out: list[Command] = []
        first, last = start + 1, end  # the piece's rows as rows of the whole table
        for name, (c0, r0), (c1, r1), *args in self.ranged:
            if r0 == 0:
                out.append((name, (c0, 0), (c1, 0), *args))
            low, high = max(r0, first), min(r1, last)
            if low <= high:
                out.append((name, (c0, low - start), (c1, high - start), *args))
        for row in range(first, last + 1):
            for name, (c0, _r0), (c1, _r1), *args in self.by_row.get(row, ()):
                out.append((name, (c0, row - start), (c1, row - start), *args))
        return out
