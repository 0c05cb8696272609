"""Checks on a session file that need neither the domain nor the schema code.

The library window lists files with these (it must open fast, whatever the number of
record kinds), and :mod:`.sessionfile` runs them before it opens a file for writing.
Nothing here writes to a file.
"""

from __future__ import annotations

import os
import re
import struct
from pathlib import Path
from typing import TYPE_CHECKING

from . import errors

if TYPE_CHECKING:
    import sqlite3

# sqlite3 is imported inside the functions: the library window's start imports this module,
# and the files are read only after its first paint

APPLICATION_ID = 0x4B4B5231  # "KKR1"
#: the schema version this Kernkracht writes (``PRAGMA user_version``); see schema.MIGRATIONS
SCHEMA_VERSION = 2
FILE_SUFFIX = ".kernkracht"

SQLITE_MAGIC = b"SQLite format 3\x00"

#: how a file being written ends (:func:`.newfile.written_whole`); with a leading dot it is
#: hidden, never listed, and removed by the next library scan once old and not held
PART_SUFFIX = ".deel"
#: ``.<final name>.<8 hex>.deel``, and what SQLite writes beside such a file
PART_RE = re.compile(r"^\..+\.[0-9a-f]{8}\.deel(-journal|-wal|-shm)?$")


def read_header(path: Path) -> tuple[int, int]:
    """(user_version, application_id) from the file header, without opening it in SQLite."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        raise errors.MissingFile(path) from None
    except PermissionError:
        raise errors.ReadOnlyFile(path) from None
    except OSError as exc:
        raise errors.StoreError(path, detail=str(exc)) from exc
    if not header.startswith(SQLITE_MAGIC):
        # empty (a copy that never finished) or something else (a ZIP, a document, text)
        raise errors.DamagedFile(path) if not header else errors.ForeignFile(path)
    if len(header) < 100:
        raise errors.DamagedFile(path)
    user_version = struct.unpack(">I", header[60:64])[0]
    application_id = struct.unpack(">I", header[68:72])[0]
    return user_version, application_id


def translate(exc: sqlite3.Error, path: Path) -> errors.StoreError:
    """Turn an SQLite error into the error a person can act on."""
    import sqlite3

    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if "could not decode" in text:  # Python's sqlite3 meets text that is not UTF-8
        return errors.BadValue(path, detail="tekst met tekens die geen geldige UTF-8 zijn")
    if primary == sqlite3.SQLITE_INTERRUPT or text == "interrupted":
        return errors.TooSlow(path)
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return errors.DiskFull(path)
    if primary == sqlite3.SQLITE_READONLY or "readonly" in text:
        return errors.ReadOnlyFile(path)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return errors.FileInUse(path)
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return errors.DamagedFile(path)
    if (primary == sqlite3.SQLITE_IOERR or "i/o error" in text) and _almost_no_room(path):
        # SQLite reports some writes on a full disk (the WAL index, a checkpoint) as plain I/O errors
        return errors.DiskFull(path)
    # SQLite's own text is English and means little to a facilitator: name the code only
    detail = "een onverwachte fout van SQLite" + (f", code {code}" if code is not None else "")
    return errors.StoreError(path, detail=detail)


#: below this much free space an I/O error is taken to mean "the disk is full"
LOW_SPACE = 1024 * 1024


def _almost_no_room(path: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(path.parent if path.parent.exists() else Path.cwd()).free < LOW_SPACE
    except OSError:
        return False


def _os_error(exc: OSError, path: Path) -> errors.StoreError:
    import errno

    if exc.errno == errno.ENOSPC:
        return errors.DiskFull(path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return errors.ReadOnlyFile(path)
    return errors.StoreError(path, detail=exc.strerror or str(exc))


def is_read_only(path: Path) -> bool:
    """True when Kernkracht must not write to the file (or its folder, where the WAL goes).

    Besides what the system says (a read-only medium, no permission), a file whose
    write bits are all off counts as read-only: someone marked it so on purpose, and
    root (who may write anyway) should respect that too.
    """
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return True
    try:
        return not path.stat().st_mode & 0o222
    except OSError:
        return True


def check_readable(path: Path, thorough: bool = True) -> tuple[int, int]:
    """Refuse what is not a Kernkracht file of this version or older, without writing.

    ``thorough`` runs SQLite's ``quick_check``, which reads the whole file: right before
    opening a file, but too slow for listing a library of files full of photos (on a USB
    stick a 60 MB file would take seconds), where the header and the schema suffice.
    """
    if not path.is_file():
        raise errors.MissingFile(path)
    user_version, application_id = read_header(path)
    if application_id != APPLICATION_ID:
        raise errors.ForeignFile(path)
    if user_version > SCHEMA_VERSION:
        raise errors.NewerVersion(path, found=user_version, known=SCHEMA_VERSION)
    import sqlite3

    conn = connect_read_only(path)
    try:
        # the schema first: a trigger or view the file brought must never get the chance to run
        try:
            tables = check_schema(conn, path)
        except sqlite3.OperationalError as exc:
            if not _needs_rollback(exc, path):
                raise
            conn.close()
            _roll_back(path)
            conn = connect_read_only(path)
            tables = check_schema(conn, path)
        result = conn.execute("PRAGMA quick_check").fetchone() if thorough else ("ok",)
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    finally:
        conn.close()
    if not result or result[0] != "ok":
        raise errors.DamagedFile(path)
    if "info" not in tables:
        raise errors.ForeignFile(path)
    return user_version, application_id


def _needs_rollback(exc: sqlite3.Error, path: Path) -> bool:
    """True when a read-only look failed only because a crash left a journal to play back."""
    import sqlite3

    code = getattr(exc, "sqlite_errorcode", None)
    hot = path.with_name(path.name + "-journal")
    return isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_READONLY and hot.is_file()


def _roll_back(path: Path) -> None:
    """Let SQLite play back the journal a crash left (it restores pages; it runs no SQL),
    unless that journal belongs to a file that is no longer there (:func:`stale_journal`)."""
    import sqlite3

    if stale_journal(path):
        set_journal_aside(path)
        return
    try:
        conn = sqlite3.connect(path, timeout=0.2)
        try:
            harden(conn)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc


def owner_path(path: Path) -> Path:
    """The small note beside an open file saying which file (folder and inode) Kernkracht opened."""
    return path.with_name(f".{path.name}.geopend")


def _identity(path: Path) -> str:
    folder, file = os.stat(path.parent), os.stat(path)
    return f"{folder.st_dev} {folder.st_ino} {file.st_dev} {file.st_ino}"


def mark_open(path: Path) -> None:
    """Note which file is open for writing, so that a crash's journal is later played back
    onto that file only (:func:`stale_journal`). Written once per open, not per edit."""
    if path.name.endswith(PART_SUFFIX):
        return  # a file being written under a temporary name: nobody else has it
    try:
        owner_path(path).write_text(_identity(path) + "\n", encoding="ascii")
    except OSError:
        pass  # without the note a crash's journal is played back as SQLite always does


def mark_closed(path: Path) -> None:
    try:
        owner_path(path).unlink(missing_ok=True)
    except OSError:
        pass


def stale_journal(path: Path) -> bool:
    """True when the journal beside ``path`` was left by a crash while Kernkracht had
    ANOTHER file open under this name: one that a newer copy was renamed over (by
    Syncthing, a file manager) between Kernkracht's last check and its commit.

    Played back, such a journal would write the old file's pages into the newer copy.
    The note from :func:`mark_open` names the folder and file that were open; a file
    with another inode in the same folder is not the journal's. When the whole folder
    was copied (another folder identity) the note says nothing and the journal counts.
    """
    try:
        noted = owner_path(path).read_text(encoding="ascii").split()
        folder_now, file_now = os.stat(path.parent), os.stat(path)
    except (OSError, UnicodeDecodeError):
        return False
    if len(noted) != 4 or noted[:2] != [str(folder_now.st_dev), str(folder_now.st_ino)]:
        return False
    return noted[2:] != [str(file_now.st_dev), str(file_now.st_ino)]


def set_journal_aside(path: Path) -> Path:
    """Move a stale journal out of SQLite's sight (kept, never deleted)."""
    import datetime

    journal = path.with_name(path.name + "-journal")
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f".{journal.name}.{stamp}.oud")
    try:
        os.replace(journal, aside)
    except OSError as exc:
        raise _os_error(exc, path) from exc
    mark_closed(path)
    return aside


#: seconds one read-only look at a file may take before it is given up (listing, checks)
READ_BUDGET = 2.0


def harden(conn: sqlite3.Connection) -> None:
    """Settings for every connection to a session file, whoever made the file.

    ``trusted_schema`` off: functions with side effects may not run from the schema;
    ``cell_size_check`` on: a damaged page is noticed before it is used. SQLite's
    defensive mode (no writes to the schema or raw pages by hand) is switched on
    through :mod:`.defensive`, also on Python 3.11 (where the platform allows; see
    there). Triggers and views are refused before this matters (:func:`check_schema`).
    """
    from .defensive import switch_on

    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA recursive_triggers = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    switch_on(conn)


def connect_read_only(path: Path, budget: float = READ_BUDGET) -> sqlite3.Connection:
    """A read-only, hardened connection that gives up after ``budget`` seconds of work."""
    import sqlite3
    import time

    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=0.2)
        harden(conn)
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    deadline = time.monotonic() + budget
    conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
    return conn


#: a name as Kernkracht writes it: plain letters, digits and _, bare, in [..] or in ".."
_NAME = r'(?:\[[A-Za-z_][A-Za-z0-9_]*\]|"[A-Za-z_][A-Za-z0-9_]*"|[A-Za-z_][A-Za-z0-9_]*)'
#: a column as Kernkracht writes it: a plain name and a plain type (an older file's or today's)
_COLUMN = rf"\s*{_NAME}\s+(TEXT|INTEGER|FLOAT|REAL|BLOB)(\s+PRIMARY KEY)?\s*"


def check_schema(conn: sqlite3.Connection, path: Path) -> set[str]:
    """The file's table names, or :class:`~.errors.UnsafeFile` when it holds anything else.

    Kernkracht makes only plain tables (name, typed columns, a text primary key) and
    SQLite's own index for that key. A trigger, view, other index, virtual table, a
    column with a default, check or computed value: each could run SQL the file
    brought, so such a file is refused and left as it was (see README).
    """
    import re

    table_sql = re.compile(rf"CREATE TABLE ({_NAME})\s*\(({_COLUMN})(,{_COLUMN})*\)\s*")
    tables: set[str] = set()
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, _table, sql in rows:
        if kind == "index" and sql is None and isinstance(name, str) and name.startswith("sqlite_autoindex_"):
            continue
        if kind == "table" and isinstance(sql, str) and isinstance(name, str) and not name.startswith("sqlite_"):
            match = table_sql.fullmatch(sql)
            if match is not None and match.group(1).strip('[]"') == name:
                tables.add(name)
                continue
        raise errors.UnsafeFile(path)
    return tables


def signature(path: Path) -> tuple[int, int, int, int, int] | None:
    """What says "this is still the file as Kernkracht left it": device, inode, size and
    modification and change times (ns); None when nothing is there.

    Another program writing in place (``cp``, ``rsync --inplace``, a network share)
    changes the size or the times (the change time cannot be set back by any tool); a
    file renamed over it has another inode. One ``stat``, far below the commit it
    guards. (Never an ``open()`` of the file: closing any descriptor of it would drop
    the lock SQLite holds.)
    """
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns
