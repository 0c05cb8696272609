"""The samenvatting: one A4 sheet (two sides at most) for everyone in the room.

It holds the crown jewels, the top ideas, who does what by when and the next meeting;
the full handout stays for the werkgroep and the gemeente. Every list is capped and
every text shortened, so the sheet never runs onto a third side; what is left out is
counted ("en nog 4 in de hand-out").
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain import avond
from ..domain.session import Session
from . import fonts, layout
from .reading import Reader
from .sections import actieplan, cover, krachtenkaart
from .sections import actions as action_rules
from .words import long_date

MAX_JEWELS = 10
MAX_IDEAS = 5
MAX_ACTIONS = 15
#: the longest text of one line or cell on the sheet
SHORT = 110

WORDS = {
    "title": ("Samenvatting", "Summary"),
    "intro": (
        "Wat we samen vonden en wie wat gaat doen. De hele hand-out is er voor de werkgroep en de gemeente.",
        "What we found together and who will do what. The full handout is for the working group and the municipality.",
    ),
    "jewels": ("Onze kroonjuwelen", "Our crown jewels"),
    "ideas": ("De ideeën met de meeste stippen", "The ideas with the most dots"),
    "todo": ("Wie doet wat, en wanneer", "Who does what, and when"),
    "next": ("Volgende bijeenkomst", "Next meeting"),
    "more": ("en nog {n} in de hand-out", "and {n} more in the handout"),
    "dots": ("{n} stippen", "{n} dots"),
}


def _w(reader: Reader, key: str, **values: object) -> str:
    nl, en = WORDS[key]
    text = en if reader.language == "en" else nl
    return text.format(**values) if values else text


def _more(reader: Reader, styles: dict[str, Any], left: int) -> list[Flowable]:
    return [para_small(reader, styles, _w(reader, "more", n=left))] if left > 0 else []


def para_small(reader: Reader, styles: dict[str, Any], text: str) -> Flowable:
    return layout.para(text, styles["small"])


def story(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    meeting = reader.single("meeting")
    place = reader.text(cover.title(reader))
    date = long_date(str(getattr(meeting, "date", "") or ""), reader.language)
    out: list[Flowable] = [
        layout.para(f"{_w(reader, 'title')}: {place}", styles["h1"], limit=120),
        layout.para(date, styles["intro"]) if date else Spacer(1, 1),
        Paragraph(fonts.markup(_w(reader, "intro")), styles["intro"]),
    ]
    jewels = krachtenkaart.crown_jewels(reader)
    if jewels:
        out.append(Paragraph(fonts.markup(krachtenkaart.STAR + " " + _w(reader, "jewels")), styles["h2"]))
        for card in jewels[:MAX_JEWELS]:
            out.append(layout.para(reader.text(krachtenkaart.card_label(card)), styles["body"], limit=SHORT))
        out += _more(reader, styles, len(jewels) - MAX_JEWELS)
    ideas = actieplan.ranked_ideas(reader)
    if ideas:
        out.append(Paragraph(fonts.markup(_w(reader, "ideas")), styles["h2"]))
        for n, idea in enumerate(ideas[:MAX_IDEAS], start=1):
            dots = sum(actieplan.votes(idea).values())
            line = reader.text(idea.title) + (f" ({_w(reader, 'dots', n=dots)})" if dots else "")
            out.append(layout.para(line, styles["body"], limit=SHORT, prefix=f"<b>{n}.</b> "))
        out += _more(reader, styles, len(ideas) - MAX_IDEAS)
    todo = [a for a in actieplan.actions(reader) if action_rules.is_open(a)]
    if todo:
        out.append(Paragraph(fonts.markup(_w(reader, "todo")), styles["h2"]))
        out.append(_todo_table(reader, styles, todo[:MAX_ACTIONS]))
        out += _more(reader, styles, len(todo) - MAX_ACTIONS)
    next_day, next_place = avond.next_meeting(reader.session)
    if next_day or next_place:
        when = " · ".join(x for x in (long_date(next_day, reader.language), reader.text(next_place)) if x)
        out.append(Paragraph(fonts.markup(_w(reader, "next")), styles["h2"]))
        out.append(layout.para(when, styles["big"], limit=SHORT))
    return out


def _todo_table(reader: Reader, styles: dict[str, Any], todo: list[Any]) -> Flowable:
    heads = [reader.t("what"), reader.t("trekker"), reader.t("when")]
    rows: list[list[Any]] = [[layout.para(h, styles["head"]) for h in heads]]
    for a in todo:
        when = action_rules.when_text(reader, a)
        rows.append(
            [
                layout.para(reader.text(a.what), styles["cellbold"], limit=SHORT),
                layout.para(reader.person(a.trekker) or reader.t("no_trekker"), styles["cell"], limit=40),
                layout.para(when, styles["cell"], limit=40),
            ]
        )
    return layout.table(rows, [104 * mm, 40 * mm, 34 * mm])


def write_samenvatting(
    session: Session, target: str | Path | IO[bytes], language: str = "nl", anonymous: bool = False
) -> None:
    """Write the one-sheet samenvatting of ``session`` as a PDF."""
    reader = Reader(session, language, anonymous)
    styles = layout.make_styles()
    place = reader.text(cover.title(reader))
    footer = " · ".join(s for s in ("Kernkracht", place) if s)
    if isinstance(target, Path):
        target = str(target)
    layout.build(story(reader, styles), target, footer, reader.language, f"{_w(reader, 'title')}: {place}")
