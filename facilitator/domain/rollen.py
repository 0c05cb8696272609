"""Rollen: the Kleine Kernen role exercise, its cases and the killer phrases (dooddoeners).

The room picks a role set (``role_sets/*.json``), scores each role now and wanted
(0–5), together or per group (bewoners, gemeente, or any group of the room such as
jongeren: see :mod:`.groups`), answers village cases by naming
which roles they would need, and ticks and answers the killer phrases they hear from
the system world. Every change here is one undo step of the session.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from ..content import text
from . import groups as room_groups
from . import role_content
from .radar_geometry import RadarGeometry, radar_geometry
from .records import Record, record_kind
from .session import Session

#: always offered: "" is the whole room together, the others groups scoring separately;
#: any other group name is allowed too (see :func:`.groups.check_group`)
GROUPS = room_groups.DEFAULT_GROUPS
MAX_SCORE = 5
MAX_COUNT = 999
MAX_TEXT = 20_000


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class RoleExercise(Record):
    KIND: ClassVar[str] = "role_exercise"
    SINGLETON: ClassVar[bool] = True

    set_id: str = ""


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class RoleScore(Record):
    KIND: ClassVar[str] = "role_score"

    set_id: str = ""
    role_id: str = ""
    group: str = ""
    now: int = 0
    wanted: int = 0
    notes: str = ""


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class CaseAnswer(Record):
    KIND: ClassVar[str] = "case_answer"

    case_id: str = ""
    #: the role set the ticked role_ids belong to (one answer per case, set and group)
    set_id: str = ""
    answer: str = ""
    role_ids: list[str] = dataclasses.field(default_factory=list)
    group: str = ""


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class KillerPhrase(Record):
    KIND: ClassVar[str] = "killer_phrase"

    #: id in killer_phrases.json, or "" for a phrase the room added itself
    phrase_id: str = ""
    #: the room's own phrase (empty for a phrase from the list)
    text: str = ""
    heard: bool = False
    count: int = 0
    answer: str = ""
    position: float = 0.0


@dataclasses.dataclass(frozen=True)
class RoleProfileRow:
    """One role's scores in a profile (0 when the room has not scored it yet)."""

    role_id: str
    name: str
    now: int
    wanted: int
    notes: str


# ------------------------------------------------------------------ reading
def exercise(session: Session) -> RoleExercise:
    return session.single(RoleExercise)


def current_set_id(session: Session) -> str:
    """The chosen set, or the first set when none was chosen (or its file was removed)."""
    return role_content.role_set(exercise(session).set_id).id


def score_record(session: Session, set_id: str, role_id: str, group: str = "") -> RoleScore | None:
    for r in session.all(RoleScore):
        if r.set_id == set_id and r.role_id == role_id and r.group == group:
            return r
    return None


def profile(session: Session, set_id: str, group: str = "", language: str = "nl") -> list[RoleProfileRow]:
    """Now/wanted per role of a set, in the set's order."""
    scores = {r.role_id: r for r in session.all(RoleScore) if r.set_id == set_id and r.group == group}
    rows = []
    for role in role_content.role_set(set_id).roles:
        s = scores.get(role.id)
        rows.append(
            RoleProfileRow(role.id, role.label(language), s.now if s else 0, s.wanted if s else 0, s.notes if s else "")
        )
    return rows


def scored_groups(session: Session, set_id: str) -> list[str]:
    """The groups that scored this set ("" = samen, bewoners, gemeente, then the others), for the handout."""
    found = {r.group for r in session.all(RoleScore) if r.set_id == set_id and (r.now or r.wanted or r.notes)}
    return room_groups.ordered(found, session)


def radar(session: Session, set_id: str, group: str = "", language: str = "nl") -> RadarGeometry:
    """The radar chart of a profile ("now" and "wanted" series) for the screen and the handout."""
    rows = profile(session, set_id, group, language)
    return radar_geometry(
        [(r.role_id, r.name) for r in rows],
        {"now": [r.now for r in rows], "wanted": [r.wanted for r in rows]},
        MAX_SCORE,
    )


def case_answer(session: Session, case_id: str, set_id: str, group: str = "") -> CaseAnswer | None:
    for r in session.all(CaseAnswer):
        if r.case_id == case_id and r.set_id == set_id and r.group == group:
            return r
    return None


def case_tally(session: Session, set_id: str, group: str | None = None) -> dict[str, int]:
    """How often each role of the set was chosen in the cases (every group when group is None)."""
    tally = dict.fromkeys(role_content.role_set(set_id).role_ids, 0)
    for r in session.all(CaseAnswer):
        if r.set_id != set_id or (group is not None and r.group != group):
            continue
        for role_id in set(r.role_ids):
            if role_id in tally:
                tally[role_id] += 1
    return tally


def phrases(session: Session) -> list[KillerPhrase]:
    """Every killer phrase: the list's phrases in their order (unsaved when untouched), then own ones."""
    saved = session.all(KillerPhrase)
    by_phrase = {r.phrase_id: r for r in saved if r.phrase_id}
    result = [
        by_phrase.get(pid) or KillerPhrase(phrase_id=pid, id=f"phrase:{pid}") for pid in role_content.killer_phrases()
    ]
    result.extend(r for r in saved if not r.phrase_id)
    return result


def phrase_text(phrase: KillerPhrase, language: str = "nl") -> str:
    if not phrase.phrase_id:
        return phrase.text
    item = role_content.killer_phrases().get(phrase.phrase_id)
    return text(item.text, language) if item else phrase.phrase_id


def heard_phrases(session: Session) -> list[KillerPhrase]:
    """The phrases the room has heard, most heard first (for the handout and the action plan)."""
    heard = [p for p in phrases(session) if p.heard]
    return sorted(heard, key=lambda p: -p.count)


# ------------------------------------------------------------------ changing
def choose_set(session: Session, set_id: str) -> None:
    if set_id not in role_content.role_sets():
        raise ValueError(f"unknown role set {set_id!r}")
    session.update(exercise(session), "Rollenset kiezen", set_id=set_id)


def _check(set_id: str, role_id: str, group: str) -> None:
    if set_id not in role_content.role_sets():
        raise ValueError(f"unknown role set {set_id!r}")
    if role_content.role_sets()[set_id].role(role_id) is None:
        raise ValueError(f"role {role_id!r} is not in set {set_id!r}")
    room_groups.check_group(group)


def _score(value: int) -> int:
    return max(0, min(MAX_SCORE, int(value)))


def set_score(
    session: Session,
    set_id: str,
    role_id: str,
    now: int | None = None,
    wanted: int | None = None,
    group: str = "",
) -> RoleScore:
    """Score a role now and/or wanted (clamped to 0–5)."""
    _check(set_id, role_id, group)
    record = score_record(session, set_id, role_id, group) or RoleScore(set_id=set_id, role_id=role_id, group=group)
    fields: dict[str, Any] = {}
    if now is not None:
        fields["now"] = _score(now)
    if wanted is not None:
        fields["wanted"] = _score(wanted)
    session.update(record, "Rol scoren", **fields)
    return session.get(RoleScore, record.id) or record


def set_notes(
    session: Session, set_id: str, role_id: str, notes: str, group: str = "", merge_key: str | None = None
) -> None:
    _check(set_id, role_id, group)
    record = score_record(session, set_id, role_id, group) or RoleScore(set_id=set_id, role_id=role_id, group=group)
    session.update(record, "Notities bij een rol", merge_key=merge_key, notes=notes[:MAX_TEXT])


def answer_case(
    session: Session,
    case_id: str,
    set_id: str,
    answer: str | None = None,
    role_ids: list[str] | None = None,
    group: str = "",
    merge_key: str | None = None,
) -> CaseAnswer:
    """Write what the group would do in a case and/or which roles of the set it needs."""
    if case_id not in role_content.cases():
        raise ValueError(f"unknown case {case_id!r}")
    room_groups.check_group(group)
    role_set = role_content.role_sets().get(set_id)
    if role_set is None:
        raise ValueError(f"unknown role set {set_id!r}")
    record = case_answer(session, case_id, set_id, group) or CaseAnswer(case_id=case_id, set_id=set_id, group=group)
    fields: dict[str, Any] = {}
    if answer is not None:
        fields["answer"] = answer[:MAX_TEXT]
    if role_ids is not None:
        unknown = [r for r in role_ids if role_set.role(r) is None]
        if unknown:
            raise ValueError(f"roles {unknown} are not in set {set_id!r}")
        fields["role_ids"] = [r for r in role_set.role_ids if r in role_ids]  # the set's order, no doubles
    session.update(record, "Case beantwoorden", merge_key=merge_key, **fields)
    return session.get(CaseAnswer, record.id) or record


def toggle_case_role(session: Session, case_id: str, set_id: str, role_id: str, on: bool, group: str = "") -> None:
    current = case_answer(session, case_id, set_id, group)
    ids = list(current.role_ids) if current else []
    ids = [r for r in ids if r != role_id] + ([role_id] if on else [])
    answer_case(session, case_id, set_id, role_ids=ids, group=group)


def _phrase(session: Session, ref: str) -> KillerPhrase:
    """A killer phrase by record id, by list id, or a new (unsaved) record for a list phrase."""
    record = session.get(KillerPhrase, ref)
    if record is not None:
        return record
    phrase_id = ref.removeprefix("phrase:")
    for r in session.all(KillerPhrase):
        if r.phrase_id and r.phrase_id == phrase_id:
            return r
    if phrase_id in role_content.killer_phrases():
        return KillerPhrase(phrase_id=phrase_id, position=session.next_position(KillerPhrase))
    raise ValueError(f"unknown killer phrase {ref!r}")


def tick_phrase(session: Session, ref: str, heard: bool = True) -> KillerPhrase:
    """Mark a phrase heard (at least once) or not heard (count back to 0)."""
    record = _phrase(session, ref)
    count = max(record.count, 1) if heard else 0
    session.update(record, "Dooddoener aanvinken", heard=heard, count=count)
    return session.get(KillerPhrase, record.id) or record


def set_phrase_count(session: Session, ref: str, count: int) -> KillerPhrase:
    """How often the room heard a phrase; more than 0 means heard."""
    record = _phrase(session, ref)
    count = max(0, min(MAX_COUNT, int(count)))
    session.update(record, "Dooddoener tellen", count=count, heard=count > 0)
    return session.get(KillerPhrase, record.id) or record


def answer_phrase(session: Session, ref: str, answer: str, merge_key: str | None = None) -> KillerPhrase:
    record = _phrase(session, ref)
    session.update(record, "Antwoord op een dooddoener", merge_key=merge_key, answer=answer[:MAX_TEXT])
    return session.get(KillerPhrase, record.id) or record


def add_own_phrase(session: Session, text: str) -> KillerPhrase | None:
    """Add a killer phrase the room heard that is not on the list (heard once). Empty text adds nothing."""
    text = " ".join(text.split())[:500]
    if not text:
        return None
    record = KillerPhrase(text=text, heard=True, count=1, position=session.next_position(KillerPhrase))
    session.add(record, label="Eigen dooddoener toevoegen")
    return record


def remove(session: Session, record: Record) -> None:
    """Remove a score, a case answer or a killer phrase (one undo step)."""
    labels = {
        RoleScore.KIND: "Score verwijderen",
        CaseAnswer.KIND: "Antwoord verwijderen",
        KillerPhrase.KIND: "Dooddoener verwijderen",
    }
    session.remove(record, label=labels.get(record.KIND, "Verwijderen"))


# ------------------------------------------------------------------ demo
def load_demo(session: Session, data: dict[str, Any]) -> None:
    """Fill the demo village's role exercise from ``resources/data/demo/rollen.json``."""
    set_id = data.get("set_id") or role_content.default_set_id()
    choose_set(session, set_id)
    for group, roles in data.get("scores", {}).items():
        for role_id, item in roles.items():
            set_score(session, set_id, role_id, now=item["now"], wanted=item["wanted"], group=group)
            if item.get("notes"):
                set_notes(session, set_id, role_id, item["notes"], group=group)
    for item in data.get("cases", []):
        answer_case(
            session,
            item["case_id"],
            item.get("set_id", set_id),
            answer=item.get("answer", ""),
            role_ids=item.get("role_ids", []),
            group=item.get("group", ""),
        )
    for item in data.get("phrases", []):
        if item.get("phrase_id"):
            ref = item["phrase_id"]
        else:
            own = add_own_phrase(session, item["text"])
            if own is None:
                continue
            ref = own.id
        set_phrase_count(session, ref, item.get("count", 1))
        if item.get("answer"):
            answer_phrase(session, ref, item["answer"])
