"""One rule for hiding people (AVG): used by the anonymised JSON export and the anonymous handout.

What a field holds decides what happens to it, never a guess from its value:

- person fields (:data:`~.privacy.PERSON_FIELDS`: who holds an asset, who leads an action)
  get a stable stand-in ("Deelnemer 2", "Persoon 1"); a description such as "de gemeente"
  or a known organisation stays;
- contact fields (:data:`~.privacy.CONTACT_FIELDS`) are emptied;
- organisation fields stay (a copy for the gemeente still shows that the dorpsbelang leads
  a plan), unless the option "ook organisaties weglaten" is on: then "Organisatie 1" …;
- choice values, ids and dates (:data:`KEEP_FIELDS`) are never touched, so a participant
  called Hart does not turn ``hhh: "hart"`` into a stand-in;
- every other text is free text: names (whole or a part, as whole words), e-mail
  addresses and phone numbers typed in it are replaced.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from .privacy import CONTACT_FIELDS, NAME_PARTICLES, PERSON_FIELDS, name_parts, split_people

#: kind -> fields that hold a choice, an id, a date or a list of ids: never scrubbed
KEEP_FIELDS: dict[str, tuple[str, ...]] = {
    "action": ("scale", "status", "carried_from"),
    "agenda_block": ("step",),
    "asset_card": ("category", "hhh", "observation", "photos", "taken_up"),
    "expectation": ("direction",),
    "homework_item": ("link_kind",),
    "idea_yield": ("goals", "yields", "principles"),
    "item_score": ("exercise",),
    "logic_mark": ("side",),
    "meeting": ("place_kind", "date", "language"),
    "participant": ("role",),
    "partner_ask": ("answer", "answered_on"),
    "plan_idea": ("source_kind", "votes"),
    "vision": ("date",),
    "vote_setup": ("groups", "voters", "dismissed"),
    "closing": ("next_date",),
}
#: keys inside a free-text list of dicts that hold a choice or a date (an action's history)
KEEP_KEYS = frozenset({"status", "date"})
#: kind -> fields that name an organisation
ORGANISATION_FIELDS: dict[str, tuple[str, ...]] = {
    "participant": ("organisation",),
    "partner_ask": ("partner",),
}
ALWAYS_KEPT = frozenset({"id", "created", "updated", "position"})

#: the stand-ins, in Dutch and in English
LABELS = {
    "nl": {
        "participant": "Deelnemer {0}",
        "person": "Persoon {0}",
        "organisation": "Organisatie {0}",
        "facilitator": "Begeleider",
        "name": "[naam]",
        "email": "[e-mail]",
        "phone": "[telefoon]",
    },
    "en": {
        "participant": "Participant {0}",
        "person": "Person {0}",
        "organisation": "Organisation {0}",
        "facilitator": "Facilitator",
        "name": "[name]",
        "email": "[e-mail]",
        "phone": "[phone]",
    },
}

EMAIL = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
DIGIT = re.compile(r"\d")  # the same digits as the phone pattern's \d (any script)
#: Dutch numbers (06-12345678, +31 6 1234 5678, 0031 6…, 0512 123456, (0512) 12 34 56):
#: a leading 0 or +31 and nine more digits, with spaces, dashes, dots or brackets between;
#: other countries: + and 8 to 14 digits. Dates ("10-3-2026") and amounts have too few digits.
PHONE = re.compile(
    r"(?<![\w+])(?:"
    r"(?:(?:\+|00)\s?31\s?(?:\(0\)\s?)?|\(?0)(?:[\s\-.()/]{0,2}\d){9}"
    r"|\+(?!31)\d{1,3}(?:[\s\-.()/]{0,2}\d){7,12}"
    r")(?!\d)"
)


@functools.cache  # asked for every field of every record: 480,000 times at 20,000 cards
def field_role(kind: str, field: str) -> str:
    """What a field holds: "person", "contact", "organisation", "keep" or "text"."""
    if field in ALWAYS_KEPT or field.endswith(("_id", "_ids")) or field in KEEP_FIELDS.get(kind, ()):
        return "keep"
    if field in PERSON_FIELDS.get(kind, ()):
        return "person"
    if field in CONTACT_FIELDS.get(kind, ()):
        return "contact"
    if field in ORGANISATION_FIELDS.get(kind, ()):
        return "organisation"
    return "text"


def scrub_contacts(text: str, language: str = "nl") -> str:
    """Free text with e-mail addresses and phone numbers replaced.

    Each pattern runs only on a text that has what it needs (an @, a digit): on a long word
    without an @ the e-mail pattern backtracks at every letter, and the anonymised export of
    20,000 cards spent 3.5 of its 11 seconds there."""
    words = LABELS["en" if language == "en" else "nl"]
    if "@" in text:
        text = EMAIL.sub(words["email"], text)
    if DIGIT.search(text) is not None:
        text = PHONE.sub(words["phone"], text)
    return text


class Anonymiser:
    """Stand-ins for the people of one meeting: the same person gets the same stand-in everywhere.

    ``participants`` in agenda order become "Deelnemer 1", "Deelnemer 2" …; other people
    named in person fields become "Persoon 1" … in the order they are first met.
    """

    def __init__(
        self,
        participants: Iterable[str],
        facilitator: str = "",
        organisations: Iterable[str] = (),
        others: Iterable[str] = (),
        hide_organisations: bool = False,
        language: str = "nl",
    ) -> None:
        self.words = LABELS["en" if language == "en" else "nl"]
        self.language = "en" if language == "en" else "nl"
        self.hide_organisations = hide_organisations
        self.by_name: dict[str, str] = {}
        self.by_part: dict[str, str] = {}
        self.others: dict[str, str] = {}
        self.organisations: dict[str, str] = {}
        for org in organisations:
            key = " ".join(str(org).split()).casefold()
            if key and key not in self.organisations:
                self.organisations[key] = self.words["organisation"].format(len(self.organisations) + 1)
        names: list[str] = []
        for number, name in enumerate(participants, start=1):
            names.append(self._learn(str(name), self.words["participant"].format(number)))
        if facilitator.strip():
            names.append(self._learn(facilitator, self.words["facilitator"]))
        for value in others:
            for one in split_people(str(value)):
                base, _ = _aside(one)
                # "Opa Klaas" is hidden in free text too; one word ("Gerrit", "Buitendienst") only in its field
                if (
                    len(base.split()) >= 2
                    and self._looks_like_a_name(base)
                    and not self._is_organisation(base.casefold())
                ):
                    names.append(self._learn(base, self._other(base)))
        self.pattern = _pattern(names)
        self.org_pattern = _pattern(self.organisations) if hide_organisations else None

    def _learn(self, name: str, alias: str) -> str:
        name = " ".join(name.split())
        if not name:
            return ""
        self.by_name.setdefault(name.casefold(), alias)
        for part in name_parts(name):
            key = part.casefold()
            if self.by_part.get(key, alias) != alias:
                self.by_part[key] = self.words["name"]  # shared by two people: do not guess which one
            else:
                self.by_part[key] = alias
        return name

    def _other(self, name: str) -> str:
        key = name.casefold()
        if key in self.by_name:
            return self.by_name[key]
        if key not in self.others:
            self.others[key] = self.words["person"].format(len(self.others) + 1)
        return self.others[key]

    def person(self, value: str) -> str:
        """A stand-in for a person field (one or more people)."""
        whole = " ".join(str(value).split()).casefold()
        if not whole:
            return ""
        if whole in self.by_name:
            return self.by_name[whole]  # a name with "&" or "/" in it is still one person
        if self._is_organisation(whole):
            return self.organisation(value)
        parts = split_people(str(value))
        return ", ".join(self._one(p.strip()) for p in parts if p.strip())

    def _one(self, name: str) -> str:
        key = " ".join(name.split()).casefold()
        if key in self.by_name:
            return self.by_name[key]
        if self._is_organisation(key):
            return self.organisation(name)
        base, aside = _aside(name)
        if aside and base.casefold() in self.by_name:
            return f"{self.by_name[base.casefold()]} {self.scrub(aside)}"  # "Sander Mulder (gemeente)"
        if not self._looks_like_a_name(base):
            return self.scrub(name)  # "de gemeente", "Team subsidies": a description, not a person
        return f"{self._other(base)} {self.scrub(aside)}".strip()

    def _is_organisation(self, key: str) -> bool:
        """A known organisation, or its first words ("Dorpsbelang" for "Dorpsbelang Ulrum")."""
        return key in self.organisations or any(org.startswith(key + " ") for org in self.organisations)

    @staticmethod
    def _looks_like_a_name(value: str) -> bool:
        """Capitalised words only (particles such as "van" aside): "Opa Klaas", not "oudere bewoners"."""
        words = [w for w in value.split() if w.casefold() not in NAME_PARTICLES]
        return bool(words) and all(w[:1].isupper() for w in words)

    def organisation(self, value: str) -> str:
        """An organisation field: kept (names of people in it replaced), or a stand-in when asked."""
        key = " ".join(str(value).split()).casefold()
        if not key:
            return ""
        if self.hide_organisations:
            if key not in self.organisations:
                self.organisations[key] = self.words["organisation"].format(len(self.organisations) + 1)
            return self.organisations[key]
        return self.scrub(str(value))

    def scrub(self, text: str) -> str:
        """Free text with names, e-mail addresses, phone numbers (and organisations when asked) replaced."""
        if not text:
            return text
        text = scrub_contacts(text, self.language)
        if self.org_pattern is not None:
            text = self.org_pattern.sub(lambda m: self.organisations.get(m.group(0).casefold(), m.group(0)), text)
        if self.pattern is None:
            return text

        def replace(match: re.Match[str]) -> str:
            key = " ".join(match.group(0).split()).casefold()
            return self.by_name.get(key) or self.by_part.get(key) or self.words["name"]

        return self.pattern.sub(replace, text)

    def value(self, kind: str, field: str, value: Any) -> Any:
        """One field of a record, hidden by what the field holds."""
        role = field_role(kind, field)
        if role == "keep" or isinstance(value, bool | int | float) or value is None:
            return value
        if role == "contact":
            return "" if isinstance(value, str) else value
        if role == "person" and isinstance(value, str):
            return self.person(value)
        if role == "organisation" and isinstance(value, str):
            return self.organisation(value)
        return self._deep(value)

    def _deep(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.scrub(value)
        if isinstance(value, list):
            return [self._deep(v) for v in value]
        if isinstance(value, dict):
            return {k: (v if k in KEEP_KEYS else self._deep(v)) for k, v in value.items()}
        return value

    def record(self, kind: str, row: dict[str, Any]) -> dict[str, Any]:
        """A record (as a dict) with every field hidden by what it holds; the input is not changed."""
        return {k: self.value(kind, k, v) for k, v in row.items()}


def _aside(value: str) -> tuple[str, str]:
    """A name and a remark in brackets after it: "Sander Mulder (gemeente)"."""
    match = re.match(r"^\s*(.*?)\s*(\([^()]*\))?\s*$", value)
    if match is None:
        return value.strip(), ""
    return match.group(1), match.group(2) or ""


def _pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern that finds any of the names, or their parts, as whole words (any case)."""
    words: set[str] = set()
    for name in names:
        name = " ".join(str(name).split())
        if not name:
            continue
        words.add(name)
        words.update(name_parts(name))
    if not words:
        return None
    # longest first, so "Jan Bakker" is found before "Jan"; spaces inside a name may vary
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split(" "))) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def for_records(
    records: dict[str, list[dict[str, Any]]], hide_organisations: bool = False, language: str = "nl"
) -> Anonymiser:
    """The anonymiser for one meeting, given its records by kind (as dicts)."""
    participants = sorted(
        records.get("participant", []), key=lambda r: (r.get("position", 0.0), r.get("created", ""), r.get("id", ""))
    )
    meeting = (records.get("meeting") or [{}])[0]
    organisations = [
        row.get(f, "")
        for kind, fields in ORGANISATION_FIELDS.items()
        for row in records.get(kind, [])
        for f in fields
        if isinstance(row.get(f), str)
    ]
    others = [
        row.get(f, "")
        for kind, fields in PERSON_FIELDS.items()
        for row in records.get(kind, [])
        for f in fields
        if isinstance(row.get(f), str)
    ]
    return Anonymiser(
        [str(p.get("name", "")) for p in participants],
        str(meeting.get("facilitator", "") or ""),
        organisations,
        others,
        hide_organisations=hide_organisations,
        language=language,
    )
