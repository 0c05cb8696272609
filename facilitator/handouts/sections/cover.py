"""The cover: place, date, who led the evening, its purpose, and who was there."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer

from .. import fonts
from ..layout import CELL_LIMIT, INK, para, table
from ..reading import Reader
from ..words import long_date


def title(reader: Reader) -> str:
    meeting = reader.single("meeting")
    place = " ".join(str(getattr(meeting, "place", "") or "").split())
    return place or reader.t("untitled")


def build(reader: Reader, styles: dict[str, Any], contents: list[str]) -> list[Flowable]:
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
        for n, name in enumerate(contents, start=1):
            story.append(Paragraph(f"{n}. " + fonts.markup(name), styles["body"]))
    if reader.anonymous:
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(fonts.markup(reader.t("anonymous_note")), styles["small"]))
    return story


def _participants(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    people = [p for p in reader.all("participant") if str(getattr(p, "name", "")).strip()]
    if not people:
        return []
    heading = Paragraph(fonts.markup(reader.t("present")), styles["h2"])
    if reader.anonymous:
        return [heading, Paragraph(fonts.markup(reader.t("present_count", n=len(people))), styles["body"])]
    show_contact = any(getattr(p, "consent", False) and (p.email or p.phone) for p in people)
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
            # contact details only for the people who said yes to sharing them
            contact = " · ".join(s for s in (p.email, p.phone) if s) if getattr(p, "consent", False) else ""
            row.append(para(contact, styles["cell"], limit=CELL_LIMIT))
        rows.append(row)
    return [heading, table(rows, widths)]
