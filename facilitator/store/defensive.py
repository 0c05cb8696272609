"""SQLite's defensive mode on every connection to a session file, also on Python 3.11.

Defensive mode (``SQLITE_DBCONFIG_DEFENSIVE``) forbids what a crafted file or crafted
SQL could use to damage a database on purpose: writing ``sqlite_master`` by hand
(``writable_schema``), ``PRAGMA journal_mode=OFF``, raw page writes. Python 3.12 has
``Connection.setconfig`` for it; Python 3.11's sqlite3 has none, and the module does
not hand out its ``sqlite3 *`` handle.

On CPython 3.11 the handle is the first field after the object header of a
``sqlite3.Connection`` (``Modules/_sqlite/connection.h``). :func:`switch_on` reads it
with ctypes and calls ``sqlite3_db_config`` in the SQLite library that ``_sqlite3`` is
linked to, but only after checking that the pointer is that connection's (SQLite gives
back the same file name as ``PRAGMA database_list``), and it reads the setting back.
Where any of that does not hold (another Python, a platform where a variadic C call
through ctypes is not safe: Apple's arm64), it does nothing and says so by returning
False; the other protections stay (see :func:`.check.harden`).
"""

from __future__ import annotations

import platform
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3

SQLITE_DBCONFIG_DEFENSIVE = 1010

_library: Any = None  # the ctypes handle of the SQLite that _sqlite3 uses, once found (False: none)


def _sqlite_library() -> Any:
    global _library
    if _library is None:
        _library = False
        if sys.implementation.name == "cpython" and not (sys.platform == "darwin" and platform.machine() == "arm64"):
            import _sqlite3
            import ctypes

            for name in (_sqlite3.__file__, "sqlite3", "libsqlite3.so.0"):
                try:
                    lib = ctypes.CDLL(name)
                    config, filename = lib.sqlite3_db_config, lib.sqlite3_db_filename
                except (OSError, AttributeError):
                    continue
                config.restype = ctypes.c_int
                filename.restype = ctypes.c_char_p
                filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
                _library = lib
                break
    return _library


def _handle(conn: sqlite3.Connection) -> int | None:
    """The connection's ``sqlite3 *``, when it can be proved to be that connection's."""
    import ctypes

    lib = _sqlite_library()
    if not lib:
        return None
    pointer = ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value
    if not pointer:
        return None
    rows = conn.execute("PRAGMA database_list").fetchall()
    main = next((row[2] for row in rows if row[1] == "main"), None)
    found = lib.sqlite3_db_filename(ctypes.c_void_p(pointer), b"main")
    if not main or found is None or found.decode("utf-8", "replace") != main:
        return None
    return pointer


def _config(conn: sqlite3.Connection, value: int) -> int | None:
    import ctypes

    pointer = _handle(conn)
    if pointer is None:
        return None
    out = ctypes.c_int(-1)
    rc = _sqlite_library().sqlite3_db_config(
        ctypes.c_void_p(pointer), ctypes.c_int(SQLITE_DBCONFIG_DEFENSIVE), ctypes.c_int(value), ctypes.byref(out)
    )
    return out.value if rc == 0 else None


def switch_on(conn: sqlite3.Connection) -> bool:
    """Defensive mode on for ``conn``; True when SQLite confirms it is on."""
    import sqlite3

    setconfig = getattr(conn, "setconfig", None)
    if setconfig is not None:  # Python 3.12+
        setconfig(getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", SQLITE_DBCONFIG_DEFENSIVE), True)
        return bool(conn.getconfig(SQLITE_DBCONFIG_DEFENSIVE))  # type: ignore[attr-defined]
    if sys.version_info[:2] != (3, 11):
        return False  # the struct layout is known for 3.11 only
    return _config(conn, 1) == 1


def is_on(conn: sqlite3.Connection) -> bool:
    """Whether defensive mode is on (for the tests and the README's claim)."""
    getconfig = getattr(conn, "getconfig", None)
    if getconfig is not None:
        return bool(getconfig(SQLITE_DBCONFIG_DEFENSIVE))
    return sys.version_info[:2] == (3, 11) and _config(conn, -1) == 1
