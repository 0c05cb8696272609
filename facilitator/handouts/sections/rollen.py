"""Rollen: the radar of how strongly each role is played now and should be, per group,
with the notes; the cases the groups answered; the killer phrases heard, with answers.

Read through ``facilitator.domain.rollen`` (and its content); left out when that step
is absent or holds nothing.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from ...content import text
from ...domain import rollen
from .. import fonts
from ..layout import CELL_LIMIT, SafeTable, para, table
from ..radar import legend, radar
from ..reading import Reader

GROUP_WORDS = {"": "group_all", "bewoners": "group_residents", "gemeente": "group_municipality"}


def group_name(reader: Reader, group: str) -> str:
    key = GROUP_WORDS.get(group)
    return reader.t(key) if key else group


def build(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    story: list[Flowable] = []
    story += _radars(reader, styles, rollen)
    story += _cases(reader, styles)
    story += _killer_phrases(reader, styles, rollen)
    if not story:
        return []
    return [Paragraph(fonts.markup(reader.t("rollen")), styles["h1"]), *story]


def _radars(reader: Reader, styles: dict[str, Any], rollen: Any) -> list[Flowable]:
    set_id = rollen.current_set_id(reader.session)
    groups = rollen.scored_groups(reader.session, set_id)
    if not groups:
        return []
    from ...domain import role_content

    role_set = role_content.role_set(set_id)
    story: list[Flowable] = [
        para(role_set.label(reader.language), styles["h2"]),
        Paragraph(fonts.markup(reader.t("rollen_intro")), styles["intro"]),
    ]
    charts: list[Any] = []
    notes: list[list[Any]] = []
    several = len(groups) > 1
    for group in groups:
        rows = rollen.profile(reader.session, set_id, group, reader.language)
        title = group_name(reader, group) if several else ""
        room = 178 * mm / 2 - 6 if several else 178 * mm
        charts.append(radar([r.name for r in rows], [r.now for r in rows], [r.wanted for r in rows], 250, title, room))
        for r in rows:
            notes.append(
                [
                    para(r.name, styles["cellbold"], limit=200),
                    para(group_name(reader, group), styles["cell"], limit=100),
                    Paragraph(str(r.now), styles["center"]),
                    Paragraph(str(r.wanted), styles["center"]),
                    para(reader.text(r.notes), styles["cell"], limit=CELL_LIMIT),
                ]
            )
    grid_rows = [charts[i : i + 2] for i in range(0, len(charts), 2)]
    if several:
        grid_rows[-1] += [""] * (2 - len(grid_rows[-1]))
    story += [SafeTable(grid_rows, hAlign="CENTER"), legend(reader.t("now"), reader.t("wanted"))]
    head = [reader.t("roles"), reader.t("group"), reader.t("now"), reader.t("wanted"), reader.t("notes")]
    if not several:
        notes = [row[:1] + row[2:] for row in notes]
        head = head[:1] + head[2:]
        widths = [40 * mm, 14 * mm, 20 * mm, 104 * mm]
    else:
        widths = [36 * mm, 24 * mm, 12 * mm, 20 * mm, 86 * mm]
    story.append(table([[para(h, styles["head"]) for h in head], *notes], widths))
    return story


def _cases(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    from ...domain import role_content

    answers = [a for a in reader.all("case_answer") if str(a.answer).strip() or a.role_ids]
    if not answers:
        return []
    known = role_content.cases()
    rows: list[list[Any]] = [
        [para(h, styles["head"]) for h in (reader.t("case"), reader.t("answer"), reader.t("roles"))]
    ]
    for a in answers:
        case = known.get(a.case_id)
        title = text(case.title, reader.language) if case else a.case_id
        if str(a.group or "").strip():
            title = f"{title} ({group_name(reader, a.group)})"
        role_set = role_content.role_set(a.set_id)
        names = [role_set.role(r).label(reader.language) if role_set.role(r) else r for r in a.role_ids or []]  # type: ignore[union-attr]
        rows.append(
            [
                para(title, styles["cellbold"], limit=400),
                para(reader.text(a.answer), styles["cell"], limit=CELL_LIMIT),
                para(", ".join(names), styles["cell"], limit=300),
            ]
        )
    return [
        CondPageBreak(45 * mm),
        Paragraph(fonts.markup(reader.t("cases")), styles["h2"]),
        table(rows, [50 * mm, 90 * mm, 38 * mm]),
    ]


def _killer_phrases(reader: Reader, styles: dict[str, Any], rollen: Any) -> list[Flowable]:
    chosen = [p for p in rollen.phrases(reader.session) if p.heard or int(p.count or 0) or str(p.answer or "").strip()]
    if not chosen:
        return []
    chosen.sort(key=lambda p: -int(p.count or 0))
    rows: list[list[Any]] = [
        [para(h, styles["head"]) for h in (reader.t("phrase"), reader.t("heard"), reader.t("our_answer"))]
    ]
    for p in chosen:
        count = int(p.count or 0)
        rows.append(
            [
                para(reader.text(rollen.phrase_text(p, reader.language)), styles["cellbold"], limit=CELL_LIMIT),
                Paragraph(f"{count}×" if count else "✓", styles["center"]),
                para(reader.text(p.answer), styles["cell"], limit=CELL_LIMIT),
            ]
        )
    return [
        CondPageBreak(45 * mm),
        Paragraph(fonts.markup(reader.t("killer_phrases")), styles["h2"]),
        table(rows, [68 * mm, 21 * mm, 89 * mm]),
    ]
