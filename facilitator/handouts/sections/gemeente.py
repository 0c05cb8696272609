"""Huiswerk voor de gemeente: the doen-en-laten lists with who and link, the forms of
support per group as radars, the valkuilen recognised with answers, the mode per activity
and the three plan questions per mode. Left out when the session holds none of it."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from ...domain import gemeente
from .. import fonts
from ..layout import CELL_LIMIT, SafeTable, para, table
from ..radar import legend, radar
from ..reading import Reader
from . import samenspel_words  # noqa: F401  (adds this section's words)
from .rollen import group_name


def build(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    if not gemeente.has_anything(reader.session):
        return []
    story: list[Flowable] = [
        Paragraph(fonts.markup(reader.t("gemeente")), styles["h1"]),
        Paragraph(fonts.markup(reader.t("gemeente_intro")), styles["intro"]),
    ]
    story += _lists(reader, styles, gemeente)
    story += scores(reader, styles, "support", "support_forms")
    story += _pitfalls(reader, styles, gemeente)
    story += _steering(reader, styles, gemeente)
    story += _plan(reader, styles, gemeente)
    return story


def _lists(reader: Reader, styles: dict[str, Any], gemeente: Any) -> list[Flowable]:
    story: list[Flowable] = []
    for item in gemeente.content().lists:
        rows = gemeente.homework(reader.session, item.id)
        if not rows:
            continue
        body = [
            [
                para(h, styles["head"])
                for h in (item.label(reader.language), reader.t("who_gemeente"), reader.t("linked_to"))
            ]
        ]
        for h in rows:
            body.append(
                [
                    para(reader.text(h.text), styles["cell"], limit=CELL_LIMIT),
                    para(reader.text(h.who), styles["cell"], limit=300),
                    para(gemeente.link_title(reader.session, h), styles["cell"], limit=300),
                ]
            )
        story += [CondPageBreak(30 * mm), table(body, [90 * mm, 40 * mm, 48 * mm])]
    return story


def scores(reader: Reader, styles: dict[str, Any], exercise: str, title_key: str) -> list[Flowable]:
    """Radars (one per group, two side by side) and a table of scores with notes."""
    from ...domain import scoring

    groups = scoring.scored_groups(reader.session, exercise)
    if not groups:
        return []
    several = len(groups) > 1
    charts: list[Any] = []
    notes: list[list[Any]] = []
    for group in groups:
        rows = scoring.profile(reader.session, exercise, group, reader.language)
        room = 178 * mm / 2 - 6 if several else 178 * mm
        title = group_name(reader, group) if several else ""
        charts.append(radar([r.name for r in rows], [r.now for r in rows], [r.wanted for r in rows], 230, title, room))
        for r in rows:
            if r.now or r.wanted or r.notes.strip():
                notes.append(
                    [
                        para(r.name, styles["cellbold"], limit=200),
                        para(group_name(reader, group), styles["cell"], limit=100),
                        Paragraph(f"{r.now} → {r.wanted}", styles["center"]),
                        para(reader.text(r.notes), styles["cell"], limit=CELL_LIMIT),
                    ]
                )
    grid = [charts[i : i + 2] for i in range(0, len(charts), 2)]
    if several:
        grid[-1] += [""] * (2 - len(grid[-1]))
    head = [para(reader.t(k), styles["head"]) for k in ("value" if exercise == "values" else "support_forms", "group")]
    head += [para(f"{reader.t('now')} → {reader.t('wanted')}", styles["head"]), para(reader.t("notes"), styles["head"])]
    return [
        CondPageBreak(90 * mm),
        Paragraph(fonts.markup(reader.t(title_key)), styles["h2"]),
        SafeTable(grid, hAlign="CENTER"),
        legend(reader.t("now"), reader.t("wanted")),
        table([head, *notes], [40 * mm, 26 * mm, 24 * mm, 88 * mm]),
    ]


def _pitfalls(reader: Reader, styles: dict[str, Any], gemeente: Any) -> list[Flowable]:
    chosen = [(p, a) for p, a in gemeente.pitfalls(reader.session) if a.heard or a.answer.strip()]
    if not chosen:
        return []
    rows: list[list[Any]] = [[para(reader.t(k), styles["head"]) for k in ("pitfall", "our_answer")]]
    for p, a in chosen:
        rows.append(
            [
                [
                    para(p.label(reader.language), styles["cellbold"]),
                    para(p.say("explanation", reader.language), styles["small"]),
                ],
                para(reader.text(a.answer), styles["cell"], limit=CELL_LIMIT),
            ]
        )
    return [
        CondPageBreak(40 * mm),
        Paragraph(fonts.markup(reader.t("pitfalls")), styles["h2"]),
        table(rows, [70 * mm, 108 * mm]),
    ]


def _steering(reader: Reader, styles: dict[str, Any], gemeente: Any) -> list[Flowable]:
    modes = {m.id: m.label(reader.language) for m in gemeente.content().modes}
    chosen = [(a, c) for a, c in gemeente.steering(reader.session) if c is not None and (c.mode_id or c.notes.strip())]
    if not chosen:
        return []
    rows: list[list[Any]] = [
        [para(reader.t(k), styles["head"]) for k in ("activity", "type_now_wanted", "mode", "notes")]
    ]
    for a, c in sorted(chosen, key=lambda pair: list(modes).index(pair[1].mode_id) if pair[1].mode_id in modes else 9):
        wanted = f" → {a.wanted_type}" if a.wanted_type and a.wanted_type != a.current_type else ""
        rows.append(
            [
                para(reader.text(a.title), styles["cellbold"], limit=300),
                Paragraph(f"{a.current_type or '?'}{wanted}", styles["center"]),
                para(modes.get(c.mode_id, ""), styles["cell"]),
                para(reader.text(c.notes), styles["cell"], limit=CELL_LIMIT),
            ]
        )
    return [
        CondPageBreak(40 * mm),
        Paragraph(fonts.markup(reader.t("steering")), styles["h2"]),
        table(rows, [50 * mm, 22 * mm, 40 * mm, 66 * mm]),
    ]


def _plan(reader: Reader, styles: dict[str, Any], gemeente: Any) -> list[Flowable]:
    content = gemeente.content()
    answered = {(r.question_id, r.mode_id): r.answer for r in reader.all("plan_answer") if str(r.answer).strip()}
    if not answered:
        return []
    modes = [m for m in content.modes if any(m.id == key[1] for key in answered)]
    head = [para(reader.t("question"), styles["head"])] + [
        para(m.label(reader.language), styles["head"]) for m in modes
    ]
    rows: list[list[Any]] = [head]
    for q in content.plan_questions:
        if not any(key[0] == q.id for key in answered):
            continue
        rows.append(
            [para(q.label(reader.language), styles["cellbold"])]
            + [para(reader.text(answered.get((q.id, m.id), "")), styles["cell"], limit=CELL_LIMIT) for m in modes]
        )
    first = 46 * mm
    rest = (178 * mm - first) / len(modes)
    return [
        CondPageBreak(40 * mm),
        Paragraph(fonts.markup(reader.t("plan_questions")), styles["h2"]),
        table(rows, [first] + [rest] * len(modes)),
    ]
