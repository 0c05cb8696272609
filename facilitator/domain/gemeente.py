"""Gemeente: the municipality's homework from the evening.

Seed 003's central question ("what should the gemeente start and stop doing to
strengthen the village?") as two lists, each item with who in the gemeente and a link
to an activity, idea or action; the valkuilen of support, ticked and answered like
killer phrases; per activity on the Type 1–4 board the mode of the meervoudige overheid
the gemeente should use; and the three action-plan questions answered per mode. The
forms of support are scored in :mod:`facilitator.domain.scoring` ("support").
Every change is one undo step of the session.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from .records import KINDS, Record, record_kind
from .refusal import Refusal
from .samenspel_content import Item, find, gemeente
from .session import Session

MAX_TEXT = 20_000
MAX_LINE = 500
MAX_WHO = 200

#: what a homework item may point at: kind of record -> its title field
LINK_KINDS = {"activity": "title", "idea": "title", "plan_idea": "title", "action": "what"}


class HomeworkError(Refusal):
    """Input the homework lists refuse; the message is Dutch and says what to do."""


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class HomeworkItem(Record):
    KIND: ClassVar[str] = "homework_item"

    #: "start" (the gemeente starts doing this) or "stop"
    list_id: str = "start"
    text: str = ""
    #: who in the gemeente takes it on (a department, a role or a person)
    who: str = ""
    #: "activity", "idea", "plan_idea", "action" or "" (no link)
    link_kind: str = ""
    link_id: str = ""
    position: float = 0.0


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class PitfallAnswer(Record):
    KIND: ClassVar[str] = "pitfall_answer"

    pitfall_id: str = ""
    heard: bool = False
    answer: str = ""


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class SteeringChoice(Record):
    KIND: ClassVar[str] = "steering_choice"

    #: the activity on the Type 1–4 board
    activity_id: str = ""
    #: a mode id from gemeente.json, or "" (not chosen yet)
    mode_id: str = ""
    notes: str = ""


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class PlanAnswer(Record):
    KIND: ClassVar[str] = "plan_answer"

    question_id: str = ""
    mode_id: str = ""
    answer: str = ""


@dataclasses.dataclass(frozen=True)
class LinkTarget:
    kind: str
    id: str
    title: str


# ------------------------------------------------------------------ reading
def content() -> Any:
    return gemeente()


def homework(session: Session, list_id: str | None = None) -> list[HomeworkItem]:
    rows = session.all(HomeworkItem)
    return [r for r in rows if list_id is None or r.list_id == list_id]


def link_targets(session: Session) -> list[LinkTarget]:
    """Everything a homework item can point at: activities, ideas (map and plan), actions."""
    result = []
    for kind, field in LINK_KINDS.items():
        cls = KINDS.get(kind)
        if cls is None:
            continue
        for r in session.all(cls):
            title = str(getattr(r, field, "")).strip()
            if title:
                result.append(LinkTarget(kind, r.id, title))
    return result


def link_title(session: Session, item: HomeworkItem) -> str:
    """The title of what an item points at; "" when there is no link or its record was removed."""
    cls = KINDS.get(item.link_kind)
    if cls is None or not item.link_id:
        return ""
    target = session.get(cls, item.link_id)
    return str(getattr(target, LINK_KINDS[item.link_kind], "")) if target is not None else ""


def pitfalls(session: Session) -> list[tuple[Item, PitfallAnswer]]:
    """Every valkuil with the room's answer (an unsaved empty one when untouched)."""
    saved = {r.pitfall_id: r for r in session.all(PitfallAnswer)}
    return [(p, saved.get(p.id) or PitfallAnswer(pitfall_id=p.id, id=f"pitfall:{p.id}")) for p in gemeente().pitfalls]


def activities(session: Session) -> list[Any]:
    cls = KINDS.get("activity")
    return list(session.all(cls)) if cls is not None else []


def choice(session: Session, activity_id: str) -> SteeringChoice | None:
    return next((r for r in session.all(SteeringChoice) if r.activity_id == activity_id), None)


def steering(session: Session) -> list[tuple[Any, SteeringChoice | None]]:
    """Every activity on the board with the mode chosen for it (None when not yet)."""
    return [(a, choice(session, a.id)) for a in activities(session)]


def mode_tally(session: Session) -> dict[str, int]:
    """How many activities the room gave each mode (in the content's order)."""
    tally = {m.id: 0 for m in gemeente().modes}
    live = {a.id for a in activities(session)}
    for r in session.all(SteeringChoice):
        if r.mode_id in tally and r.activity_id in live:
            tally[r.mode_id] += 1
    return tally


def plan_answer(session: Session, question_id: str, mode_id: str) -> PlanAnswer | None:
    return next(
        (r for r in session.all(PlanAnswer) if r.question_id == question_id and r.mode_id == mode_id),
        None,
    )


def has_anything(session: Session) -> bool:
    """True when the gemeente's homework holds anything to show (for the handout and projector)."""
    from . import scoring

    return bool(
        homework(session)
        or any(a.heard or a.answer.strip() for _p, a in pitfalls(session))
        or any(c.mode_id or c.notes.strip() for _a, c in steering(session) if c is not None)
        or any(r.answer.strip() for r in session.all(PlanAnswer))
        or scoring.scored_groups(session, "support")
    )


# ------------------------------------------------------------------ changing
def _clean(value: str, limit: int) -> str:
    return " ".join(str(value).split())[:limit]


def _check_list(list_id: str) -> None:
    if find(gemeente().lists, list_id) is None:
        raise ValueError(f"unknown list {list_id!r}")


def _check_link(session: Session, kind: str, link_id: str) -> None:
    if not kind and not link_id:
        return
    cls = KINDS.get(kind)
    if kind not in LINK_KINDS or cls is None or session.get(cls, link_id) is None:
        raise HomeworkError("Dat onderdeel bestaat niet (meer). Kies een activiteit, idee of actie uit de lijst.")


def add_homework(
    session: Session, list_id: str, text: str, who: str = "", link_kind: str = "", link_id: str = ""
) -> HomeworkItem:
    """Add an item to the start or stop list; empty text is refused with a Dutch message."""
    _check_list(list_id)
    text = _clean(text, MAX_LINE)
    if not text:
        raise HomeworkError("Typ eerst wat de gemeente moet doen of laten.")
    _check_link(session, link_kind, link_id)
    item = HomeworkItem(
        list_id=list_id,
        text=text,
        who=_clean(who, MAX_WHO),
        link_kind=link_kind if link_id else "",
        link_id=link_id,
        position=session.next_position(HomeworkItem, list_id=list_id),
    )
    session.add(item, label="Doen of laten toevoegen")
    return item


def edit_homework(session: Session, item: HomeworkItem, merge_key: str | None = None, **fields: Any) -> None:
    """Change the text, who or link of an item (typing in one field merges into one undo step)."""
    changes: dict[str, Any] = {}
    if "text" in fields:
        changes["text"] = _clean(fields["text"], MAX_LINE)
        if not changes["text"]:
            raise HomeworkError("Een regel zonder tekst kan niet. Verwijder hem liever (Delete).")
    if "who" in fields:
        changes["who"] = _clean(fields["who"], MAX_WHO)
    if "link_id" in fields or "link_kind" in fields:
        kind, link_id = str(fields.get("link_kind", "")), str(fields.get("link_id", ""))
        _check_link(session, kind, link_id)
        changes["link_kind"], changes["link_id"] = (kind, link_id) if link_id else ("", "")
    if "list_id" in fields:
        _check_list(fields["list_id"])
        changes["list_id"] = fields["list_id"]
        changes["position"] = session.next_position(HomeworkItem, list_id=fields["list_id"])
    session.update(item, "Doen of laten wijzigen", merge_key=merge_key, **changes)


def remove_homework(session: Session, *items: HomeworkItem) -> None:
    session.remove(*items, label="Doen of laten verwijderen")


def _pitfall(session: Session, pitfall_id: str) -> PitfallAnswer:
    pitfall_id = pitfall_id.removeprefix("pitfall:")
    if find(gemeente().pitfalls, pitfall_id) is None:
        raise ValueError(f"unknown pitfall {pitfall_id!r}")
    saved = next((r for r in session.all(PitfallAnswer) if r.pitfall_id == pitfall_id), None)
    return saved or PitfallAnswer(pitfall_id=pitfall_id)


def tick_pitfall(session: Session, pitfall_id: str, heard: bool = True) -> None:
    session.update(_pitfall(session, pitfall_id), "Valkuil aanvinken", heard=bool(heard))


def answer_pitfall(session: Session, pitfall_id: str, answer: str, merge_key: str | None = None) -> None:
    session.update(
        _pitfall(session, pitfall_id), "Antwoord op een valkuil", merge_key=merge_key, answer=answer[:MAX_TEXT]
    )


def _choice(session: Session, activity_id: str) -> SteeringChoice:
    if not any(a.id == activity_id for a in activities(session)):
        raise ValueError(f"unknown activity {activity_id!r}")
    return choice(session, activity_id) or SteeringChoice(activity_id=activity_id)


def set_mode(session: Session, activity_id: str, mode_id: str) -> None:
    """Which mode of the meervoudige overheid fits this activity ("" = not chosen)."""
    if mode_id and find(gemeente().modes, mode_id) is None:
        raise ValueError(f"unknown mode {mode_id!r}")
    session.update(_choice(session, activity_id), "Sturing kiezen", mode_id=mode_id)


def set_steering_notes(session: Session, activity_id: str, notes: str, merge_key: str | None = None) -> None:
    session.update(
        _choice(session, activity_id), "Toelichting bij sturing", merge_key=merge_key, notes=notes[:MAX_TEXT]
    )


def answer_plan(session: Session, question_id: str, mode_id: str, answer: str, merge_key: str | None = None) -> None:
    """Answer one of the three action-plan questions from one mode's point of view."""
    if find(gemeente().plan_questions, question_id) is None:
        raise ValueError(f"unknown question {question_id!r}")
    if find(gemeente().modes, mode_id) is None:
        raise ValueError(f"unknown mode {mode_id!r}")
    record = plan_answer(session, question_id, mode_id) or PlanAnswer(question_id=question_id, mode_id=mode_id)
    session.update(record, "Actieplanvraag beantwoorden", merge_key=merge_key, answer=answer[:MAX_TEXT])


# ------------------------------------------------------------------ demo
def _find_target(session: Session, title: str) -> LinkTarget | None:
    wanted = title.casefold()
    return next((t for t in link_targets(session) if t.title.casefold() == wanted), None)


def load_demo(session: Session, data: dict[str, Any]) -> None:
    """Fill the demo village's homework from ``resources/data/demo/gemeente.json``."""
    from . import scoring

    for item in data.get("homework", []):
        target = _find_target(session, item.get("link", "")) if item.get("link") else None
        add_homework(
            session,
            item["list"],
            item["text"],
            who=item.get("who", ""),
            link_kind=target.kind if target else "",
            link_id=target.id if target else "",
        )
    scoring.load_demo(session, "support", data.get("support", {}))
    for item in data.get("pitfalls", []):
        tick_pitfall(session, item["id"], item.get("heard", True))
        if item.get("answer"):
            answer_pitfall(session, item["id"], item["answer"])
    by_title = {a.title.casefold(): a for a in activities(session)}
    for item in data.get("steering", []):
        activity = by_title.get(item["activity"].casefold())
        if activity is None:
            continue
        set_mode(session, activity.id, item["mode"])
        if item.get("notes"):
            set_steering_notes(session, activity.id, item["notes"])
    for item in data.get("plan", []):
        answer_plan(session, item["question"], item["mode"], item["answer"])
