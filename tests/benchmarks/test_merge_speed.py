"""How merging two laptops' copies grows with the meeting, next to a bare SQL merge of the same files.

Ours: :func:`merge_files` (read both copies read-only, check every value, newest wins with a
conflict report, check the result, write a new file). The baseline does the same union in
plain SQL on the same two files: a new file with the same tables, one ``INSERT … SELECT`` from
the first copy and one ``INSERT OR REPLACE … SELECT`` of the second copy's newer rows per table,
one transaction. Ours and the baseline alternate in pairs (who goes first alternates too).

Printed per size: ``BENCH merge_<n>_cards_s ours baseline ratio spread`` (medians; spread = the
range of the pair ratios), then ``BENCH merge_exponent ours baseline ratio``: the
exponent k of time ~ n^k fitted by least squares on log-log over the sizes, for ours and for
the baseline (1.0 is linear).
"""

from __future__ import annotations

import math
import os
import sqlite3
import statistics
import time
from pathlib import Path

import pytest

from facilitator.domain import krachtenkaart as kk
from facilitator.store.library import Library
from facilitator.store.merge import merge_files
from facilitator.store.sessionfile import open_session

SIZES = tuple(int(n) for n in os.environ.get("KERNKRACHT_MERGE_SIZES", "1000,5000,20000").split(","))
PAIRS = 3


def exponent(sizes: list[int], times: list[float]) -> float:
    """k in time ~ n^k, least squares on log-log."""
    xs = [math.log(n) for n in sizes]
    ys = [math.log(t) for t in times]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def two_copies(library: Library, cards: int) -> tuple[Path, Path]:
    path = library.create(f"Dorp {cards}")
    sf, s = open_session(path)
    try:
        with s.batch("veel kaarten"):
            for i in range(cards):
                kk.add_card(s, f"Kaart {i}", "plekken", description="x" * 200)
    finally:
        sf.close()
    copy = library.duplicate(path)
    for target, text in ((path, "laptop A"), (copy, "laptop B")):
        sf, s = open_session(target)
        try:
            with s.batch("bewerkingen"):
                for card in kk.cards(s)[::10]:
                    kk.edit_card(s, card, description=text)
        finally:
            sf.close()
    return path, copy


def bare_merge(first: Path, second: Path, dest: Path) -> None:
    """The same union, newest row wins, in plain SQL (no value checks, no report)."""
    conn = sqlite3.connect(dest, isolation_level=None)
    try:
        conn.execute("ATTACH DATABASE ? AS a", (str(first),))
        conn.execute("ATTACH DATABASE ? AS b", (str(second),))
        tables = conn.execute("SELECT name, sql FROM a.sqlite_master WHERE type = 'table'").fetchall()
        conn.execute("BEGIN")
        for name, sql in tables:
            conn.execute(sql)
            conn.execute(f'INSERT INTO main."{name}" SELECT * FROM a."{name}"')
            columns = [r[1] for r in conn.execute(f'PRAGMA a.table_info("{name}")')]
            if "updated" in columns:
                conn.execute(
                    f'INSERT OR REPLACE INTO main."{name}" SELECT y.* FROM b."{name}" AS y '
                    f'LEFT JOIN main."{name}" AS m ON m.id = y.id WHERE m.id IS NULL OR y.updated > m.updated'
                )
            else:
                conn.execute(f'INSERT OR IGNORE INTO main."{name}" SELECT * FROM b."{name}"')
        conn.execute("COMMIT")
    finally:
        conn.close()


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


@pytest.mark.benchmark
def test_merge_grows_linearly_next_to_a_bare_sql_merge(library, tmp_path, report):  # type: ignore[no-untyped-def]
    ours_medians, base_medians = [], []
    for cards in SIZES:
        path, copy = two_copies(library, cards)
        ours, base = [], []
        for n in range(PAIRS):
            ours_dest = tmp_path / f"samen-{cards}-{n}.kernkracht"
            base_dest = tmp_path / f"kaal-{cards}-{n}.sqlite"
            order = ("ours", "base") if n % 2 == 0 else ("base", "ours")
            for name in order:
                if name == "ours":
                    ours.append(_timed(lambda: merge_files([path, copy], ours_dest)))  # noqa: B023  (called at once)
                else:
                    base.append(_timed(lambda: bare_merge(path, copy, base_dest)))  # noqa: B023
        report_ = merge_files([path, copy], tmp_path / f"controle-{cards}.kernkracht")
        assert len(report_.conflicts) == cards // 10  # every tenth card was changed on both laptops
        ratios = sorted(o / b for o, b in zip(ours, base, strict=True))
        spread = ratios[-1] - ratios[0]
        ours_medians.append(statistics.median(ours))
        base_medians.append(statistics.median(base))
        report(f"merge_{cards}_cards_s", ours_medians[-1], base_medians[-1], spread)
    if len(SIZES) >= 2:
        report("merge_exponent", exponent(list(SIZES), ours_medians), exponent(list(SIZES), base_medians))
        assert exponent(list(SIZES), ours_medians) < 1.5  # only catches a merge that went quadratic
