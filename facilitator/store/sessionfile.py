"""One meeting = one SQLite file.

Opening checks the file before anything can write to it: a damaged, foreign, newer,
read-only or already opened file is refused with a :class:`StoreError` and left
exactly as it was. An opened file is held with an exclusive lock (so a second
Kernkracht cannot open it), in WAL mode with ``synchronous=FULL``: every edit is its
own durable transaction, and a crash costs at most the edit in flight.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain.changes import Change
from ..domain.records import KINDS, Record, kind_of, new_id, now
from ..domain.session import Session
from . import errors
from .check import (  # re-exported: the checks are part of this module's face
    APPLICATION_ID,
    SCHEMA_VERSION,
    _os_error,
    check_readable,
    is_read_only,
    read_header,
    translate,
)
from .schema import MIGRATIONS, decode, encode, ensure_tables, table_name

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "SessionFile",
    "_os_error",
    "check_readable",
    "is_read_only",
    "migrate",
    "new_session",
    "open_session",
    "read_header",
    "translate",
]


class SessionFile:
    """An open session file: the :class:`~facilitator.domain.session.Storage` of a session."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._identity = _identity(path)

    # ------------------------------------------------------------ open / create
    @classmethod
    def create(cls, path: str | Path, session_id: str | None = None) -> SessionFile:
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            raise errors.FileExists_(path) from None
        except PermissionError:
            raise errors.ReadOnlyFile(path) from None
        except OSError as exc:
            raise _os_error(exc, path) from exc
        os.close(fd)
        try:
            conn = cls._connect(path)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            ensure_tables(conn)
            conn.executemany(
                "INSERT INTO info(key, value) VALUES (?, ?)",
                [
                    ("session_id", session_id or new_id()),
                    ("created", now()),
                    ("created_with", __version__),
                ],
            )
            conn.commit()
        except sqlite3.Error as exc:
            with contextlib.suppress(Exception):
                conn.close()
            path.unlink(missing_ok=True)
            raise translate(exc, path) from exc
        return cls(path, conn)

    @classmethod
    def open(cls, path: str | Path, backup_dir: Path | None = None) -> SessionFile:
        path = Path(path)
        check_readable(path)
        if is_read_only(path):
            raise errors.ReadOnlyFile(path)
        user_version, _ = read_header(path)
        if user_version < SCHEMA_VERSION:
            migrate(path, user_version, backup_dir or path.parent)
        try:
            conn = cls._connect(path)
        except sqlite3.Error as exc:
            raise translate(exc, path) from exc
        try:
            ensure_tables(conn)
            conn.commit()
        except sqlite3.Error as exc:
            conn.close()
            raise translate(exc, path) from exc
        return cls(path, conn)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, timeout=0.2, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("BEGIN EXCLUSIVE")  # takes the lock now and keeps it until close
            conn.execute("COMMIT")
        except sqlite3.Error:
            conn.close()
            raise
        conn.isolation_level = None
        return conn

    # ----------------------------------------------------------------- reading
    @property
    def session_id(self) -> str:
        return self.info("session_id") or ""

    def info(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM info WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def load(self) -> list[Record]:
        records: list[Record] = []
        self.conn.row_factory = sqlite3.Row
        try:
            for kind, cls in KINDS.items():
                for row in self.conn.execute(f"SELECT * FROM [{table_name(kind)}]"):
                    records.append(cls.from_dict(decode(cls, dict(row))))
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc
        finally:
            self.conn.row_factory = None
        return records

    def tombstones(self) -> list[dict[str, str]]:
        rows = self.conn.execute("SELECT id, kind, deleted FROM tombstone ORDER BY id").fetchall()
        return [{"id": r[0], "kind": r[1], "deleted": r[2]} for r in rows]

    def get_blob(self, blob_id: str) -> bytes | None:
        row = self.conn.execute("SELECT data FROM blob WHERE id = ?", (blob_id,)).fetchone()
        return bytes(row[0]) if row else None

    def blob_mime(self, blob_id: str) -> str | None:
        row = self.conn.execute("SELECT mime FROM blob WHERE id = ?", (blob_id,)).fetchone()
        return row[0] if row else None

    def blob_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM blob ORDER BY id")]

    # ----------------------------------------------------------------- writing
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if _identity(self.path) != self._identity:
            # deleted or replaced while open: SQLite would go on writing into a file nobody
            # will find again, so every edit from now on would be lost without a word
            raise errors.MissingFile(self.path)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise translate(exc, self.path) from exc
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise

    def write(self, changes: list[Change]) -> None:
        """Write one operation's changes in one transaction (all or nothing)."""
        with self.transaction() as conn:
            self._apply(conn, changes)

    @staticmethod
    def _apply(conn: sqlite3.Connection, changes: list[Change]) -> None:
        stamp = now()
        for c in changes:
            table = table_name(c.kind)
            if c.after is None:
                conn.execute(f"DELETE FROM [{table}] WHERE id = ?", (c.id,))
                conn.execute(
                    "INSERT OR REPLACE INTO tombstone(id, kind, deleted) VALUES (?, ?, ?)",
                    (c.id, c.kind, stamp),
                )
            else:
                row = encode(kind_of(c.kind), c.after)
                cols = ", ".join(f"[{k}]" for k in row)
                marks = ", ".join("?" for _ in row)
                conn.execute(f"INSERT OR REPLACE INTO [{table}] ({cols}) VALUES ({marks})", list(row.values()))
                if c.before is None:
                    conn.execute("DELETE FROM tombstone WHERE id = ?", (c.id,))

    def put_blob(self, data: bytes, mime: str) -> str:
        import hashlib

        blob_id = hashlib.sha256(data).hexdigest()
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO blob(id, mime, data, created) VALUES (?, ?, ?, ?)",
                (blob_id, mime, sqlite3.Binary(data), now()),
            )
        return blob_id

    def set_info(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO info(key, value) VALUES (?, ?)", (key, value))

    # ------------------------------------------------------------ copy / close
    def backup_to(self, dest: Path) -> Path:
        """A consistent copy of the file (SQLite's online backup), as a plain journal file."""
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(dest.name + ".tmp")
        tmp.unlink(missing_ok=True)
        try:
            target = sqlite3.connect(tmp)
            try:
                self.conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            os.replace(tmp, dest)
        except sqlite3.Error as exc:
            tmp.unlink(missing_ok=True)
            raise translate(exc, dest) from exc
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise _os_error(exc, dest) from exc
        return dest

    def close(self) -> None:
        """Fold the WAL back in so the file is one self-contained file again, then unlock."""
        if self.conn is None:
            return
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA journal_mode = DELETE")
        self.conn.close()
        self.conn = None  # type: ignore[assignment]

    def __enter__(self) -> SessionFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path`` now, or None when nothing is there."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def migrate(path: Path, found: int, backup_dir: Path) -> Path:
    """Bring an older file up to date; a copy of the file as it was is kept first."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = backup_dir / f"{path.stem}.v{found}-{stamp}{path.suffix}"
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, backup)
        wal = path.with_name(path.name + "-wal")
        if wal.is_file():  # edits not yet folded into the file (after a crash) belong to the copy too
            shutil.copy2(wal, backup.with_name(backup.name + "-wal"))
    except OSError as exc:  # no backup, no migration: the file stays as it was
        raise _os_error(exc, backup) from exc
    conn = sqlite3.connect(path, isolation_level=None, timeout=0.2)
    try:
        conn.execute("BEGIN EXCLUSIVE")
        for version in range(found + 1, SCHEMA_VERSION + 1):
            step = MIGRATIONS.get(version)
            if step is not None:
                step(conn)
            conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise translate(exc, path) from exc
    finally:
        conn.close()
    return backup


def open_session(path: str | Path, backup_dir: Path | None = None) -> tuple[SessionFile, Session]:
    """Open a session file and load it into a :class:`Session` that writes back to it."""
    sf = SessionFile.open(path, backup_dir=backup_dir)
    try:
        session = Session(storage=sf, records=sf.load())
    except BaseException:
        sf.close()
        raise
    return sf, session


def new_session(path: str | Path, **meeting: Any) -> tuple[SessionFile, Session]:
    """Create a new session file with its meeting record."""
    from ..domain.preparation import Meeting

    sf = SessionFile.create(path)
    session = Session(storage=sf)
    m = Meeting(**meeting)
    sf.write([Change(m.KIND, m.id, None, m.to_dict())])
    session = Session(storage=sf, records=[m])
    return sf, session
