"""The steps of a meeting as pages in the sidebar.

Each step is a package here with a ``page`` module that defines ``PAGE``, a
:class:`~facilitator.ui.steps.base.StepPage` subclass. :data:`STEPS` lists them in the
order of the meeting, with what the sidebar shows before a page exists (its id and icon);
a page module is imported when its page is first shown, so opening a meeting does not pay
for all eight (a test keeps the ids and icons equal to the page classes'). A new step is
added to that list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .base import StepPage


def _voorbereiding() -> type[StepPage]:
    from .preparation.page import PAGE

    return PAGE


def _krachtenkaart() -> type[StepPage]:
    from .krachtenkaart.page import PAGE

    return PAGE


def _eigenaarschap() -> type[StepPage]:
    from .eigenaarschap.page import PAGE

    return PAGE


def _rollen() -> type[StepPage]:
    from .rollen.page import PAGE

    return PAGE


def _spiegel() -> type[StepPage]:
    from .spiegel.page import PAGE

    return PAGE


def _gemeente() -> type[StepPage]:
    from .gemeente.page import PAGE

    return PAGE


def _actieplan() -> type[StepPage]:
    from .actieplan.page import PAGE

    return PAGE


def _afronding() -> type[StepPage]:
    from .afronding.page import PAGE

    return PAGE


@dataclass(frozen=True)
class Step:
    """A step as the sidebar knows it before its page is built."""

    step_id: str
    icon_name: str
    page_class: Callable[[], type[StepPage]]


STEPS: tuple[Step, ...] = (
    Step("voorbereiding", "mdi6.clipboard-text-outline", _voorbereiding),
    Step("krachtenkaart", "mdi6.cards-outline", _krachtenkaart),
    Step("eigenaarschap", "mdi6.swap-horizontal-bold", _eigenaarschap),
    Step("rollen", "mdi6.radar", _rollen),
    Step("spiegel", "mdi6.mirror", _spiegel),
    Step("gemeente", "mdi6.town-hall", _gemeente),
    Step("actieplan", "mdi6.flag-checkered", _actieplan),
    Step("afronding", "mdi6.file-document-outline", _afronding),
)


def step_pages() -> list[type[StepPage]]:
    """Every step page class in the order of the meeting (imports all eight)."""
    return [step.page_class() for step in STEPS]
