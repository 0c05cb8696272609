"""The session file's schema, derived from the registered record kinds, and its migrations.

Each record kind has a table ``rec_<kind>``. Lists and dicts are stored as JSON text,
booleans as 0/1. ``PRAGMA application_id`` marks a file as Kernkracht's and
``PRAGMA user_version`` holds the schema version.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from ..domain.records import KINDS, Record, field_types
from .check import APPLICATION_ID, FILE_SUFFIX, SCHEMA_VERSION

__all__ = ["APPLICATION_ID", "FILE_SUFFIX", "MIGRATIONS", "SCHEMA_VERSION", "ensure_tables", "encode", "decode"]

#: the kinds that were merged into another: old kind -> the kind that holds its records now
MOVED_KINDS = {"support_need": "partner_ask"}

SQL_TYPES = {str: "TEXT", int: "INTEGER", float: "REAL", bool: "INTEGER", list: "TEXT", dict: "TEXT"}


def table_name(kind: str) -> str:
    return f"rec_{kind}"


def ensure_tables(conn: sqlite3.Connection) -> None:
    """Create missing tables and columns for every registered record kind.

    Plain SQL: two statements (CREATE TABLE, ALTER TABLE ADD COLUMN) are all the store needs.
    sqlite-utils did this before; it cost 80–160 ms of import and 23 MB of dependencies.
    """
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    fixed = {
        "info": {"key": "TEXT", "value": "TEXT"},
        "blob": {"id": "TEXT", "mime": "TEXT", "data": "BLOB", "created": "TEXT"},
        "tombstone": {"id": "TEXT", "kind": "TEXT", "deleted": "TEXT"},
    }
    wanted = dict(fixed)
    for kind, cls in KINDS.items():
        wanted[table_name(kind)] = {f: _sql_type(py) for f, py in field_types(cls).items()}
    for name, columns in wanted.items():
        pk = "key" if name == "info" else "id"
        if name not in tables:
            spec = ", ".join(f"{_quote(c)} {t}{' PRIMARY KEY' if c == pk else ''}" for c, t in columns.items())
            conn.execute(f"CREATE TABLE {_quote(name)} ({spec})")
            continue
        existing = {row[1] for row in conn.execute(f"PRAGMA table_info({_quote(name)})")}
        for column, sql_type in columns.items():
            if column not in existing:
                conn.execute(f"ALTER TABLE {_quote(name)} ADD COLUMN {_quote(column)} {sql_type}")


def partners_in_one_list(conn: sqlite3.Connection) -> None:
    """Version 2: the Krachtenkaart's partners (``support_need``) join the one list of
    outside partners (``partner_ask``, :mod:`facilitator.domain.support`), after the ones
    the action plan had; what was removed stays removed."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "rec_support_need" not in tables:
        return
    ensure_tables(conn)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(rec_support_need)")}

    def old(column: str, default: str) -> str:
        return f"COALESCE({_quote(column)}, {default})" if column in columns else default

    empty, no_ideas = "''", "'[]'"
    values = ", ".join(
        (
            "id",
            old("created", empty),
            old("updated", empty),
            empty,
            old("partner", empty),
            old("ask", empty),
            empty,
            old("idea_ids", no_ideas),
            empty,
            empty,
            empty,
            "? + 1 + " + old("position", "0"),
        )
    )
    (offset,) = conn.execute("SELECT COALESCE(MAX(position), 0) FROM rec_partner_ask").fetchone()
    conn.execute(
        "INSERT INTO rec_partner_ask (id, created, updated, partner_id, partner, ask, idea_id, idea_ids,"
        f" answer, answer_note, answered_on, position) SELECT {values} FROM rec_support_need",
        (float(offset),),
    )
    conn.execute("UPDATE tombstone SET kind = 'partner_ask' WHERE kind = 'support_need'")
    conn.execute("DROP TABLE rec_support_need")


#: version reached -> function that brings a file from the version before to it
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {2: partners_in_one_list}


def _sql_type(py: Any) -> str:
    return "BLOB" if py is bytes else SQL_TYPES[py]


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def encode(cls: type[Record], data: dict[str, Any]) -> dict[str, Any]:
    types = field_types(cls)
    row: dict[str, Any] = {}
    for name, py in types.items():
        value = data.get(name)
        if py in (list, dict):
            value = json.dumps(value if value is not None else py(), ensure_ascii=False, sort_keys=True)
        elif py is bool:
            value = 1 if value else 0
        row[name] = value
    return row


def decode(cls: type[Record], row: dict[str, Any]) -> dict[str, Any]:
    types = field_types(cls)
    data: dict[str, Any] = {}
    for name, py in types.items():
        if name not in row:
            continue
        value = row[name]
        if value is None:
            continue  # the dataclass default applies
        if py in (list, dict):
            value = json.loads(value)
        elif py is bool:
            value = bool(value)
        elif py is float:
            value = float(value)
        data[name] = value
    return data
