"""Themes of a village plan, each with its werkgroep and its ambitions.

A dorpsvisie groups what the village wants by theme (wonen, verkeer, zorg, groen, ...). The
usual themes are data (``resources/data/themes.json``, Dutch and English); a village can add
its own. A theme has a werkgroep (participants of the meeting, one of them the contact) and
its ambitions (one line each). Ideas and actions point to a theme by its id, so the yearly
actielijst can be shown per theme. A later meeting in the same place takes the themes over
with :func:`carry_themes`.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable
from typing import Any, ClassVar

from ..content import ContentError, load, text
from .records import Record, record_kind
from .refusal import Refusal
from .session import Session

MAX_NAME = 60
MAX_AMBITION = 300
MAX_AMBITIONS = 30


class ThemeError(Refusal):
    """Input the theme list refuses; the message is Dutch and says what to do."""


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class Theme(Record):
    KIND: ClassVar[str] = "theme"

    #: id in ``themes.json`` ("groen"), or "" for a theme of the village's own
    key: str = ""
    #: the name as the village says it (for a theme from the list: its Dutch name)
    name: str = ""
    #: what the village wants to reach with this theme, one line each
    ambitions: list[str] = dataclasses.field(default_factory=list)
    #: participant ids of the werkgroep
    member_ids: list[str] = dataclasses.field(default_factory=list)
    #: participant id of the werkgroep's contact ("" = nobody yet)
    contact_id: str = ""
    #: "<session id>:<record id>" of the theme this one continues, or ""
    carried_from: str = ""
    position: float = 0.0


# ------------------------------------------------------------------ the data file
@functools.cache
def catalogue() -> tuple[dict[str, Any], ...]:
    """The usual themes from ``resources/data/themes.json``, checked (a broken file names itself)."""
    data = load("themes")
    items = data.get("themes") if isinstance(data, dict) else None
    if not isinstance(items, list) or not items:
        raise ContentError("themes.json: er staat geen lijst 'themes' in.")
    seen: set[str] = set()
    for i, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
            raise ContentError(f"themes.json: thema {i} heeft geen 'id'.")
        name = item.get("name")
        if not isinstance(name, dict) or not str(name.get("nl", "")).strip():
            raise ContentError(f"themes.json: thema {item['id']!r} heeft geen Nederlandse naam.")
        if item["id"] in seen:
            raise ContentError(f"themes.json: thema {item['id']!r} staat er twee keer in.")
        seen.add(item["id"])
    return tuple(items)


def usual(key: str) -> dict[str, Any] | None:
    return next((item for item in catalogue() if item["id"] == key), None)


def theme_name(theme: Theme, language: str = "nl") -> str:
    """The shown name: a theme from the list in the chosen language, an own theme as typed."""
    item = usual(theme.key) if theme.key else None
    if item is not None and fold(theme.name) == fold(text(item["name"], "nl")):
        return text(item["name"], language)
    return theme.name


# ------------------------------------------------------------------------ reading
def themes(session: Session) -> list[Theme]:
    return session.all(Theme)


def find(session: Session, theme_id: str) -> Theme | None:
    return session.get(Theme, theme_id) if theme_id else None


def unused_usual(session: Session) -> list[dict[str, Any]]:
    """The usual themes the village does not have yet (to offer in a picker)."""
    have = {t.key for t in themes(session)} | {fold(t.name) for t in themes(session)}
    return [i for i in catalogue() if i["id"] not in have and fold(text(i["name"], "nl")) not in have]


# ------------------------------------------------------------------------ writing
def _clean_name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise ThemeError("Een thema heeft een naam nodig, bijvoorbeeld Groen of Wonen.")
    if len(name) > MAX_NAME:
        raise ThemeError("Een themanaam mag hoogstens {top} tekens lang zijn.", top=MAX_NAME)
    return name


def _check_double(session: Session, name: str, key: str, own_id: str = "") -> None:
    for other in themes(session):
        if other.id != own_id and (fold(other.name) == fold(name) or (key and other.key == key)):
            raise ThemeError("Het thema „{name}” staat al in de lijst.", name=other.name)


def add_theme(session: Session, name: str = "", key: str = "") -> Theme:
    """Add a usual theme (by ``key``) or one of the village's own (by ``name``)."""
    if key:
        item = usual(key)
        if item is None:
            raise ThemeError("Het thema „{name}” staat niet in de lijst met thema's.", name=key)
        name = name or text(item["name"], "nl")
    name = _clean_name(name)
    _check_double(session, name, key)
    theme = Theme(key=key, name=name, position=session.next_position(Theme))
    session.add(theme, label="Thema toevoegen")
    return theme


def rename_theme(session: Session, theme: Theme, name: str, merge_key: str | None = None) -> None:
    current = _latest(session, theme)
    name = _clean_name(name)
    _check_double(session, name, "", current.id)
    session.update(current, "Thema hernoemen", merge_key=merge_key, name=name)


def parse_ambitions(value: str | Iterable[str]) -> list[str]:
    """Ambitions from text (one a line) or a list: trimmed, empty lines left out."""
    lines = value.splitlines() if isinstance(value, str) else list(value)
    result = [" ".join(str(line).split()) for line in lines]
    result = [line for line in result if line]
    if len(result) > MAX_AMBITIONS:
        raise ThemeError("Een thema kan hoogstens {top} ambities hebben.", top=MAX_AMBITIONS)
    if any(len(line) > MAX_AMBITION for line in result):
        raise ThemeError("Een ambitie mag hoogstens {top} tekens lang zijn.", top=MAX_AMBITION)
    return result


def set_ambitions(session: Session, theme: Theme, value: str | Iterable[str], merge_key: str | None = None) -> None:
    session.update(_latest(session, theme), "Ambities wijzigen", merge_key=merge_key, ambitions=parse_ambitions(value))


def set_werkgroep(session: Session, theme: Theme, member_ids: Iterable[str], contact_id: str = "") -> None:
    """Who is in the werkgroep (participant ids) and who is its contact ("" = nobody yet).

    The contact counts as a member (:func:`members`) without being ticked as one, so trying
    contacts one after the other adds nobody to the group."""
    from .preparation import Participant

    known = {p.id for p in session.all(Participant)}
    members = list(dict.fromkeys(m for m in member_ids if m in known))
    if contact_id and contact_id not in known:
        contact_id = ""
    session.update(_latest(session, theme), "Werkgroep wijzigen", member_ids=members, contact_id=contact_id)


def remove_theme(session: Session, theme: Theme) -> None:
    """Remove a theme; its ideas and actions stay, without a theme (one undo step)."""
    from .actieplan import Action, PlanIdea

    with session.batch("Thema verwijderen"):
        records: list[Any] = [*session.all(Action), *session.all(PlanIdea)]
        for record in records:
            if record.theme == theme.id:
                session.update(record, "", theme="")
        session.remove(_latest(session, theme), label="Thema verwijderen")


def set_theme(session: Session, record: Any, theme_id: str) -> None:
    """Put an idea or an action under a theme ("" = no theme)."""
    if theme_id and find(session, theme_id) is None:
        raise ThemeError("Dat thema bestaat niet (meer); kies een ander thema.")
    session.update(_latest(session, record), "Thema kiezen", theme=theme_id)


# ---------------------------------------------------------------- werkgroep words
def members(session: Session, theme: Theme) -> list[Any]:
    """The werkgroep's participants (the contact first)."""
    from .preparation import Participant

    ids = list(dict.fromkeys([theme.contact_id, *theme.member_ids] if theme.contact_id else theme.member_ids))
    return [p for p in (session.get(Participant, m) for m in ids) if p is not None]


def contact_name(session: Session, theme: Theme) -> str:
    from .preparation import Participant

    person = session.get(Participant, theme.contact_id) if theme.contact_id else None
    return person.name if person is not None else ""


# --------------------------------------------------------------- the yearly list
def actions_by_theme(session: Session) -> list[tuple[Theme | None, list[Any]]]:
    """The actielijst per theme: (theme, its actions by "Wanneer"), themes in order, then none."""
    from .actieplan import actions
    from .when import sort_key

    by_id: dict[str, list[Any]] = {}
    for action in sorted(actions(session), key=lambda a: sort_key(a.due)):
        key = action.theme if find(session, action.theme) is not None else ""
        by_id.setdefault(key, []).append(action)
    result: list[tuple[Theme | None, list[Any]]] = [(t, by_id.get(t.id, [])) for t in themes(session)]
    if by_id.get(""):
        result.append((None, by_id[""]))
    return result


# -------------------------------------------------------------------- carrying
def carry_themes(previous_session: Session, new_session: Session, previous_id: str = "") -> list[Theme]:
    """Take the themes of an earlier meeting over into a new one, in one undo step.

    Each new theme keeps its name, key and ambitions and links back with ``carried_from``
    ("<previous_id>:<theme id>"). Werkgroep members are kept when the new meeting has the same
    participant (same id, or the same name); others are left out. A theme the new meeting
    already has (same name, or already carried) is skipped. Returns the themes made.
    """
    from .preparation import Participant

    people = new_session.all(Participant)
    ids = {p.id for p in people}
    by_name = {fold(p.name): p.id for p in people if p.name.strip()}
    carried = {t.carried_from for t in themes(new_session) if t.carried_from}
    names = {fold(t.name) for t in themes(new_session)}

    def person(pid: str) -> str:
        if pid in ids:
            return pid
        old = previous_session.get(Participant, pid)
        return by_name.get(fold(old.name), "") if old is not None else ""

    made: list[Theme] = []
    with new_session.batch("Thema's overnemen"):
        for old in themes(previous_session):
            link = f"{previous_id}:{old.id}"
            if link in carried or fold(old.name) in names:
                continue
            member_ids = [m for m in (person(p) for p in old.member_ids) if m]
            theme = Theme(
                key=old.key,
                name=old.name,
                ambitions=list(old.ambitions),
                member_ids=list(dict.fromkeys(member_ids)),
                contact_id=person(old.contact_id) if old.contact_id else "",
                carried_from=link,
                position=new_session.next_position(Theme),
            )
            new_session.add(theme, label="Thema's overnemen")
            names.add(fold(old.name))
            made.append(theme)
    return made


# ------------------------------------------------------------------- helpers
def fold(value: str) -> str:
    from .textfold import fold as fold_case

    return " ".join(fold_case(value).split())


def _latest(session: Session, record: Any) -> Any:
    return session.get(type(record), record.id) or record
