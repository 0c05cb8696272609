"""A crash's journal is never played back onto a newer copy renamed over the open file.

The race: Kernkracht checks the file, another program (Syncthing, a file manager)
renames a newer copy over it, Kernkracht's commit goes to the old file (now without a
name) and the laptop dies mid-commit. The journal it leaves has the old file's name; at
the next open SQLite would write the old file's pages into the newer copy. A child
process plays the race for real (the rename lands right after the write check, and it
kills itself with SIGKILL mid-transaction); the newer copy must open whole, with its own
edit, and the journal is kept aside, not deleted.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from facilitator.domain import preparation as prep
from facilitator.domain.preparation import Participant
from facilitator.store import check
from facilitator.store.library import Library
from facilitator.store.sessionfile import new_session, open_session

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from facilitator.domain import preparation as prep
    from facilitator.store import sessionfile
    from facilitator.store.sessionfile import open_session

    path, newer = Path(sys.argv[1]), Path(sys.argv[2])
    sf, session = open_session(path)
    real = sessionfile.signature

    def check_then_rename(p):
        seen = real(p)
        os.replace(newer, path)  # the other program, right after the write check
        sessionfile.signature = real
        return seen

    sessionfile.signature = check_then_rename
    sf.conn.execute("PRAGMA cache_size = 5")  # pages reach the (old) file before the commit
    with sf.transaction() as conn:
        conn.execute("UPDATE rec_participant SET name = name || '!'")  # every participant page journaled
        for i in range(3000):
            conn.execute("INSERT INTO info(key, value) VALUES (?, ?)", (f"k{i}", "x" * 200))
        os.kill(os.getpid(), signal.SIGKILL)  # the battery dies mid-commit
    """
)


def test_a_stale_journal_is_not_played_back_onto_a_newer_copy(tmp_path: Path):
    library = Library(tmp_path)
    library.ensure()
    path = tmp_path / "dorp.kernkracht"
    sf, session = new_session(path, place="Dorp")
    for i in range(200):
        prep.add_participant(session, f"Deelnemer {i}")
    sf.close()
    newer = library.duplicate(path)  # the other laptop's copy: the same meeting, one edit more
    sf, session = open_session(newer)
    prep.add_participant(session, "Van de andere laptop")
    sf.close()
    newer_bytes = newer.read_bytes()

    child = subprocess.run([sys.executable, "-c", CHILD, str(path), str(newer)], capture_output=True, text=True)
    assert child.returncode == -signal.SIGKILL, child.stderr
    journal = path.with_name(path.name + "-journal")
    assert journal.is_file() and journal.stat().st_size > 0, "the crash left no journal: the race was not played"
    assert path.read_bytes() == newer_bytes  # the commit went to the old file, not to the newer copy

    sf, session = open_session(path)  # on the old code: the old pages replayed into the newer copy
    try:
        names = {p.name for p in session.all(Participant)}
        assert "Van de andere laptop" in names
        assert len(names) == 201
        assert sf.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        sf.close()
    assert not journal.exists()
    kept = list(tmp_path.glob(".dorp.kernkracht-journal.*.oud"))
    assert len(kept) == 1 and kept[0].stat().st_size > 0  # set aside, never deleted


CRASH_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from facilitator.store.sessionfile import open_session

    sf, session = open_session(sys.argv[1])
    sf.conn.execute("PRAGMA cache_size = 5")
    with sf.transaction() as conn:
        for i in range(3000):
            conn.execute("INSERT INTO info(key, value) VALUES (?, ?)", (f"k{i}", "x" * 200))
        os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_the_journal_of_the_same_file_is_still_played_back(tmp_path: Path):
    """The counter-check: a plain crash (nothing renamed) is rolled back as before."""
    path = tmp_path / "dorp.kernkracht"
    sf, session = new_session(path, place="Dorp")
    prep.add_participant(session, "Anna")
    sf.close()
    child = subprocess.run([sys.executable, "-c", CRASH_CHILD, str(path)], capture_output=True, text=True)
    assert child.returncode == -signal.SIGKILL, child.stderr
    journal = path.with_name(path.name + "-journal")
    assert journal.is_file()
    assert check.stale_journal(path) is False
    sf, session = open_session(path)
    try:
        assert [p.name for p in session.all(Participant)] == ["Anna"]
        assert sf.info("k1") is None  # the half transaction was rolled back
        assert sf.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        sf.close()
    assert not journal.exists()
    assert not list(tmp_path.glob(".*.oud"))
    assert not check.owner_path(path).exists()  # a clean close leaves no note
