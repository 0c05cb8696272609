"""A meeting read from a file that may not be written: for export and printing only.

A file on a CD, a protected stick or marked read-only cannot be opened for editing,
but its export (JSON) and its handout must still be made. :func:`read_only_session`
reads it through a read-only connection (the same checks as opening: schema, every
value) into a session whose storage refuses every write with the read-only message.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from ..domain.changes import Change
from ..domain.session import Session
from . import errors
from .check import check_readable, connect_read_only


class ReadOnlyStorage:
    """Storage for a session that must not change its file: pictures are read, writes refused."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def write(self, changes: list[Change]) -> None:
        raise errors.ReadOnlyFile(self.path)

    def put_blob(self, data: bytes, mime: str) -> str:
        raise errors.ReadOnlyFile(self.path)

    def get_blob(self, blob_id: str) -> bytes | None:
        try:
            conn = connect_read_only(self.path)
            try:
                row = conn.execute("SELECT data FROM blob WHERE id = ?", (blob_id,)).fetchone()
            finally:
                conn.close()
        except (sqlite3.Error, errors.StoreError):
            return None
        if not row or not isinstance(row[0], bytes):
            return None
        return row[0] if hashlib.sha256(row[0]).hexdigest() == blob_id else None


def read_only_session(path: Path) -> Session:
    from .sessionfile import read_checked

    check_readable(path)
    return Session(storage=ReadOnlyStorage(path), records=read_checked(path))


def export_data_read_only(path: Path) -> dict[str, Any]:
    """The export of a file read without writing (the same bytes as an export of the open file)."""
    from .merge import read_snapshot

    return read_snapshot(path).data


def export_read_only(path: Path, dest: Path) -> Path:
    """Export a file read without writing to ``dest`` (JSON, written whole or not at all)."""
    from .exchange import write_text

    return write_text(dest, export_data_read_only(path))
