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
from collections.abc import Iterable, Iterator
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
    except BaseException:
        _remove_part(tmp)
        raise
    finish(tmp, dest, replace=replace)


def _remove_part(part: Path) -> None:
    for leftover in (part, part.with_name(part.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def write_new(data: dict[str, Any], dest: Path, file_class: Any, blobs: Iterable[tuple[str, str, bytes]] = ()) -> Path:
    """Make a new session file (``file_class``: SessionFile) from validated exchange data;
    nothing is left on failure. ``blobs`` (id, mime, bytes) are pictures beyond those in
    ``data`` (read one at a time from their files by a merge).

    The file is written under a temporary name the library does not list and renamed
    when complete, so an import or merge killed halfway leaves no half meeting.
    """
    if dest.exists():
        raise errors.FileExists_(dest)
    part = part_path(dest)
    sf = file_class.create(part, session_id=data["session_id"])
    try:
        with sf.transaction() as conn:
            fill(conn, sf, data)
            insert_blobs(
                conn, ((i, b["mime"], base64.b64decode(b["data"])) for i, b in sorted(data.get("blobs", {}).items()))
            )
            insert_blobs(conn, blobs)
    except BaseException:
        sf.close()
        part.unlink(missing_ok=True)
        raise
    sf.close()
    return finish(part, dest)


def part_name(dest: Path) -> Path:
    """The temporary name a new file is written under (see :func:`part_path`)."""
    return part_path(dest)


#: how many records :func:`fill` writes between two reports of progress
FILL_PIECE = 500


def fill(conn: Any, sf: Any, data: dict[str, Any], weight: float = 1.0) -> None:
    """Write the records and tombstones of ``data`` (inside the caller's transaction); each
    record written is ``weight`` units of :func:`.progress.advance`."""
    from .progress import advance

    # one default record per kind, not per row: making one draws a uuid and reads the clock
    defaults = {kind: KINDS[kind]().to_dict() for kind in data["records"]}
    changes = [
        Change(kind, row["id"], None, {**defaults[kind], **row})
        for kind, rows in sorted(data["records"].items())
        for row in rows
    ]
    for start in range(0, len(changes), FILL_PIECE):  # a piece at a time, so Annuleren is heard
        piece = changes[start : start + FILL_PIECE]
        sf._apply(conn, piece)
        advance(len(piece) * weight)
    # the rows carry their own timestamps: keep them exactly
    conn.executemany("DELETE FROM tombstone WHERE id = ?", [(c.id,) for c in changes])
    free_in_pieces(changes)
    conn.executemany(
        "INSERT OR REPLACE INTO tombstone(id, kind, deleted) VALUES (:id, :kind, :deleted)",
        data.get("tombstones", []),
    )


def insert_blobs(conn: Any, blobs: Iterable[tuple[str, str, bytes]]) -> None:
    for blob_id, mime, content in blobs:
        conn.execute(
            "INSERT OR IGNORE INTO blob(id, mime, data, created) VALUES (?, ?, ?, '')", (blob_id, mime, content)
        )


def finish(part: Path, final: Path, replace: bool = False) -> Path:
    """Rename the complete temporary file ``part`` to ``final`` (the store's one rename; with
    ``replace=False`` refused when ``final`` exists meanwhile); the temporary file and a journal
    beside it never stay behind. OS errors become the store's Dutch errors."""
    try:
        if not replace and final.exists():
            raise errors.FileExists_(final)
        os.replace(part, final)
    except OSError as exc:
        raise _os_error(exc, final) from exc
    finally:
        _remove_part(part)
    return final


def free_in_pieces(records: dict[str, list[Any]] | list[Any], piece: int = 500) -> None:
    """Empty big record lists a few hundred rows at a time.

    Freeing 20,000 rows at once is one long C call that holds the interpreter lock: when a
    merge or import in a worker thread returned, the window froze for about 0.1 s. In pieces,
    the GUI thread gets its turn in between.
    """
    lists = list(records.values()) if isinstance(records, dict) else [records]
    for rows in lists:
        while rows:
            del rows[-piece:]
