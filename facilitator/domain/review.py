"""Then and now: what changed in a place from one meeting to the next (issue 15, part 3).

Given the meetings of one place in date order (each a session read from its file, the
last one the meeting open now), this works out what a review evening shows: the meetings
in order; what was achieved since the last one (first, to celebrate); the earlier actions
that are done, stopped or still open; the Type board then and now; the role and value
profiles of each year; and the cards that came and went.

Records are matched across files by their link (``carried_from``: "<session id>:<record
id>" or, for actions, "<session id>/<action id>") and, when a link is missing, by title.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from . import actieplan, eigenaarschap, krachtenkaart, meeting_kinds, preparation, rollen, scoring
from .session import Session
from .textfold import fold as fold_case

#: meeting kinds that open with this review: those marked so in resources/data (see meeting_kinds.py)


@dataclasses.dataclass(frozen=True)
class Meeting:
    """One meeting of the place: its file's session id and its session."""

    session_id: str
    session: Session

    @property
    def date(self) -> str:
        return preparation.meeting(self.session).date

    @property
    def kind(self) -> str:
        """The meeting kind's id (dorpsavond, voortgang, tussenbalans, evaluatie, …)."""
        return preparation.meeting(self.session).meeting_kind


@dataclasses.dataclass(frozen=True)
class ActionThenNow:
    what: str
    #: the status at the earlier meeting and as it stands now
    then: str
    now: str
    #: the latest note on how it went ("" when none)
    note: str = ""


@dataclasses.dataclass(frozen=True)
class TypeChange:
    title: str
    then: int  # 0 = not on the board then
    now: int  # 0 = not on the board now


@dataclasses.dataclass(frozen=True)
class Profile:
    """The now-scores of a profile at one meeting (one value per axis, in the axes' order)."""

    date: str
    values: tuple[int, ...]


@dataclasses.dataclass(frozen=True)
class Review:
    meetings: tuple[tuple[str, str], ...]  # (date, kind) oldest first
    achieved: tuple[ActionThenNow, ...]
    done: tuple[ActionThenNow, ...]
    stopped: tuple[ActionThenNow, ...]
    still_open: tuple[ActionThenNow, ...]
    types_then: tuple[int, int, int, int]
    types_now: tuple[int, int, int, int]
    type_changes: tuple[TypeChange, ...]
    role_axes: tuple[tuple[str, str], ...]
    roles: tuple[Profile, ...]
    value_axes: tuple[tuple[str, str], ...]
    values: tuple[Profile, ...]
    cards_came: tuple[str, ...]
    cards_went: tuple[str, ...]
    cards_kept: int

    @property
    def has_previous(self) -> bool:
        return len(self.meetings) > 1


def fold(text: str) -> str:
    return " ".join(fold_case(text).split())


def link_id(carried_from: str) -> str:
    """The record id in a link "<session>:<id>" or "<session>/<id>" ("" when there is none)."""
    for sep in (":", "/"):
        if sep in carried_from:
            return carried_from.rsplit(sep, 1)[1]
    return ""


def _match(old: Any, candidates: Sequence[Any], title: str) -> Any:
    """The record in ``candidates`` that continues ``old``: by link first, else by the same title."""
    for record in candidates:
        if link_id(str(getattr(record, "carried_from", "") or "")) == old.id:
            return record
    key = fold(getattr(old, title))
    return next((r for r in candidates if fold(getattr(r, title)) == key and key), None)


def _note(action: actieplan.Action) -> str:
    for entry in reversed(action.history):
        text = str(entry.get("text", "")).strip()
        if text and not text.startswith(("Status:", "Overgenomen uit de bijeenkomst")) and text != "Actie afgesproken":
            return text
    return ""


def _types(session: Session) -> tuple[int, int, int, int]:
    counts = [0, 0, 0, 0]
    for activity in eigenaarschap.activities(session):
        if 1 <= activity.current_type <= 4:
            counts[activity.current_type - 1] += 1
    return (counts[0], counts[1], counts[2], counts[3])


def _role_profiles(
    meetings: Sequence[Meeting], language: str
) -> tuple[tuple[tuple[str, str], ...], tuple[Profile, ...]]:
    """The role set of the newest meeting, and each meeting's now-scores on it (unscored meetings left out)."""
    try:
        set_id = rollen.current_set_id(meetings[-1].session)
        axes = tuple((r.role_id, r.name) for r in rollen.profile(meetings[-1].session, set_id, language=language))
    except (KeyError, ValueError):
        return (), ()
    result = []
    for m in meetings:
        rows = {r.role_id: r.now for r in rollen.profile(m.session, set_id, language=language)}
        values = tuple(rows.get(key, 0) for key, _ in axes)
        if any(values):
            result.append(Profile(m.date, values))
    return axes, tuple(result)


def _value_profiles(
    meetings: Sequence[Meeting], language: str
) -> tuple[tuple[tuple[str, str], ...], tuple[Profile, ...]]:
    try:
        axes = tuple((r.item_id, r.name) for r in scoring.profile(meetings[-1].session, "values", language=language))
    except (KeyError, ValueError):
        return (), ()
    result = []
    for m in meetings:
        values = tuple(r.now for r in scoring.profile(m.session, "values", language=language))
        if any(values):
            result.append(Profile(m.date, values))
    return axes, tuple(result)


def review(meetings: Sequence[Meeting], language: str = "nl") -> Review:
    """Then and now over the meetings of one place (oldest first; the last is the current one)."""
    if not meetings:
        raise ValueError("a review needs at least the current meeting")
    current = meetings[-1].session
    previous = meetings[-2].session if len(meetings) > 1 else None
    achieved: list[ActionThenNow] = []
    done: list[ActionThenNow] = []
    stopped: list[ActionThenNow] = []
    still_open: list[ActionThenNow] = []
    now_actions = actieplan.actions(current)
    if previous is not None:
        for old in actieplan.actions(previous):
            later = _match(old, now_actions, "what")
            state = later if later is not None else old  # not taken over: as the earlier file last had it
            item = ActionThenNow(old.what, _status_then(old, meetings[-2].date), state.status, _note(state))
            if state.status == "klaar":
                done.append(item)
                if item.then != "klaar":
                    achieved.append(item)
            elif state.status == "gestopt":
                stopped.append(item)
            else:
                still_open.append(item)
    changes: list[TypeChange] = []
    then_types = _types(previous) if previous is not None else (0, 0, 0, 0)
    if previous is not None:
        now_acts = eigenaarschap.activities(current)
        matched: set[str] = set()
        for old_act in eigenaarschap.activities(previous):
            later_act = _match(old_act, now_acts, "title")
            if later_act is not None:
                matched.add(later_act.id)
            new_type = later_act.current_type if later_act is not None else 0
            if new_type != old_act.current_type:
                changes.append(TypeChange(old_act.title, old_act.current_type, new_type))
        changes.extend(TypeChange(a.title, 0, a.current_type) for a in now_acts if a.id not in matched)
    came: list[str] = []
    went: list[str] = []
    kept = 0
    if previous is not None:
        now_cards = [c for c in krachtenkaart.strengths(current) if c.title.strip()]
        old_cards = [c for c in krachtenkaart.strengths(previous) if c.title.strip()]
        found: set[str] = set()
        for old_card in old_cards:
            later_card = _match(old_card, now_cards, "title")
            if later_card is None:
                went.append(old_card.title)
            else:
                found.add(later_card.id)
                kept += 1
        came = [c.title for c in now_cards if c.id not in found]
    role_axes, roles = _role_profiles(meetings, language)
    value_axes, values = _value_profiles(meetings, language)
    return Review(
        meetings=tuple((m.date, meeting_kinds.name(m.kind, language)) for m in meetings),
        achieved=tuple(achieved),
        done=tuple(done),
        stopped=tuple(stopped),
        still_open=tuple(still_open),
        types_then=then_types,
        types_now=_types(current),
        type_changes=tuple(changes),
        role_axes=role_axes,
        roles=roles,
        value_axes=value_axes,
        values=values,
        cards_came=tuple(came),
        cards_went=tuple(went),
        cards_kept=kept,
    )


def _status_then(action: actieplan.Action, day: str) -> str:
    """The status an action had at the end of its meeting (``day``): the last history entry
    of that day or before; progress written into the file later does not count."""
    status = ""
    for entry in action.history:
        if entry.get("status") and (not day or str(entry.get("date", "")) <= day):
            status = str(entry["status"])
    return status or action.status
