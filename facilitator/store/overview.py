"""The gemeente's overview: every meeting file in a library (or a folder of libraries) side by side.

Per kern its last meeting, the Type 1–4 counts and the wanted shifts, the role profile, the
actions (open, busy, done, stopped, overdue), what is asked of others (Steun van buiten) and
who the trekkers are. Files are opened read-only (``mode=ro``): the overview never locks,
migrates or changes a file. A file it cannot read (damaged, newer, in use, not a Kernkracht
file) is listed with the reason, never skipped.

Only the tables the overview needs are read (no pictures), so a province of 200 files is
read in about the time it takes to open them.
"""

from __future__ import annotations

import dataclasses
import datetime
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..content import ContentError
from ..domain import actieplan, eigenaarschap, gemeente, preparation, progress, rollen, support, themes
from ..domain.records import Record
from ..domain.session import Session
from . import errors
from .check import FILE_SUFFIX, check_readable, check_schema, connect_read_only, translate
from .schema import MOVED_KINDS, decode, table_name

#: the record kinds the overview reads, and of each the fields it uses; nothing else is loaded
FIELDS_READ: dict[type[Record], tuple[str, ...]] = {
    preparation.Meeting: ("place", "place_kind", "municipality", "date"),
    preparation.Participant: ("name", "consent", "position"),
    eigenaarschap.Activity: ("title", "current_type", "wanted_type", "position"),
    rollen.RoleExercise: ("set_id",),
    rollen.RoleScore: ("set_id", "role_id", "group", "now", "wanted"),
    actieplan.Action: ("what", "trekker", "due", "status", "theme", "position"),
    support.PartnerAsk: ("partner", "ask", "position"),
    # issue 15: the gemeente's homework (doen en laten) and the themes of the actions
    gemeente.HomeworkItem: ("list_id", "text", "position"),
    themes.Theme: ("key", "name", "position"),
}
KINDS_READ: tuple[type[Record], ...] = tuple(FIELDS_READ)
#: every record keeps these (the session orders and finds records by them)
META = ("id", "created", "updated")
#: folders of a library that hold copies, not meetings
SKIPPED_FOLDERS = {".reservekopieen", ".prullenbak"}


@dataclasses.dataclass(frozen=True)
class RoleLine:
    name: str
    now: int
    wanted: int


@dataclasses.dataclass(frozen=True)
class ThemeLine:
    """Open and overdue actions of one theme ("" = actions without a theme)."""

    name: str
    open: int
    overdue: int


@dataclasses.dataclass(frozen=True)
class KernRow:
    """One meeting file as the overview shows it; ``problem`` says why a file could not be read."""

    path: Path
    place: str = ""
    place_kind: str = ""
    municipality: str = ""
    date: str = ""
    problem: str = ""
    #: activities now per Type 1..4
    types_now: tuple[int, int, int, int] = (0, 0, 0, 0)
    #: activities the room wants moved, per wanted Type 1..4
    shifts_to: tuple[int, int, int, int] = (0, 0, 0, 0)
    roles: tuple[RoleLine, ...] = ()
    actions_open: int = 0
    actions_busy: int = 0
    actions_done: int = 0
    actions_stopped: int = 0
    overdue: int = 0
    asks: tuple[str, ...] = ()
    trekkers: tuple[str, ...] = ()
    #: per theme: open and overdue actions (themes with nothing open left out)
    themes: tuple[ThemeLine, ...] = ()
    #: the gemeente's homework: what it starts doing, what it stops doing (Gemeente step)
    starts: tuple[str, ...] = ()
    stops: tuple[str, ...] = ()

    @property
    def shifts(self) -> int:
        return sum(self.shifts_to)

    @property
    def title(self) -> str:
        return self.place or self.path.stem


@dataclasses.dataclass(frozen=True)
class Overview:
    rows: tuple[KernRow, ...]
    anonymous: bool = False

    @property
    def readable(self) -> list[KernRow]:
        return [r for r in self.rows if not r.problem]

    @property
    def problems(self) -> list[KernRow]:
        return [r for r in self.rows if r.problem]


class Cancelled(Exception):
    """The overview was stopped before it was complete."""


def meeting_files(folders: Iterable[Path]) -> list[Path]:
    """Every meeting file in the folders and their sub-folders (libraries), backups and trash left out."""
    found: list[Path] = []
    for folder in folders:
        if folder.is_file() and folder.suffix == FILE_SUFFIX:
            found.append(folder)
            continue
        for path in sorted(folder.rglob(f"*{FILE_SUFFIX}")):
            if not SKIPPED_FOLDERS & set(path.relative_to(folder).parts[:-1]):
                found.append(path)
    return list(dict.fromkeys(found))


def read_session(path: Path) -> Session:
    """The records the overview needs, from a file opened read-only (raises StoreError)."""
    check_readable(path, thorough=False)
    conn = connect_read_only(path)  # hardened, bounded in time; refuses triggers, views and the like
    records: list[Record] = []
    try:
        tables = check_schema(conn, path)
        for cls, fields in FIELDS_READ.items():
            # a file not opened since two kinds became one still has the old kind's table
            kinds = (cls.KIND, *(old for old, new in MOVED_KINDS.items() if new == cls.KIND))
            for kind in kinds:
                if table_name(kind) not in tables:
                    continue
                cursor = conn.execute(f"SELECT * FROM [{table_name(kind)}]")
                columns = [d[0] for d in cursor.description]
                keep = [(i, name) for i, name in enumerate(columns) if name in fields or name in META]
                for raw in cursor:
                    records.append(cls(**decode(cls, {name: raw[i] for i, name in keep})))
    except (sqlite3.Error, ValueError, TypeError) as exc:
        if isinstance(exc, sqlite3.Error):
            raise translate(exc, path) from exc
        raise errors.DamagedFile(path) from exc
    finally:
        conn.close()
    return Session(records=records)


def kern_row(path: Path, session: Session, today: str, anonymous: bool = False) -> KernRow:
    """What the overview shows of one meeting."""
    meeting = preparation.meeting(session)
    now = [0, 0, 0, 0]
    wanted = [0, 0, 0, 0]
    for activity in eigenaarschap.activities(session):
        if 1 <= activity.current_type <= 4:
            now[activity.current_type - 1] += 1
        if 1 <= activity.wanted_type <= 4 and activity.wanted_type != activity.current_type:
            wanted[activity.wanted_type - 1] += 1
    set_id = rollen.current_set_id(session)
    try:
        roles = tuple(RoleLine(r.name, r.now, r.wanted) for r in rollen.profile(session, set_id) if r.now or r.wanted)
    except (ValueError, KeyError, ContentError):  # a role set this Kernkracht does not know
        roles = ()
    counts = dict.fromkeys(actieplan.STATUSES, 0)
    overdue = 0
    trekkers: dict[str, None] = {}
    theme_names = {t.id: t.name for t in themes.themes(session)}
    per_theme: dict[str, list[int]] = {name: [0, 0] for name in theme_names.values()}
    for action in actieplan.actions(session):
        if not action.what.strip():
            continue
        counts[action.status] = counts.get(action.status, 0) + 1
        still_open = action.status in ("open", "bezig")
        late = still_open and progress.is_overdue(action, today)
        overdue += late
        if still_open:
            line = per_theme.setdefault(theme_names.get(action.theme, ""), [0, 0])
            line[0] += 1
            line[1] += late
        if still_open and action.trekker.strip():
            trekkers[" ".join(action.trekker.split())] = None
    homework = gemeente.homework(session)
    asks = tuple(
        f"{s.partner.strip()}: {s.ask.strip()}" if s.ask.strip() else s.partner.strip()
        for s in support.asks(session)
        if s.partner.strip()
    )
    return KernRow(
        path=path,
        place=meeting.place.strip(),
        place_kind=meeting.place_kind,
        municipality=meeting.municipality.strip(),
        date=meeting.date,
        types_now=(now[0], now[1], now[2], now[3]),
        shifts_to=(wanted[0], wanted[1], wanted[2], wanted[3]),
        roles=roles,
        actions_open=counts.get("open", 0),
        actions_busy=counts.get("bezig", 0),
        actions_done=counts.get("klaar", 0),
        actions_stopped=counts.get("gestopt", 0),
        overdue=overdue,
        asks=asks,
        trekkers=shown_trekkers(session, list(trekkers), anonymous),
        themes=tuple(ThemeLine(name, n, late) for name, (n, late) in per_theme.items() if n),
        starts=tuple(h.text.strip() for h in homework if h.list_id == "start" and h.text.strip()),
        stops=tuple(h.text.strip() for h in homework if h.list_id == "stop" and h.text.strip()),
    )


def shown_trekkers(session: Session, names: list[str], anonymous: bool) -> tuple[str, ...]:
    """Names of trekkers who agreed to be kept (consent); the others, and everyone when anonymous, not by name."""
    if anonymous:
        return tuple(f"Trekker {n}" for n in range(1, len(names) + 1))
    agreed = {" ".join(p.name.split()).casefold() for p in session.all(preparation.Participant) if p.consent}
    shown = [name if name.casefold() in agreed else "" for name in names]
    hidden = shown.count("")
    named = tuple(name for name in shown if name)
    return named + ((f"+{hidden} zonder toestemming",) if hidden else ())


def build_overview(
    folders: Iterable[Path],
    anonymous: bool = False,
    today: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Overview:
    """The overview of every meeting file in ``folders``; the last meeting of a kern comes first."""
    today = today or datetime.date.today().isoformat()
    paths = meeting_files(folders)
    rows: list[KernRow] = []
    for n, path in enumerate(paths, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled
        try:
            rows.append(kern_row(path, read_session(path), today, anonymous))
        except errors.StoreError as exc:
            rows.append(KernRow(path=path, problem=exc.message("nl")))
        except (TypeError, ValueError, AttributeError):  # values of the wrong kind in a file we did not write
            rows.append(KernRow(path=path, problem=errors.DamagedFile(path).message("nl")))
        if progress is not None:
            progress(n, len(paths))
    rows.sort(key=lambda r: (bool(r.problem), r.place.casefold(), _descending(r.date), r.path.name))
    return Overview(rows=tuple(rows), anonymous=anonymous)


def last_per_kern(overview: Overview) -> list[KernRow]:
    """Each kern's most recent meeting (files that could not be read stay in the list)."""
    seen: set[str] = set()
    result: list[KernRow] = []
    for row in overview.rows:
        key = row.place.casefold()
        if row.problem or key not in seen:
            result.append(row)
            seen.add(key)
    return result


def _descending(date: str) -> str:
    """A sort key that puts later ISO dates first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in date)


def as_table(rows: list[KernRow]) -> tuple[list[str], list[list[Any]]]:
    """Dutch column headings and one row of plain values per kern (for XLSX, CSV and the PDF report)."""
    headings = [
        "Kern of wijk",
        "Gemeente",
        "Laatste bijeenkomst",
        "Type 1",
        "Type 2",
        "Type 3",
        "Type 4",
        "Gewenste verschuivingen",
        "Rollen (nu → gewenst)",
        "Acties open",
        "Acties bezig",
        "Acties klaar",
        "Acties gestopt",
        "Over tijd",
        "Gevraagd van anderen",
        "Open per thema (te laat)",
        "Gemeente gaat doen",
        "Gemeente gaat laten",
        "Trekkers",
        "Bestand",
        "Niet te lezen",
    ]
    table: list[list[Any]] = []
    for r in rows:
        table.append(
            [
                r.title,
                r.municipality,
                _date_value(r.date),
                *r.types_now,
                r.shifts,
                "; ".join(f"{line.name} {line.now}→{line.wanted}" for line in r.roles),
                r.actions_open,
                r.actions_busy,
                r.actions_done,
                r.actions_stopped,
                r.overdue,
                "; ".join(r.asks),
                theme_text(r.themes),
                "; ".join(r.starts),
                "; ".join(r.stops),
                ", ".join(r.trekkers),
                r.path.name,
                r.problem,
            ]
        )
    return headings, table


def theme_text(lines: Iterable[ThemeLine]) -> str:
    """ "Zorg en welzijn 3 (1 te laat); zonder thema 2" """
    parts = []
    for line in lines:
        name = line.name or "zonder thema"
        parts.append(f"{name} {line.open} ({line.overdue} te laat)" if line.overdue else f"{name} {line.open}")
    return "; ".join(parts)


def _date_value(text: str) -> datetime.date | str:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return text
