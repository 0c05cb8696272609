"""The demo village's action plan: dots, ideas (some fetched from the other steps) and actions."""

from __future__ import annotations

from typing import Any

from .actieplan import (
    PlanIdea,
    add_action,
    add_idea,
    add_note,
    fold,
    ideas,
    latest,
    set_dots,
    set_groups,
    set_status,
    set_votes,
)
from .actieplan_sources import collect_candidates
from .session import Session


def load(session: Session, data: dict[str, Any]) -> None:
    """Fill the demo village's action plan from ``resources/data/demo/actieplan.json``.

    With ``collect_from_steps`` the ideas of the other steps' demo content are fetched
    first; an idea in the file with the same title gets its votes instead of a double.
    """
    set_dots(session, data.get("dots_per_person", 3))
    set_groups(session, data.get("groups", []))
    if data.get("collect_from_steps"):
        collect_candidates(session)
    by_title: dict[str, PlanIdea] = {fold(i.title): i for i in ideas(session)}
    for item in data.get("ideas", []):
        idea = by_title.get(fold(item["title"])) or add_idea(session, item["title"], note=item.get("note", ""))
        for group, n in item.get("votes", {}).items():
            set_votes(session, idea, group, n)
        by_title[fold(idea.title)] = idea
    for item in data.get("actions", []):
        fields = {k: v for k, v in item.items() if k not in ("ideas", "history", "what", "agreed")}
        fields["idea_ids"] = [by_title[fold(t)].id for t in item.get("ideas", []) if fold(t) in by_title]
        status = fields.pop("status", "open")
        action = add_action(session, item["what"], date=item.get("agreed", data.get("date")), **fields)
        for entry in item.get("history", []):
            if "status" in entry:
                set_status(session, action, entry["status"], date=entry["date"])
            if entry.get("text"):
                add_note(session, action, entry["text"], date=entry["date"])
        if status != latest(session, action).status:
            set_status(session, action, status, date=data.get("date"))
