"""A new session file from exchange data (import, merge, rescue), written whole or not at all.

Shared by :mod:`.exchange` (import), :mod:`.merge` and :mod:`.rescue`; it takes the
session-file class as an argument so that :mod:`.sessionfile` can use it without an
import circle.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..domain.changes import Change
from ..domain.records import KINDS
from . import errors
from .check import _os_error

FORMAT = "kernkracht-sessie"
FORMAT_VERSION = 1
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def write_new(data: dict[str, Any], dest: Path, file_class: Any, blobs: Iterable[tuple[str, str, bytes]] = ()) -> Path:
    """Make a new session file (``file_class``: SessionFile) from validated exchange data;
    nothing is left on failure. ``blobs`` (id, mime, bytes) are pictures beyond those in
    ``data`` (read one at a time from their files by a merge).

    The file is written under a temporary name the library does not list and renamed
    when complete, so an import or merge killed halfway leaves no half meeting.
    """
    if dest.exists():
        raise errors.FileExists_(dest)
    part = part_name(dest)
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
    """The temporary name a new file is written under (hidden, ``.deel``: the library skips it)."""
    import uuid

    return dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}.deel")


def fill(conn: Any, sf: Any, data: dict[str, Any]) -> None:
    """Write the records and tombstones of ``data`` (inside the caller's transaction)."""
    # one default record per kind, not per row: making one draws a uuid and reads the clock
    defaults = {kind: KINDS[kind]().to_dict() for kind in data["records"]}
    changes = [
        Change(kind, row["id"], None, {**defaults[kind], **row})
        for kind, rows in sorted(data["records"].items())
        for row in rows
    ]
    sf._apply(conn, changes)
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


def finish(part: Path, final: Path) -> Path:
    """Rename the complete temporary file to its name (refused when that exists meanwhile)."""
    import os

    try:
        if final.exists():
            raise errors.FileExists_(final)
        os.replace(part, final)
    except OSError as exc:
        raise _os_error(exc, final) from exc
    finally:
        part.unlink(missing_ok=True)
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
