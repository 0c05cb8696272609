"""The anonymised export next to the plain export of the same meeting.

Both read the same closed file of 5,000 cards (``KERNKRACHT_ANON_CARDS``), each with a
200-character description and some names, e-mail addresses and phone numbers among them, and
write the same kind of file (:func:`export_file_anonymised` against :func:`export_closed_file`):
the difference is the anonymising itself. Interleaved pairs (who goes first alternates);
printed: ``BENCH anonymous_export_<n>_cards_s ours plain ratio spread`` (medians; spread = the
range of the pair ratios). At 20,000 cards the anonymised export took 6.9 s against 1.2 s
plain, most of it an e-mail pattern backtracking through every long word and a deep copy of
all records; the assert is loose.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import pytest

from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.store.anonymise import export_file_anonymised
from facilitator.store.copy_export import export_closed_file
from facilitator.store.sessionfile import open_session

CARDS = int(os.environ.get("KERNKRACHT_ANON_CARDS", "5000"))
PAIRS = 3

pytestmark = pytest.mark.benchmark


def test_anonymised_export_next_to_the_plain_export(library, tmp_path: Path, report) -> None:  # type: ignore[no-untyped-def]
    path = library.create("Grootdorp")
    sf, s = open_session(path)
    try:
        with s.batch("mensen en kaarten"):
            for name in ("Jan Bakker", "Fatima el Amrani", "Sanne de Vries"):
                person = prep.add_participant(s, name)
                prep.edit_participant(s, person, consent=True, email=f"{name.split()[0].lower()}@example.nl")
            for n in range(CARDS):
                extra = " Bel Jan op 06-12345678 of mail sanne@example.nl." if n % 50 == 0 else ""
                kk.add_card(s, f"Kaart {n}", "plekken", description="x" * 200 + extra)
    finally:
        sf.close()
    ours, plain, ratios = [], [], []
    for pair in range(PAIRS):

        def run_ours() -> float:
            start = time.perf_counter()
            export_file_anonymised(path, tmp_path / "anoniem.json")
            return time.perf_counter() - start

        def run_plain() -> float:
            start = time.perf_counter()
            export_closed_file(path, tmp_path / "gewoon.json")
            return time.perf_counter() - start

        if pair % 2:
            o, p = run_ours(), run_plain()
        else:
            p, o = run_plain(), run_ours()
        ours.append(o)
        plain.append(p)
        ratios.append(o / p)
    text = (tmp_path / "anoniem.json").read_text(encoding="utf-8")
    assert "Jan Bakker" not in text and "06-12345678" not in text and "sanne@example.nl" not in text
    print(
        f"\n{CARDS} kaarten: anoniem exporteren {statistics.median(ours):.2f} s, gewoon exporteren "
        f"{statistics.median(plain):.2f} s"
    )
    ratio = report(
        f"anonymous_export_{CARDS}_cards_s",
        statistics.median(ours),
        statistics.median(plain),
        max(ratios) - min(ratios),
    )
    assert ratio < 8
