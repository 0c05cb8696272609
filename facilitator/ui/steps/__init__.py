"""The steps of a meeting as pages in the sidebar.

Each step is a package here with a ``page`` module that defines ``PAGE``, a
:class:`~facilitator.ui.steps.base.StepPage` subclass. :data:`STEPS` lists them in the
order of the meeting, with what the sidebar shows before a page exists (its id and icon);
a page module is imported when its page is first shown, so opening a meeting does not pay
for all eight (a test keeps the ids and icons equal to the page classes'). A new step is
added to that list.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from .base import StepPage


@dataclass(frozen=True)
class Step:
    """A step as the sidebar knows it before its page is built."""

    step_id: str
    icon_name: str
    #: the module that defines the page's ``PAGE``
    module: str

    def page_class(self) -> type[StepPage]:
        """The page's class (imports its module the first time)."""
        page: type[StepPage] = importlib.import_module(self.module).PAGE
        return page


STEPS: tuple[Step, ...] = (
    Step("voorbereiding", "mdi6.clipboard-text-outline", f"{__name__}.preparation.page"),
    Step("krachtenkaart", "mdi6.cards-outline", f"{__name__}.krachtenkaart.page"),
    Step("eigenaarschap", "mdi6.swap-horizontal-bold", f"{__name__}.eigenaarschap.page"),
    Step("rollen", "mdi6.radar", f"{__name__}.rollen.page"),
    Step("spiegel", "mdi6.mirror", f"{__name__}.spiegel.page"),
    Step("gemeente", "mdi6.town-hall", f"{__name__}.gemeente.page"),
    Step("actieplan", "mdi6.flag-checkered", f"{__name__}.actieplan.page"),
    Step("afronding", "mdi6.file-document-outline", f"{__name__}.afronding.page"),
)


def step_pages() -> list[type[StepPage]]:
    """Every step page class in the order of the meeting (imports all eight)."""
    return [step.page_class() for step in STEPS]
