"""The other meetings of the same place, read for the "then and now" review, never changed.

Every earlier file of the place in the library is opened through the one hardened read-only
connection (``store/check.connect_read_only``): never written, migrated or locked. Only the
tables the review needs are read (no pictures). A file that cannot be read (open elsewhere,
damaged, newer) is left out and named in ``skipped``, so the review says so.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..domain import actieplan, eigenaarschap, krachtenkaart, preparation, rollen, scoring
from ..domain.records import Record
from ..domain.review import Meeting
from ..domain.session import Session
from . import errors
from .check import check_readable, check_schema, connect_read_only, translate
from .library import Library
from .previous import earlier_sessions
from .schema import decode, table_name

#: the record kinds the review reads (whole records; photos stay in the file)
KINDS_READ: tuple[type[Record], ...] = (
    preparation.Meeting,
    actieplan.Action,
    eigenaarschap.Activity,
    rollen.RoleExercise,
    rollen.RoleScore,
    scoring.ItemScore,
    krachtenkaart.AssetCard,
)


def read_meeting(path: Path) -> Meeting:
    """One closed meeting file as a :class:`Meeting` (raises StoreError when it cannot be read)."""
    check_readable(path, thorough=False)
    conn = connect_read_only(path)
    records: list[Record] = []
    session_id = ""
    try:
        tables = check_schema(conn, path)
        row = conn.execute("SELECT value FROM info WHERE key = 'session_id'").fetchone() if "info" in tables else None
        session_id = str(row[0]) if row else ""
        for cls in KINDS_READ:
            if table_name(cls.KIND) in tables:
                cursor = conn.execute(f"SELECT * FROM [{table_name(cls.KIND)}]")
                columns = [d[0] for d in cursor.description]
                for raw in cursor:
                    records.append(cls.from_dict(decode(cls, dict(zip(columns, raw, strict=True)))))
    except (sqlite3.Error, ValueError, TypeError) as exc:
        if isinstance(exc, sqlite3.Error):
            raise translate(exc, path) from exc
        raise errors.DamagedFile(path) from exc
    finally:
        conn.close()
    return Meeting(session_id, Session(records=records))


def place_meetings(
    library: Library, current: Session, session_id: str, own_path: Path | None
) -> tuple[list[Meeting], list[str]]:
    """(the meetings of this place oldest first, ending with ``current``; names of files left out)."""
    m = preparation.meeting(current)
    found: list[Meeting] = []
    skipped: list[str] = []
    for info in reversed(earlier_sessions(library, m.place, m.date, exclude=own_path)):
        try:
            other = read_meeting(info.path)
        except errors.StoreError:
            skipped.append(info.path.name)
            continue
        if session_id and other.session_id == session_id:
            continue  # a copy of this very meeting
        found.append(other)
    found.sort(key=lambda x: x.date)
    found.append(Meeting(session_id, current))
    return found, skipped
