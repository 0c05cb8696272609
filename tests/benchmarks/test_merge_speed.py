"""How long merging two laptops' copies takes next to a plain JSON export of the same file.

Merging reads both files read-only, compares every record and writes a new file: it
should cost a small multiple of exporting one copy (ratio, measured in one run).
"""

from __future__ import annotations

import time

import pytest

from facilitator.domain import krachtenkaart as kk
from facilitator.store.merge import merge_files
from facilitator.store.sessionfile import open_session

CARDS = 1500


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


@pytest.mark.benchmark
def test_merge_cost_next_to_an_export(library, tmp_path):  # type: ignore[no-untyped-def]
    path = library.create("Groot dorp")
    sf, s = open_session(path)
    try:
        with s.batch("veel kaarten"):
            for i in range(CARDS):
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
    export = _timed(lambda: library.export_json(path, tmp_path / "export.json"))
    report = None

    def merge() -> None:
        nonlocal report
        report = merge_files([path, copy], tmp_path / "samen.kernkracht")

    merged = _timed(merge)
    assert report is not None and len(report.conflicts) == CARDS // 10
    ratio = merged / export
    print(f"\nmerge of 2 x {CARDS} cards: export {export * 1000:.0f} ms, merge {merged * 1000:.0f} ms ({ratio:.1f}x)")
    assert ratio < 20  # very loose: only catches a merge that went quadratic
