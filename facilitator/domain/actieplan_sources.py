"""Where the action plan's ideas come from, and which actions carry over to a next meeting.

The other steps are found by kind name in the record registry, not by import: the
action plan works the same when the Krachtenkaart, Eigenaarschap or Rollen module is
absent, and picks up their records as soon as they exist.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from . import rollen
from .actieplan import Action, PlanIdea, actions, add_action, add_idea, fold, latest, setup
from .preparation import meeting_day
from .records import KINDS, Record
from .session import Session


@dataclasses.dataclass(frozen=True)
class Candidate:
    """Something from another step that could become an idea to vote on."""

    source_kind: str
    source_id: str
    title: str
    note: str


def _records(session: Session, kind: str) -> list[Any]:
    cls = KINDS.get(kind)
    return session.all(cls) if cls is not None else []


def _get(session: Session, kind: str, record_id: str) -> Record | None:
    cls = KINDS.get(kind)
    return session.get(cls, record_id) if cls is not None and record_id else None


def phrase_text(record: Any) -> str:
    """The words of a killer phrase: the own text, else the phrase from the content files."""
    own = str(getattr(record, "text", "") or "").strip()
    if own:
        return own
    phrase_id = str(getattr(record, "phrase_id", "") or "")
    if not phrase_id:
        return ""
    return rollen.phrase_text(record) or phrase_id


def candidates(session: Session) -> list[Candidate]:
    """Krachtenkaart ideas and ownership shifts not yet on the voting list.

    Answers to killer phrases are not ideas to vote on; ideas the user removed from the
    list stay removed (they are not offered as new again).
    """
    taken = {(i.source_kind, i.source_id) for i in session.all(PlanIdea) if i.source_kind}
    taken |= {tuple(key.split("/", 1)) for key in setup(session).dismissed if "/" in key}  # type: ignore[misc]
    found: list[Candidate] = []
    for idea in _records(session, "idea"):
        title = str(getattr(idea, "title", "")).strip()
        if title:
            found.append(Candidate("idea", idea.id, title, str(getattr(idea, "description", "")).strip()))
    for activity in _records(session, "activity"):
        now, wanted = int(getattr(activity, "current_type", 0) or 0), int(getattr(activity, "wanted_type", 0) or 0)
        title = str(getattr(activity, "title", "")).strip()
        if title and wanted and wanted != now:
            note = f"Eigenaarschap: van Type {now} naar Type {wanted}"
            change = str(getattr(activity, "change_needed", "")).strip()
            found.append(Candidate("activity", activity.id, title, f"{note}. {change}" if change else note))
    return [c for c in found if (c.source_kind, c.source_id) not in taken]


def collect_candidates(session: Session) -> list[PlanIdea]:
    """Put every new candidate on the voting list, in one undo step."""
    new: list[PlanIdea] = []
    found = candidates(session)
    if not found:
        return new
    with session.batch("Ideeën ophalen"):
        for c in found:
            new.append(add_idea(session, c.title, c.source_kind, c.source_id, c.note))
    return new


def source_cards(session: Session, idea: PlanIdea) -> list[str]:
    """The asset cards behind an idea (a Krachtenkaart idea's cards, an activity's card)."""
    source = _get(session, idea.source_kind, idea.source_id)
    if source is None:
        return []
    if idea.source_kind == "idea":
        return [str(c) for c in getattr(source, "card_ids", [])]
    if idea.source_kind == "asset_card":  # a worry taken up from the parkeerplaats
        return [source.id]
    card = str(getattr(source, "card_id", "") or "")
    return [card] if card else []


# ------------------------------------------------------------------ carry over
def same_place(a: str, b: str) -> bool:
    """Two meetings are in the same place when the names match without case or accents."""
    return bool(fold(a)) and fold(a) == fold(b)


def carry_key(session_id: str, action_id: str) -> str:
    return f"{session_id}/{action_id}"


def carryable(session: Session, previous_session_id: str, previous: list[Action]) -> list[Action]:
    """Open actions of an earlier meeting that this session has not taken over yet."""
    taken = {a.carried_from for a in actions(session) if a.carried_from}
    return [a for a in previous if a.is_open and carry_key(previous_session_id, a.id) not in taken]


def carry_over(
    session: Session,
    previous_session_id: str,
    previous: list[Action],
    previous_date: str = "",
    date: str | None = None,
) -> list[Action]:
    """Take over the open actions of an earlier meeting, with their history, in one undo step.

    Links to ideas and cards are not taken: they point into the other session file.
    """
    made: list[Action] = []
    todo = carryable(session, previous_session_id, previous)
    if not todo:
        return made
    with session.batch("Acties overnemen"):
        for old in todo:
            new = carried_action(session, previous_session_id, old, previous_date, date)
            session.add(new, label="Acties overnemen")
            made.append(new)
    return made


def carried_action(
    session: Session, previous_session_id: str, old: Action, previous_date: str = "", date: str | None = None
) -> Action:
    """A new action continuing ``old`` from an earlier meeting: its fields and history, one line added.

    Links to ideas and cards are not taken: they point into the other session file.
    """
    when = f" van {previous_date}" if previous_date else ""
    entry = {
        "date": date or meeting_day(session),
        "text": f"Overgenomen uit de bijeenkomst{when}",
        "status": old.status,
    }
    kept = {
        k: v
        for k, v in old.to_dict().items()
        if k not in ("id", "created", "updated", "idea_ids", "card_ids", "history", "position", "carried_from")
    }
    return Action(
        **kept,
        carried_from=carry_key(previous_session_id, old.id),
        position=session.next_position(Action),
        history=[*[dict(h) for h in old.history], entry],
    )


def action_from_idea(session: Session, idea: PlanIdea) -> Action:
    """An action that starts from a voted idea, linked to it and to the idea's asset cards,
    under the idea's theme."""
    current = latest(session, idea)
    return add_action(
        session,
        current.title,
        why=current.note,
        idea_ids=[current.id],
        card_ids=source_cards(session, current),
        theme=current.theme,
    )
