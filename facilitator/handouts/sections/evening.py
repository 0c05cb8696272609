"""The end of the evening on paper: who joins in on which idea, what each actor takes
home, the short evaluation, what deserves celebrating, and the next meeting."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ... import content
from ...domain import avond, evening_content
from .. import fonts
from ..layout import CELL_LIMIT, para, table
from ..reading import Reader
from ..words import long_date


def build(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    try:
        texts = evening_content.evening()
    except content.ContentError:
        return []
    s = reader.session
    lang = reader.language
    signed = [(idea, avond.signups(s, idea.id)) for idea in avond.top_ideas(s)]
    signed = [(idea, people) for idea, people in signed if people]
    closing = avond.closing(s)
    if not signed and avond.closing_is_empty(closing):
        return []
    story: list[Flowable] = [Paragraph(fonts.markup(reader.t("evening")), styles["h1"])]
    if signed:
        story.append(Paragraph(fonts.markup(reader.t("signups")), styles["h2"]))
        rows: list[list[Any]] = [[para(reader.t("idea"), styles["head"]), para(reader.t("ws_name"), styles["head"])]]
        for idea, people in signed:
            names = (
                (reader.t("signup_count", n=len(people)) if len(people) != 1 else reader.t("signup_one"))
                if reader.anonymous
                else ", ".join(reader.person(p.name) for p in people if p.name.strip())
            )
            rows.append(
                [para(reader.text(idea.title), styles["cellbold"], limit=CELL_LIMIT), para(names, styles["cell"])]
            )
        story.append(table(rows, [80 * mm, 98 * mm]))
    homes = [(a, closing.takes_home.get(a.id, "").strip()) for a in texts.actors]
    homes = [(a, v) for a, v in homes if v]
    if homes:
        story.append(Paragraph(fonts.markup(reader.t("takes_home")), styles["h2"]))
        for actor, value in homes:
            story.append(Paragraph(fonts.markup(actor.label(lang).upper()), styles["label"]))
            story.append(para(reader.text(value), styles["body"], limit=5000))
    answers = [(q, closing.answers.get(q.id, "").strip()) for q in texts.closing_questions]
    answers = [(q, v) for q, v in answers if v]
    if answers:
        story.append(Paragraph(fonts.markup(reader.t("evaluation")), styles["h2"]))
        for question, value in answers:
            story.append(Paragraph(fonts.markup(question.label(lang)), styles["cellbold"]))
            story.append(para(reader.text(value), styles["body"], limit=5000))
    next_day, next_place = avond.next_meeting(s)
    if next_day or next_place:
        story.append(Spacer(1, 2 * mm))
        when = " · ".join(x for x in (long_date(next_day, lang), reader.text(next_place)) if x)
        story.append(para(when, styles["big"], prefix=f"<b>{fonts.markup(reader.t('next_meeting'))}:</b> "))
    return story
