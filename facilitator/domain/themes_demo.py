"""The demo village's themes with their werkgroep and actions, and a few voortgang answers."""

from __future__ import annotations

from typing import Any

from . import progress
from .actieplan import actions, ideas
from .preparation import Participant
from .session import Session
from .themes import add_theme, fold, set_ambitions, set_theme, set_werkgroep


def load_demo(session: Session, data: dict[str, Any]) -> None:
    """The demo village's themes, werkgroepen and a few progress answers (``demo/themes.json``)."""
    people = {fold(p.name): p.id for p in session.all(Participant)}
    by_what = {fold(a.what): a for a in actions(session)}
    by_title = {fold(i.title): i for i in ideas(session)}
    for item in data.get("themes", []):
        theme = add_theme(session, name=item.get("name", ""), key=item.get("key", ""))
        set_ambitions(session, theme, item.get("ambitions", []))
        member_ids = [people[fold(n)] for n in item.get("werkgroep", []) if fold(n) in people]
        set_werkgroep(session, theme, member_ids, contact_id=people.get(fold(item.get("contact", "")), ""))
        for what in item.get("actions", []):
            if fold(what) in by_what:
                set_theme(session, by_what[fold(what)], theme.id)
        for title in item.get("ideas", []):
            if fold(title) in by_title:
                set_theme(session, by_title[fold(title)], theme.id)
    for item in data.get("progress", []):
        action = by_what.get(fold(item["action"]))
        if action is not None:
            progress.record_progress(
                session, action, item["answer"], note=item.get("note", ""), due=item.get("due"), date=item.get("date")
            )
