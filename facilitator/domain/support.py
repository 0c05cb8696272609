"""Steun van buiten: one list of the outside partners the village asks for help.

The Krachtenkaart's "Visie en steun" tab and the Actieplan's "Steun van buiten" tab show
the same records: which partner, what is asked, for which ideas of the Krachtenkaart
(``idea_ids``) or of the action plan (``idea_id``), and later the partner's answer (nu,
ooit or nooit, with a note and the date). Common partners are suggested from
``resources/data/opbrengst.json``. Every change is one undo step.

Files written before this list was one kept the Krachtenkaart's partners in a kind of
their own (``support_need``); the store moves them here when such a file is opened
(schema version 2, :mod:`facilitator.store.schema`).
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any, ClassVar

from . import evening_content
from .records import Record, record_kind
from .refusal import Refusal
from .session import Session

ANSWERS = ("", "nu", "ooit", "nooit")
MAX_TEXT = 2_000
MAX_NAME = 200
EDITABLE = frozenset({"partner", "ask", "idea_id", "idea_ids", "answer", "answer_note", "answered_on"})


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class PartnerAsk(Record):
    """A question to an outside partner and, later, its answer: nu, ooit or nooit."""

    KIND: ClassVar[str] = "partner_ask"

    #: id in opbrengst.json when the partner was suggested, else ""
    partner_id: str = ""
    partner: str = ""
    ask: str = ""
    #: the idea of the action plan it is for ("" = none)
    idea_id: str = ""
    #: the ideas of the Krachtenkaart it is for
    idea_ids: list[str] = dataclasses.field(default_factory=list)
    answer: str = ""
    answer_note: str = ""
    answered_on: str = ""  # yyyy-mm-dd
    position: float = 0.0


def is_date(value: str) -> bool:
    """True for a yyyy-mm-dd date that exists."""
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


# ------------------------------------------------------------------ reading
def asks(session: Session) -> list[PartnerAsk]:
    return session.all(PartnerAsk)


def suggested_partners(session: Session) -> list[evening_content.Item]:
    """The common partners the room has not asked anything yet."""
    taken = {a.partner_id for a in asks(session)}
    return [p for p in evening_content.yields().partners if p.id not in taken]


# ------------------------------------------------------------------ changing
def ask_partner(
    session: Session, partner: str = "", partner_id: str = "", ask: str = "", idea_ids: list[str] | None = None
) -> PartnerAsk:
    """Write down a partner to ask (a suggestion by id, or a name typed in)."""
    item = evening_content.yields().find("partners", partner_id) if partner_id else None
    if partner_id and item is None:
        raise ValueError(f"onbekende partner {partner_id!r}")
    name = " ".join(str(partner).split())[:MAX_NAME] or (item.label() if item else "")
    if not name:
        raise Refusal("Typ eerst de naam van een partner.")
    record = PartnerAsk(
        partner_id=partner_id,
        partner=name,
        ask=str(ask)[:MAX_TEXT],
        idea_ids=list(idea_ids or []),
        position=session.next_position(PartnerAsk),
    )
    session.add(record, label="Partner toevoegen")
    return record


def edit_ask(session: Session, record: PartnerAsk, merge_key: str | None = None, **fields: Any) -> None:
    """Change what is asked, of whom, for which ideas, or the answer (nu / ooit / nooit, a note, a date)."""
    unknown = set(fields) - EDITABLE
    if unknown:
        raise KeyError(f"partner_ask has no editable field {sorted(unknown)}")
    if "answer" in fields and fields["answer"] not in ANSWERS:
        raise Refusal("Het antwoord is nu, ooit of nooit.")
    if fields.get("answered_on") and not is_date(str(fields["answered_on"])):
        raise Refusal("Typ de datum als jjjj-mm-dd, bijvoorbeeld 2026-06-01.")
    if "partner" in fields:
        fields["partner"] = " ".join(str(fields["partner"]).split())[:MAX_NAME]
        if not fields["partner"]:
            raise Refusal("Een partner heeft een naam nodig.")
    for key in ("ask", "answer_note"):
        if key in fields:
            fields[key] = str(fields[key])[:MAX_TEXT]
    if "idea_ids" in fields:
        fields["idea_ids"] = [str(i) for i in fields["idea_ids"]]
    current = session.get(PartnerAsk, record.id) or record
    session.update(current, "Partner wijzigen", merge_key=merge_key, **fields)


def remove_ask(session: Session, *records: PartnerAsk) -> None:
    session.remove(*records, label="Partner verwijderen")


def forget_idea(session: Session, idea_id: str) -> None:
    """Take a removed Krachtenkaart idea off every partner's list (inside the caller's batch)."""
    for record in asks(session):
        if idea_id in record.idea_ids:
            session.update(record, "", idea_ids=[i for i in record.idea_ids if i != idea_id])
