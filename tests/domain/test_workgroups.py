"""The one answer to "which working group is this action for?" (domain/workgroups.py)."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from facilitator.domain import workgroups
from facilitator.domain.actieplan import Action
from facilitator.domain.records import Record


@dataclasses.dataclass(kw_only=True, frozen=True)
class GroupedAction(Action):
    """An action as a later schema may store it: with its own werkgroep or a linked theme."""

    werkgroep: str = ""
    theme_id: str = ""


@dataclasses.dataclass(kw_only=True, frozen=True)
class Theme(Record):
    KIND: ClassVar[str] = "theme"
    title: str = ""
    werkgroep: str = ""


def test_an_action_of_today_names_no_group():
    assert workgroups.action_group(Action(what="Bankje bij de kerk")) == ""


def test_the_own_field_wins_then_the_linked_theme():
    theme = Theme(title="Groen in het dorp", werkgroep="Werkgroep Groen")
    untitled = Theme(title="Jeugd")
    themes = workgroups.themes_by_id([theme, untitled, Action(what="x")])
    assert set(themes) == {theme.id, untitled.id}
    own = GroupedAction(what="Bollen", werkgroep="  Dorpshuis ", theme_id=theme.id)
    assert workgroups.action_group(own, themes) == "Dorpshuis"
    assert workgroups.action_group(GroupedAction(what="Bollen", theme_id=theme.id), themes) == "Werkgroep Groen"
    assert workgroups.action_group(GroupedAction(what="Voetbal", theme_id=untitled.id), themes) == "Jeugd"
    assert workgroups.action_group(GroupedAction(what="Voetbal", theme_id="weg"), themes) == ""


def test_groups_are_listed_once_whatever_the_capitals_or_accents():
    actions = [
        GroupedAction(werkgroep="Café"),
        GroupedAction(werkgroep="cafe"),
        Action(),
        GroupedAction(werkgroep="Jeugd"),
    ]
    assert workgroups.groups(actions) == ["Café", "Jeugd"]
    assert workgroups.same_group("CAFÉ  De Vaart", "cafe de vaart")
    assert not workgroups.same_group("", "")
