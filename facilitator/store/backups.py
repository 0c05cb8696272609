"""Rolling backups of an open meeting that keep each picture once.

A backup is a SQLite session file with every record and every picture's id and type, but
without the picture bytes. The bytes go once into a picture folder beside the backups
(``<backups>/<meeting>/beelden/<sha256>``): a picture is named by the SHA-256 of its bytes
already, so a picture that is in the folder never needs writing again. Ten backups of a
meeting with 237 MB of photos then cost the photos once plus ten times the records, instead
of ten full copies.

:func:`restore` makes a complete meeting file from a backup: it copies the backup and puts
every picture's bytes back from the folder (each one checked against its SHA-256). A backup
written the old way (pictures inside) restores as it is. Pictures no kept backup refers to
are removed when an old backup is dropped.

:func:`snapshot` serves a backup made while the meeting goes on (the session window's
Reservekopie, in a worker thread): SQLite's online backup copies the open file through the
window's own connection a few pages at a time, so an edit waits at most one small step, and
edits made meanwhile through that connection are carried into the copy (it is one moment of
the meeting). The rolling backup is then made from that copy, on its own file and connection.
The meeting's file is never opened a second time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import errors
from .check import _os_error, connect_read_only, translate

PICTURES = "beelden"
#: pages one online-backup step copies (4 KiB each: a step takes a few ms, so an edit never waits longer)
STEP_PAGES = 64
#: seconds the online backup waits before it tries again while an edit is being written
STEP_WAIT = 0.002
#: a backup of a file up to this size is made from a copy in memory (nothing extra written to disk)
IN_MEMORY_BYTES = 64 * 1024 * 1024
#: the consistent copy a backup or export is made from is a temporary file named after this
SNAPSHOT = "momentopname.kernkracht"


class BackupStopped(Exception):
    """The online backup was asked to stop (the app is going away); nothing is left behind."""


def picture_folder(folder: Path) -> Path:
    return folder / PICTURES


def rolling_backup(folder: Path, stem: str, conn: sqlite3.Connection, keep: int) -> Path:
    """A new backup in ``folder`` of the file behind ``conn``; only the newest ``keep`` stay, the
    pictures no kept backup needs go, and the older ones lose withdrawn contact details."""
    import datetime

    from .check import FILE_SUFFIX
    from .privacy_purge import purge_withdrawn

    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = write_backup(conn, folder / f"{stem}-{stamp}{FILE_SUFFIX}")
    old = sorted(folder.glob(f"*{FILE_SUFFIX}"))[:-keep]
    for stale in old:
        stale.unlink(missing_ok=True)
    if old:
        drop_unused_pictures(folder, list(folder.glob(f"*{FILE_SUFFIX}")))
    purge_withdrawn(conn, [p for p in folder.glob(f"*{FILE_SUFFIX}") if p != dest])
    return dest


def write_backup(conn: sqlite3.Connection, dest: Path) -> Path:
    """Write a backup of the open file behind ``conn`` to ``dest``: records whole, picture bytes
    into the picture folder beside it (only those not there yet). All or nothing for the file."""
    from .newfile import written_whole

    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        with written_whole(dest) as tmp:
            _copy_without_pictures(conn, tmp)
            store_pictures(conn, picture_folder(dest.parent))
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
    except sqlite3.Error as exc:
        raise translate(exc, dest) from exc
    except OSError as exc:
        raise _os_error(exc, dest) from exc
    return dest


@contextlib.contextmanager
def snapshot(
    conn: sqlite3.Connection, folder: Path, stop: Callable[[], bool] = lambda: False, in_memory: bool = False
) -> Iterator[tuple[Path | None, sqlite3.Connection]]:
    """A consistent copy of the open file behind ``conn`` (its path and a connection to it), made
    in small steps (see the module docstring) in ``folder``; removed when the block ends.

    The copy has a temporary name (``.momentopname.kernkracht.<hex>.deel``) that a library scan
    removes when a killed run left it. ``in_memory``: the copy is kept in memory instead (no
    path; nothing written). ``stop()``
    true ends the copy early with :class:`BackupStopped`. Another thread may go on using
    ``conn`` meanwhile."""
    from .newfile import _remove_part, part_path

    path = part_path(folder / SNAPSHOT)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _copied(conn, ":memory:" if in_memory else path, stop)
        try:
            yield (None if in_memory else path), target
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise translate(exc, folder) from exc
    except OSError as exc:
        raise _os_error(exc, folder) from exc
    finally:
        _remove_part(path)  # the scratch copy and a journal beside it


def _copied(conn: sqlite3.Connection, where: str | Path, stop: Callable[[], bool]) -> sqlite3.Connection:
    """The online backup of ``conn`` into ``where`` (a file, or ``:memory:``)."""

    def step(_status: int, _remaining: int, _total: int) -> None:
        if stop():
            raise BackupStopped

    return copy_in_steps(conn, where, STEP_PAGES, step)


def copy_in_steps(
    conn: sqlite3.Connection, where: str | Path, pages: int, between: Callable[[int, int, int], object]
) -> sqlite3.Connection:
    """SQLite's online backup of ``conn`` into ``where``, ``pages`` at a time, ``between`` called
    after each step (it may raise to stop the copy). A scratch copy: no journal, no flushes to
    disk while it is made. Returns the open connection to the copy."""
    target = sqlite3.connect(where, isolation_level=None)
    try:
        target.execute("PRAGMA journal_mode = OFF")
        target.execute("PRAGMA synchronous = OFF")
        conn.backup(target, pages=pages, progress=between, sleep=STEP_WAIT)
    except BaseException:
        target.close()
        raise
    return target


def _copy_without_pictures(conn: sqlite3.Connection, tmp: Path) -> None:
    query = "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND sql IS NOT NULL"
    tables: list[tuple[str, str]] = [(name, sql) for name, sql in conn.execute(query)]
    app_id = conn.execute("PRAGMA main.application_id").fetchone()[0]
    version = conn.execute("PRAGMA main.user_version").fetchone()[0]
    target = sqlite3.connect(tmp, isolation_level=None)
    try:
        target.execute("PRAGMA journal_mode = DELETE")
        target.execute("PRAGMA synchronous = OFF")  # flushed once when complete (a flush per table cost 0.8 s)
        target.execute("BEGIN")
        target.execute(f"PRAGMA application_id = {int(app_id)}")
        target.execute(f"PRAGMA user_version = {int(version)}")
        for _name, sql in tables:
            target.execute(sql)
        target.execute("COMMIT")
    finally:
        target.close()
    conn.execute("ATTACH DATABASE ? AS backup_copy", (str(tmp),))
    try:
        # a temporary file, renamed only when complete and flushed once (write_backup): no journal,
        # no flush per page, no overwriting of freed pages (the main file's settings cost 10×)
        conn.execute("PRAGMA backup_copy.journal_mode = OFF")
        conn.execute("PRAGMA backup_copy.synchronous = OFF")
        conn.execute("PRAGMA backup_copy.secure_delete = OFF")
        conn.execute("PRAGMA backup_copy.cache_size = -32768")
        conn.execute("BEGIN")
        for name, _sql in tables:
            quoted = '"' + name.replace('"', '""') + '"'
            if name == "blob":
                # not "created": it is stored after the bytes, so reading it walks every picture's pages
                conn.execute(
                    "INSERT INTO backup_copy.blob(id, mime, data, created) SELECT id, mime, NULL, '' FROM main.blob"
                )
            else:
                conn.execute(f"INSERT INTO backup_copy.{quoted} SELECT * FROM main.{quoted}")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("DETACH DATABASE backup_copy")


def store_pictures(conn: sqlite3.Connection, folder: Path) -> int:
    """Write each picture of ``conn`` that ``folder`` does not hold yet; returns how many were new.
    A damaged picture (its bytes no longer match its name) is not written."""
    from .newfile import written_whole

    folder.mkdir(parents=True, exist_ok=True)
    have = {p.name for p in folder.iterdir()}
    new = 0
    for (blob_id,) in conn.execute("SELECT id FROM main.blob").fetchall():
        if not isinstance(blob_id, str) or blob_id in have or not _is_hash(blob_id):
            continue
        row = conn.execute("SELECT data FROM main.blob WHERE id = ?", (blob_id,)).fetchone()
        data = row[0] if row else None
        if not isinstance(data, bytes) or hashlib.sha256(data).hexdigest() != blob_id:
            continue
        with written_whole(folder / blob_id) as part:
            part.write_bytes(data)
        new += 1
    return new


def _is_hash(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def referenced(backups: list[Path]) -> set[str]:
    """The picture ids the backups refer to (a file that cannot be read keeps nothing)."""
    ids: set[str] = set()
    for path in backups:
        try:
            conn = connect_read_only(path, budget=5.0)
        except (errors.StoreError, sqlite3.Error):
            continue
        try:
            ids.update(r[0] for r in conn.execute("SELECT id FROM blob") if isinstance(r[0], str))
        except sqlite3.Error:
            pass
        finally:
            conn.close()
    return ids


def drop_unused_pictures(folder: Path, backups: list[Path]) -> int:
    """Remove the pictures no kept backup refers to; returns how many went."""
    pictures = picture_folder(folder)
    if not pictures.is_dir():
        return 0
    keep = referenced(backups)
    gone = 0
    for picture in pictures.iterdir():
        if picture.name not in keep:
            picture.unlink(missing_ok=True)
            gone += 1
    return gone


def restore(backup: Path, dest: Path) -> dict[str, Any]:
    """A complete meeting file ``dest`` (new) from ``backup``, with every picture put back.

    Returns ``{"path": dest, "pictures": n, "missing": [ids]}``: a picture whose bytes are in
    neither the backup nor the picture folder (or are damaged there) is listed as missing.
    """
    from .newfile import written_whole

    if dest.exists():
        raise errors.FileExists_(dest)
    folder = picture_folder(backup.parent)
    missing: list[str] = []
    restored = 0
    source = connect_read_only(backup, budget=60.0)
    try:
        with written_whole(dest, replace=False) as tmp:
            target = sqlite3.connect(tmp, isolation_level=None)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
                target.execute("BEGIN")
                empty = [r[0] for r in target.execute("SELECT id FROM blob WHERE data IS NULL")]
                for blob_id in empty:
                    data = _picture(folder, blob_id)
                    if data is None:
                        missing.append(blob_id)
                        continue
                    target.execute("UPDATE blob SET data = ? WHERE id = ?", (sqlite3.Binary(data), blob_id))
                    restored += 1
                target.execute("COMMIT")
            finally:
                target.close()
    except sqlite3.Error as exc:
        raise translate(exc, backup) from exc
    finally:
        source.close()
    return {"path": dest, "pictures": restored, "missing": missing}


def _picture(folder: Path, blob_id: str) -> bytes | None:
    if not isinstance(blob_id, str) or not _is_hash(blob_id):
        return None
    try:
        data = (folder / blob_id).read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == blob_id else None
