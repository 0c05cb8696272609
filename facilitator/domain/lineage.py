"""The history of one record over the years: its chain through a place's meetings.

Every record carried to a next meeting keeps ``carried_from = "<session id>/<record id>"``
(see :mod:`.next_meeting`). :func:`chain` follows those links back to the first meeting and
forward to the last one, so a card, an activity or an action can be followed from the
first village evening to the five-yearly evaluation. A card the room called gone ends the
chain as a ``gone_card`` record.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .preparation import meeting
from .records import Record
from .session import Session


@dataclasses.dataclass(frozen=True)
class Meeting:
    """One meeting of the place: its session id and its records."""

    session_id: str
    session: Session


@dataclasses.dataclass(frozen=True)
class Link:
    """One step of a chain: the record as it stood in one meeting."""

    session_id: str
    date: str
    record: Record


def split_key(key: str) -> tuple[str, str] | None:
    """(session id, record id) of a ``carried_from`` value ("a/b"; "a:b" is read too), or None."""
    for sep in ("/", ":"):
        if sep in key:
            session_id, _, record_id = key.partition(sep)
            if session_id and record_id:
                return session_id, record_id
    return None


def key_of(session_id: str, record_id: str) -> str:
    return f"{session_id}/{record_id}"


def _find(meeting_: Meeting, record_id: str) -> Record | None:
    for record in meeting_.session.records():
        if record.id == record_id:
            return record
    return None


def _carried(record: Record) -> str:
    return str(getattr(record, "carried_from", "") or "")


def chain(meetings: Sequence[Meeting], session_id: str, record_id: str) -> list[Link]:
    """Every version of a record over the meetings given, oldest first.

    A link into a meeting that is not in ``meetings`` ends the chain there (the file is
    missing, or belongs to another place); a record carried to two later meetings (a copy
    of a file) follows the earliest.
    """
    by_id = {m.session_id: m for m in meetings}
    start = by_id.get(session_id)
    record = _find(start, record_id) if start is not None else None
    if start is None or record is None:
        return []
    links = [Link(start.session_id, meeting(start.session).date, record)]
    seen = {key_of(start.session_id, record.id)}
    # back: follow carried_from to where the record started
    current = record
    while True:
        parts = split_key(_carried(current))
        earlier = by_id.get(parts[0]) if parts else None
        found = _find(earlier, parts[1]) if earlier is not None and parts else None
        if earlier is None or found is None or key_of(earlier.session_id, found.id) in seen:
            break
        seen.add(key_of(earlier.session_id, found.id))
        links.insert(0, Link(earlier.session_id, meeting(earlier.session).date, found))
        current = found
    # forward: the records in other meetings that were carried from this one
    carried_to: dict[str, list[tuple[str, str, Record]]] = {}
    for m in meetings:
        for r in m.session.records():
            value = _carried(r)
            if value:
                parts = split_key(value)
                if parts:
                    carried_to.setdefault(key_of(*parts), []).append((meeting(m.session).date, m.session_id, r))
    tip = key_of(session_id, record.id)
    while tip in carried_to:
        date, sid, r = min(carried_to[tip], key=lambda item: (item[0], item[1]))
        tip = key_of(sid, r.id)
        if tip in seen:
            break
        seen.add(tip)
        links.append(Link(sid, date, r))
    return links


def origin(meetings: Sequence[Meeting], session_id: str, record_id: str) -> Link | None:
    """Where a record first appeared (its first link), or None when it is not found."""
    found = chain(meetings, session_id, record_id)
    return found[0] if found else None
