"""The anonymised export: a session's JSON without names and contact details (AVG).

- participants become "Deelnemer 1", "Deelnemer 2" … (in agenda order); e-mail and
  phone are dropped, organisation is kept only when it does not contain their name;
- the facilitator becomes "Begeleider";
- person fields of other steps (who holds an asset, who leads an action, with whom)
  become the participant's pseudonym, or "Persoon 1" … for other people;
- every participant name (and its parts, such as a surname) is replaced wherever it
  appears in free text;
- photos of asset cards are left out (faces are personal data); the map stays.

The result has the normal exchange format, so it can be imported for training.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from ..domain.privacy import CONTACT_FIELDS, PERSON_FIELDS, name_parts, name_pattern, split_people
from .exchange import dumps
from .sessionfile import SessionFile

FACILITATOR = "Begeleider"
PARTICIPANT = "Deelnemer {0}"
OTHER_PERSON = "Persoon {0}"


class Pseudonyms:
    """Consistent stand-in names: the same person gets the same stand-in everywhere."""

    def __init__(self, participants: list[dict[str, Any]]) -> None:
        self.by_name: dict[str, str] = {}
        self.by_part: dict[str, str] = {}
        ambiguous: set[str] = set()
        for number, p in enumerate(participants, start=1):
            alias = PARTICIPANT.format(number)
            name = str(p.get("name", "")).strip()
            if not name:
                continue
            self.by_name.setdefault(name.casefold(), alias)
            for part in name_parts(name):
                key = part.casefold()
                if key in self.by_part and self.by_part[key] != alias:
                    ambiguous.add(key)
                self.by_part.setdefault(key, alias)
        for key in ambiguous:
            # two people share this first name or surname: do not guess which one
            self.by_part[key] = "[naam]"
        self.others: dict[str, str] = {}
        self.pattern = name_pattern(str(p.get("name", "")) for p in participants)

    def person(self, value: str) -> str:
        """A stand-in for a person field (one or more people)."""
        whole = value.strip().casefold()
        if whole in self.by_name:
            return self.by_name[whole]  # a name with "&" or "/" in it is still one person
        parts = split_people(value)
        if not parts:
            return ""
        return ", ".join(self._one(p.strip()) for p in parts)

    def _one(self, name: str) -> str:
        key = name.casefold()
        if key in self.by_name:
            return self.by_name[key]
        if not name[:1].isupper():
            # "de gemeente", "school": a description, not a person's name
            return self.scrub(name)
        if key not in self.others:
            self.others[key] = OTHER_PERSON.format(len(self.others) + 1)
        return self.others[key]

    def scrub(self, text: str) -> str:
        """Free text with every participant name (or part of one) replaced."""
        if self.pattern is None or not text:
            return text

        def replace(match: Any) -> str:
            key = match.group(0).casefold()
            return self.by_name.get(key) or self.by_part.get(key) or "[naam]"

        return self.pattern.sub(replace, text)


def _scrub_value(value: Any, names: Pseudonyms) -> Any:
    if isinstance(value, str):
        return names.scrub(value)
    if isinstance(value, list):
        return [_scrub_value(v, names) for v in value]
    if isinstance(value, dict):
        return {k: _scrub_value(v, names) for k, v in value.items()}
    return value


def anonymise(data: dict[str, Any]) -> dict[str, Any]:
    """An anonymised copy of export data (see the module docstring); the input is not changed."""
    data = copy.deepcopy(data)
    records: dict[str, list[dict[str, Any]]] = data.get("records", {})
    participants = sorted(records.get("participant", []), key=lambda r: (r.get("position", 0.0), r["created"], r["id"]))
    names = Pseudonyms(participants)
    keep = {"id", "created", "updated"}
    for kind, rows in records.items():
        person_fields = PERSON_FIELDS.get(kind, ())
        for row in rows:
            for key, value in row.items():
                if key in keep:
                    continue
                if key in person_fields and isinstance(value, str):
                    row[key] = names.person(value)
                else:
                    row[key] = _scrub_value(value, names)
    for number, p in enumerate(participants, start=1):
        original = next(r for r in records["participant"] if r["id"] == p["id"])
        original["name"] = PARTICIPANT.format(number)
        original["consent"] = False
    for meeting in records.get("meeting", []):
        if meeting.get("facilitator"):
            meeting["facilitator"] = FACILITATOR
    for kind, fields in CONTACT_FIELDS.items():
        for row in records.get(kind, []):
            row.update({f: "" for f in fields if f in row})
            if "contact_consent" in row:
                row["contact_consent"] = False
    for card in records.get("asset_card", []):
        card["photos"] = []
    data["blobs"] = _referenced_blobs(data)
    data["anoniem"] = True
    return data


def _referenced_blobs(data: dict[str, Any]) -> dict[str, Any]:
    """Only pictures some record still points at (the map, not the dropped photos)."""
    text = dumps({"records": data.get("records", {})})
    return {blob_id: blob for blob_id, blob in data.get("blobs", {}).items() if blob_id in text}


def export_anonymised(sf: SessionFile, dest: Path) -> Path:
    """Write the anonymised export of an open session file (all or nothing)."""
    from .exchange import export_data
    from .sessionfile import _os_error

    text = dumps(anonymise(export_data(sf)))
    tmp = dest.with_name(dest.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _os_error(exc, dest) from exc
    return dest


def export_file_anonymised(path: Path, dest: Path, backup_dir: Path | None = None) -> Path:
    """The anonymised export of a session file that is not open (read only, never written)."""
    from .exchange import write_text
    from .readonly import export_data_read_only

    return write_text(dest, anonymise(export_data_read_only(path)))
