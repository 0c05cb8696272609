"""What a killed import, merge, rescue or backup leaves behind, removed at the next library scan.

Files are written under a hidden temporary name (:func:`.newfile.written_whole`), so
the library never lists a half file. :func:`clean_leftovers` removes such a file once
it is older than a minute and no process holds it: an import still running holds its
SQLite lock, which is asked without reading anything from the file.
"""

from __future__ import annotations

from pathlib import Path

#: seconds a file being written (``.<name>.<hex>.deel``) may be left before a library scan removes it
LEFTOVER_AGE = 60.0


def clean_leftovers(folder: Path, min_age: float = LEFTOVER_AGE) -> list[Path]:
    """Remove the temporary files a killed import, merge, rescue or backup left in ``folder``
    (and in the backup folders below it): only those older than ``min_age`` seconds and not
    held by any process (an import still running holds its file's lock). Returns what went."""
    import time

    from .check import PART_RE

    removed: list[Path] = []
    now = time.time()
    candidates = [p for p in folder.glob(".*.deel*") if PART_RE.match(p.name)]
    backups = folder / ".reservekopieen"  # library.BACKUPS (not imported: library imports this)
    if backups.is_dir():
        candidates += [p for p in backups.glob("*/.*.deel*") if PART_RE.match(p.name)]
    for part in sorted(candidates, key=lambda p: p.name.endswith("-journal")):  # each file before its journal
        try:
            if now - part.stat().st_mtime < min_age or (part.name.endswith(".deel") and _held(part)):
                continue
            part.unlink()
            removed.append(part)
        except OSError:
            continue  # gone already, or not ours to remove: the next scan tries again
    return removed


def _held(part: Path) -> bool:
    """True when a process (this one too) holds the SQLite lock of a file being written."""
    import sqlite3

    journal = part.with_name(part.name + "-journal")
    if not journal.exists() and part.stat().st_size == 0:
        return False  # not a database yet: only its age counts
    try:
        conn = sqlite3.connect(part, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("BEGIN EXCLUSIVE")  # SQLite runs nothing from the file for this
        conn.execute("ROLLBACK")
        return False
    except sqlite3.Error as exc:
        return getattr(exc, "sqlite_errorcode", 0) & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    finally:
        conn.close()
