"""A handout for one working group: only what concerns its theme ("groen", "jeugd", "dorpshuis").

An action that names its working group (``domain.workgroups.action_group``: its own
werkgroep/theme field, or the werkgroep of the theme it links) belongs to the group of
that name and to no other, and brings the ideas and cards it links along. Everything
else goes by the theme word: a card, idea, activity, plan idea, action or outside-support
ask belongs to the group when the word is in its texts or tags (accents and capitals do
not matter), or when it is linked to something that does: an idea connecting such a
card, an action from such an idea. The meeting and who was there stay; the roles exercise, which
is about the whole village, is left out. The result is a copy of the session's records (pictures read from its storage), so the
ordinary handout is made from it.
"""

from __future__ import annotations

from typing import Any

from ..domain import workgroups
from ..domain.records import Record
from ..domain.session import Session
from ..domain.textfold import fold

#: record kinds a working group's handout keeps whole
KEPT = {"meeting", "participant", "vote_setup", "map_picture", "agenda_block"}
#: kinds that are filtered by the theme
FILTERED = {"asset_card", "idea", "partner_ask", "activity", "plan_idea", "action", "theme"}
TEXT_FIELDS = (
    "title",
    "description",
    "what",
    "why",
    "first_step",
    "means",
    "with_whom",
    "note",
    "partner",
    "ask",
    "change_needed",
    "crown_reason",
    "holder",
)


def _mentions(record: Record, word: str) -> bool:
    values = [str(record.__dict__.get(f, "") or "") for f in TEXT_FIELDS]
    values += [str(t) for t in record.__dict__.get("tags", []) or []]
    return any(word in fold(v) for v in values)


def workgroup_session(session: Session, theme: str) -> Session:
    """A copy of ``session`` with only what belongs to ``theme``; its place names the group."""
    word = fold(" ".join(theme.split()))
    # copies of the records; the pictures are read from the same storage (never written)
    records = [type(r).from_dict(r.to_dict()) for r in session.records()]
    by_kind: dict[str, list[Any]] = {}
    for r in records:
        by_kind.setdefault(r.KIND, []).append(r)
    themes = workgroups.themes_by_id(records)
    names = {a.id: workgroups.group_names(a, themes) for a in by_kind.get("action", [])}
    named = {key: value[0] if value else "" for key, value in names.items()}
    # an action that names its group is decided by that name alone (or a usual theme's key)
    chosen: set[str] = {
        r.id
        for r in records
        if r.KIND in FILTERED
        and (any(workgroups.same_group(n, theme) for n in names[r.id]) if named.get(r.id) else _mentions(r, word))
    }
    for action in by_kind.get("action", []):
        if action.id in chosen and named[action.id]:
            chosen.update(action.idea_ids or [])
            chosen.update(action.card_ids or [])
    # issue 15: the group's own theme record stays (the handout prints it under its actions)
    chosen.update(
        t.id
        for t in themes.values()
        if any(workgroups.same_group(n, theme) for n in (workgroups.theme_group(t), str(t.__dict__.get("key", ""))))
    )
    # what is linked to a chosen record belongs to the group too (two rounds reach ideas → actions)
    for _round in range(2):
        for idea in by_kind.get("idea", []):
            if set(idea.card_ids or []) & chosen:
                chosen.add(idea.id)
        for need in by_kind.get("partner_ask", []):
            if set(need.idea_ids or []) & chosen or need.idea_id in chosen:
                chosen.add(need.id)
        for activity in by_kind.get("activity", []):
            if activity.card_id in chosen:
                chosen.add(activity.id)
        for plan_idea in by_kind.get("plan_idea", []):
            if plan_idea.source_id in chosen:
                chosen.add(plan_idea.id)
        for action in by_kind.get("action", []):
            if named[action.id]:
                continue
            if set(action.idea_ids or []) & chosen or set(action.card_ids or []) & chosen:
                chosen.add(action.id)
    kept = [_named(r, theme) if r.KIND == "meeting" else r for r in records if r.KIND in KEPT or r.id in chosen]
    return Session(storage=session.storage, records=kept)


def _named(meeting: Record, theme: str) -> Record:
    """The meeting with the group in its place name, so the cover and footer say whose it is."""
    place = " ".join(str(meeting.__dict__.get("place", "") or "").split())
    group = " ".join(theme.split())
    return type(meeting).from_dict({**meeting.to_dict(), "place": f"{place} · werkgroep {group}" if place else group})
