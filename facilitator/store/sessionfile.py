"""One meeting = one SQLite file.

Opening checks the file before anything can write to it: a damaged, foreign, newer,
read-only, unsafe (triggers, views) or already opened file is refused with a
:class:`StoreError` and left exactly as it was. An opened file is held with an
exclusive lock (so a second Kernkracht cannot open it), with a rollback journal and
``synchronous=FULL``: every edit is its own durable transaction written into the file
itself, so a copy of the ``.kernkracht`` file alone, taken at any moment between two
edits, holds every edit made so far (chosen by measurement over WAL with a checkpoint
after each edit: see ``tests/benchmarks/test_autosave.py``), and a crash costs at most
the edit in flight.

Before each write the file's identity and signature (inode, size, modification and
change time) are compared with what Kernkracht itself left after its last write. When
another program or computer wrote or replaced the file in between, nothing more is
written to it: the edits go on in a rescue file beside it (:mod:`.rescue`), and the
``on_divert`` callback tells the screen once.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import hashlib
import itertools
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain.changes import Change
from ..domain.records import KINDS, Record, field_types, kind_of, new_id, now
from ..domain.session import Session
from . import errors
from .check import (  # re-exported: the checks are part of this module's face
    APPLICATION_ID,
    SCHEMA_VERSION,
    _os_error,
    check_readable,
    check_schema,
    harden,
    is_read_only,
    mark_closed,
    mark_open,
    read_header,
    signature,
    translate,
)
from .progress import advance
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
        self._signature = signature(path)
        #: the records as the session holds them in memory (set by open_session), for a rescue file
        self.memory: Callable[[], Iterable[Record]] | None = None
        #: called once when the file changed underneath and the edits went to a rescue file
        self.on_divert: Callable[[errors.ChangedUnderneath], None] | None = None
        #: set when that happened: the error says which file was left and where edits go now
        self.diverted: errors.ChangedUnderneath | None = None
        #: the records as checked before the file was opened for writing (handed out once by load)
        self._preloaded: list[Record] | None = None
        #: kept from the start: a rescue file needs it when the file on disk is someone else's
        self.known_session_id = self.session_id

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
            mark_open(path)
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
        check_readable(path)  # the schema, header and pages, before anything can write
        if is_read_only(path):
            raise errors.ReadOnlyFile(path)
        user_version, _ = read_header(path)
        # every value too, before any write: a file refused for a value stays as it was
        checked_records = read_checked(path) if user_version == SCHEMA_VERSION else None
        if user_version < SCHEMA_VERSION:
            migrate(path, user_version, backup_dir or path.parent)
        try:
            conn = cls._connect(path)
        except sqlite3.Error as exc:
            raise translate(exc, path) from exc
        try:
            check_schema(conn, path)  # again: a rolled-back journal may have brought pages back
            ensure_tables(conn)
            conn.commit()
        except (sqlite3.Error, errors.StoreError) as exc:
            conn.close()
            raise (translate(exc, path) if isinstance(exc, sqlite3.Error) else exc) from exc
        mark_open(path)
        sf = cls(path, conn)
        sf._preloaded = checked_records  # read under the same lock chain; load() need not read again
        return sf

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, timeout=0.2, isolation_level=None, check_same_thread=False)
        try:
            harden(conn)
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            # the edits live in the file itself, not in a -wal beside it (see the module text)
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA secure_delete = ON")  # removed contact details do not linger in free pages
            conn.execute("PRAGMA foreign_keys = OFF")
            # takes the lock now and keeps it until close; with a rollback journal SQLite keeps
            # it only after a real write, so the version is written back unchanged
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute(f"PRAGMA user_version = {int(version)}")
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
        if self._preloaded is not None:
            records, self._preloaded = self._preloaded, None
            return records
        records = []
        self.conn.row_factory = sqlite3.Row
        try:
            for kind, cls in KINDS.items():
                for row in self.conn.execute(f"SELECT * FROM [{table_name(kind)}]"):
                    records.append(cls.from_dict(checked(cls, dict(row), self.path)))
                    advance()  # one record read (the opening dialog's bar; Annuleren is heard here)
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc
        finally:
            self.conn.row_factory = None
        return records

    def tombstones(self) -> list[dict[str, str]]:
        rows = self.conn.execute("SELECT id, kind, deleted FROM tombstone ORDER BY id").fetchall()
        return [{"id": r[0], "kind": r[1], "deleted": r[2]} for r in rows]

    def get_blob(self, blob_id: str) -> bytes | None:
        """The picture with this id, or None when it is missing or damaged (its SHA-256 differs)."""
        try:
            row = self.conn.execute("SELECT data FROM blob WHERE id = ?", (blob_id,)).fetchone()
        except sqlite3.Error:
            return None
        if not row or not isinstance(row[0], bytes):
            return None
        data = bytes(row[0])
        return data if hashlib.sha256(data).hexdigest() == blob_id else None

    def blob_mime(self, blob_id: str) -> str | None:
        row = self.conn.execute("SELECT mime FROM blob WHERE id = ?", (blob_id,)).fetchone()
        return row[0] if row else None

    def blob_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM blob ORDER BY id")]

    def changed_underneath(self) -> bool:
        """True when the file on disk is no longer as Kernkracht left it (one ``stat``; see
        :func:`~.check.signature`): another program wrote it in place or renamed a copy over it."""
        return signature(self.path) != self._signature

    # ----------------------------------------------------------------- writing
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if self.changed_underneath():
            self._divert()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
            self._signature = signature(self.path)
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise translate(exc, self.path) from exc
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise

    def _divert(self) -> None:
        """The file is not the one Kernkracht wrote: go on in a rescue file (or say why not)."""
        from .rescue import divert

        divert(self)

    def write(self, changes: list[Change]) -> None:
        """Write one operation's changes in one transaction (all or nothing)."""
        with self.transaction() as conn:
            self._apply(conn, changes)

    @staticmethod
    def _apply(conn: sqlite3.Connection, changes: list[Change]) -> None:
        """Write ``changes`` in their order; a run of new or changed rows of one kind is one
        ``executemany`` (an import or merge writes thousands), with its SQL made once per kind."""
        stamp = now()
        for (kind, removed), run in itertools.groupby(changes, key=lambda c: (c.kind, c.after is None)):
            table = table_name(kind)
            if removed:
                ids = [(c.id,) for c in run]
                conn.executemany(f"DELETE FROM [{table}] WHERE id = ?", ids)
                conn.executemany(
                    "INSERT OR REPLACE INTO tombstone(id, kind, deleted) VALUES (?, ?, ?)",
                    [(i, kind, stamp) for (i,) in ids],
                )
                continue
            cls = kind_of(kind)
            rows = list(run)
            conn.executemany(
                _insert_sql(kind), [list(encode(cls, after).values()) for c in rows if (after := c.after) is not None]
            )
            new = [(c.id,) for c in rows if c.before is None]
            if new:
                conn.executemany("DELETE FROM tombstone WHERE id = ?", new)

    def put_blob(self, data: bytes, mime: str) -> str:
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
    def backup_to(self, dest: Path, passing: bool = False) -> Path:
        """A consistent copy of the file (SQLite's online backup), as a plain journal file.

        ``passing``: a copy that is read once and thrown away (what a child process makes its
        PDF from), made from a worker thread while the window goes on using this connection.
        It is copied :data:`STEP_PAGES` pages at a time with a short pause between, since each
        step holds the connection and a statement from the window waits for it (one step of a
        237 MB meeting with photos: 0.4 s); and written without flushes to disk, which would be
        done in the last step (nothing is lost when a passing copy is lost)."""
        from .newfile import written_whole

        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            with written_whole(dest) as tmp:
                from .backups import copy_in_steps

                target = copy_in_steps(self.conn, tmp, STEP_PAGES, _let_others_in) if passing else sqlite3.connect(tmp)
                try:
                    if not passing:
                        self.conn.backup(target)
                    target.execute("PRAGMA journal_mode = DELETE")
                finally:
                    target.close()
        except sqlite3.Error as exc:
            raise translate(exc, dest) from exc
        except OSError as exc:
            raise _os_error(exc, dest) from exc
        return dest

    def close(self) -> None:
        """Unlock the file (it is complete already: every edit went into it)."""
        if self.conn is None:
            return
        self.conn.close()
        self.conn = None  # type: ignore[assignment]
        mark_closed(self.path)

    def __enter__(self) -> SessionFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


#: pages per step of a passing copy (see :meth:`SessionFile.backup_to`): 4 MB
STEP_PAGES = 1024


def _let_others_in(_status: int, _remaining: int, _total: int) -> None:
    """Between two steps of a copy: a moment in which the window's statements get the connection
    (without it the copying thread takes the connection straight back)."""
    time.sleep(0.001)


@functools.cache
def _insert_sql(kind: str) -> str:
    """The one INSERT of a kind's rows, columns in the order :func:`.schema.encode` gives them."""
    cols = list(field_types(kind_of(kind)))
    names = ", ".join(f"[{k}]" for k in cols)
    return f"INSERT OR REPLACE INTO [{table_name(kind)}] ({names}) VALUES ({', '.join('?' for _ in cols)})"


def read_checked(path: Path, budget: float = 60.0) -> list[Record]:
    """Every record of a file that is not open, through a read-only connection, each value checked."""
    from .check import connect_read_only

    conn = connect_read_only(path, budget=budget)
    conn.row_factory = sqlite3.Row
    records: list[Record] = []
    try:
        tables = check_schema(conn, path)
        for kind, cls in KINDS.items():
            if table_name(kind) in tables:
                for row in conn.execute(f"SELECT * FROM [{table_name(kind)}]"):
                    records.append(cls.from_dict(checked(cls, dict(row), path)))
                    advance()  # one record read (the opening dialog's bar; Annuleren is heard here)
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    finally:
        conn.close()
    return records


def checked(cls: type[Record], row: dict[str, Any], path: Path) -> dict[str, Any]:
    """A row decoded and checked (kind, type, range, nesting); BadValue names what is wrong."""
    from .values import problem

    data = decoded(cls, row, path)
    wrong = problem(cls.KIND, data)
    if wrong:
        raise errors.BadValue(path, detail=wrong)
    return data


def decoded(cls: type[Record], row: dict[str, Any], path: Path) -> dict[str, Any]:
    """A row's stored text turned back into values (lists and tables from JSON); not yet checked."""
    try:
        return decode(cls, row)
    except (ValueError, TypeError, RecursionError):
        raise errors.BadValue(path, detail=f"een lijst of tabel in '{cls.KIND}' is geen geldige JSON") from None


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
    sf.memory = session.records
    return sf, session


def new_session(path: str | Path, **meeting: Any) -> tuple[SessionFile, Session]:
    """Create a new session file with its meeting record."""
    from ..domain.preparation import Meeting

    sf = SessionFile.create(path)
    session = Session(storage=sf)
    m = Meeting(**meeting)
    sf.write([Change(m.KIND, m.id, None, m.to_dict())])
    session = Session(storage=sf, records=[m])
    sf.memory = session.records
    return sf, session
