"""Handouts and worksheets as PDF (reportlab, no Qt), for the command line and the app.

- :func:`write_handout` — the results of a meeting, one section per step that holds anything;
- :func:`write_worksheet` — blank sheets to use before or during a meeting.
"""

from __future__ import annotations

from .handout import handout_bytes, write_handout
from .worksheets import WORKSHEETS, write_worksheet

__all__ = ["WORKSHEETS", "handout_bytes", "write_handout", "write_worksheet"]
