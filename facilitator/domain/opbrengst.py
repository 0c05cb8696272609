"""What an idea yields: the goals it serves, what it brings, and the principles it was checked against.

Each idea of the action plan can be tagged with goals (ontmoeting, zorg, energie …)
and yields (sociaal kapitaal, werk, geld dat in het dorp blijft …); an idea that
serves two or more goals has *meervoudige impact*. Before the dots, the room checks
each idea against the principles of self-government (toekomstgericht, samen, van
ons, voor iedereen, identiteit). Steun van buiten (the partners asked, and their
answer) is :mod:`facilitator.domain.support`, shared with the Krachtenkaart; its names
are kept here for the action plan. The lists are data in ``resources/data/opbrengst.json``.
Every change is one undo step.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from . import evening_content
from .actieplan import PlanIdea, ranked
from .records import Record, record_kind
from .session import Session
from .support import ANSWERS as ANSWERS
from .support import MAX_NAME as MAX_NAME
from .support import PartnerAsk as PartnerAsk
from .support import ask_partner as ask_partner
from .support import asks as asks
from .support import edit_ask as edit_ask
from .support import remove_ask as remove_ask
from .support import suggested_partners as suggested_partners

TAG_KINDS = ("goals", "yields", "principles")
MAX_TEXT = 2_000


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class IdeaYield(Record):
    """The goals, yields and checked principles of one idea of the action plan."""

    KIND: ClassVar[str] = "idea_yield"

    idea_id: str = ""
    goals: list[str] = dataclasses.field(default_factory=list)
    yields: list[str] = dataclasses.field(default_factory=list)
    principles: list[str] = dataclasses.field(default_factory=list)
    #: the argument in the room's own words ("waarom dit de moeite waard is")
    argument: str = ""

    @property
    def multiple_impact(self) -> bool:
        return len(self.goals) >= 2


# ------------------------------------------------------------------ reading
def tag(session: Session, idea_id: str) -> IdeaYield:
    """The tags of an idea (an unsaved empty record when none were set)."""
    for r in session.all(IdeaYield):
        if r.idea_id == idea_id:
            return r
    return IdeaYield(idea_id=idea_id)


def tagged_ideas(session: Session) -> list[tuple[PlanIdea, IdeaYield]]:
    """The ranked ideas that have goals or yields, with their tags (for "Wat levert het op?")."""
    out = []
    for idea in ranked(session):
        t = tag(session, idea.id)
        if t.goals or t.yields or t.argument.strip():
            out.append((idea, t))
    return out


def goal_counts(session: Session) -> list[tuple[str, int]]:
    """How many tagged ideas serve each goal, in the file's order (goals nobody chose left out)."""
    counts = dict.fromkeys((g.id for g in evening_content.yields().goals), 0)
    for _idea, t in tagged_ideas(session):
        for g in t.goals:
            if g in counts:
                counts[g] += 1
    return [(g, n) for g, n in counts.items() if n]


# ------------------------------------------------------------------ changing
def _valid(kind: str) -> set[str]:
    if kind not in TAG_KINDS:
        raise ValueError(f"unknown tag kind {kind!r}")
    items: tuple[evening_content.Item, ...] = getattr(evening_content.yields(), kind)
    return {i.id for i in items}


def set_tags(session: Session, idea: PlanIdea, kind: str, ids: list[str]) -> IdeaYield:
    """Set the goals, yields or checked principles of an idea (in the file's order)."""
    valid = _valid(kind)
    unknown = [i for i in ids if i not in valid]
    if unknown:
        raise ValueError(f"onbekende keuze {unknown} bij {kind}")
    items: tuple[evening_content.Item, ...] = getattr(evening_content.yields(), kind)
    ordered = [i.id for i in items if i.id in ids]
    record = tag(session, idea.id)
    fields: dict[str, Any] = {kind: ordered}
    session.update(record, "Opbrengst van een idee", **fields)
    return session.get(IdeaYield, record.id) or record


def toggle_tag(session: Session, idea: PlanIdea, kind: str, item_id: str, on: bool) -> IdeaYield:
    current: list[str] = list(getattr(tag(session, idea.id), kind))
    ids = [i for i in current if i != item_id] + ([item_id] if on else [])
    return set_tags(session, idea, kind, ids)


def set_argument(session: Session, idea: PlanIdea, text: str, merge_key: str | None = None) -> IdeaYield:
    record = tag(session, idea.id)
    session.update(record, "Waarom dit idee", merge_key=merge_key, argument=str(text)[:MAX_TEXT])
    return session.get(IdeaYield, record.id) or record


def load_demo(session: Session, data: dict[str, Any]) -> None:
    """Tag the demo village's ideas and partners from ``resources/data/demo/opbrengst.json``."""
    by_title = {i.title: i for i in session.all(PlanIdea)}
    with session.batch("Demo: opbrengst"):
        for item in data.get("ideas", []):
            idea = by_title.get(item["title"])
            if idea is None:
                continue
            for kind in TAG_KINDS:
                if item.get(kind):
                    set_tags(session, idea, kind, item[kind])
            if item.get("argument"):
                set_argument(session, idea, item["argument"])
        for item in data.get("partners", []):
            ask = ask_partner(session, item.get("partner", ""), item.get("partner_id", ""), item.get("ask", ""))
            extra = {k: item[k] for k in ("answer", "answer_note", "answered_on") if k in item}
            if item.get("idea") in by_title:
                extra["idea_id"] = by_title[item["idea"]].id
            if extra:
                edit_ask(session, ask, **extra)
