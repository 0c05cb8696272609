"""The steps of a meeting as pages in the sidebar.

Each step lives in its own module in this package and defines ``PAGE``, a
:class:`~facilitator.ui.steps.base.StepPage` subclass. A step whose module does not
exist yet is simply not shown (no empty placeholder screens).
"""

from __future__ import annotations

import importlib
import importlib.util

from .base import StepPage

#: step id -> module in this package, in the order of the meeting
STEP_MODULES = {
    "voorbereiding": "preparation",
    "krachtenkaart": "krachtenkaart",
    "eigenaarschap": "eigenaarschap",
    "rollen": "rollen",
    "spiegel": "spiegel",
    "gemeente": "gemeente",
    "actieplan": "actieplan",
    "afronding": "afronding",
}


def step_pages() -> list[type[StepPage]]:
    pages = []
    for module in STEP_MODULES.values():
        name = f"{__name__}.{module}.page"
        if importlib.util.find_spec(name) is None:
            continue
        pages.append(importlib.import_module(name).PAGE)
    return pages
