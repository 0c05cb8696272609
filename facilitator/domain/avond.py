"""Opening and closing the evening: interviews in pairs, "wie doet mee?", and the closing round.

- The interview sheet (hoofd, hart, handen; what someone wants to share or learn; whom
  they know) is typed back in as gift cards of the Krachtenkaart, with the holder and,
  only with consent, a way to reach them.
- Per top idea, people sign up ("wie doet mee?"); contact details only with consent.
- The closing round, before the handout: what each actor takes home (collectief,
  gemeente, raad, others), a short evaluation, the next meeting's date and place, and
  what from earlier actions deserves celebrating.

The questions are data in ``resources/data/avond.json``. Every change is one undo step.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from . import evening_content
from .actieplan import PlanIdea, ranked
from .krachtenkaart import AssetCard, add_card
from .records import Record, record_kind
from .refusal import Refusal
from .session import Session
from .support import is_date as is_date

HHH_QUESTIONS = ("hoofd", "hart", "handen")
MAX_TEXT = 2_000
MAX_NAME = 200
#: how many of the best-ranked ideas get a sign-up list by default
TOP_IDEAS = 5
INTERVIEW_TAG = "interview"


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class SignUp(Record):
    """Someone who joins in on an idea; contact only with consent."""

    KIND: ClassVar[str] = "signup"

    idea_id: str = ""
    name: str = ""
    consent: bool = False
    contact: str = ""
    position: float = 0.0


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class Closing(Record):
    """The closing round of the evening."""

    KIND: ClassVar[str] = "closing"
    SINGLETON: ClassVar[bool] = True

    #: actor id (avond.json) -> what they take home
    takes_home: dict[str, str] = dataclasses.field(default_factory=dict)
    #: question id (avond.json: goed, volgende_keer, vieren) -> the room's answer
    answers: dict[str, str] = dataclasses.field(default_factory=dict)
    next_date: str = ""  # yyyy-mm-dd or ""
    next_place: str = ""


# ------------------------------------------------------------------ interviews
def _one_line(value: object, limit: int = MAX_NAME) -> str:
    return " ".join(str(value or "").split())[:limit]


def add_interview(
    session: Session,
    holder: str,
    answers: dict[str, str],
    consent: bool = False,
    contact: str = "",
) -> list[AssetCard]:
    """Type an interview sheet back in: one gift card per filled hoofd/hart/handen answer.

    "Delen of leren" and "wie kent u die…" go in each card's description. A sheet with
    only those two becomes one card of its own. Everything is one undo step.
    """
    holder = _one_line(holder)
    if not holder:
        raise Refusal("Typ eerst de naam van wie er geïnterviewd is.")
    if contact.strip() and not consent:
        raise Refusal("Contactgegevens alleen met toestemming.")
    known = {q.id for q in evening_content.evening().interview_questions}
    unknown = set(answers) - known
    if unknown:
        raise ValueError(f"onbekende vraag {sorted(unknown)}")
    extra = []
    share = str(answers.get("delen_leren", "")).strip()
    knows = str(answers.get("kent", "")).strip()
    if share:
        extra.append(f"Wil delen of leren: {share}")
    if knows:
        extra.append(f"Kent: {knows}")
    description = "\n".join(extra)[:MAX_TEXT]
    filled = [(q, str(answers.get(q, "")).strip()) for q in HHH_QUESTIONS if str(answers.get(q, "")).strip()]
    if not filled and not description:
        raise Refusal("Het interview is nog leeg.")
    fields: dict[str, Any] = {
        "holder": holder,
        "description": description,
        "contact_consent": bool(consent),
        "contact": contact.strip()[:MAX_NAME] if consent else "",
        "tags": [INTERVIEW_TAG],
    }
    cards = []
    with session.batch("Interview invoeren"):
        if filled:
            for hhh, answer in filled:
                cards.append(add_card(session, answer, "gaven", hhh=hhh, **fields))
        else:
            cards.append(add_card(session, share or knows, "gaven", **fields))
    return cards


def interview_cards(session: Session) -> list[AssetCard]:
    return [c for c in session.all(AssetCard) if INTERVIEW_TAG in c.tags]


# ------------------------------------------------------------------ sign-up
def top_ideas(session: Session, count: int = TOP_IDEAS) -> list[PlanIdea]:
    """The best-ranked ideas, plus any other idea people already signed up for."""
    ideas = ranked(session)
    chosen = ideas[:count]
    signed = {s.idea_id for s in session.all(SignUp)}
    chosen += [i for i in ideas[count:] if i.id in signed]
    return chosen


def signups(session: Session, idea_id: str | None = None) -> list[SignUp]:
    rows = session.all(SignUp)
    return [s for s in rows if idea_id is None or s.idea_id == idea_id]


def sign_up(session: Session, idea: PlanIdea, name: str, consent: bool = False, contact: str = "") -> SignUp:
    name = _one_line(name)
    if not name:
        raise Refusal("Typ eerst een naam.")
    if contact.strip() and not consent:
        raise Refusal("Contactgegevens alleen met toestemming.")
    record = SignUp(
        idea_id=idea.id,
        name=name,
        consent=bool(consent),
        contact=contact.strip()[:MAX_NAME] if consent else "",
        position=session.next_position(SignUp),
    )
    session.add(record, label="Aanmelden voor een idee")
    return record


def remove_signup(session: Session, *records: SignUp) -> None:
    session.remove(*records, label="Aanmelding verwijderen")


# ------------------------------------------------------------------ closing
def closing(session: Session) -> Closing:
    return session.single(Closing)


def set_takes_home(session: Session, actor: str, text: str, merge_key: str | None = None) -> None:
    if actor not in {a.id for a in evening_content.evening().actors}:
        raise ValueError(f"onbekende partij {actor!r}")
    current = closing(session)
    values = {**current.takes_home, actor: str(text)[:MAX_TEXT]}
    if not values[actor].strip():
        values.pop(actor)
    session.update(current, "Wat neemt u mee", merge_key=merge_key, takes_home=values)


def set_answer(session: Session, question: str, text: str, merge_key: str | None = None) -> None:
    if question not in {q.id for q in evening_content.evening().closing_questions}:
        raise ValueError(f"onbekende vraag {question!r}")
    current = closing(session)
    values = {**current.answers, question: str(text)[:MAX_TEXT]}
    if not values[question].strip():
        values.pop(question)
    session.update(current, "Afsluitende ronde", merge_key=merge_key, answers=values)


def set_next_meeting(session: Session, date: str | None = None, place: str | None = None) -> None:
    """The date (yyyy-mm-dd or "") and place of the next meeting."""
    fields: dict[str, Any] = {}
    if date is not None:
        if date and not is_date(date):
            raise Refusal("Typ de datum als jjjj-mm-dd, bijvoorbeeld 2026-11-12.")
        fields["next_date"] = date
    if place is not None:
        fields["next_place"] = _one_line(place)
    session.update(closing(session), "Volgende bijeenkomst", **fields)


def next_meeting(session: Session) -> tuple[str, str]:
    """The next meeting as the closing round holds it: (date yyyy-mm-dd or "", place).

    The one place the handout, the samenvatting and the .ics calendar read it from, so
    what Afronding writes with :func:`set_next_meeting` is what reaches paper and agenda.
    """
    record = closing(session)
    return record.next_date, record.next_place.strip()


def closing_is_empty(record: Closing) -> bool:
    return not (
        any(v.strip() for v in record.takes_home.values())
        or any(v.strip() for v in record.answers.values())
        or record.next_date
        or record.next_place.strip()
    )


# ------------------------------------------------------------------ demo
def load_demo(session: Session, data: dict[str, Any]) -> None:
    """Fill the demo village's evening from ``resources/data/demo/avond.json``."""
    by_title = {i.title: i for i in session.all(PlanIdea)}
    for item in data.get("interviews", []):
        add_interview(session, item["holder"], item["answers"], item.get("consent", False), item.get("contact", ""))
    with session.batch("Demo: wie doet mee"):
        for item in data.get("signups", []):
            idea = by_title.get(item["idea"])
            if idea is not None:
                for name in item["names"]:
                    sign_up(session, idea, name)
    closing_data = data.get("closing", {})
    with session.batch("Demo: afsluitende ronde"):
        for actor, value in closing_data.get("takes_home", {}).items():
            set_takes_home(session, actor, value)
        for question, value in closing_data.get("answers", {}).items():
            set_answer(session, question, value)
        if closing_data.get("next_date") or closing_data.get("next_place"):
            set_next_meeting(session, closing_data.get("next_date", ""), closing_data.get("next_place", ""))
