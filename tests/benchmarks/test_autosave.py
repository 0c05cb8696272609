"""The cost of one autosaved edit against a bare SQLite write with the same durability.

Each keystroke in a field is an ``edit_meeting`` that goes through the session (undo
merge, change event) and the store (one transaction, WAL, ``synchronous=FULL``). The
baseline is a bare ``INSERT`` + ``COMMIT`` of a similar row with the same pragmas, in
the same run on the same disk.
"""

from __future__ import annotations

import sqlite3
import statistics
from pathlib import Path

import pytest

from facilitator.domain import preparation as prep
from facilitator.store.sessionfile import new_session

EDITS = 150


@pytest.mark.benchmark
def test_one_autosaved_edit_against_a_bare_sqlite_commit(tmp_path: Path, report, bench_tools):
    sf, session = new_session(tmp_path / "bench.kernkracht", place="Eesveen")
    counter = iter(range(10**9))

    def edit() -> None:
        prep.edit_meeting(session, merge_key="purpose", purpose=f"Doel {next(counter)}")

    conn = sqlite3.connect(tmp_path / "bare.sqlite", isolation_level=None)
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, place TEXT, purpose TEXT, updated TEXT)")

    def bare() -> None:
        n = next(counter)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR REPLACE INTO t VALUES (?, ?, ?, ?)", ("m", "Eesveen", f"Doel {n}", str(n)))
        conn.execute("COMMIT")

    try:
        for _ in range(20):  # warm up both
            edit()
            bare()
        ours_times, base_times = [], []
        for _ in range(EDITS):  # interleaved, so a busy disk hurts both alike
            ours_times.append(bench_tools.median_time(edit, 1))
            base_times.append(bench_tools.median_time(bare, 1))
        ours, base = statistics.median(ours_times), statistics.median(base_times)
    finally:
        sf.close()
        conn.close()
    assert prep.meeting(session).purpose.startswith("Doel")
    ratio = report("autosave_edit_us", ours * 1e6, base * 1e6)
    assert ratio < 20, "an autosaved edit costs far more than the SQLite write it needs"
