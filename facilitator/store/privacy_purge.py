"""Contact details withdrawn in the meeting are removed from its rolling backups too.

A participant who withdraws consent has their e-mail and phone removed from the open
file at once (``PRAGMA secure_delete`` overwrites the old bytes). The backups in
``.reservekopieen`` are older copies that may still hold them; each time a backup is
made, the contact details of everyone without consent now are cleared in every older
backup of that meeting, and the backup is rewritten (``VACUUM``) so no old page keeps them.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from .check import harden

if TYPE_CHECKING:
    from .sessionfile import SessionFile

#: table -> (consent column, contact columns)
CONSENT_COLUMNS = {
    "rec_participant": ("consent", ("email", "phone")),
    "rec_asset_card": ("contact_consent", ("contact",)),
}


def withdrawn_ids(sf: SessionFile) -> dict[str, list[str]]:
    """Per table, the ids of records that have no consent now."""
    found: dict[str, list[str]] = {}
    for table, (consent, _) in CONSENT_COLUMNS.items():
        with contextlib.suppress(sqlite3.Error):
            rows = sf.conn.execute(f"SELECT id FROM [{table}] WHERE NOT coalesce([{consent}], 0)").fetchall()
            found[table] = [r[0] for r in rows]
    return found


#: backup file -> (its size and modification time, the ids already cleared in it per table)
Checked = dict[Path, tuple[tuple[int, int], dict[str, frozenset[str]]]]


def purge_withdrawn(sf: SessionFile, backups: list[Path], checked: Checked | None = None) -> int:
    """Clear contact details without consent in ``backups``; returns how many files changed.

    ``checked`` (kept by the caller between backups) remembers which ids each backup was
    already cleared of; a backup unchanged since is only looked at for ids that have lost
    consent since (none, mostly), so a backup at 20,000 cards does not read nine files again.
    """
    now = withdrawn_ids(sf)
    changed = 0
    for path in backups:
        ids = now
        stamp = _stamp(path)
        if checked is not None and path in checked and checked[path][0] == stamp:
            done = checked[path][1]
            ids = {table: [i for i in found if i not in done.get(table, frozenset())] for table, found in now.items()}
            if not any(ids.values()):
                continue
        if _purge_one(path, ids):
            changed += 1
        if checked is not None:
            checked[path] = (_stamp(path), {table: frozenset(found) for table, found in now.items()})
    return changed


def _stamp(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        return (0, 0)
    return (st.st_size, st.st_mtime_ns)


def _purge_one(path: Path, ids: dict[str, list[str]]) -> bool:
    """Clear the contact details of ``ids`` in one backup; whether it changed."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=0.2)
    except sqlite3.Error:
        return False
    touched = 0
    try:
        harden(conn)
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("BEGIN IMMEDIATE")
        for table, (_, contacts) in CONSENT_COLUMNS.items():
            sets = ", ".join(f"[{c}] = ''" for c in contacts)
            holds = " OR ".join(f"coalesce([{c}], '') != ''" for c in contacts)
            withdrawn = set(ids.get(table, []))
            if len(withdrawn) <= 50:  # a few ids: look each up
                holding = [
                    rid
                    for rid in withdrawn
                    if conn.execute(f"SELECT 1 FROM [{table}] WHERE id = ? AND ({holds})", (rid,)).fetchone()
                ]
            else:  # many (every card without consent): one pass over the rows that hold details
                # (one query per withdrawn record cost 20,000 queries per backup at 20,000 cards)
                holding = [r[0] for r in conn.execute(f"SELECT id FROM [{table}] WHERE {holds}") if r[0] in withdrawn]
            for rid in holding:
                touched += conn.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", (rid,)).rowcount
        conn.execute("COMMIT")
        if touched:
            conn.execute("VACUUM")
    except sqlite3.Error:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        return False
    finally:
        conn.close()
    return touched > 0
