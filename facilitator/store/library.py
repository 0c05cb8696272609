"""The library folder: the session files a facilitator has, with trash and backups.

Listing reads each file's meeting row through a read-only SQLite connection (no
schema or domain import, so the library window opens fast).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import errors
from .check import FILE_SUFFIX, _os_error, check_readable, connect_read_only, translate

if TYPE_CHECKING:
    from ..domain.session import Session
    from .sessionfile import SessionFile

TRASH = ".prullenbak"
BACKUPS = ".reservekopieen"
KEEP_BACKUPS = 10
#: seconds reading one file's meeting row may take while listing
LIST_BUDGET = 0.5


class SessionInfo:
    """One session file as the library lists it (written out by hand rather than as a
    dataclass: importing ``dataclasses`` costs ~5 ms before the library window's first paint)."""

    __slots__ = ("path", "place", "place_kind", "municipality", "date", "demo", "modified", "problem", "conflicts")
    FIELDS = __slots__

    def __init__(
        self,
        path: Path,
        place: str = "",
        place_kind: str = "",
        municipality: str = "",
        date: str = "",
        demo: bool = False,
        modified: float = 0.0,
        problem: errors.StoreError | None = None,
        conflicts: tuple[Path, ...] = (),
    ) -> None:
        self.path = path
        self.place = place
        self.place_kind = place_kind
        self.municipality = municipality
        self.date = date
        self.demo = demo
        self.modified = modified
        #: None when the file can be opened, else the StoreError that says why not
        self.problem = problem
        #: Syncthing's conflict copies of this meeting (``*.sync-conflict-*``), to merge
        self.conflicts = conflicts

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.FIELDS)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it was

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS)
        return f"SessionInfo({fields})"

    @property
    def title(self) -> str:
        return self.place or self.path.stem

    def matches(self, query: str) -> bool:
        if not query.strip():
            return True
        q = fold(query)
        return not q or any(q in fold(t) for t in (self.place, self.municipality, self.date, self.path.stem))


def fold(text: str) -> str:
    """Lower case without accents, for searching (see :mod:`facilitator.domain.textfold`)."""
    # imported here: importing facilitator.domain loads every step's module, which the
    # library window does not need before its first paint
    from ..domain.textfold import fold as domain_fold

    return domain_fold(text)


def slug(text: str) -> str:
    t = fold(text)
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t[:60] or "bijeenkomst"


def meeting_stem(session: Session) -> str:
    """A file name (without suffix) for what a meeting produces: its place and its date
    ("ulrum-2026-03-10"), not the day the file was made or the export written."""
    from ..domain import preparation as prep

    return f"{slug(prep.meeting(session).place)}-{prep.meeting_day(session)}"


class Library:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        #: path -> (stat signature, info) of files read before: typing in the search box
        #: must not re-read a hundred files per keystroke
        self._seen: dict[Path, tuple[tuple[int, int, int], SessionInfo]] = {}

    @property
    def trash_dir(self) -> Path:
        return self.root / TRASH

    @property
    def backup_dir(self) -> Path:
        return self.root / BACKUPS

    def ensure(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # e.g. a library folder on a stick that is gone, or not ours to write
            raise _os_error(exc, self.root) from exc
        ignore = self.root / ".stignore"
        if not ignore.exists():  # a folder Syncthing may share: keep journals and backups local
            try:
                ignore.write_text(STIGNORE, encoding="utf-8")
            except OSError:
                pass  # only a help for Syncthing users; the library works without it

    # ----------------------------------------------------------------- listing
    def sessions(self, query: str = "", skip: Path | None = None) -> list[SessionInfo]:
        """The meetings in the library; ``skip`` (a file this process has open) is not even opened."""
        if not self.root.is_dir():
            return []
        from .leftovers import clean_leftovers

        clean_leftovers(self.root)
        own = skip.resolve() if skip is not None else None
        paths = [p for p in sorted(self.root.glob(f"*{FILE_SUFFIX}")) if p.resolve() != own]
        conflicts: dict[Path, list[Path]] = {}
        for p in paths:
            original = meeting_of(p, paths)
            if original != p:
                conflicts.setdefault(original, []).append(p)
        copies = {c for found in conflicts.values() for c in found}
        infos = [self._info(p) for p in paths if p not in copies]
        for info in infos:
            info.conflicts = tuple(conflicts.get(info.path, ()))
        infos = [i for i in infos if i.matches(query)]
        infos.sort(key=lambda i: (not i.demo, i.date or "", i.title.casefold()))
        # newest meetings first, the demo village always on top
        demo = [i for i in infos if i.demo]
        rest = sorted((i for i in infos if not i.demo), key=lambda i: (i.date, i.modified), reverse=True)
        return demo + rest

    def _info(self, path: Path) -> SessionInfo:
        """:func:`read_info`, remembered while the file (and its WAL) stay the same."""
        try:
            st = path.stat()
            wal = path.with_name(path.name + "-wal")
            signature = (st.st_mtime_ns, st.st_size, wal.stat().st_mtime_ns if wal.exists() else 0)
        except OSError:
            return read_info(path)
        seen = self._seen.get(path)
        if seen is not None and seen[0] == signature:
            return seen[1]
        info = read_info(path)
        if info.problem is None:  # a problem (open elsewhere, say) may go away without the file changing
            self._seen[path] = (signature, info)
        else:
            self._seen.pop(path, None)
        return info

    def trashed(self) -> list[SessionInfo]:
        if not self.trash_dir.is_dir():
            return []
        return sorted(
            (read_info(p) for p in self.trash_dir.glob(f"*{FILE_SUFFIX}")), key=lambda i: i.modified, reverse=True
        )

    def find(self, name: str) -> Path:
        """A session by path, file name, stem, or place (for the command line)."""
        p = Path(name)
        if p.is_file():
            return p
        for candidate in (self.root / name, self.root / f"{name}{FILE_SUFFIX}"):
            if candidate.is_file():
                return candidate
        matches = [i.path for i in self.sessions() if fold(i.place) == fold(name) or i.path.stem == slug(name)]
        if len(matches) == 1:
            return matches[0]
        raise errors.MissingFile(Path(name))

    # --------------------------------------------------------------- changing
    def new_path(self, place: str = "", date: str = "") -> Path:
        self.ensure()
        base = slug(place or "bijeenkomst")
        if date:
            base = f"{base}-{date}"
        path = self.root / f"{base}{FILE_SUFFIX}"
        n = 2
        while path.exists() or (self.trash_dir / path.name).exists():
            path = self.root / f"{base}-{n}{FILE_SUFFIX}"
            n += 1
        return path

    def create(self, place: str = "", date: str = "", **meeting: object) -> Path:
        if not date:
            import datetime  # not at the top: the library window's start does not need it

            date = datetime.date.today().isoformat()
        from .sessionfile import new_session

        path = self.new_path(place, date)
        sf, _ = new_session(path, place=place, date=date, **meeting)
        sf.close()
        return path

    def duplicate(self, path: Path) -> Path:
        """A copy with the same record ids, so group laptops' copies can be merged later."""
        check_readable(path)
        info = read_info(path)
        dest = self.new_path(f"{info.place or path.stem} kopie", info.date)
        from ..domain.records import now
        from .sessionfile import SessionFile

        sf = SessionFile.open(path, backup_dir=self.backup_dir)
        try:
            # both files remember when they split, so a later merge knows what changed since
            sf.set_info("copied_at", now())
            sf.backup_to(dest)
        finally:
            sf.close()
        return dest

    def trash(self, path: Path) -> Path:
        """Move a session to the trash folder; :meth:`restore` brings it back.

        A file open elsewhere stays where it is; a damaged or foreign file may go
        (it is only moved, so nothing is lost).
        """
        try:
            check_readable(path)
        except (errors.FileInUse, errors.MissingFile):
            raise
        except errors.StoreError:
            pass
        self.trash_dir.mkdir(parents=True, exist_ok=True)
        dest = self.trash_dir / path.name
        n = 2
        while dest.exists():
            dest = self.trash_dir / f"{path.stem}-{n}{path.suffix}"
            n += 1
        try:
            path.rename(dest)
        except OSError as exc:
            raise errors.StoreError(path, detail=exc.strerror or str(exc)) from exc
        return dest

    def restore(self, trashed: Path) -> Path:
        dest = self.root / trashed.name
        if dest.exists():
            dest = self.new_path(trashed.stem)
        try:
            trashed.rename(dest)
        except OSError as exc:
            raise errors.StoreError(trashed, detail=exc.strerror or str(exc)) from exc
        return dest

    # ----------------------------------------------------------------- backups
    def backup(self, sf: SessionFile, keep: int = KEEP_BACKUPS) -> Path:
        """A rolling backup of the open file; only the newest ``keep`` are kept.

        Pictures are kept once for all backups of a meeting (see :mod:`.backups`);
        :meth:`restore_backup` makes a complete meeting of a backup again."""
        from .backups import rolling_backup

        return rolling_backup(self.backup_dir / sf.path.stem, sf.path.stem, sf.conn, keep)

    def backup_online(
        self, sf: SessionFile, keep: int = KEEP_BACKUPS, stop: Callable[[], bool] = lambda: False
    ) -> Path:
        """:meth:`backup` for a worker thread while the window goes on editing ``sf``: made from a
        consistent copy taken in small steps (:func:`.backups.snapshot`), so an edit never waits
        for it. Costs one scratch copy of the file (removed after) plus the backup itself."""
        from .backups import IN_MEMORY_BYTES, rolling_backup, snapshot

        folder = self.backup_dir / sf.path.stem
        small = _size(sf.path) <= IN_MEMORY_BYTES
        with snapshot(sf.conn, folder, stop, in_memory=small) as (_path, copy):
            return rolling_backup(folder, sf.path.stem, copy, keep)

    def purge_backups(self, sf: SessionFile) -> int:
        """Clear from the backups of ``sf`` the contact details it no longer holds, read from a
        consistent copy (:func:`.backups.snapshot`), so a worker thread may do it."""
        from .backups import IN_MEMORY_BYTES, snapshot
        from .privacy_purge import purge_withdrawn

        folder = self.backup_dir / sf.path.stem
        with snapshot(sf.conn, folder, in_memory=_size(sf.path) <= IN_MEMORY_BYTES) as (_path, copy):
            return purge_withdrawn(copy, list(folder.glob(f"*{FILE_SUFFIX}")))

    def backups(self, path: Path) -> list[Path]:
        return sorted((self.backup_dir / path.stem).glob(f"*{FILE_SUFFIX}"), reverse=True)

    def is_backup(self, path: Path) -> bool:
        """Whether ``path`` is one of this library's rolling backups."""
        try:
            return path.resolve().is_relative_to(self.backup_dir.resolve())
        except OSError:
            return False

    def restore_backup(self, backup: Path) -> Path:
        """A new meeting in the library from a backup, with its pictures put back."""
        from .backups import restore

        info = read_info(backup)
        dest = self.new_path(f"{info.place or backup.stem} reservekopie", info.date)
        restored: Path = restore(backup, dest)["path"]
        return restored

    def merge_conflicts(self, info: SessionInfo) -> Any:
        """Merge a meeting with its Syncthing conflict copies into a new meeting; returns the report."""
        from .merge import merge_files

        dest = self.new_path(f"{info.place or info.path.stem} samengevoegd", info.date)
        return merge_files([info.path, *info.conflicts], dest)

    # ------------------------------------------------------------ import/export
    def import_json(self, source: Path) -> Path:
        """A new meeting from an export; pictures are streamed, so any export Kernkracht wrote fits."""
        from .exchange import import_file

        def dest_for(data: dict[str, Any]) -> Path:
            meeting = (data["records"].get("meeting") or [{}])[0]
            return self.new_path(str(meeting.get("place", "")), str(meeting.get("date", "")))

        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _os_error(exc, self.root) from exc
        return import_file(source, self.root, dest_for)

    def export_json(self, path: Path, dest: Path) -> Path:
        """Export a file that is not open; read-only, never through the path that writes."""
        from .copy_export import export_closed_file

        return export_closed_file(path, dest)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 1 << 62  # unknown: not in memory


def read_info(path: Path) -> SessionInfo:
    import sqlite3  # not at the top: see check.py

    info = SessionInfo(path=path)
    try:
        info.modified = path.stat().st_mtime
        check_readable(path, thorough=False)  # the full check runs when the file is opened
        conn = connect_read_only(path, budget=LIST_BUDGET)  # one file can never block the list
        try:
            row = conn.execute("SELECT place, place_kind, municipality, date, demo FROM rec_meeting LIMIT 1").fetchone()
        finally:
            conn.close()
        if row:
            texts = [v if isinstance(v, str) else "" for v in row[:4]]
            # a title is shown in a list row: keep it to one short line, whatever the file says
            info.place, info.place_kind, info.municipality, info.date = (" ".join(t.split())[:200] for t in texts)
            info.demo = row[4] == 1
    except errors.StoreError as exc:
        info.problem = exc
    except sqlite3.Error as exc:
        info.problem = translate(exc, path)
    return info


#: Syncthing names the losing side of two edits ``<name>.sync-conflict-<date>-<time>-<device><ext>``
SYNC_CONFLICT = re.compile(r"^(?P<stem>.+)\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}(?P<ext>\.kernkracht)$")
#: Kernkracht's own rescue file when the open file changed underneath (see :mod:`.rescue`)
RESCUE = re.compile(r"^(?P<stem>.+)-gered-\d{8}-\d{6}(?:-\d+)?(?P<ext>\.kernkracht)$")

#: what a library folder shared with Syncthing should keep to each laptop (written once
#: as ``.stignore`` when the folder has none; see README)
STIGNORE = """// Kernkracht: these files belong to one laptop only
*.kernkracht-journal
*.kernkracht-wal
*.kernkracht-shm
.*.deel
.*.deel-journal
.*.geopend
.*-journal.*.oud
.reservekopieen
.prullenbak
"""


def conflict_of(path: Path) -> Path | None:
    """The meeting a Syncthing conflict copy or a rescue file belongs to, or None for an ordinary file."""
    match = SYNC_CONFLICT.match(path.name) or RESCUE.match(path.name)
    return path.with_name(match.group("stem") + match.group("ext")) if match else None


def meeting_of(path: Path, present: list[Path]) -> Path:
    """The listed meeting a file is another version of (itself when it is none): a conflict
    copy or rescue file whose meeting is present, followed through copies of copies."""
    seen = {path}
    current = path
    while True:
        original = conflict_of(current)
        if original is None or original not in present or original in seen:
            return current
        seen.add(original)
        current = original
