"""Handouts and worksheets as PDF (reportlab, no Qt), for the command line and the app.

- :func:`write_handout` — the results of a meeting, one section per step that holds anything;
- :func:`write_worksheet` — blank sheets to use before or during a meeting.

The names are loaded on first use: the command line imports ``handouts.commands`` at
every start (to list its commands), and reportlab takes about a quarter of a second to
import, which the app's start must not pay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .handout import handout_bytes, write_handout
    from .worksheets import WORKSHEETS, write_worksheet

__all__ = ["WORKSHEETS", "handout_bytes", "write_handout", "write_worksheet"]


def __getattr__(name: str) -> Any:
    if name in ("handout_bytes", "write_handout"):
        from . import handout

        return getattr(handout, name)
    if name in ("WORKSHEETS", "write_worksheet"):
        from . import worksheets

        return getattr(worksheets, name)
    raise AttributeError(name)
