"""Making the next meeting of a place from its last one, as a new file in the same library.

The earlier file is read through the hardened read-only connection (it is never written,
migrated or locked); when it is the meeting open in this window, its session in memory is
used instead. The new file is written under a name the library does not list and renamed
when complete, so a failure leaves no half meeting. What is carried is decided in
:mod:`facilitator.domain.next_meeting`.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from ..domain import lineage
from ..domain.actieplan_sources import same_place
from ..domain.next_meeting import Choice, Source, carry
from ..domain.session import Session
from . import errors
from .check import connect_read_only, translate
from .library import Library
from .newfile import written_whole
from .sessionfile import new_session, read_checked


def read_source(path: Path) -> Source:
    """An earlier meeting file, read whole (read-only), with a reader for its pictures."""
    records = read_checked(path)
    conn = connect_read_only(path)
    try:
        row = conn.execute("SELECT value FROM info WHERE key = 'session_id'").fetchone()
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    finally:
        conn.close()
    return Source(Session(records=records), str(row[0]) if row else "", lambda blob_id: read_blob(path, blob_id))


def read_blob(path: Path, blob_id: str) -> tuple[bytes, str] | None:
    """A picture of a closed file, or None when it is missing or damaged."""
    conn = connect_read_only(path)
    try:
        row = conn.execute("SELECT data, mime FROM blob WHERE id = ?", (blob_id,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    if not row or not isinstance(row[0], bytes) or hashlib.sha256(row[0]).hexdigest() != blob_id:
        return None
    return bytes(row[0]), str(row[1] or "")


def open_source(session: Session, session_id: str) -> Source:
    """The meeting open in this window as the source (its file stays with its window)."""
    storage = session.storage

    def blobs(blob_id: str) -> tuple[bytes, str] | None:
        data = storage.get_blob(blob_id)
        mime = getattr(storage, "blob_mime", lambda _b: "image/png")(blob_id)
        return (data, str(mime or "image/png")) if data is not None else None

    return Source(session, session_id, blobs)


def make_next_meeting(library: Library, source: Source, choice: Choice, dest: Path | None = None) -> Path:
    """A new meeting file in ``library`` (or at ``dest``) made from ``source``; returns its path."""
    from ..domain.preparation import meeting

    place = meeting(source.session).place
    final = dest or library.new_path(place, choice.date)
    with written_whole(final, replace=False) as temp:
        sf, session = new_session(temp)
        try:
            carry(source, session, choice)
        finally:
            sf.close()
    return final


def last_meeting(library: Library, place: str, skip: Path | None = None) -> Path | None:
    """The most recent readable meeting of a place in the library (``skip``: a file open here)."""
    found = [i for i in library.sessions(skip=skip) if i.problem is None and same_place(i.place, place)]
    found.sort(key=lambda i: (i.date, i.modified), reverse=True)
    return found[0].path if found else None


def place_meetings(library: Library, place: str) -> list[lineage.Meeting]:
    """Every readable meeting of a place, oldest first, for :func:`lineage.chain`."""
    infos = [i for i in library.sessions() if i.problem is None and same_place(i.place, place)]
    infos.sort(key=lambda i: (i.date, i.modified))
    found = []
    for info in infos:
        try:
            source = read_source(info.path)
        except errors.StoreError:
            continue  # open elsewhere or damaged: its part of the chain is missing
        found.append(lineage.Meeting(source.session_id, source.session))
    return found
