"""The cost of one autosaved edit against a bare SQLite write with the same durability.

Each keystroke in a field is an ``edit_meeting`` that goes through the session (undo
merge, change event) and the store (identity check, one transaction, rollback journal,
``synchronous=FULL``). The baseline is a bare ``INSERT`` + ``COMMIT`` of a similar row
in the SAME journal mode and pragmas, in the same run on the same disk, measured in
interleaved pairs so a busy disk hurts both alike. The line is
``BENCH autosave_edit_us ours baseline ratio spread`` (spread: interquartile range of
the per-pair ratios).

Why a rollback journal: WAL kept every edit in ``-wal`` until a clean close (a copy of
the file alone had none of the evening), and WAL with a checkpoint after every edit
measured slower than the rollback journal on the same disk (``journal_modes`` below).
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

import pytest

from facilitator.domain import preparation as prep
from facilitator.store.sessionfile import new_session

EDITS = 150


def bare_connection(path: Path, journal: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, place TEXT, purpose TEXT, updated TEXT)")
    return conn


def commit_one(conn: sqlite3.Connection, n: int, checkpoint: bool = False) -> None:
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT OR REPLACE INTO t VALUES (?, ?, ?, ?)", ("m", "Eesveen", f"Doel {n}", str(n)))
    conn.execute("COMMIT")
    if checkpoint:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def timed(function) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


@pytest.mark.benchmark
def test_one_autosaved_edit_against_a_bare_sqlite_commit(tmp_path: Path, report):  # type: ignore[no-untyped-def]
    sf, session = new_session(tmp_path / "bench.kernkracht", place="Eesveen")
    assert sf.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    counter = iter(range(10**9))

    def edit() -> None:
        prep.edit_meeting(session, merge_key="purpose", purpose=f"Doel {next(counter)}")

    conn = bare_connection(tmp_path / "bare.sqlite", "DELETE")  # the same journal mode as the app

    def bare() -> None:
        commit_one(conn, next(counter))

    try:
        for _ in range(20):  # warm up both
            edit()
            bare()
        pairs = [(timed(edit), timed(bare)) for _ in range(EDITS)]
    finally:
        sf.close()
        conn.close()
    assert prep.meeting(session).purpose.startswith("Doel")
    ours = statistics.median(p[0] for p in pairs)
    base = statistics.median(p[1] for p in pairs)
    quartiles = statistics.quantiles([a / b for a, b in pairs], n=4)
    ratio = report("autosave_edit_us", ours * 1e6, base * 1e6, quartiles[2] - quartiles[0])
    assert ratio < 20, "an autosaved edit costs far more than the SQLite write it needs"


@pytest.mark.benchmark
def test_enter_on_a_big_board_against_a_bare_insert(tmp_path: Path, report):  # type: ignore[no-untyped-def]
    """The store side of Enter at 20,000 cards: ``add_card`` (next number and position, undo
    step, change event, identity check, one transaction) against a bare ``INSERT`` + ``COMMIT``
    of a card row into a table of 20,000 rows, same journal and durability, interleaved pairs."""
    from facilitator.domain import krachtenkaart as kk
    from facilitator.store.sessionfile import open_session
    from tests.benchmarks.test_big_session import fill

    path = tmp_path / "groot.kernkracht"
    fill(path, 20_000)
    sf, session = open_session(path)
    conn = bare_connection(tmp_path / "bare.sqlite", "DELETE")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (?, ?, '', '')", [(f"k{n}", f"Kaart {n}") for n in range(20_000)])
    conn.execute("COMMIT")
    counter = iter(range(10**9))

    def enter() -> None:
        kk.add_card(session, f"Nieuwe kaart {next(counter)}", "plekken")

    def bare() -> None:
        n = next(counter)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (?, ?, '', ?)", (f"nieuw-{n}", f"Nieuwe kaart {n}", str(n)))
        conn.execute("COMMIT")

    try:
        for _ in range(10):
            enter()
            bare()
        pairs = []
        for n in range(EDITS):
            first, second = (enter, bare) if n % 2 == 0 else (bare, enter)
            a, b = timed(first), timed(second)
            pairs.append((a, b) if first is enter else (b, a))
    finally:
        sf.close()
        conn.close()
    ours = statistics.median(p[0] for p in pairs)
    base = statistics.median(p[1] for p in pairs)
    quartiles = statistics.quantiles([a / b for a, b in pairs], n=4)
    ratio = report("autosave_enter_20000_cards_us", ours * 1e6, base * 1e6, quartiles[2] - quartiles[0])
    assert ratio < 20


@pytest.mark.benchmark
def test_journal_modes_for_a_file_complete_at_every_moment(tmp_path: Path, report):  # type: ignore[no-untyped-def]
    """The measurement behind the choice: rollback journal against WAL + checkpoint per edit."""
    rollback = bare_connection(tmp_path / "rollback.sqlite", "DELETE")
    wal = bare_connection(tmp_path / "wal.sqlite", "WAL")
    counter = iter(range(10**9))
    try:
        pairs = [
            (
                timed(lambda: commit_one(wal, next(counter), checkpoint=True)),
                timed(lambda: commit_one(rollback, next(counter))),
            )
            for _ in range(EDITS)
        ]
    finally:
        rollback.close()
        wal.close()
    quartiles = statistics.quantiles([a / b for a, b in pairs], n=4)
    report(
        "wal_checkpoint_vs_rollback_us",
        statistics.median(p[0] for p in pairs) * 1e6,
        statistics.median(p[1] for p in pairs) * 1e6,
        quartiles[2] - quartiles[0],
    )
