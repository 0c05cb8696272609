"""Privacy (AVG): removing a participant everywhere, and finding names in free text.

Fields that name a person in other steps (who holds an asset, who leads an action)
are listed in :data:`PERSON_FIELDS`; a kind that does not exist (yet) is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .preparation import Participant
from .records import KINDS
from .session import Session

#: kind -> fields that hold the name of a person
PERSON_FIELDS: dict[str, tuple[str, ...]] = {
    "asset_card": ("holder",),
    "action": ("trekker", "with_whom"),
    "activity": ("puller",),
    # who in the gemeente takes a doen-en-laten line on: often a department, sometimes a person
    "homework_item": ("who",),
    "missing_group": ("who",),
    "signup": ("name",),
}

#: kind -> fields with contact details (e-mail, phone), kept only with consent
CONTACT_FIELDS: dict[str, tuple[str, ...]] = {
    "participant": ("email", "phone"),
    "asset_card": ("contact",),
    "signup": ("contact",),
}

#: kind -> (consent field, contact fields kept only with it, ticks that also need it): the one
#: consent rule of import, merge and the purge of backups (an e-mail without consent is refused,
#: a withdrawn consent wins a merge and clears the contact details, "delen met de groep" too)
CONSENT: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "participant": ("consent", ("email", "phone"), ("share_contact",)),
    "asset_card": ("contact_consent", ("contact",), ()),
    "signup": ("consent", ("contact",), ()),
}

#: kind -> (person field, its contact fields): who the contact details belong to
CONTACT_OF: dict[str, tuple[str, tuple[str, ...]]] = {
    "asset_card": ("holder", ("contact",)),
    "signup": ("name", ("contact",)),
}

#: short words in Dutch names that are not names by themselves ("de", "van", "El")
NAME_PARTICLES = frozenset(
    [
        "de",
        "den",
        "der",
        "van",
        "von",
        "het",
        "ter",
        "ten",
        "te",
        "la",
        "le",
        "el",
        "al",
        "bin",
        "ben",
        "da",
        "di",
        "do",
        "du",
        "dos",
        "das",
        "del",
        "della",
        "op",
        "in",
        "'t",
    ]
)

#: how a field with several people separates them: "Jan, Piet en Klaas"
SEPARATORS = re.compile(r"\s*(?:,|;|/|&|\+|\ben\b)\s*", re.IGNORECASE)


def name_parts(name: str) -> list[str]:
    """The words of a name that identify someone on their own (no particles, at least 3 letters)."""
    return [w for w in re.split(r"[\s\-]+", name.strip()) if len(w) >= 3 and w.casefold() not in NAME_PARTICLES]


def name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern that finds any of the names, or parts of them, as whole words (any case)."""
    words: set[str] = set()
    for name in names:
        name = name.strip()
        if not name:
            continue
        words.add(name)
        words.update(name_parts(name))
    if not words:
        return None
    # longest first, so "Jan Bakker" is found before "Jan"
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def split_people(value: str) -> list[str]:
    return [part for part in SEPARATORS.split(value) if part and part.strip()]


def _is_person(value: str, names: set[str]) -> bool:
    return value.strip().casefold() in names


def _without(value: str, names: set[str]) -> str:
    """A person field with the given names taken out ("Jan en Piet" without Jan -> "Piet")."""
    if _is_person(value, names):
        return ""
    parts = split_people(value)
    if len(parts) < 2 or not any(_is_person(p, names) for p in parts):
        return value
    return ", ".join(p for p in parts if not _is_person(p, names))


def remove_participants(session: Session, *participants: Participant, label: str = "Deelnemer verwijderen") -> None:
    """Remove participants and clear their names from other steps, as one undo step."""
    targets = [p for p in participants if session.get(Participant, p.id) is not None]
    if not targets:
        return
    names = {p.name.strip().casefold() for p in targets if p.name.strip()}
    with session.batch(label):
        for kind, fields in PERSON_FIELDS.items():
            cls = KINDS.get(kind)
            if cls is None:
                continue
            for record in session.all(cls):
                changes = {}
                for field in fields:
                    value = getattr(record, field, "")
                    if isinstance(value, str) and value:
                        cleaned = _without(value, names)
                        if cleaned != value:
                            changes[field] = cleaned
                owner = CONTACT_OF.get(kind)
                if owner is not None and changes.get(owner[0]) == "":
                    # the removed person's contact details go with their name
                    changes.update({f: "" for f in owner[1] if getattr(record, f, "")})
                if changes:
                    session.update(record, label, **changes)
        session.remove(*targets, label=label)
