"""Krachtenkaart: crown jewels (ranked, with reasons and dots), then every card by category;
and the ideas that connect cards, the shared vision and the support asked from outside."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from ... import content
from .. import fonts
from ..layout import CELL_LIMIT, TextPara, para, shorten, table
from ..reading import Reader
from . import photos

STAR = "★"


def categories(reader: Reader) -> list[tuple[str, str]]:
    """(id, name) of each category, from the same data file the app uses."""
    try:
        data = content.load("categories")
        return [(c["id"], content.text(c["label"], reader.language)) for c in data["categories"]]
    except Exception:  # a broken data file must not stop the handout: fall back to raw ids
        return []


def parked_ids() -> set[str]:
    """The parkeerplaats categories (worries): printed in their own section, never as strengths."""
    try:
        return {c["id"] for c in content.load("categories")["categories"] if c.get("parked")}
    except Exception:
        return set()


def observations(reader: Reader) -> dict[str, str]:
    try:
        data = content.load("categories")
        return {o["id"]: content.text(o["label"], reader.language) for o in data.get("observations", [])}
    except Exception:
        return {}


def card_label(card: Any) -> str:
    number = int(getattr(card, "number", 0) or 0)
    return f"{number}. {card.title}" if number else str(card.title)


def crown_jewels(reader: Reader) -> list[Any]:
    parked = parked_ids()
    return sorted(
        (c for c in reader.all("asset_card") if c.crown and c.category not in parked),
        key=lambda c: (-int(c.dots or 0), int(c.number or 0)),
    )


def build(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    """The strengths: crown jewels, then every card by category (never the parked worries)."""
    parked = parked_ids()
    cards = [c for c in reader.all("asset_card") if c.category not in parked]
    return _strengths(reader, styles, cards) if cards else []


def build_parked(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    """Zorgen en knelpunten, a section of its own: heard and parked, with what each became."""
    parked = parked_ids()
    worries = [c for c in reader.all("asset_card") if c.category in parked]
    if not worries:
        return []
    taken = {"theme": reader.t("taken_theme"), "idea": reader.t("taken_idea"), "action": reader.t("taken_action")}
    rows: list[list[Any]] = [
        [para(h, styles["head"]) for h in (reader.t("nr"), reader.t("worry"), reader.t("taken_up"))]
    ]
    for card in worries:
        lines = [f"<b>{fonts.markup(shorten(reader.text(card.title), CELL_LIMIT))}</b>"]
        if str(card.description).strip():
            lines.append(fonts.markup(shorten(reader.text(card.description), CELL_LIMIT)))
        rows.append(
            [
                str(int(card.number or 0) or ""),
                TextPara("<br/>".join(lines), styles["cell"]),
                para(taken.get(str(getattr(card, "taken_up", "") or ""), ""), styles["cell"]),
            ]
        )
    return [
        Paragraph(fonts.markup(reader.t("parkeerplaats")), styles["h1"]),
        Paragraph(fonts.markup(reader.t("parkeerplaats_intro")), styles["intro"]),
        table(rows, [11 * mm, 127 * mm, 40 * mm]),
    ]


def _strengths(reader: Reader, styles: dict[str, Any], cards: list[Any]) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(fonts.markup(reader.t("krachtenkaart")), styles["h1"]),
        Paragraph(fonts.markup(reader.t("krachtenkaart_intro")), styles["intro"]),
    ]
    jewels = crown_jewels(reader)
    if jewels:
        # one number per jewel: the card's own (as on the wall); the order gives the rank
        show_why = any(str(c.crown_reason).strip() for c in jewels)
        head = [reader.t("crown_jewels"), *([reader.t("why")] if show_why else []), reader.t("dots")]
        rows: list[list[Any]] = [[para(h, styles["head"]) for h in head]]
        for card in jewels:
            row: list[Any] = [
                para(reader.text(card_label(card)), styles["cellbold"], limit=CELL_LIMIT, prefix=STAR + " ")
            ]
            if show_why:
                row.append(para(reader.text(card.crown_reason), styles["cell"], limit=CELL_LIMIT))
            rows.append([*row, _dots(card, styles)])
        widths = [79 * mm, 79 * mm, 20 * mm] if show_why else [158 * mm, 20 * mm]
        story.append(Paragraph(fonts.markup(STAR + " " + reader.t("crown_jewels")), styles["h2"]))
        story.append(table(rows, widths, extra=number_style(len(rows), len(widths))))
    known = [(cid, name) for cid, name in categories(reader) if cid not in parked_ids()]
    names = dict(known)
    order = [cid for cid, _ in known] + sorted({c.category for c in cards} - set(names))
    obs = observations(reader)
    for cid in order:
        in_cat = [c for c in cards if c.category == cid]
        if not in_cat:
            continue
        story.append(CondPageBreak(40 * mm))
        story.append(para(f"{names.get(cid, cid)} ({len(in_cat)})", styles["h2"]))
        story.append(_category_table(reader, styles, in_cat, obs))
    return story


def _dots(card: Any, styles: dict[str, Any]) -> str:
    """Plain strings for numbers: a table draws them far faster than a Paragraph."""
    dots = int(getattr(card, "dots", 0) or 0)
    return str(dots) if dots else ""


def number_style(rows: int, columns: int) -> list[tuple[Any, ...]]:
    """Bold, centred dots in the last column. Positive indices: reportlab misplaces
    negative ones in the part of a table that was split off onto the next page."""
    last_col, last_row = columns - 1, max(rows - 1, 1)
    return [
        ("FONTNAME", (last_col, 1), (last_col, last_row), fonts.BOLD),
        ("ALIGN", (last_col, 1), (last_col, last_row), "CENTER"),
        ("FONTSIZE", (0, 1), (last_col, last_row), 9),
    ]


def _category_table(reader: Reader, styles: dict[str, Any], cards: list[Any], obs: dict[str, str]) -> Table:
    show_holder = not reader.anonymous and any(str(c.holder).strip() for c in cards)
    head = [reader.t("nr"), reader.t("card")] + ([reader.t("holder")] if show_holder else []) + [reader.t("dots")]
    rows: list[list[Any]] = [[para(h, styles["head"]) for h in head]]
    hhh_words = {"hoofd": reader.t("head"), "hart": reader.t("heart"), "handen": reader.t("hands")}
    for card in cards:
        # one paragraph per cell (title, description, marks as lines): far cheaper to lay out
        # than a list of paragraphs, which matters for a wall of 300 cards
        lines = [
            f"<b>{STAR + ' ' if card.crown else ''}{fonts.markup(shorten(reader.text(card.title), CELL_LIMIT))}</b>"
        ]
        if str(card.description).strip():
            lines.append(fonts.markup(shorten(reader.text(card.description), CELL_LIMIT)))
        marks = [obs.get(card.observation, card.observation), hhh_words.get(card.hhh, card.hhh)]
        marks += [f"#{t}" for t in (card.tags or [])]
        marks = [m for m in marks if m]
        if marks:
            lines.append(
                f'<font size="8" color="#595959">{fonts.markup(shorten(reader.text(" · ".join(marks)), 300))}</font>'
            )
        text = TextPara("<br/>".join(lines), styles["cell"])
        pictures = photos.for_card(reader, card)
        row: list[Any] = [str(int(card.number or 0) or ""), [text, *pictures] if pictures else text]
        if show_holder:
            holder = [fonts.markup(shorten(card.holder, 300))]
            if getattr(card, "contact_consent", False) and str(getattr(card, "contact", "")).strip():
                holder.append(f'<font size="8" color="#595959">{fonts.markup(shorten(card.contact, 300))}</font>')
            row.append(TextPara("<br/>".join(holder), styles["cell"]))
        row.append(_dots(card, styles))
        rows.append(row)
    widths = [11 * mm, 112 * mm, 38 * mm, 17 * mm] if show_holder else [11 * mm, 150 * mm, 17 * mm]
    return table(rows, widths, extra=number_style(len(rows), len(widths)))


def _ideas_content(reader: Reader) -> tuple[list[Any], str, list[Any]]:
    ideas = [i for i in reader.all("idea") if str(i.title).strip()]
    vision = reader.single("vision")
    vision_text = str(getattr(vision, "text", "") or "").strip()
    needs = [n for n in reader.all("partner_ask") if str(n.partner).strip() or str(n.ask).strip()]
    return ideas, vision_text, needs


def ideas_parts(reader: Reader) -> list[str]:
    """Which of vision, ideas and support the session holds (word keys, in print order)."""
    ideas, vision_text, needs = _ideas_content(reader)
    return [k for k, v in (("vision", vision_text), ("ideas", ideas), ("support", needs)) if v]


def build_ideas(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    """Ideas (connected cards), the vision and outside support; each part only when filled."""
    ideas, vision_text, needs = _ideas_content(reader)
    if not (ideas or vision_text or needs):
        return []
    story: list[Flowable] = []
    if vision_text:
        # a bordered paragraph rather than a table cell, so a long vision can run over a page
        box = para(reader.text(vision_text), styles["vision"], limit=5000)
        story += [Paragraph(fonts.markup(reader.t("vision")), styles["h1"]), box]
    if ideas:
        story.append(Paragraph(fonts.markup(reader.t("ideas")), styles["h1"]))
        for n, idea in enumerate(ideas, start=1):
            block: list[Flowable] = [para(reader.text(idea.title), styles["h2"], limit=CELL_LIMIT, prefix=f"{n}. ")]
            if str(idea.description).strip():
                block.append(para(reader.text(idea.description), styles["body"], limit=3000))
            linked = [reader.get("asset_card", i) for i in idea.card_ids or []]
            labels = [card_label(c) for c in linked if c is not None]
            if labels:
                block.append(
                    para(
                        reader.text("; ".join(labels)),
                        styles["small"],
                        limit=CELL_LIMIT,
                        prefix=reader.t("connects") + ": ",
                    )
                )
            story.append(KeepTogether(block))
    if needs:
        idea_titles = {i.id: i.title for i in ideas}
        rows: list[list[Any]] = [
            [para(h, styles["head"]) for h in (reader.t("partner"), reader.t("ask"), reader.t("for_ideas"))]
        ]
        for need in needs:
            for_ideas = "; ".join(idea_titles[i] for i in need.idea_ids or [] if i in idea_titles)
            rows.append(
                [
                    para(reader.text(need.partner), styles["cellbold"], limit=CELL_LIMIT),
                    para(reader.text(need.ask), styles["cell"], limit=CELL_LIMIT),
                    para(reader.text(for_ideas), styles["cell"], limit=CELL_LIMIT),
                ]
            )
        story += [
            Paragraph(fonts.markup(reader.t("support")), styles["h1"]),
            table(rows, [50 * mm, 78 * mm, 50 * mm]),
        ]
    return story
