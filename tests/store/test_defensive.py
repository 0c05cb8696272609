"""SQLite's defensive mode is on for every connection to a session file (Python 3.11 too).

With it on, even ``PRAGMA writable_schema`` cannot be used to write ``sqlite_master``
by hand, on the open meeting's own connection and on the read-only one the library
uses. The counter-check shows that a plain connection still can: the refusal comes
from the mode, not from SQLite's defaults.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from facilitator.store import defensive
from facilitator.store.check import connect_read_only
from facilitator.store.sessionfile import new_session

SCHEMA_WRITE = "UPDATE sqlite_master SET sql = sql WHERE name = 'info'"


def _writes_schema(conn: sqlite3.Connection) -> bool:
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute(SCHEMA_WRITE)
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.execute("PRAGMA writable_schema = OFF")


def test_the_open_meeting_and_the_library_look_cannot_write_the_schema(tmp_path: Path):
    path = tmp_path / "dorp.kernkracht"
    sf, _ = new_session(path, place="Dorp")
    try:
        assert defensive.is_on(sf.conn)
        assert not _writes_schema(sf.conn)
    finally:
        sf.close()
    look = connect_read_only(path)
    try:
        assert defensive.is_on(look)
    finally:
        look.close()
    plain = sqlite3.connect(path, isolation_level=None)
    try:
        assert not defensive.is_on(plain)
        assert _writes_schema(plain)  # without the mode SQLite lets it through
    finally:
        plain.close()
