"""The steps of a meeting as pages in the sidebar.

Each step is a package here with a ``page`` module that defines ``PAGE``, a
:class:`~facilitator.ui.steps.base.StepPage` subclass. :func:`step_pages` lists them in the
order of the meeting; a new step is added to that list.
"""

from __future__ import annotations

from .base import StepPage


def step_pages() -> list[type[StepPage]]:
    """The step pages in the order of the meeting (imported here, when the first window opens)."""
    from .actieplan.page import PAGE as actieplan
    from .afronding.page import PAGE as afronding
    from .eigenaarschap.page import PAGE as eigenaarschap
    from .gemeente.page import PAGE as gemeente
    from .krachtenkaart.page import PAGE as krachtenkaart
    from .preparation.page import PAGE as preparation
    from .rollen.page import PAGE as rollen
    from .spiegel.page import PAGE as spiegel

    return [preparation, krachtenkaart, eigenaarschap, rollen, spiegel, gemeente, actieplan, afronding]
