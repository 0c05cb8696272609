"""Toen en nu in the handout of a later meeting: what was achieved since the last one (first,
to celebrate), the earlier actions done, stopped and still open, the Type board then → now,
the role and value profiles of the years (the last two as one radar, all in a table), and
the cards that came and went. Left out when the handout was made without a review, or
when there is no earlier meeting of the place (see ``domain/review.py``)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from ...domain.actieplan import short_date
from ...domain.review import Profile, Review
from .. import fonts
from ..layout import para, table
from ..radar import legend, radar
from ..reading import Reader
from ..words import WORDS

REVIEW_WORDS: dict[str, tuple[str, str]] = {
    "review": ("Toen en nu", "Then and now"),
    "review_intro": (
        "Wat is er veranderd sinds de vorige keer? Eerst wat er gelukt is, dan de rest.",
        "What has changed since last time? First what worked out, then the rest.",
    ),
    "review_meetings": ("Bijeenkomsten hier: {list}", "Meetings here: {list}"),
    "review_achieved": ("Gelukt sinds {date}", "Achieved since {date}"),
    "review_none_achieved": ("Nog niets afgerond sinds de vorige keer.", "Nothing finished since last time yet."),
    "review_actions": ("De acties van de vorige keer", "Last time's actions"),
    "review_done": ("Klaar", "Done"),
    "review_stopped": ("Gestopt", "Stopped"),
    "review_open": ("Loopt nog", "Still running"),
    "review_types": ("Type 1–4: toen en nu", "Type 1–4: then and now"),
    "review_then": ("Toen", "Then"),
    "review_now": ("Nu", "Now"),
    "review_moved": ("{title}: Type {then} → {now}", "{title}: Type {then} → {now}"),
    "review_new": ("Nieuw op het bord: {title} (Type {now})", "New on the board: {title} (Type {now})"),
    "review_gone": (
        "Niet meer op het bord: {title} (was Type {then})",
        "No longer on the board: {title} (was Type {then})",
    ),
    "review_roles": ("Rollen door de jaren", "Roles over the years"),
    "review_values": ("Waarden door de jaren", "Values over the years"),
    "review_cards": (
        "Kaarten: {came} erbij, {went} weg, {kept} gebleven",
        "Cards: {came} new, {went} gone, {kept} kept",
    ),
    "review_came": ("Erbij", "New"),
    "review_went": ("Weg", "Gone"),
}
WORDS.update(REVIEW_WORDS)


def build(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    r: Review | None = getattr(reader, "review", None)
    if r is None or not r.has_previous:
        return []
    t = reader.t
    dates = [short_date(day) + (f" ({kind})" if kind else "") for day, kind in r.meetings]
    story: list[Flowable] = [
        Paragraph(fonts.markup(t("review")), styles["h1"]),
        Paragraph(fonts.markup(t("review_intro")), styles["intro"]),
        para(t("review_meetings", list=" → ".join(dates)), styles["body"]),
        Paragraph(fonts.markup(t("review_achieved", date=short_date(r.meetings[-2][0]))), styles["h2"]),
    ]
    if r.achieved:
        for a in r.achieved:
            note = f" — {reader.text(a.note)}" if a.note else ""
            story.append(para(f"✓ {reader.text(a.what)}{note}", styles["body"], limit=600))
    else:
        story.append(para(t("review_none_achieved"), styles["body"]))
    story += _actions(reader, styles, r)
    story += _types(reader, styles, r)
    story += _profiles(reader, styles, t("review_roles"), r.role_axes, r.roles)
    story += _profiles(reader, styles, t("review_values"), r.value_axes, r.values)
    story += _cards(reader, styles, r)
    return story


def _actions(reader: Reader, styles: dict[str, Any], r: Review) -> list[Flowable]:
    groups = [("review_done", r.done), ("review_stopped", r.stopped), ("review_open", r.still_open)]
    if not any(items for _k, items in groups):
        return []
    body = [[para(reader.t(k) + f" ({len(items)})", styles["head"]) for k, items in groups]]
    body.append([_lines(reader, styles, [a.what for a in items]) for _k, items in groups])
    return [
        CondPageBreak(40 * mm),
        Paragraph(fonts.markup(reader.t("review_actions")), styles["h2"]),
        table(body, [60 * mm, 58 * mm, 60 * mm]),
    ]


def _lines(reader: Reader, styles: dict[str, Any], texts: list[str]) -> list[Flowable]:
    """One cell with a paragraph per typed line ("–" when there are none)."""
    return [para(reader.text(x), styles["cell"], limit=300) for x in texts] or [para("–", styles["cell"])]


def _types(reader: Reader, styles: dict[str, Any], r: Review) -> list[Flowable]:
    t = reader.t
    body = [[para(h, styles["head"]) for h in ("Type", t("review_then"), t("review_now"))]]
    for n in range(4):
        body.append(
            [
                para(str(n + 1), styles["cell"]),
                para(str(r.types_then[n]), styles["cell"]),
                para(str(r.types_now[n]), styles["cell"]),
            ]
        )
    story: list[Flowable] = [
        CondPageBreak(45 * mm),
        Paragraph(fonts.markup(t("review_types")), styles["h2"]),
        table(body, [30 * mm, 30 * mm, 30 * mm]),
    ]
    for c in r.type_changes:
        title = reader.text(c.title)
        key = "review_new" if not c.then else ("review_gone" if not c.now else "review_moved")
        story.append(para(t(key, title=title, then=c.then, now=c.now), styles["body"], limit=400))
    return story


def _profiles(
    reader: Reader, styles: dict[str, Any], title: str, axes: tuple[tuple[str, str], ...], profiles: tuple[Profile, ...]
) -> list[Flowable]:
    if len(axes) < 3 or not profiles:
        return []
    years = [p.date[:4] or "?" for p in profiles]
    story: list[Flowable] = [Paragraph(fonts.markup(title), styles["h2"])]
    if len(profiles) >= 2:
        older, newer = profiles[-2], profiles[-1]
        story.append(radar([label for _k, label in axes], list(newer.values), list(older.values), size=200))
        story.append(legend(years[-1], years[-2]))
    body = [[para("", styles["head"]), *(para(y, styles["head"]) for y in years)]]
    for i, (_key, label) in enumerate(axes):
        body.append([para(label, styles["cell"]), *(para(str(p.values[i]), styles["cell"]) for p in profiles)])
    first = 60 * mm
    rest = (178 * mm - first) / max(1, len(profiles))
    story.append(table(body, [first, *([min(rest, 25 * mm)] * len(profiles))]))
    return [KeepTogether(story)]  # heading, chart and table on one page


def _cards(reader: Reader, styles: dict[str, Any], r: Review) -> list[Flowable]:
    if not (r.cards_came or r.cards_went or r.cards_kept):
        return []
    t = reader.t
    story: list[Flowable] = [
        CondPageBreak(40 * mm),
        Paragraph(
            fonts.markup(t("review_cards", came=len(r.cards_came), went=len(r.cards_went), kept=r.cards_kept)),
            styles["h2"],
        ),
    ]
    if r.cards_came or r.cards_went:
        body = [[para(t("review_came"), styles["head"]), para(t("review_went"), styles["head"])]]
        body.append(
            [
                _lines(reader, styles, list(r.cards_came)),
                _lines(reader, styles, list(r.cards_went)),
            ]
        )
        story.append(table(body, [89 * mm, 89 * mm]))
    return story
