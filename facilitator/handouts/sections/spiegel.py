"""Spiegel van het collectief: the democratic values per group as radars, the ways of
accounting, the action points taken up (and the action each became), and the two logics
side by side with the clashes and the mutual expectations. Left out when empty."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from ...domain import spiegel
from .. import fonts
from ..layout import CELL_LIMIT, para, table
from ..reading import Reader
from . import samenspel_words  # noqa: F401  (adds this section's words)
from .gemeente import scores


def build(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    if not spiegel.has_anything(reader.session):
        return []
    story: list[Flowable] = [
        Paragraph(fonts.markup(reader.t("spiegel")), styles["h1"]),
        Paragraph(fonts.markup(reader.t("spiegel_intro")), styles["intro"]),
    ]
    story += scores(reader, styles, "values", "values")
    story += _ways(reader, styles, spiegel)
    story += _points(reader, styles, spiegel)
    story += _logic(reader, styles, spiegel)
    story += _expectations(reader, styles, spiegel)
    return story


def _ways(reader: Reader, styles: dict[str, Any], spiegel: Any) -> list[Flowable]:
    ways = spiegel.ways(reader.session)
    if not ways:
        return []
    from ...domain.samenspel_content import spiegel as content

    rows: list[list[Any]] = [[para(reader.t(k), styles["head"]) for k in ("to_whom", "how_explain")]]
    for w in ways:
        rows.append(
            [
                para(reader.text(w.to_whom), styles["cellbold"], limit=400),
                para(reader.text(w.how), styles["cell"], limit=CELL_LIMIT),
            ]
        )
    return [
        CondPageBreak(40 * mm),
        Paragraph(fonts.markup(reader.t("accountability")), styles["h2"]),
        para(content().accountability.label(reader.language), styles["body"]),
        table(rows, [60 * mm, 118 * mm]),
    ]


def _points(reader: Reader, styles: dict[str, Any], spiegel: Any) -> list[Flowable]:
    chosen = spiegel.ticked_points(reader.session)
    if not chosen:
        return []
    rows: list[list[Any]] = [[para(reader.t(k), styles["head"]) for k in ("actor", "point", "notes")]]
    for actor, point, tick in chosen:
        action = reader.get("action", tick.action_id)
        note = reader.text(tick.notes)
        if action is not None:
            planned = reader.t("in_plan", what=reader.text(action.what))
            note = f"{note}\n{planned}" if note else planned
        rows.append(
            [
                para(actor.label(reader.language), styles["cell"]),
                [
                    para(point.label(reader.language), styles["cellbold"]),
                    para(point.say("text", reader.language), styles["small"]),
                ],
                para(note, styles["cell"], limit=CELL_LIMIT),
            ]
        )
    return [
        CondPageBreak(40 * mm),
        Paragraph(fonts.markup(reader.t("action_points")), styles["h2"]),
        table(rows, [38 * mm, 78 * mm, 62 * mm]),
    ]


def _logic(reader: Reader, styles: dict[str, Any], spiegel: Any) -> list[Flowable]:
    rows_data = [
        r
        for r in spiegel.logic(reader.session)
        if r.village or r.municipality or r.village_notes or r.municipality_notes
    ]
    if not rows_data:
        return []
    lang = reader.language
    head = [para(reader.t(k), styles["head"]) for k in ("trait", "village", "municipality", "notes")]
    rows: list[list[Any]] = [head]
    extra: list[tuple[Any, ...]] = []
    for n, r in enumerate(rows_data, start=1):
        style = styles["cellbold"] if r.clash else styles["cell"]
        name = r.trait.label(lang) + (f" — {reader.t('clash')}" if r.clash else "")
        poles = f"1: {r.trait.say('collective', lang)} · 5: {r.trait.say('government', lang)}"
        notes = " / ".join(reader.text(x) for x in (r.village_notes, r.municipality_notes) if x)
        rows.append(
            [
                [para(name, style), para(poles, styles["small"])],
                Paragraph(str(r.village or "–"), styles["center"]),
                Paragraph(str(r.municipality or "–"), styles["center"]),
                para(notes, styles["cell"], limit=CELL_LIMIT),
            ]
        )
        if r.clash:
            extra.append(("LINEBEFORE", (0, n), (0, n), 2.5, "#000000"))
    return [
        CondPageBreak(50 * mm),
        Paragraph(fonts.markup(reader.t("logic")), styles["h2"]),
        Paragraph(fonts.markup(reader.t("logic_scale")), styles["small"]),
        table(rows, [86 * mm, 16 * mm, 24 * mm, 52 * mm], extra=extra),
    ]


def _expectations(reader: Reader, styles: dict[str, Any], spiegel: Any) -> list[Flowable]:
    story: list[Flowable] = []
    for direction, key in (("dorp", "expect_village"), ("gemeente", "expect_gemeente")):
        rows = spiegel.expectations(reader.session, direction)
        if rows:
            body = [[para(reader.t(key), styles["head"])]] + [
                [para(reader.text(e.text), styles["cell"], limit=CELL_LIMIT)] for e in rows
            ]
            story += [CondPageBreak(25 * mm), table(body, [178 * mm])]
    return story
