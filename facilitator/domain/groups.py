"""Groups in the room: free names, not a fixed list.

The whole room scores together (group ""), or groups score and vote apart. Bewoners
and gemeente are always offered; any other group (jongeren, huurders, nieuwe inwoners
…) comes from the participants' group column or the voting groups of the action plan,
and can then score roles, values or support forms through the same rules
(:func:`check_group`). A group name is at most :data:`MAX_NAME` characters.
"""

from __future__ import annotations

from collections.abc import Iterable

from .refusal import Refusal
from .session import Session

#: always offered: the whole room together, the residents, the municipality
DEFAULT_GROUPS = ("", "bewoners", "gemeente")
MAX_NAME = 40


class GroupError(Refusal):
    """A group name that cannot be used; the message is Dutch and says why."""


def clean(name: str) -> str:
    """A group name with its spaces tidied (tabs and line breaks become one space)."""
    return " ".join(str(name).split())


def trimmed(name: str) -> str:
    """A group name tidied and cut to :data:`MAX_NAME` characters (for a name typed in a box)."""
    return clean(name)[:MAX_NAME]


def with_defaults(names: Iterable[str]) -> list[str]:
    """The default groups, then every other name in ``names`` once, in the order given."""
    result = list(DEFAULT_GROUPS)
    for name in names:
        if name not in result:
            result.append(name)
    return result


def check_group(group: str) -> str:
    """The group's name as stored; "" is the whole room. Raises GroupError for a bad name."""
    name = clean(group)
    if name != group:
        raise GroupError("De groepsnaam „{name}” heeft spaties aan het begin, het eind of dubbel.", name=group)
    if len(name) > MAX_NAME:
        raise GroupError("Een groepsnaam mag hoogstens {n} tekens lang zijn.", n=MAX_NAME)
    if any(not ch.isprintable() for ch in name):
        raise GroupError("Een groepsnaam kan geen onzichtbare tekens bevatten.")
    return name


def _add(found: list[str], name: str) -> None:
    name = clean(name)
    if name and len(name) <= MAX_NAME and name.casefold() not in (g.casefold() for g in found):
        found.append(name)


def known_groups(session: Session) -> list[str]:
    """ "" (samen), bewoners, gemeente, then the participants' groups and the voting groups, in order."""
    from . import actieplan
    from .preparation import Participant

    found = list(DEFAULT_GROUPS)
    for p in session.all(Participant):
        _add(found, p.group)
    for g in actieplan.setup(session).groups:
        _add(found, g)
    return found


def ordered(groups: set[str], session: Session | None = None) -> list[str]:
    """Groups in the order people know them: the defaults, then the session's, then the rest by name."""
    known = known_groups(session) if session is not None else list(DEFAULT_GROUPS)
    first = [g for g in known if g in groups]
    return first + sorted(groups - set(first), key=str.casefold)
