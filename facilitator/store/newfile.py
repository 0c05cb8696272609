"""Files written whole or not at all: the one temporary-name-and-rename of the store.

:func:`written_whole` is the only place where the store writes a file under a
temporary name and renames it into place (a new meeting from an import, merge or
rescue; a backup or copy of an open meeting; a JSON export). The temporary name is
hidden and ends in ``.deel`` (:data:`PART_SUFFIX`), so the library never lists it
and cleans up what a killed process left (:func:`.leftovers.clean_leftovers`).

:func:`write_new` makes a new session file from exchange data; it takes the
session-file class as an argument so that :mod:`.sessionfile` can use it without an
import circle.
"""

from __future__ import annotations

import base64
import contextlib
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..domain.changes import Change
from ..domain.records import KINDS
from . import errors
from .check import PART_SUFFIX, _os_error

FORMAT = "kernkracht-sessie"
FORMAT_VERSION = 1
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def part_path(dest: Path) -> Path:
    """A fresh temporary name beside ``dest`` for writing it (see :data:`.check.PART_RE`)."""
    return dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}{PART_SUFFIX}")


@contextlib.contextmanager
def written_whole(dest: Path, replace: bool = True) -> Iterator[Path]:
    """Write ``dest`` whole or not at all: the caller writes the yielded temporary path,
    which is renamed to ``dest`` when the block ends without an error.

    ``replace=False`` refuses (:class:`~.errors.FileExists_`) when ``dest`` appeared in
    the meantime. On any failure the temporary file (and a journal beside it) is removed
    and ``dest`` is as it was. OS errors become the store's Dutch errors.
    """
    tmp = part_path(dest)
    try:
        yield tmp
        if not replace and dest.exists():
            raise errors.FileExists_(dest)
        os.replace(tmp, dest)
    except OSError as exc:
        raise _os_error(exc, dest) from exc
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)


def write_new(data: dict[str, Any], dest: Path, file_class: Any) -> Path:
    """Make a new session file (``file_class``: SessionFile) from validated exchange data;
    nothing is left on failure.

    The file is written under a temporary name the library does not list and renamed
    when complete, so an import or merge killed halfway leaves no half meeting.
    """
    if dest.exists():
        raise errors.FileExists_(dest)
    with written_whole(dest, replace=False) as part:
        _write_records(data, part, file_class)
    return dest


def _write_records(data: dict[str, Any], dest: Path, file_class: Any) -> None:
    sf = file_class.create(dest, session_id=data["session_id"])
    try:
        changes = [
            Change(kind, row["id"], None, {**KINDS[kind]().to_dict(), **row})
            for kind, rows in sorted(data["records"].items())
            for row in rows
        ]
        with sf.transaction() as conn:
            sf._apply(conn, changes)
            # the rows carry their own timestamps: keep them exactly
            conn.executemany("DELETE FROM tombstone WHERE id = ?", [(c.id,) for c in changes])
            conn.executemany(
                "INSERT OR REPLACE INTO tombstone(id, kind, deleted) VALUES (:id, :kind, :deleted)",
                data.get("tombstones", []),
            )
            for blob_id, blob in sorted(data.get("blobs", {}).items()):
                conn.execute(
                    "INSERT OR IGNORE INTO blob(id, mime, data, created) VALUES (?, ?, ?, '')",
                    (blob_id, blob["mime"], base64.b64decode(blob["data"])),
                )
    finally:
        sf.close()
