"""Actieplan: the ideas ranked by votes, then the actions as they stand (see :mod:`.actions`):
the table, what was achieved, and one action card per trekker to take home."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ...domain import actieplan as plan
from .. import fonts
from ..layout import CELL_LIMIT, para, table
from ..reading import Reader
from . import actions as action_section


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
        story += action_section.build(reader, styles, todo)
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
