"""Contact details withdrawn or removed in the meeting are removed from its rolling backups too.

A participant who withdraws consent has their e-mail and phone removed from the open
file at once (``PRAGMA secure_delete`` overwrites the old bytes). The backups in
``.reservekopieen`` are older copies that may still hold them. :func:`purge_withdrawn`
makes every older backup of the meeting hold no contact detail the file itself no longer
holds: of a record without consent now, of a record removed since (a participant taken
off the list), and an e-mail or phone that was cleared or replaced. "Delen met de groep"
is taken back the same way. A changed backup is rewritten (``VACUUM``) so no old page
keeps the bytes. It runs after each backup and when the meeting's consent changes.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.privacy import CONSENT
from .check import harden
from .schema import table_name

if TYPE_CHECKING:
    from .sessionfile import SessionFile

#: table -> (consent column, contact columns, ticks that need the consent)
CONSENT_COLUMNS = {table_name(kind): rule for kind, rule in CONSENT.items()}


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f"PRAGMA table_info([{table}])")}


def _conn(source: SessionFile | sqlite3.Connection) -> sqlite3.Connection:
    return source if isinstance(source, sqlite3.Connection) else source.conn


def allowed_now(source: SessionFile | sqlite3.Connection) -> dict[str, dict[str, dict[str, Any]]]:
    """Per table, per record id, the contact values and ticks the file holds now (empty without consent).

    ``source`` is the open file, or a connection to a consistent copy of it (a backup run in a worker)."""
    conn = _conn(source)
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for table, (consent, contacts, ticks) in CONSENT_COLUMNS.items():
        with contextlib.suppress(sqlite3.Error):
            have = _columns(conn, table)
            if consent not in have:
                continue
            fields = [f for f in (*contacts, *ticks) if f in have]
            select = ", ".join(f"[{f}]" for f in [consent, *fields])
            rows: dict[str, dict[str, Any]] = {}
            for rid, given, *values in conn.execute(f"SELECT id, {select} FROM [{table}]"):
                rows[rid] = {f: (v if given else None) for f, v in zip(fields, values, strict=True)}
            found[table] = rows
    return found


def withdrawn_ids(sf: SessionFile) -> dict[str, list[str]]:
    """Per table, the ids of records that have no consent now."""
    return {
        table: [rid for rid, values in rows.items() if all(v is None for v in values.values())]
        for table, rows in allowed_now(sf).items()
    }


def _purge_one(conn: sqlite3.Connection, now: dict[str, dict[str, dict[str, Any]]]) -> int:
    """Clear in one backup what the open file no longer holds; returns how many rows changed."""
    touched = 0
    for table, (_, contacts, ticks) in CONSENT_COLUMNS.items():
        if table not in now:
            continue
        have = _columns(conn, table)
        fields = [f for f in (*contacts, *ticks) if f in have]
        if not fields:
            continue
        select = ", ".join(f"[{f}]" for f in fields)
        for rid, *values in conn.execute(f"SELECT id, {select} FROM [{table}]").fetchall():
            current = now[table].get(rid, {})
            changes: dict[str, Any] = {}
            for field, old in zip(fields, values, strict=True):
                if not old:
                    continue
                keep = current.get(field)
                if field in ticks:
                    if not keep:
                        changes[field] = 0
                elif old != keep:
                    changes[field] = ""  # withdrawn, removed, or replaced by another
            if changes:
                sets = ", ".join(f"[{f}] = ?" for f in changes)
                conn.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", (*changes.values(), rid))
                touched += 1
    return touched


def purge_withdrawn(source: SessionFile | sqlite3.Connection, backups: list[Path]) -> int:
    """Clear contact details the file no longer holds in ``backups``; returns how many files changed."""
    return purge_backups(allowed_now(source), backups)


def purge_backups(now: dict[str, dict[str, dict[str, Any]]], backups: list[Path]) -> int:
    """Clear in ``backups`` what ``now`` (:func:`allowed_now`) does not hold; touches only the backups,
    so a worker thread may run it while the meeting goes on."""
    changed = 0
    for path in backups:
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=0.2)
        except sqlite3.Error:
            continue
        try:
            harden(conn)
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("BEGIN IMMEDIATE")
            touched = _purge_one(conn, now)
            conn.execute("COMMIT")
            if touched:
                conn.execute("VACUUM")
                changed += 1
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        finally:
            conn.close()
    return changed
