"""The gemeente's overview of a province: 200 meeting files, next to simply reading them with sqlite3.

The baseline opens every file read-only and reads every row of the same tables the overview
reads, with plain ``sqlite3`` and nothing else: what any overview must at least do. Pairs are
interleaved (baseline, overview, baseline, …) so load on the shared machine hits both alike;
the median ratio and its spread (max − min of the pair ratios) are printed.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from pathlib import Path

import pytest

from facilitator.domain import actieplan as ap
from facilitator.domain import eigenaarschap as eig
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.domain import support
from facilitator.store.overview import KINDS_READ, build_overview
from facilitator.store.schema import table_name
from facilitator.store.sessionfile import open_session

FILES = 200
#: (cards, activities, actions): the realistic range of a village meeting
SIZES = [(50, 20, 30), (120, 35, 50), (200, 45, 75), (300, 60, 100)]
PAIRS = 5

pytestmark = pytest.mark.benchmark


def make_template(library, n: int, cards: int, activities: int, actions: int) -> Path:  # type: ignore[no-untyped-def]
    path = library.create(f"Kern {n}", date=f"2026-0{n % 9 + 1}-1{n % 9}", municipality="Provincie")
    sf, s = open_session(path)
    try:
        categories = kk.category_ids()
        with s.batch("een hele avond"):
            for i in range(20):
                prep.add_participant(s, f"Deelnemer {i}")
            for i in range(cards):
                kk.add_card(s, f"Kaart {i}", categories[i % len(categories)], description="x" * 80)
            for i in range(activities):
                a = eig.add_activity(s, f"Activiteit {i}", i % 4 + 1)
                if i % 3 == 0:
                    eig.set_wanted_type(s, a, (i + 1) % 4 + 1)
            for i in range(actions):
                ap.add_action(s, f"Actie {i}", trekker=f"Deelnemer {i % 20}", due="2026-05-01", first_step="bellen")
            for i in range(5):
                support.ask_partner(s, f"Partner {i}", ask="Hulp bij de aanvraag")
    finally:
        sf.close()
    return path


def plain_read(paths: list[Path]) -> int:
    rows = 0
    for path in paths:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            for cls in KINDS_READ:
                rows += len(conn.execute(f"SELECT * FROM [{table_name(cls.KIND)}]").fetchall())
        finally:
            conn.close()
    return rows


def test_overview_of_200_meetings_next_to_reading_them(library, tmp_path, report):  # type: ignore[no-untyped-def]
    templates = [make_template(library, n, *size) for n, size in enumerate(SIZES)]
    for n in range(FILES - len(templates)):
        shutil.copy2(templates[n % len(templates)], library.root / f"kopie-{n:03d}.kernkracht")
    paths = sorted(library.root.glob("*.kernkracht"))
    assert len(paths) == FILES

    def timed(fn):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        result = fn()
        return time.perf_counter() - start, result

    plain_read(paths)  # warm the file cache for both
    ours, base = [], []
    for _ in range(PAIRS):
        t, rows = timed(lambda: plain_read(paths))
        base.append(t)
        t, overview = timed(lambda: build_overview([library.root]))
        ours.append(t)
    assert rows > FILES * 100 and len(overview.readable) == FILES and not overview.problems
    ratios = [o / b for o, b in zip(ours, base, strict=True)]
    print(
        f"\noverzicht van {FILES} bijeenkomsten: mediaan {statistics.median(ours):.2f} s (doel ≤ 2 s); "
        f"alleen lezen met sqlite3 {statistics.median(base):.2f} s; verhouding {statistics.median(ratios):.2f}× "
        f"(spreiding {max(ratios) - min(ratios):.2f})"
    )
    ratio = report("overview_200_files_s", statistics.median(ours), statistics.median(base))
    assert ratio < 20  # loose: only a runaway fails; the aim (≤ 2×) is read from the printed figure
