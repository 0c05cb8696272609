"""The actions of the plan as they really stand: a table of what still runs (status,
progress, dates, late ones flagged), "Wat we bereikten" for what is done, and one card per
trekker with only their open actions, each card kept whole on one page."""

from __future__ import annotations

import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from ...domain import actieplan as plan
from ...domain import themes, when
from .. import fonts
from ..layout import CELL_LIMIT, INK, SafeTable, para, table
from ..reading import Reader
from ..words import long_date

OPEN = ("open", "bezig")
DONE = "klaar"
#: the first history entry of every action (see ``domain.actieplan.add_action``)
AGREED = "Actie afgesproken"
#: the width of the page's text column
FULL = 178 * mm


def status(action: Any) -> str:
    value = str(getattr(action, "status", "") or "open")
    return value if value in ("open", "bezig", "klaar", "gestopt") else "open"


def is_open(action: Any) -> bool:
    return status(action) in OPEN


def kind_label(reader: Reader, kind: str, value: str) -> str:
    """The shown name of for_whom / scale from the step's data, else the id as stored."""
    if value:
        try:
            return str(plan.label(kind, value, reader.language))
        except Exception:  # unknown kinds or a broken data file: print what is stored
            return value
    return value


def theme_label(reader: Reader, action: Any) -> str:
    """The name of the action's theme (issue 15), or ""."""
    theme = reader.get("theme", str(getattr(action, "theme", "") or ""))
    return reader.text(themes.theme_name(theme, reader.language)) if theme is not None else ""


def status_label(reader: Reader, action: Any) -> str:
    return kind_label(reader, "statuses", status(action))


def when_text(reader: Reader, action: Any) -> str:
    """The action's "Wanneer" as the domain words it, else the stored date in words."""
    describe = getattr(plan, "when_text", None)
    if callable(describe):
        try:
            return str(describe(action, reader.language))
        except Exception:  # a value the domain cannot word: print what is stored
            pass
    return long_date(str(getattr(action, "due", "") or ""), reader.language)


def due_date(action: Any) -> datetime.date | None:
    """The last day the action is due, when its "Wanneer" is dated (a day, month, quarter,
    season or year: "juli 2026" is due by 31 July); None for a recurrence or text."""
    return when.last_day(str(getattr(action, "due", "") or "").strip())


def reference_date(reader: Reader) -> datetime.date:
    """The day the plan is read against: the meeting's date, else today."""
    meeting = reader.single("meeting")
    try:
        return datetime.date.fromisoformat(str(getattr(meeting, "date", "") or "")[:10])
    except ValueError:
        return datetime.date.today()


def is_late(reader: Reader, action: Any) -> bool:
    due = due_date(action)
    return is_open(action) and due is not None and due < reference_date(reader)


def history(action: Any) -> list[dict[str, str]]:
    raw = getattr(action, "history", []) or []
    return [h for h in raw if isinstance(h, dict)]


def progress_note(action: Any) -> tuple[str, str]:
    """(date, text) of the latest note on how the action goes; status changes and the entry
    that records the action being agreed are not progress."""
    for entry in reversed(history(action)):
        text = str(entry.get("text", "")).strip()
        if text and not text.startswith("Status:") and text != AGREED:
            return str(entry.get("date", "")), text
    return "", ""


def done_on(action: Any) -> str:
    for entry in reversed(history(action)):
        if entry.get("status") == DONE and str(entry.get("text", "")).startswith("Status:"):
            return str(entry.get("date", ""))
    return ""


def _field(reader: Reader, action: Any, name: str) -> str:
    value = str(getattr(action, name, "") or "")
    return "" if reader.anonymous and name == "with_whom" else reader.text(value).strip()


def _status_cell(reader: Reader, action: Any) -> str:
    words = status_label(reader, action)
    if is_late(reader, action):
        words += " · " + reader.t("late")
    return words


def _details(reader: Reader, action: Any) -> list[tuple[str, str]]:
    """(label, text) of the optional lines under an action: why, means, progress."""
    date, note = progress_note(action)
    if note and date:
        note = f"{long_date(date, reader.language)}: {reader.text(note)}"
    return [
        (label, value)
        for label, value in (
            (reader.t("why_action"), _field(reader, action, "why")),
            (reader.t("means"), _field(reader, action, "means")),
            (reader.t("progress"), reader.text(note) if note else ""),
        )
        if value
    ]


def _labelled(styles: dict[str, Any], label: str, value: str, limit: int = CELL_LIMIT) -> Flowable:
    return para(value, styles["small"], limit=limit, prefix=f"<b>{fonts.markup(label)}:</b> ")


def build(reader: Reader, styles: dict[str, Any], todo: list[Any]) -> list[Flowable]:
    """The action table (what still runs, and what stopped), then what was achieved, then the cards."""
    running = [a for a in todo if status(a) != DONE]
    done = [a for a in todo if status(a) == DONE]
    story: list[Flowable] = []
    if running:
        story += [Paragraph(fonts.markup(reader.t("actions")), styles["h2"]), _table(reader, styles, running)]
    if done:
        story += achieved(reader, styles, done)
    story += cards(reader, styles, [a for a in todo if is_open(a)])
    return story


def _table(reader: Reader, styles: dict[str, Any], todo: list[Any]) -> Any:
    columns: list[tuple[str, float, Any]] = [
        ("trekker", 27 * mm, lambda a: reader.person(a.trekker)),
        ("with_whom", 28 * mm, lambda a: _field(reader, a, "with_whom")),
        ("first_step", 40 * mm, lambda a: _field(reader, a, "first_step")),
        ("when", 23 * mm, lambda a: when_text(reader, a)),
    ]
    # a column nobody filled in is left out; "Wat" takes its room
    columns = [c for c in columns if any(str(c[2](a)).strip() for a in todo)]
    columns.append(("status", 20 * mm, lambda a: _status_cell(reader, a)))
    what_width = FULL - sum(width for _key, width, _get in columns)
    rows: list[list[Any]] = [[para(reader.t(k), styles["head"]) for k in ("what", *(c[0] for c in columns))]]
    extra: list[tuple[Any, ...]] = []
    last = len(columns)
    for a in todo:
        marks = [
            kind_label(reader, "for_whom", str(getattr(a, "for_whom", "") or "")),
            kind_label(reader, "scale", str(getattr(a, "scale", "") or "")),
            theme_label(reader, a),
        ]
        what: list[Flowable] = [para(reader.text(a.what), styles["cellbold"], limit=CELL_LIMIT)]
        if any(marks):
            what.append(para(" · ".join(m for m in marks if m), styles["small"], limit=200))
        row: list[Any] = [what]
        for key, _width, get in columns:
            style = styles["cellbold"] if key == "status" and is_late(reader, a) else styles["cell"]
            row.append(para(get(a), style, limit=60 if key in ("when", "status") else CELL_LIMIT))
        if is_late(reader, a):
            extra.append(("BOX", (last, len(rows)), (last, len(rows)), 1, INK))
        rows.append(row)
        details = _details(reader, a)
        if details:
            # why, means and progress under the action over the whole width, not in a narrow cell
            n = len(rows)
            rows.append([[_labelled(styles, label, value) for label, value in details]] + [""] * last)
            extra += [("SPAN", (0, n), (last, n)), ("TOPPADDING", (0, n), (last, n), 0)]
            extra.append(("LINEBELOW", (0, n - 1), (last, n - 1), 0.4, colors.white))
    return table(rows, [what_width, *(width for _key, width, _get in columns)], zebra=False, extra=extra)


def achieved(reader: Reader, styles: dict[str, Any], done: list[Any]) -> list[Flowable]:
    """ "Wat we bereikten": each finished action, who led it, when it was done and how it went."""
    story: list[Flowable] = [Paragraph(fonts.markup(reader.t("achieved")), styles["h2"])]
    for a in done:
        parts = [reader.person(a.trekker), long_date(done_on(a), reader.language)]
        block: list[Flowable] = [para(reader.text(a.what), styles["cellbold"], limit=CELL_LIMIT, prefix="✓ ")]
        said = " · ".join(p for p in parts if p)
        if said:
            block.append(para(said, styles["small"], limit=300))
        block += [_labelled(styles, label, value) for label, value in _details(reader, a)]
        block.append(Spacer(1, 1.5 * mm))
        story.append(KeepTogether(block))
    return story


def cards(reader: Reader, styles: dict[str, Any], todo: list[Any]) -> list[Flowable]:
    """One card per trekker with their open actions: to cut out and keep, never split."""
    if not todo:
        return []
    by_trekker: dict[str, list[Any]] = {}
    for a in sorted(todo, key=lambda a: when.sort_key(str(getattr(a, "due", "") or ""))):  # by "Wanneer"
        by_trekker.setdefault(" ".join(str(a.trekker or "").split()), []).append(a)
    story: list[Flowable] = [CondPageBreak(90 * mm), Paragraph(fonts.markup(reader.t("action_cards")), styles["h2"])]
    # by name, with the actions nobody leads yet last (as the Actieplan step shows them)
    for trekker, items in sorted(by_trekker.items(), key=lambda kv: (kv[0] == "", kv[0].casefold())):
        story.append(card(reader, styles, trekker, items))
        story.append(Spacer(1, 4 * mm))
    return story


def card(reader: Reader, styles: dict[str, Any], trekker: str, items: list[Any]) -> Flowable:
    """One trekker's card as one box; KeepTogether moves it to a new page rather than split it."""
    name = reader.person(trekker) if trekker else reader.t("no_trekker")
    cells: list[Flowable] = [para(reader.t("card_for", name=name), styles["h2"], limit=300)]
    for a in items:
        mark = "◐ " if status(a) == "bezig" else "☐ "
        cells.append(para(reader.text(a.what), styles["cellbold"], limit=CELL_LIMIT, prefix=mark))
        lines = [
            (reader.t("first_step"), _field(reader, a, "first_step")),
            (reader.t("when"), when_text(reader, a) + (f" ({reader.t('late')})" if is_late(reader, a) else "")),
            (reader.t("with_whom"), _field(reader, a, "with_whom")),
            *_details(reader, a),
        ]
        for label, value in lines:
            if str(value).strip():
                cells.append(para(value, styles["cell"], limit=CELL_LIMIT, prefix=f"<b>{fonts.markup(label)}:</b> "))
    box = SafeTable([[c] for c in cells], colWidths=[FULL])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ("LINEABOVE", (0, 0), (-1, 0), 3, INK),
            ]
        )
    )
    return KeepTogether([box])
