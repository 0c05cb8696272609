"""Which working group (werkgroep) an action belongs to.

A handout per working group asks one question of every action: whose is it? This
module is the one answer, so a new way of naming a group plugs in here only:

1. the action's own field ``werkgroep`` (or ``theme`` / ``thema``) when it is filled; a
   ``theme`` that holds the id of a theme record (``domain/themes.py``) names that theme;
2. else the ``werkgroep`` (or ``title``) of the theme record the action links with
   ``theme_id`` (a theme kind with a werkgroep, as the issue-15 work adds);
3. else no group (""): the handout then falls back to the theme word in the texts.

Names are compared folded (capitals and accents do not matter, runs of spaces are one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .records import Record
from .textfold import fold

#: fields of an action that name its group, first filled one wins
GROUP_FIELDS = ("werkgroep", "theme", "thema")
#: field of an action that points at a theme record
THEME_LINK = "theme_id"
#: fields of a theme record that name its group, first filled one wins ("name": domain/themes.py)
THEME_GROUP_FIELDS = ("werkgroep", "title", "name")
#: what a record id looks like (a UUID), as opposed to a group's name
RECORD_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _text(record: Record, name: str) -> str:
    return " ".join(str(record.__dict__.get(name, "") or "").split())


def action_group(action: Record, themes: Mapping[str, Record] | None = None) -> str:
    """The working group of ``action`` as named in the meeting, or "" when it names none.

    ``themes`` maps a theme record's id to the record (only needed when actions link one).
    """
    for name in GROUP_FIELDS:
        value = _text(action, name)
        if not value:
            continue
        linked = (themes or {}).get(value)
        if linked is not None:  # issue 15: ``Action.theme`` holds the id of a theme record
            return theme_group(linked)
        if name == "theme" and RECORD_ID.fullmatch(value):
            continue  # the id of a theme that is gone (or not handed in): no name
        return value
    theme_id = _text(action, THEME_LINK)
    theme = (themes or {}).get(theme_id) if theme_id else None
    return theme_group(theme) if theme is not None else ""


def group_names(action: Record, themes: Mapping[str, Record] | None = None) -> list[str]:
    """The names the action's group answers to: :func:`action_group`, and for a usual theme of
    ``domain/themes.py`` also its short key ("groen" for "Groen en landschap")."""
    name = action_group(action, themes)
    if not name:
        return []
    linked = (themes or {}).get(_text(action, "theme")) or (themes or {}).get(_text(action, THEME_LINK))
    key = _text(linked, "key") if linked is not None else ""
    return [name, key] if key else [name]


def theme_group(theme: Record) -> str:
    """The group a theme record names: its werkgroep, title or name, first filled one wins."""
    for name in THEME_GROUP_FIELDS:
        value = _text(theme, name)
        if value:
            return value
    return ""


def themes_by_id(records: Iterable[Record]) -> dict[str, Record]:
    """The theme records among ``records`` (kind "theme"), by id; empty while none exist."""
    return {r.id: r for r in records if r.KIND == "theme"}


def same_group(a: str, b: str) -> bool:
    """True when two group names are the same name (folded); never for an empty name."""
    left, right = fold(" ".join(a.split())), fold(" ".join(b.split()))
    return bool(left) and left == right


def groups(actions: Iterable[Record], themes: Mapping[str, Record] | None = None) -> list[str]:
    """The working groups the actions name, each once (first spelling kept), in order met."""
    seen: dict[str, str] = {}
    for action in actions:
        name = action_group(action, themes)
        if name:
            seen.setdefault(fold(name), name)
    return list(seen.values())
