"""Voortgang: how the open actions are going between meetings ("Hoe gaat het?").

The werkgroepen walk the open actions one by one and say per action: done, busy, stopped
or moved (a new date), with a note when they like. Each answer is one named operation, so
one undo step. An open action whose date has passed is *overdue* ("te laat").
"""

from __future__ import annotations

import datetime
import functools
from typing import Any

from . import when
from .actieplan import OPEN_STATUSES, Action, PlanError, actions, edit_action, latest
from .preparation import meeting_day
from .session import Session

#: the answers of the voortgang mode -> the status they set (None: the status stays)
ANSWERS: dict[str, str | None] = {"klaar": "klaar", "bezig": "bezig", "gestopt": "gestopt", "verschoven": None}


def due_day(action: Action) -> datetime.date | None:
    """The last day of the action's "Wanneer" when it is dated; None for a recurrence or text."""
    return _last_day(action.due.strip()) if action.due.strip() else None


@functools.lru_cache(maxsize=4096)
def _last_day(stored: str) -> datetime.date | None:
    """Cached: a province's overview asks it for thousands of actions with the same few dates."""
    return when.last_day(stored)


def is_overdue(action: Action, today: datetime.date | str | None = None) -> bool:
    """Still open (open or busy) while its date lies before ``today`` (default: the system's date)."""
    if action.status not in OPEN_STATUSES:
        return False
    due = due_day(action)
    if due is None:
        return False
    if today is None:
        day = datetime.date.today()
    elif isinstance(today, str):
        day = datetime.date.fromisoformat(today[:10])
    else:
        day = today
    return due < day


def overdue(session: Session, today: datetime.date | str | None = None) -> list[Action]:
    return [a for a in actions(session) if is_overdue(a, today)]


def walk_order(session: Session) -> list[Action]:
    """The open actions in the order the voortgang mode walks them: per theme, then by date."""
    from .themes import themes

    place = {t.id: i for i, t in enumerate(themes(session))}
    todo = [a for a in actions(session) if a.is_open]
    return sorted(todo, key=lambda a: (place.get(a.theme, len(place)), when.sort_key(a.due), a.position))


def record_progress(
    session: Session,
    action: Action,
    answer: str,
    note: str = "",
    due: str | None = None,
    date: str | None = None,
) -> None:
    """Say how one action is going, in one undo step ("Voortgang bijwerken").

    ``answer`` is one of :data:`ANSWERS`. "verschoven" needs a new date and keeps the status;
    the others set the status. A note is added to the history; the date of the entries is
    the meeting's day unless ``date`` is given.
    """
    if answer not in ANSWERS:
        raise ValueError(f"unknown answer {answer!r}")
    note = " ".join(note.split())
    new_due = None if due is None else due.strip()
    if answer == "verschoven" and not new_due:
        raise PlanError("Een verschoven actie heeft een nieuwe datum nodig: wanneer dan?")
    day = date or meeting_day(session)
    with session.batch("Voortgang bijwerken"):
        current: Any = latest(session, action)
        fields: dict[str, Any] = {}
        status = ANSWERS[answer]
        if status is not None and status != current.status:
            fields["status"] = status
        if new_due is not None and new_due != current.due:
            fields["due"] = new_due
        if fields:
            edit_action(session, current, date=day, **fields)
        current = latest(session, action)
        words = note
        if answer == "verschoven" and "due" in fields:
            moved = f"Verschoven naar {when.show(current.due)}"
            words = f"{moved}: {note}" if note else moved
        if words:
            entry = {"date": day, "text": words, "status": current.status}
            session.update(current, "", history=[*current.history, entry])
