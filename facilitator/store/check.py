"""Checks on a session file that need neither the domain nor the schema code.

The library window lists files with these (it must open fast, whatever the number of
record kinds), and :mod:`.sessionfile` runs them before it opens a file for writing.
Nothing here writes to a file.
"""

from __future__ import annotations

import os
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
SCHEMA_VERSION = 1
FILE_SUFFIX = ".kernkracht"

SQLITE_MAGIC = b"SQLite format 3\x00"


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
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        if not header:
            raise errors.DamagedFile(path)
        raise errors.ForeignFile(path) if _looks_like_text(header) else errors.DamagedFile(path)
    user_version = struct.unpack(">I", header[60:64])[0]
    application_id = struct.unpack(">I", header[68:72])[0]
    return user_version, application_id


def _looks_like_text(data: bytes) -> bool:
    return all(b >= 9 for b in data[:64])


def translate(exc: sqlite3.Error, path: Path) -> errors.StoreError:
    """Turn an SQLite error into the error a person can act on."""
    import sqlite3

    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
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
    return errors.StoreError(path, detail=str(exc))


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

    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=0.2)
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    try:
        result = conn.execute("PRAGMA quick_check").fetchone() if thorough else ("ok",)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    finally:
        conn.close()
    if not result or result[0] != "ok":
        raise errors.DamagedFile(path)
    if "info" not in tables:
        raise errors.ForeignFile(path)
    return user_version, application_id
