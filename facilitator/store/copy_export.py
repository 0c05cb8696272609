"""Exports read from a file that is not being written: a closed meeting, or a consistent copy
of the open one (so a worker thread can export while the window goes on).

Both write the same bytes as an export of the open file (:func:`.exchange.export_file`), one
picture at a time (:mod:`.stream`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .sessionfile import SessionFile


def export_closed_file(path: Path, dest: Path) -> Path:
    """Export a file that is not open (read-only), one picture at a time."""
    from .merge import file_blobs, read_snapshot
    from .progress import expect, size_of
    from .stream import write_export

    records, pictures = size_of(path)
    expect(2 * records + pictures)  # each record read and written, each picture written
    snap = read_snapshot(path, with_blobs=False)
    data = {k: v for k, v in snap.data.items() if k != "blobs"}
    return write_export(dest, data, file_blobs(dict.fromkeys(snap.blob_refs, path)))


def export_from_copy(sf: SessionFile, dest: Path, scratch: Path) -> Path:
    """Export the open file from a consistent copy of it made in ``scratch`` (see
    :func:`.backups.snapshot`), so a worker thread can do it while the window goes on; the
    same bytes as :func:`.exchange.export_file`. Costs one temporary copy of the file."""
    from .backups import snapshot

    with snapshot(sf.conn, scratch) as (copy, _conn):
        assert copy is not None  # a copy on disk: the export reads it as a file
        return export_closed_file(copy, dest)
