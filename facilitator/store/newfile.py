"""A new session file from exchange data (import, merge, rescue), written whole or not at all.

Shared by :mod:`.exchange` (import), :mod:`.merge` and :mod:`.rescue`; it takes the
session-file class as an argument so that :mod:`.sessionfile` can use it without an
import circle.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

from ..domain.changes import Change
from ..domain.records import KINDS
from . import errors
from .check import _os_error

FORMAT = "kernkracht-sessie"
FORMAT_VERSION = 1
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def write_new(data: dict[str, Any], dest: Path, file_class: Any) -> Path:
    """Make a new session file (``file_class``: SessionFile) from validated exchange data;
    nothing is left on failure.

    The file is written under a temporary name the library does not list and renamed
    when complete, so an import or merge killed halfway leaves no half meeting.
    """
    import uuid

    if dest.exists():
        raise errors.FileExists_(dest)
    final, dest = dest, dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}.deel")
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
    except BaseException:
        sf.close()
        dest.unlink(missing_ok=True)
        raise
    sf.close()
    return publish(dest, final)


def publish(temp: Path, final: Path) -> Path:
    """Give a complete new file (written under ``temp``) its name; never over an existing file."""
    import os

    try:
        if final.exists():
            raise errors.FileExists_(final)
        os.replace(temp, final)
    except OSError as exc:
        raise _os_error(exc, final) from exc
    finally:
        temp.unlink(missing_ok=True)
    return final
