"""Kinds of meeting (dorpsavond, voortgang, tussenbalans, evaluatie, …), as data.

The kinds live in ``resources/data/meeting_kinds.json``; a trainer can add one without
touching code. Each kind has:

- ``id``: what is stored on the session, in ``Meeting.meeting_kind``;
- ``label`` and ``about``: the name and one line of explanation, Dutch and English;
- ``review``: true for a kind that opens with the review view ("toen en nu"), such as the
  two-yearly *tussenbalans* and the five-yearly *evaluatie*;
- ``years``: how many years after the first evening such a meeting usually comes (0: any time).

A file that names a kind no longer in the data keeps it; it is shown by its id.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from .. import content

FILE = "meeting_kinds.json"
#: the kind of a meeting made before kinds existed
DEFAULT = "dorpsavond"


@dataclasses.dataclass(frozen=True)
class MeetingKind:
    id: str
    label: dict[str, str]
    about: dict[str, str]
    review: bool
    years: int

    def name(self, language: str = "nl") -> str:
        return content.text(self.label, language)

    def explanation(self, language: str = "nl") -> str:
        return content.text(self.about, language)


@cache
def kinds() -> tuple[MeetingKind, ...]:
    """Every kind of meeting, in the file's order; a broken file gives a Dutch message naming it."""
    return parse(content.load("meeting_kinds"))


def parse(data: object) -> tuple[MeetingKind, ...]:
    """The kinds in the parsed JSON of the file (ContentError, naming the file, when it is wrong)."""
    items = data.get("kinds") if isinstance(data, dict) else None
    if not isinstance(items, list) or not items:
        raise content.ContentError(f"{FILE}: er staat geen lijst 'kinds' met soorten bijeenkomst in.")
    found: list[MeetingKind] = []
    for item in items:
        if not isinstance(item, dict):
            raise content.ContentError(f"{FILE}: elke soort bijeenkomst moet een blok met velden zijn.")
        content.require(item, ("id", "label"), FILE)
        label, about = item["label"], item.get("about", {})
        if not isinstance(label, dict) or not str(label.get("nl", "")).strip():
            raise content.ContentError(f"{FILE}: de soort '{item['id']}' heeft geen Nederlandse naam.")
        years = item.get("years", 0)
        if not isinstance(years, int) or isinstance(years, bool) or years < 0:
            raise content.ContentError(f"{FILE}: bij '{item['id']}' is 'years' geen heel getal.")
        if any(k.id == item["id"] for k in found):
            raise content.ContentError(f"{FILE}: de soort '{item['id']}' staat er twee keer in.")
        found.append(
            MeetingKind(
                str(item["id"]),
                dict(label),
                dict(about) if isinstance(about, dict) else {},
                bool(item.get("review", False)),
                years,
            )
        )
    return tuple(found)


def kind(kind_id: str) -> MeetingKind | None:
    return next((k for k in kinds() if k.id == kind_id), None)


def name(kind_id: str, language: str = "nl") -> str:
    """The shown name of a kind; an unknown id is shown as it is."""
    found = kind(kind_id or DEFAULT)
    return found.name(language) if found is not None else kind_id


def opens_with_review(kind_id: str) -> bool:
    """True when a meeting of this kind starts with the review view ("toen en nu")."""
    found = kind(kind_id)
    return bool(found and found.review)


def suggested(years_since_first: float) -> str:
    """The kind a follow-up meeting most likely is, this many years after the first evening."""
    fitting = [k for k in kinds() if 0 < k.years <= years_since_first + 0.25]
    if not fitting:
        return "voortgang" if kind("voortgang") else DEFAULT
    return max(fitting, key=lambda k: k.years).id
