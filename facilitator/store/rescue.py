"""When the open file changed underneath: go on in a rescue file, lose nothing, overwrite nothing.

A library folder may be kept in step by Syncthing or a network share, or a colleague
copies a newer version over it. Kernkracht notices before its next write
(:func:`~.check.signature`), writes nothing more to that file, and puts the
meeting as it is on screen (every record in memory, the pictures whose SHA-256 still
matches) into a new file beside it, ``<name>-gered-<time>.kernkracht``. Edits go on
there; both files keep the same record ids, so the existing merge can put them
together.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import errors
from .check import FILE_SUFFIX, mark_closed, mark_open, signature
from .newfile import FORMAT, FORMAT_VERSION, UUID_RE, write_new

if TYPE_CHECKING:
    from .sessionfile import SessionFile


def rescue_path(original: Path) -> Path:
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    base = original.with_name(f"{original.stem}-gered-{stamp}{FILE_SUFFIX}")
    path, n = base, 2
    while path.exists():
        path = base.with_name(f"{original.stem}-gered-{stamp}-{n}{FILE_SUFFIX}")
        n += 1
    return path


def rescue_data(sf: SessionFile) -> dict[str, Any]:
    """The meeting in the exchange shape, from memory (the disk may hold someone else's file now)."""
    records: dict[str, list[dict[str, Any]]] = {}
    for r in sorted(sf.memory() if sf.memory is not None else [], key=lambda r: (r.KIND, r.id)):
        records.setdefault(r.KIND, []).append(r.to_dict())
    tombstones: list[dict[str, str]] = []
    blobs: dict[str, dict[str, str]] = {}
    with contextlib.suppress(sqlite3.Error):
        for t in sf.tombstones():
            if all(isinstance(v, str) for v in t.values()) and UUID_RE.match(t["id"]):
                tombstones.append(t)
    with contextlib.suppress(sqlite3.Error):
        for blob_id in sf.blob_ids():
            data = sf.get_blob(blob_id)  # None when the bytes no longer match their hash
            mime = sf.blob_mime(blob_id)
            if data is not None and isinstance(mime, str):
                blobs[blob_id] = {"mime": mime, "data": base64.b64encode(data).decode("ascii")}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "session_id": sf.known_session_id,
        "records": records,
        "tombstones": tombstones,
        "blobs": blobs,
    }


def divert(sf: SessionFile) -> None:
    """Move the open session's writes to a rescue file; raises when even that cannot be done."""
    original = sf.path
    if sf.diverted is not None or not original.parent.is_dir():
        # the rescue file itself changed, or the folder is gone (a stick pulled out): stop
        raise errors.MissingFile(original) if not original.parent.is_dir() else errors.ChangedUnderneath(original)
    rescue = rescue_path(original)
    write_new(rescue_data(sf), rescue, type(sf))
    conn = type(sf)._connect(rescue)
    with contextlib.suppress(sqlite3.Error):
        sf.conn.close()  # nothing is pending, so closing writes nothing to the other file
    mark_closed(original)  # its connection is closed: no journal of ours can be left beside it
    mark_open(rescue)
    sf.conn, sf.path = conn, rescue
    sf._signature = signature(rescue)
    sf.diverted = errors.ChangedUnderneath(original, rescue)
    if sf.on_divert is not None:
        sf.on_divert(sf.diverted)
