"""A copy of the ``.kernkracht`` file alone, taken at any moment, holds every acknowledged edit.

A child process types edits into a meeting and prints ``ack N`` after each one is
committed (what the screen shows). The parent copies only the ``.kernkracht`` file
(no journal, as a facilitator copying to a stick during the break would) at random
moments while the edits go on, and then opens each copy: it must be whole and hold
every edit acknowledged before the copy started.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from facilitator.domain import preparation as prep
from facilitator.store.sessionfile import new_session, open_session
from tests.store.test_crash import CHILD, read_acks

COPIES = 40


@pytest.mark.slow
def test_copies_taken_while_typing_hold_every_acknowledged_edit(tmp_path: Path):
    rng = random.Random(20261201)
    path = tmp_path / "avond.kernkracht"
    sf, _ = new_session(path, place="Kopiedorp")
    sf.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    acked: list[int] = []
    copies: list[tuple[Path, int]] = []
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        reader = threading.Thread(target=read_acks, args=(child, acked), daemon=True)
        reader.start()
        for n in range(COPIES):
            time.sleep(rng.uniform(0.005, 0.08))
            seen = acked[-1] if acked else -1  # the newest edit on screen when the copy starts
            copy = tmp_path / f"stick-{n}.kernkracht"
            shutil.copyfile(path, copy)
            copies.append((copy, seen))
    finally:
        child.kill()
        child.wait(timeout=10)
    complete = 0
    for copy, seen in copies:
        sf, session = open_session(copy)
        try:
            assert sf.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            names = {p.name for p in session.all(prep.Participant)}
        finally:
            sf.close()
        assert {f"p{i}" for i in range(seen + 1)} <= names, f"{copy.name} lacks edits shown before it was taken"
        complete += 1
    assert acked and copies[-1][1] > 0, "no edits were acknowledged while copying; the test proved nothing"
    print(
        f"copies of the file alone at random moments: {len(copies)}, complete: {complete}; "
        f"edits on screen at the last copy: {copies[-1][1] + 1}"
    )
