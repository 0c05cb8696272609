"""A3 posters to hang in the dorpshuis: the Krachtenkaart (six columns of cards, crown
jewels starred) and the Type 1–4 board (four columns of activities, with where the room
wants each one). Large letters, black on white, one sheet: a column that holds more than
fits says how many more there are.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, TableStyle

from ..domain.session import Session
from . import fonts, layout
from .reading import Reader
from .sections import cover, krachtenkaart

PAGE = landscape(A3)
WIDTH = PAGE[0] - 2 * layout.MARGIN
#: the most items per column on the one sheet
MAX_ITEMS = 30

WORDS = {
    "krachtenkaart": ("Krachtenkaart van {place}", "Asset map of {place}"),
    "eigenaarschap": ("Wie is eigenaar? {place}", "Who owns it? {place}"),
    "more": ("+ {n} meer", "+ {n} more"),
}


def _w(reader: Reader, key: str, **values: object) -> str:
    nl, en = WORDS[key]
    return (en if reader.language == "en" else nl).format(**values)


def _styles() -> dict[str, ParagraphStyle]:
    base = layout.make_styles()
    return {
        "title": ParagraphStyle("ptitle", parent=base["title"], fontSize=34, leading=40, spaceAfter=6 * mm),
        "head": ParagraphStyle("phead", parent=base["h2"], fontSize=17, leading=21, keepWithNext=0),
        "item": ParagraphStyle("pitem", parent=base["body"], fontSize=12.5, leading=15.5, spaceAfter=1.2 * mm),
        "more": ParagraphStyle("pmore", parent=base["small"], fontSize=11, leading=14),
    }


#: room on the sheet below the title, for the table
ROOM = PAGE[1] - 2 * layout.MARGIN - 6 * mm - 24 * mm


def _columns(heads: list[str], columns: list[list[str]], styles: dict[str, ParagraphStyle], reader: Reader) -> Flowable:
    """The columns as one table on one sheet, in the largest letters that still fit it."""
    table: Flowable | None = None
    # smaller letters first, then fewer items per column (the rest counted as "+ n meer")
    tries = [(size, MAX_ITEMS) for size in (20, 17, 14.5, 12.5, 11)] + [(11, n) for n in (24, 18, 12, 8, 4, 1)]
    for size, limit in tries:
        table = _table(heads, columns, styles, reader, size, limit)
        if table.wrap(WIDTH, ROOM)[1] <= ROOM:
            break
    assert table is not None
    return table


def _table(
    heads: list[str],
    columns: list[list[str]],
    styles: dict[str, ParagraphStyle],
    reader: Reader,
    size: float,
    limit: int,
) -> Flowable:
    item = ParagraphStyle(f"pitem{size}", parent=styles["item"], fontSize=size, leading=size * 1.25)
    cells: list[list[Flowable]] = []
    for items in columns:
        cell: list[Flowable] = [layout.para(t, item, limit=80) for t in items[:limit]]
        if len(items) > limit:
            cell.append(Paragraph(fonts.markup(_w(reader, "more", n=len(items) - limit)), styles["more"]))
        cells.append(cell)
    head_row = [layout.para(h, styles["head"], limit=120) for h in heads]
    width = WIDTH / len(heads)
    t = layout.SafeTable([head_row, cells], colWidths=[width] * len(heads))
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 1, layout.INK),
                ("BACKGROUND", (0, 0), (-1, 0), layout.SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


def krachtenkaart_story(reader: Reader, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    cards = reader.all("asset_card")
    known = krachtenkaart.categories(reader)
    heads, columns = [], []
    for cid, name in known:
        in_cat = [c for c in cards if c.category == cid]
        # crown jewels first, then by dots: what the room values most stands on top
        in_cat.sort(key=lambda c: (not c.crown, -int(c.dots or 0), int(c.number or 0)))
        heads.append(f"{name} ({len(in_cat)})")
        columns.append(
            [(krachtenkaart.STAR + " " if c.crown else "") + reader.text(krachtenkaart.card_label(c)) for c in in_cat]
        )
    place = reader.text(cover.title(reader))
    return [
        layout.para(_w(reader, "krachtenkaart", place=place), styles["title"]),
        _columns(heads, columns, styles, reader),
    ]


def eigenaarschap_story(reader: Reader, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    from .sections import eigenaarschap

    info = eigenaarschap.type_info(reader.language)
    activities = [a for a in reader.all("activity") if str(getattr(a, "title", "")).strip()]
    heads, columns = [], []
    for n in range(1, 5):
        label = str(info[n - 1]["label"]) if len(info) >= n else ""
        owner = str(info[n - 1].get("owner", "")) if len(info) >= n else ""
        head = label if label.startswith("Type") else f"Type {n}" + (f": {label}" if label else "")
        heads.append(head + (f" — {owner}" if owner and owner not in head else ""))
        items = []
        for a in activities:
            if int(a.current_type or 0) != n:
                continue
            wanted = int(getattr(a, "wanted_type", 0) or 0)
            items.append(reader.text(a.title) + (f"  → Type {wanted}" if wanted and wanted != n else ""))
        columns.append(items)
    place = reader.text(cover.title(reader))
    return [
        layout.para(_w(reader, "eigenaarschap", place=place), styles["title"]),
        _columns(heads, columns, styles, reader),
    ]


POSTERS = {"krachtenkaart": krachtenkaart_story, "eigenaarschap": eigenaarschap_story}


def write_poster(
    session: Session, kind: str, target: str | Path | IO[bytes], language: str = "nl", anonymous: bool = False
) -> None:
    """Write the A3 poster ``kind`` ("krachtenkaart" or "eigenaarschap") as a PDF."""
    reader = Reader(session, language, anonymous)
    styles: Any = _styles()
    story = POSTERS[kind](reader, styles)
    place = reader.text(cover.title(reader))
    if isinstance(target, Path):
        target = str(target)
    layout.build(story, target, f"Kernkracht · {place}", reader.language, _w(reader, kind, place=place), page=PAGE)
