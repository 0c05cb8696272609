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

#: version reached -> function that brings a file from the version before to it
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}

SQL_TYPES = {str: "TEXT", int: "INTEGER", float: "REAL", bool: "INTEGER", list: "TEXT", dict: "TEXT"}


def table_name(kind: str) -> str:
    return f"rec_{kind}"


def ensure_tables(conn: sqlite3.Connection) -> None:
    """Create missing tables and columns for every registered record kind."""
    import sqlite_utils  # imported here: it is slow to import and not needed to list files

    db = sqlite_utils.Database(conn)

    def table(name: str) -> sqlite_utils.db.Table:
        return sqlite_utils.db.Table(db, name)

    tables = set(db.table_names())
    if "info" not in tables:
        table("info").create({"key": str, "value": str}, pk="key")
    if "blob" not in tables:
        table("blob").create({"id": str, "mime": str, "data": bytes, "created": str}, pk="id")
    if "tombstone" not in tables:
        table("tombstone").create({"id": str, "kind": str, "deleted": str}, pk="id")
    for kind, cls in KINDS.items():
        name = table_name(kind)
        columns = {f: py for f, py in field_types(cls).items()}
        sqlite_columns = {f: (bytes if py is bytes else _sqlite_utils_type(py)) for f, py in columns.items()}
        if name not in tables:
            table(name).create(sqlite_columns, pk="id")
        else:
            existing = {c.name for c in table(name).columns}
            for f, t in sqlite_columns.items():
                if f not in existing:
                    table(name).add_column(f, t)


def _sqlite_utils_type(py: Any) -> Any:
    return {str: str, int: int, float: float, bool: int, list: str, dict: str}[py]


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
