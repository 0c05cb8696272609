"""Pulling the plug: a process killed mid-edit loses at most the edit in flight.

A child process applies scripted edits to a session file and prints ``ack N`` after
each edit's transaction committed. The parent kills it (SIGKILL: no clean-up, like a
dead battery) at random moments, several rounds on the same file. After each kill the
file must pass SQLite's integrity check and hold every acknowledged edit; when the kill
fell between two edits, a copy of the ``.kernkracht`` file alone holds them all too.
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from facilitator.domain import preparation as prep
from facilitator.store.sessionfile import open_session

CHILD = textwrap.dedent(
    """
    import sys
    from facilitator.domain import preparation as prep
    from facilitator.store.sessionfile import open_session

    sf, session = open_session(sys.argv[1])
    start = int(sys.argv[2])
    print("ready", flush=True)
    for i in range(start, start + 100_000):
        if i % 5 == 4:
            with session.batch("Twee dingen"):
                prep.add_participant(session, f"p{i}")
                prep.edit_meeting(session, notes=f"n{i}")
        else:
            prep.add_participant(session, f"p{i}")
        print(f"ack {i}", flush=True)
    """
)

ROUNDS = 6
#: the first bytes of a rollback journal that still has to be played back (a "hot" journal)
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def read_acks(child: subprocess.Popen[str], acked: list[int]) -> None:
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("ack "):
            acked.append(int(line.split()[1]))


@pytest.mark.slow
def test_killed_mid_edit_loses_nothing_acknowledged(tmp_path: Path):
    rng = random.Random(20261123)
    path = tmp_path / "crash.kernkracht"
    sf, _ = prep_new(path)
    sf.close()
    start = 0
    total_acked = 0
    wal_seen: list[bool] = []
    copies_alone = hot_rounds = 0
    for _round in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first.strip() == "ready", child.stderr.read() if child.stderr else ""
        acked: list[int] = []
        reader = threading.Thread(target=read_acks, args=(child, acked), daemon=True)
        reader.start()
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        reader.join(timeout=10)
        assert child.returncode == -signal.SIGKILL
        assert acked, "the child made no edit before it was killed; the test proved nothing"
        total_acked += len(acked)
        print(f"round {_round}: {len(acked)} acknowledged edits before SIGKILL")

        # the app's own open path meets the file as the dead process left it (with its journal)
        journal = Path(f"{path}-journal")
        had_journal = journal.exists()
        hot = had_journal and journal.read_bytes()[:8] == JOURNAL_MAGIC
        hot_rounds += hot
        if not hot:  # killed between edits: the .kernkracht alone (no journal) is the whole meeting
            alone = tmp_path / f"alone-{_round}.kernkracht"
            shutil.copyfile(path, alone)
            sf, session = open_session(alone)
            try:
                names = {p.name for p in session.all(prep.Participant)}
                assert {f"p{i}" for i in range(0, acked[-1] + 1)} <= names
            finally:
                sf.close()
            copies_alone += 1
        sf, session = open_session(path)
        try:
            assert sf.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            wal_seen.append(had_journal)
            names = {p.name for p in session.all(prep.Participant)}
            numbers = sorted(int(n[1:]) for n in names)
            # every acknowledged edit is there; at most the one in flight (acked[-1] + 1) on top
            assert set(range(0, acked[-1] + 1)) <= set(numbers)
            assert numbers[-1] in (acked[-1], acked[-1] + 1)
            assert len(numbers) == len(set(numbers)) == numbers[-1] + 1
            last_batch = max((i for i in numbers if i % 5 == 4), default=None)
            if last_batch is not None:  # a batch is all or nothing
                assert prep.meeting(session).notes == f"n{last_batch}"
            start = numbers[-1] + 1
        finally:
            sf.close()
    assert total_acked >= ROUNDS
    assert any(wal_seen), "no round left a journal behind: the kill never hit an open file"
    print(
        f"kill -9: {ROUNDS} rounds, {total_acked} acknowledged edits, 0 lost, 0 damaged; "
        f"{copies_alone} copies of the file alone complete, {hot_rounds} kills mid-write (journal needed)"
    )


def prep_new(path: Path):  # type: ignore[no-untyped-def]
    from facilitator.store.sessionfile import new_session

    return new_session(path, place="Crashdorp")
