"""The earlier meeting in the same place, read from its own session file without changing it.

Used to carry open actions over to a new meeting. The other file is opened through a
read-only SQLite connection (``mode=ro``): it is never written, migrated or locked
for writing. A file that is open in another window, damaged or from a newer version
is skipped, so the worst case is that nothing is offered.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from ..domain.actieplan import Action
from ..domain.actieplan_sources import same_place
from . import errors
from .check import connect_read_only
from .library import Library, SessionInfo
from .schema import decode, table_name
from .sessionfile import translate


@dataclasses.dataclass
class PreviousMeeting:
    path: Path
    session_id: str
    place: str
    date: str
    actions: list[Action]


def read_actions(path: Path) -> tuple[str, list[Action]]:
    """(session id, actions) of a closed session file, read-only."""
    conn = connect_read_only(path)  # the one hardened read-only open (store/check.py)
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute("SELECT value FROM info WHERE key = 'session_id'").fetchone()
        session_id = str(row[0]) if row else ""
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        found: list[Action] = []
        if table_name(Action.KIND) in tables:
            rows = conn.execute(f"SELECT * FROM [{table_name(Action.KIND)}]").fetchall()
            found = [Action.from_dict(decode(Action, dict(r))) for r in rows]
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    finally:
        conn.close()
    found.sort(key=lambda a: (a.position, a.created, a.id))
    return session_id, found


def earlier_sessions(library: Library, place: str, date: str, exclude: Path | None = None) -> list[SessionInfo]:
    """Other sessions of the same place dated on or before ``date``, most recent first."""
    if not place.strip():
        return []
    own = exclude.resolve() if exclude is not None else None
    found = [
        info
        for info in library.sessions(skip=own)  # never open our own file a second time (it is locked)
        if info.problem is None and same_place(info.place, place) and (not date or not info.date or info.date <= date)
    ]
    found.sort(key=lambda i: (i.date, i.modified), reverse=True)
    return found


def previous_meeting(
    library: Library, place: str, date: str, exclude: Path | None = None, session_id: str = ""
) -> PreviousMeeting | None:
    """The most recent earlier meeting in this place (a copy of this very session excluded)."""
    for info in earlier_sessions(library, place, date, exclude):
        try:
            other_id, found = read_actions(info.path)
        except errors.StoreError:
            continue  # open elsewhere or damaged: look further back
        if session_id and other_id == session_id:
            continue
        return PreviousMeeting(info.path, other_id, info.place, info.date, found)
    return None
