"""How far a long store operation is, and a way to stop it halfway (no Qt).

An export, import or merge of a big meeting takes seconds. The window runs it in a worker and
shows a bar with Annuleren (``ui/common/background.py``); the store's loops say how far they
are with :func:`advance`, which costs nothing when nobody watches. The operation itself first
says how much there is to do (:func:`expect`), in units of about one record's work, so the
bar moves evenly and never goes back.

Stopping is safe at every :func:`advance`: it raises :class:`Stopped`, and every operation
that writes does so under a temporary name that is removed on any exception
(:func:`.newfile.written_whole`, :func:`.newfile.write_new`, the import's part file), so a
stopped operation leaves nothing behind and changes nothing.
"""

from __future__ import annotations

import contextlib
import contextvars
import sqlite3
from collections.abc import Iterator
from pathlib import Path

#: a picture's bytes that cost about as much as one record (base64 and writing, or reading and hashing)
PICTURE_BYTES_PER_UNIT = 8000


class Stopped(Exception):
    """The user stopped the operation (Annuleren); nothing was written or changed."""


class Progress:
    """The work done and to do of one operation, read by the GUI thread while a worker fills it."""

    def __init__(self) -> None:
        self.done = 0.0
        self.total = 0.0
        self.stop_asked = False

    def fraction(self) -> float | None:
        """Between 0 and 1, or None while the operation has not said how much there is."""
        if self.total <= 0:
            return None
        return min(self.done / self.total, 1.0)

    def stop(self) -> None:
        """Ask the operation to stop at its next step (from any thread)."""
        self.stop_asked = True


_current: contextvars.ContextVar[Progress | None] = contextvars.ContextVar("kernkracht_progress", default=None)


@contextlib.contextmanager
def reporting(progress: Progress) -> Iterator[Progress]:
    """Let the store operations run inside this block report to ``progress`` (this thread only)."""
    token = _current.set(progress)
    try:
        yield progress
    finally:
        _current.reset(token)


def expect(units: float) -> None:
    """The operation has this much more to do (said before it starts, so the bar never goes back)."""
    progress = _current.get()
    if progress is not None:
        progress.total += units


def advance(units: float = 1.0) -> None:
    """This much is done; raises :class:`Stopped` when the user asked to stop."""
    progress = _current.get()
    if progress is None:
        return
    progress.done += units
    if progress.stop_asked:
        raise Stopped


def watched() -> bool:
    """Whether anybody watches (a loop may then skip counting)."""
    return _current.get() is not None


def size_of(path: Path) -> tuple[int, int]:
    """(records, picture units) of a session file, counted cheaply (COUNT and the blobs' lengths);
    (0, 0) when nobody watches or the file cannot be read (the operation itself then says why)."""
    if not watched():
        return 0, 0
    from .check import connect_read_only

    try:
        conn = connect_read_only(path, budget=5.0)
    except Exception:  # noqa: BLE001 - the operation reads the file next and reports what is wrong
        return 0, 0
    try:
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rec_%'")
        ]
        records = sum(conn.execute(f"SELECT COUNT(*) FROM [{t}]").fetchone()[0] for t in tables)
        pictures = 0
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'blob'").fetchone():
            pictures = conn.execute("SELECT COALESCE(SUM(length(data)), 0) FROM blob").fetchone()[0]
        return int(records), int(pictures) // PICTURE_BYTES_PER_UNIT
    except sqlite3.Error:
        return 0, 0
    finally:
        conn.close()
