"""Voorbereiding: the meeting itself, who takes part, and the agenda of timed blocks."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from .records import Record, record_kind
from .refusal import Refusal
from .session import Session

PLACE_KINDS = ("kern", "wijk", "gemeente")

#: the steps of a meeting, in order (see design.md)
STEPS = (
    "voorbereiding",
    "krachtenkaart",
    "eigenaarschap",
    "rollen",
    "spiegel",
    "gemeente",
    "actieplan",
    "afronding",
)


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class Meeting(Record):
    KIND: ClassVar[str] = "meeting"
    SINGLETON: ClassVar[bool] = True

    place: str = ""
    place_kind: str = "kern"
    municipality: str = ""
    date: str = ""  # ISO yyyy-mm-dd
    facilitator: str = ""
    purpose: str = ""
    notes: str = ""
    demo: bool = False
    language: str = "nl"

    def title(self) -> str:
        return self.place.strip() or "Nieuwe bijeenkomst"


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class Participant(Record):
    KIND: ClassVar[str] = "participant"

    name: str = ""
    role: str = "bewoner"
    organisation: str = ""
    group: str = ""
    consent: bool = False
    email: str = ""
    phone: str = ""
    position: float = 0.0
    #: agreed to share the contact details with the group (printed in the handout); a separate
    #: tick from ``consent`` (agreed that they are kept), and only possible with it
    share_contact: bool = False

    @property
    def contact_allowed(self) -> bool:
        return self.consent

    @property
    def contact_shared(self) -> bool:
        """Whether the handout may print this person's e-mail and phone."""
        return self.consent and self.share_contact


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class AgendaBlock(Record):
    KIND: ClassVar[str] = "agenda_block"

    title: str = ""
    minutes: int = 15
    step: str = ""
    position: float = 0.0


MAX_MINUTES = 600


def meeting(session: Session) -> Meeting:
    return session.single(Meeting)


def meeting_day(session: Session) -> str:
    """The meeting's date (yyyy-mm-dd), or today when it has none: the date of what is written
    down for this meeting, even when it is typed in days after the evening."""
    import datetime

    value = meeting(session).date
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        return datetime.date.today().isoformat()


def edit_meeting(session: Session, merge_key: str | None = None, **fields: object) -> None:
    """Change fields of the meeting; typing in one field merges into one undo step."""
    if "place_kind" in fields and fields["place_kind"] not in PLACE_KINDS:
        raise ValueError(f"unknown place kind {fields['place_kind']!r}")
    session.update(meeting(session), "Bijeenkomst wijzigen", merge_key=merge_key, **fields)


def add_participant(session: Session, name: str, role: str = "bewoner", organisation: str = "") -> Participant:
    p = Participant(
        name=name.strip(),
        role=role,
        organisation=organisation.strip(),
        position=session.next_position(Participant),
    )
    session.add(p, label="Deelnemer toevoegen")
    return p


def edit_participant(
    session: Session, participant: Participant, merge_key: str | None = None, **fields: object
) -> None:
    """Edit a participant. Contact details (and sharing them) are cleared when consent is taken away."""
    current = session.get(Participant, participant.id) or participant
    consent = fields.get("consent", current.consent)
    if not consent:
        if fields.get("email") or fields.get("phone"):
            raise Refusal("Contactgegevens mogen alleen met toestemming.")
        if fields.get("share_contact"):
            raise Refusal("Delen met de groep kan pas als de persoon toestemming geeft om de gegevens te bewaren.")
        if current.email or current.phone:
            fields = {**fields, "email": "", "phone": ""}
        if current.share_contact:
            fields = {**fields, "share_contact": False}
    session.update(current, "Deelnemer wijzigen", merge_key=merge_key, **fields)


def add_agenda_block(session: Session, title: str, minutes: int = 15, step: str = "") -> AgendaBlock:
    block = AgendaBlock(
        title=title.strip(),
        minutes=clamp_minutes(minutes),
        step=step if step in STEPS else "",
        position=session.next_position(AgendaBlock),
    )
    session.add(block, label="Agendablok toevoegen")
    return block


def edit_agenda_block(session: Session, block: AgendaBlock, merge_key: str | None = None, **fields: object) -> None:
    if "minutes" in fields:
        fields["minutes"] = clamp_minutes(int(fields["minutes"]))  # type: ignore[call-overload]
    session.update(block, "Agendablok wijzigen", merge_key=merge_key, **fields)


def move_agenda_block(session: Session, block: AgendaBlock, offset: int) -> None:
    """Move a block up (negative) or down (positive) in the agenda."""
    blocks = session.all(AgendaBlock)
    index = next(i for i, b in enumerate(blocks) if b.id == block.id)
    target = max(0, min(len(blocks) - 1, index + offset))
    if target == index:
        return
    blocks.insert(target, blocks.pop(index))
    with session.batch("Agendablok verplaatsen"):
        for pos, b in enumerate(blocks, start=1):
            if b.position != float(pos):
                session.update(b, "Agendablok verplaatsen", position=float(pos))


def remove_agenda_block(session: Session, *blocks: AgendaBlock) -> None:
    session.remove(*blocks, label="Agendablok verwijderen")


def clamp_minutes(minutes: int) -> int:
    return max(1, min(MAX_MINUTES, int(minutes)))


def total_minutes(session: Session) -> int:
    return sum(b.minutes for b in session.all(AgendaBlock))


def load_demo(session: Session, data: dict) -> None:  # type: ignore[type-arg]
    """Fill the demo village's preparation from ``resources/data/demo/voorbereiding.json``."""
    edit_meeting(session, **data["meeting"])
    for item in data.get("participants", []):
        p = add_participant(session, item["name"], item.get("role", "bewoner"), item.get("organisation", ""))
        extra = {k: item[k] for k in ("group", "consent", "email", "phone", "share_contact") if k in item}
        if extra:
            edit_participant(session, p, **extra)
    for item in data.get("agenda", []):
        add_agenda_block(session, item["title"], item.get("minutes", 15), item.get("step", ""))
