"""Who was there and who was not: the make-up of the room, and the groups the room missed
with how and by whom they will be reached. No quotas: it says what it saw."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from ... import content
from ...domain import evening_content, room
from .. import fonts
from ..layout import CELL_LIMIT, para, table
from ..reading import Reader


def _role_label(role: str, language: str) -> str:
    for item in content.load("participant_roles")["roles"]:
        if item["id"] == role:
            return content.text(item["label"], language)
    return role


def summary(reader: Reader) -> tuple[str, str, str]:
    """(how many, by role, by group) as one line each, e.g. "6 bewoner, 1 ambtenaar"."""
    m = room.make_up(reader.session)
    roles = ", ".join(f"{n} × {_role_label(r, reader.language).lower()}" for r, n in m.by_role)
    groups = [f"{n} × {reader.text(g)}" for g, n in m.by_group]
    if m.no_group and m.by_group:
        groups.append(f"{m.no_group} × {reader.t('room_no_group')}")
    return reader.t("room_people", n=m.total), roles, ", ".join(groups)


def build(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    missing = room.missing_groups(reader.session)
    if not missing:
        return []  # the cover already lists who came; without the room's own list there is nothing to add
    people, roles, groups = summary(reader)
    story: list[Flowable] = [Paragraph(fonts.markup(reader.t("room")), styles["h1"])]
    try:
        note = content.text(evening_content.missing().note, reader.language)
    except content.ContentError:
        note = ""
    if note:
        story.append(para(note, styles["intro"], limit=1000))
    story.append(Paragraph(fonts.markup(reader.t("room_came")), styles["h2"]))
    story.append(para(people, styles["body"]))
    if roles:
        story.append(para(roles, styles["body"], prefix=f"<b>{fonts.markup(reader.t('room_by_role'))}:</b> "))
    if groups:
        story.append(para(groups, styles["body"], prefix=f"<b>{fonts.markup(reader.t('room_by_group'))}:</b> "))
    story.append(Paragraph(fonts.markup(reader.t("room_missing")), styles["h2"]))
    head = [reader.t(k) for k in ("missing_group", "missing_why", "missing_way", "missing_who")]
    rows: list[list[Any]] = [[para(h, styles["head"]) for h in head]]
    for m in missing:
        rows.append(
            [
                para(reader.text(m.name), styles["cellbold"], limit=CELL_LIMIT),
                para(reader.text(m.why), styles["cell"], limit=CELL_LIMIT),
                para(reader.text(m.way), styles["cell"], limit=CELL_LIMIT),
                para(reader.person(m.who), styles["cell"], limit=200),
            ]
        )
    story.append(table(rows, [42 * mm, 50 * mm, 52 * mm, 34 * mm]))
    return story
