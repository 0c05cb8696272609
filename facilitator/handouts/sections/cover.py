"""The cover: place, date, who led the evening, its purpose, and who was there."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, TableStyle

from .. import fonts
from ..layout import CELL_LIMIT, INK, LINE, PageNumber, SafeTable, para, table
from ..reading import Reader
from ..words import long_date


def title(reader: Reader) -> str:
    meeting = reader.single("meeting")
    place = " ".join(str(getattr(meeting, "place", "") or "").split())
    return place or reader.t("untitled")


def _contents(styles: dict[str, Any], contents: list[tuple[str, str]]) -> Flowable:
    """The contents: each section's name and the page it starts on (filled in at the end)."""
    rows = [
        [Paragraph(f"{n}. " + fonts.markup(name), styles["body"]), PageNumber(key)]
        for n, (key, name) in enumerate(contents, start=1)
    ]
    t = SafeTable(rows, colWidths=[178 * mm - PageNumber.WIDTH, PageNumber.WIDTH], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
            ]
        )
    )
    return t


def build(reader: Reader, styles: dict[str, Any], contents: list[tuple[str, str]]) -> list[Flowable]:
    """The cover; ``contents`` holds (section key, shown name) of each section in the handout."""
    meeting = reader.single("meeting")

    def get(field: str) -> str:
        return str(getattr(meeting, field, "") or "").strip() if meeting is not None else ""

    story: list[Flowable] = [
        Paragraph(fonts.markup(reader.t("handout").upper()), styles["small"]),
        Spacer(1, 2 * mm),
        para(reader.text(title(reader)), styles["title"], limit=600),
    ]
    sub = [s for s in (get("municipality"), long_date(get("date"), reader.language)) if s]
    if sub:
        story.append(para(reader.text(" · ".join(sub)), styles["subtitle"], limit=600))
    story.append(HRFlowable(width="100%", thickness=2.5, color=INK, spaceBefore=0, spaceAfter=5 * mm))
    rows = []
    if get("facilitator") and not reader.anonymous:
        rows.append((reader.t("facilitator"), get("facilitator")))
    if get("purpose"):
        rows.append((reader.t("purpose"), reader.text(get("purpose"))))
    for label, value in rows:
        # plain paragraphs, not a table: a very long purpose must be able to run onto the next page
        story.append(Paragraph(fonts.markup(label.upper()), styles["label"]))
        story.append(para(value, styles["big"], limit=5000))
    story += _participants(reader, styles)
    if contents:
        story.append(Paragraph(fonts.markup(reader.t("contents")), styles["h2"]))
        story.append(_contents(styles, contents))
    if reader.anonymous:
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(fonts.markup(reader.t("anonymous_note")), styles["small"]))
    return story


def _shared(p: Any) -> bool:
    """Kept (consent) and agreed to share with the group (a separate tick)."""
    return bool(getattr(p, "consent", False) and getattr(p, "share_contact", False))


def _participants(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    people = [p for p in reader.all("participant") if str(getattr(p, "name", "")).strip()]
    if not people:
        return []
    heading = Paragraph(fonts.markup(reader.t("present")), styles["h2"])
    if reader.anonymous:
        return [heading, Paragraph(fonts.markup(reader.t("present_count", n=len(people))), styles["body"])]
    # the default lists names only: contact details only for who agreed to share them with the group
    show_contact = any(_shared(p) and (p.email or p.phone) for p in people)
    rows: list[list[Any]] = [
        [para(reader.t("name"), styles["head"]), para(reader.t("role_organisation"), styles["head"])]
    ]
    widths = [62 * mm, 60 * mm, 56 * mm] if show_contact else [80 * mm, 98 * mm]
    if show_contact:
        rows[0].append(para(reader.t("contact"), styles["head"]))
    for p in people:
        role = str(getattr(p, "role", "") or "")
        org = ", ".join(s for s in (role, str(getattr(p, "organisation", "") or "")) if s)
        row = [para(p.name, styles["cellbold"], limit=CELL_LIMIT), para(org, styles["cell"], limit=CELL_LIMIT)]
        if show_contact:
            contact = " · ".join(s for s in (p.email, p.phone) if s) if _shared(p) else ""
            row.append(para(contact, styles["cell"], limit=CELL_LIMIT))
        rows.append(row)
    return [heading, table(rows, widths)]
