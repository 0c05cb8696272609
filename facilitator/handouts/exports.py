"""Files for the gemeente and the calendar: the actions, assets, activities and outside-support
asks of a meeting as CSV or XLSX tables (Dutch headings, dates as real dates), and the
dated actions as an .ics calendar.

Everything is read through the handout's :class:`~.reading.Reader`, so the anonymous
option hides the same names as the anonymous handout does. CSV cells that a spreadsheet
would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return)
get a leading apostrophe.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain import avond
from ..domain.session import Session
from . import fonts
from .reading import Reader
from .sections import actions as action_rules
from .sections import krachtenkaart
from .sections.actions import kind_label

Cell = str | int | datetime.date | None
Table = tuple[list[str], list[list[Cell]]]

#: table name → (Dutch title, English title); the file names and sheet names use the Dutch one
TABLES = {
    "acties": ("Acties", "Actions"),
    "krachten": ("Krachten", "Assets"),
    "activiteiten": ("Activiteiten", "Activities"),
    "steun": ("Steun van buiten", "Outside support"),
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _date(value: object) -> datetime.date | str:
    """A yyyy-mm-dd value as a date; anything else (e.g. "najaar 2026") as the text it is."""
    text = str(value or "").strip()
    try:
        return datetime.date.fromisoformat(text[:10]) if len(text) >= 10 and text[4] == "-" else text
    except ValueError:
        return text


def _heads(reader: Reader, *pairs: tuple[str, str]) -> list[str]:
    return [en if reader.language == "en" else nl for nl, en in pairs]


def action_table(reader: Reader) -> Table:
    heads = _heads(
        reader,
        ("Wat", "What"),
        ("Waarom", "Why"),
        ("Trekker", "Lead"),
        ("Met wie", "With whom"),
        ("Eerste stap", "First step"),
        ("Wanneer", "When"),
        ("Middelen", "Means"),
        ("Voor", "For"),
        ("Omvang", "Scale"),
        ("Status", "Status"),
        ("Te laat", "Overdue"),
        ("Laatste voortgang", "Latest progress"),
    )
    rows: list[list[Cell]] = []
    for a in action_rules_actions(reader):
        _day, note = action_rules.progress_note(a)
        rows.append(
            [
                reader.text(a.what),
                reader.text(getattr(a, "why", "")),
                reader.person(a.trekker),
                "" if reader.anonymous else reader.text(a.with_whom),
                reader.text(a.first_step),
                _date(getattr(a, "due", "")),
                reader.text(getattr(a, "means", "")),
                kind_label(reader, "for_whom", str(getattr(a, "for_whom", "") or "")),
                kind_label(reader, "scale", str(getattr(a, "scale", "") or "")),
                action_rules.status_label(reader, a),
                ("ja" if reader.language == "nl" else "yes") if action_rules.is_late(reader, a) else "",
                reader.text(note),
            ]
        )
    return heads, rows


def action_rules_actions(reader: Reader) -> list[Any]:
    return [a for a in reader.all("action") if str(getattr(a, "what", "")).strip()]


def asset_table(reader: Reader) -> Table:
    heads = _heads(
        reader,
        ("Nr.", "No."),
        ("Kaart", "Card"),
        ("Categorie", "Category"),
        ("Toelichting", "Description"),
        ("Wie", "Who"),
        ("Contact", "Contact"),
        ("Kroonjuweel", "Crown jewel"),
        ("Waarom kroonjuweel", "Why a crown jewel"),
        ("Stippen", "Dots"),
    )
    names = dict(krachtenkaart.categories(reader))
    yes = "ja" if reader.language == "nl" else "yes"
    rows: list[list[Cell]] = []
    for c in sorted(reader.all("asset_card"), key=lambda c: int(c.number or 0)):
        shared = bool(getattr(c, "contact_consent", False)) and not reader.anonymous
        rows.append(
            [
                int(c.number or 0) or None,
                reader.text(c.title),
                names.get(c.category, c.category),
                reader.text(c.description),
                reader.person(c.holder) if reader.anonymous else reader.text(c.holder),
                reader.text(c.contact) if shared else "",
                yes if c.crown else "",
                reader.text(c.crown_reason),
                int(c.dots or 0),
            ]
        )
    return heads, rows


def activity_table(reader: Reader) -> Table:
    heads = _heads(
        reader,
        ("Activiteit", "Activity"),
        ("Toelichting", "Description"),
        ("Type nu", "Type now"),
        ("Type gewenst", "Type wanted"),
        ("Wat moet er veranderen", "What has to change"),
        ("Bijdragen", "Contributions"),
    )
    rows: list[list[Cell]] = []
    for a in reader.all("activity"):
        if not str(getattr(a, "title", "")).strip():
            continue
        gifts = getattr(a, "contributions", {}) or {}
        given = "; ".join(f"{reader.t(k)}: {reader.text(v)}" for k, v in gifts.items() if str(v).strip())
        rows.append(
            [
                reader.text(a.title),
                reader.text(getattr(a, "description", "")),
                int(a.current_type or 0) or None,
                int(a.wanted_type or 0) or None,
                reader.text(getattr(a, "change_needed", "")),
                given,
            ]
        )
    return heads, rows


def support_table(reader: Reader) -> Table:
    heads = _heads(reader, ("Partner", "Partner"), ("Wat vragen we", "What we ask"), ("Voor", "For"))
    ideas = {i.id: i.title for i in reader.all("idea")}
    rows: list[list[Cell]] = []
    for n in reader.all("partner_ask"):
        if not (str(n.partner).strip() or str(n.ask).strip()):
            continue
        for_ideas = "; ".join(reader.text(ideas[i]) for i in n.idea_ids or [] if i in ideas)
        rows.append([reader.text(n.partner), reader.text(n.ask), for_ideas])
    return heads, rows


BUILDERS: dict[str, Callable[[Reader], Table]] = {
    "acties": action_table,
    "krachten": asset_table,
    "activiteiten": activity_table,
    "steun": support_table,
}


def tables(session: Session, language: str = "nl", anonymous: bool = False) -> dict[str, Table]:
    reader = Reader(session, language, anonymous)
    return {name: build(reader) for name, build in BUILDERS.items()}


def safe_cell(value: Cell) -> str:
    """A cell as CSV text that no spreadsheet runs as a formula; dates as yyyy-mm-dd."""
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(table: Table) -> str:
    """One table as CSV: semicolons (what Dutch Excel expects), every cell quoted where needed."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    heads, rows = table
    writer.writerow(heads)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()


def write_csv(
    session: Session, folder: str | Path, stem: str, language: str = "nl", anonymous: bool = False
) -> list[Path]:
    """One CSV file per table (``<stem>-acties.csv`` …), UTF-8 with a byte-order mark so
    Excel shows ë and é; tables without rows are left out. Returns the files written."""
    folder = Path(folder)
    written = []
    for name, table in tables(session, language, anonymous).items():
        if not table[1]:
            continue
        path = folder / f"{stem}-{name}.csv"
        path.write_text(csv_text(table), encoding="utf-8-sig", newline="")
        written.append(path)
    return written


def write_xlsx(session: Session, target: str | Path, language: str = "nl", anonymous: bool = False) -> None:
    """One workbook with a sheet per table that holds rows; dates as real dates (d-m-jjjj)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for name, (heads, rows) in tables(session, language, anonymous).items():
        if not rows:
            continue
        sheet = book.create_sheet(TABLES[name][1 if language == "en" else 0][:31])
        sheet.append(heads)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([_xlsx_value(v) for v in row])
            for cell in sheet[sheet.max_row]:
                # openpyxl takes a str starting with "=" for a formula: keep what was typed as text
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
        for column in sheet.iter_cols(min_row=2):
            for cell in column:
                if isinstance(cell.value, datetime.date):
                    cell.number_format = "d-m-yyyy"
        sheet.freeze_panes = "A2"
        for letter, width in zip("ABCDEFGHIJKL", (30, 24, 18, 18, 24, 14, 18, 12, 12, 12, 8, 30), strict=False):
            sheet.column_dimensions[letter].width = width
    if not book.sheetnames:
        book.create_sheet("Leeg" if language == "nl" else "Empty")
    book.save(str(target))


def _xlsx_value(value: Cell) -> Any:
    """Text without the control characters an XLSX file cannot hold; numbers and dates as they are."""
    return fonts.clean(value).replace("\r", "") if isinstance(value, str) else value


def calendar_bytes(session: Session, language: str = "nl", anonymous: bool = False) -> bytes:
    """An .ics calendar: one all-day event per action with an exact date (what, the trekker,
    the first step), and the next meeting when the session names one."""
    from icalendar import Calendar, Event

    reader = Reader(session, language, anonymous)
    meeting = reader.single("meeting")
    place = reader.text(getattr(meeting, "place", "") or "")
    cal = Calendar()
    cal.add("prodid", "-//Kernkracht//actieplan//NL")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", fonts.clean(f"Kernkracht: {place}" if place else "Kernkracht"))
    stamp = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    for a in action_rules_actions(reader):
        day = action_rules.due_date(a)
        if day is None or not action_rules.is_open(a):
            continue
        event = Event()
        event.add("uid", f"{a.id}@kernkracht")
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + datetime.timedelta(days=1))
        event.add("summary", fonts.clean(reader.text(a.what)))
        lines = [
            (reader.t("trekker"), reader.person(a.trekker)),
            (reader.t("first_step"), reader.text(a.first_step)),
            (reader.t("with_whom"), "" if reader.anonymous else reader.text(a.with_whom)),
        ]
        event.add("description", fonts.clean("\n".join(f"{k}: {v}" for k, v in lines if str(v).strip())))
        if place:
            event.add("location", fonts.clean(place))
        cal.add_component(event)
    next_day, next_place = avond.next_meeting(session)
    following = _date(next_day)
    if isinstance(following, datetime.date):
        event = Event()
        event.add("uid", f"{getattr(meeting, 'id', 'meeting')}-next@kernkracht")
        event.add("dtstamp", stamp)
        event.add("dtstart", following)
        event.add("dtend", following + datetime.timedelta(days=1))
        where = reader.text(next_place) or place
        event.add(
            "summary",
            fonts.clean((("Volgende bijeenkomst" if language == "nl" else "Next meeting") + f" {place}").strip()),
        )
        if where:
            event.add("location", fonts.clean(where))
        cal.add_component(event)
    return bytes(cal.to_ical())


def write_calendar(session: Session, target: str | Path, language: str = "nl", anonymous: bool = False) -> None:
    Path(target).write_bytes(calendar_bytes(session, language, anonymous))
