"""Actieplan: the ideas ranked by votes, the table of actions (wat / wie / wanneer), and
one action card per trekker to take home."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from ...domain import actieplan as plan
from .. import fonts
from ..layout import CELL_LIMIT, INK, SafeTable, para, table
from ..reading import Reader
from ..words import long_date


def votes(idea: Any) -> dict[str, int]:
    raw = getattr(idea, "votes", {}) or {}
    out: dict[str, int] = {}
    if isinstance(raw, dict):
        for group, n in raw.items():
            try:
                out[str(group)] = max(0, int(n))
            except (TypeError, ValueError):
                continue
    return out


def ranked_ideas(reader: Reader) -> list[Any]:
    """The plan's ideas, most dots first (the step's own ranking when it is present)."""
    if reader.records_are_session():
        ideas = plan.ranked(reader.session)
    else:
        ideas = sorted(
            reader.all("plan_idea"), key=lambda i: (-sum(votes(i).values()), float(getattr(i, "position", 0) or 0))
        )
    return [i for i in ideas if str(getattr(i, "title", "")).strip()]


def vote_groups(reader: Reader, ideas: list[Any]) -> list[str]:
    setup = reader.single("vote_setup")
    groups = [str(g) for g in (getattr(setup, "groups", []) or [])]
    if not groups:
        groups = list(dict.fromkeys(g for i in ideas for g in votes(i)))
    return groups


def group_label(reader: Reader, group: str) -> str:
    return str(plan.group_name(group, reader.language))


def kind_label(reader: Reader, kind: str, value: str) -> str:
    """The shown name of for_whom / scale from the step's data, else the id as stored."""
    if value:
        try:
            return str(plan.label(kind, value, reader.language))
        except Exception:  # unknown kinds or a broken data file: print what is stored
            return value
    return value


def actions(reader: Reader) -> list[Any]:
    return [a for a in reader.all("action") if str(getattr(a, "what", "")).strip()]


def build(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    ideas = ranked_ideas(reader)
    todo = actions(reader)
    if not (ideas or todo):
        return []
    story: list[Flowable] = [Paragraph(fonts.markup(reader.t("actieplan")), styles["h1"])]
    if ideas:
        story += _ideas(reader, styles, ideas)
    if todo:
        story += _actions(reader, styles, todo)
    return story


def _ideas(reader: Reader, styles: dict[str, Any], ideas: list[Any]) -> list[Flowable]:
    groups = vote_groups(reader, ideas)
    counted = set(groups)
    shown = groups[:4]  # more groups than fit are still counted in the total
    show_groups = len(shown) > 1

    def total(idea: Any) -> int:
        v = votes(idea)
        return sum(n for g, n in v.items() if g in counted) if counted else sum(v.values())

    voted = [i for i in ideas if total(i) > 0]
    # when the room voted, the ideas without a dot are named after the table, not ranked
    ranked, unvoted = (voted, [i for i in ideas if total(i) == 0]) if voted else (ideas, [])
    labels = [group_label(reader, g) for g in shown] if show_groups else []
    head = ["#", reader.t("what"), *(label[:1].upper() + label[1:] for label in labels), reader.t("total")]
    rows: list[list[Any]] = [[para(h, styles["head"], limit=20) for h in head]]
    for rank, idea in enumerate(ranked, start=1):
        v = votes(idea)
        row: list[Any] = [str(rank), para(reader.text(idea.title), styles["cellbold"], limit=CELL_LIMIT)]
        if show_groups:
            row += [str(v.get(g, 0)) for g in shown]
        row.append(str(total(idea)))
        rows.append(row)
    extra = len(shown) if show_groups else 0
    title_width = 178 * mm - 9 * mm - 18 * mm - extra * 24 * mm
    widths = [9 * mm, title_width] + [24 * mm] * extra + [18 * mm]
    last = len(head) - 1
    numbers = [
        ("ALIGN", (2, 1), (last, len(rows) - 1), "CENTER"),
        ("FONTNAME", (last, 1), (last, len(rows) - 1), fonts.BOLD),
        ("FONTSIZE", (0, 1), (last, len(rows) - 1), 9),
    ]
    story: list[Flowable] = [
        Paragraph(fonts.markup(reader.t("ranked_ideas")), styles["h2"]),
        table(rows, widths, extra=numbers),
    ]
    if unvoted:
        names = "; ".join(reader.text(i.title) for i in unvoted)
        story.append(Spacer(1, 2 * mm))
        story.append(
            para(names, styles["small"], limit=3000, prefix=fonts.markup(reader.t("no_dots", n=len(unvoted))) + " ")
        )
    return story


def _when(reader: Reader, action: Any) -> str:
    return long_date(str(getattr(action, "due", "") or ""), reader.language)


def _actions(reader: Reader, styles: dict[str, Any], todo: list[Any]) -> list[Flowable]:
    head = (reader.t("what"), reader.t("trekker"), reader.t("with_whom"), reader.t("first_step"), reader.t("when"))
    rows: list[list[Any]] = [[para(h, styles["head"]) for h in head]]
    for a in todo:
        marks = [
            kind_label(reader, "for_whom", str(getattr(a, "for_whom", "") or "")),
            kind_label(reader, "scale", str(getattr(a, "scale", "") or "")),
        ]
        what: list[Flowable] = [para(reader.text(a.what), styles["cellbold"], limit=CELL_LIMIT)]
        if any(marks):
            what.append(para(" · ".join(m for m in marks if m), styles["small"], limit=200))
        rows.append(
            [
                what,
                para(reader.person(a.trekker), styles["cell"], limit=200),
                para("" if reader.anonymous else reader.text(a.with_whom), styles["cell"], limit=400),
                para(reader.text(a.first_step), styles["cell"], limit=CELL_LIMIT),
                para(_when(reader, a), styles["cell"], limit=60),
            ]
        )
    story: list[Flowable] = [
        Paragraph(fonts.markup(reader.t("actions")), styles["h2"]),
        table(rows, [52 * mm, 28 * mm, 30 * mm, 44 * mm, 24 * mm]),
    ]
    story += _cards(reader, styles, todo)
    return story


def _cards(reader: Reader, styles: dict[str, Any], todo: list[Any]) -> list[Flowable]:
    """One card per trekker: what, the first step, when, with whom — to cut out and keep."""
    by_trekker: dict[str, list[Any]] = {}
    for a in todo:
        key = " ".join(str(a.trekker or "").split())
        by_trekker.setdefault(key, []).append(a)
    story: list[Flowable] = [CondPageBreak(90 * mm), Paragraph(fonts.markup(reader.t("action_cards")), styles["h2"])]
    # by name, with the actions nobody leads yet last (as the Actieplan step shows them)
    for trekker, items in sorted(by_trekker.items(), key=lambda kv: (kv[0] == "", kv[0].casefold())):
        name = reader.person(trekker) if trekker else reader.t("no_trekker")
        cells: list[Flowable] = [para(reader.t("card_for", name=name), styles["h2"], limit=300)]
        for a in items:
            cells.append(para(reader.text(a.what), styles["cellbold"], limit=CELL_LIMIT, prefix="☐ "))
            details = [
                (reader.t("first_step"), reader.text(a.first_step)),
                (reader.t("when"), _when(reader, a)),
                (reader.t("with_whom"), "" if reader.anonymous else reader.text(a.with_whom)),
            ]
            for label, value in details:
                if str(value).strip():
                    cells.append(
                        para(value, styles["cell"], limit=CELL_LIMIT, prefix=f"<b>{fonts.markup(label)}:</b> ")
                    )
        # a card taller than a page is split into several boxes rather than failing
        for start in range(0, len(cells), 6):
            box = SafeTable([[c] for c in cells[start : start + 6]], colWidths=[178 * mm])
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
            story.append(KeepTogether([box]))
            story.append(Paragraph("", styles["body"]))
    return story
