"""Importing modules ahead of their first use, once the window has painted.

The Afronding page counts what the meeting holds with the handout's own reading code, which
imports reportlab: 0.3 s on the GUI thread the first time the page was shown (issue 17). Python
runs an import in another thread in small slices (the interpreter lock changes hands often:
see :func:`.background.worker`), so the window goes on painting while the import runs; measured gaps stay under
15 ms. When the page is opened before the import is done, the GUI thread waits for the rest of
that one import, never longer than the import would have taken anyway.

Modules with Qt classes (the steps' pages) are imported on the GUI thread instead, one per turn
of the event loop when it is idle (:func:`import_when_idle`): PySide makes its types and enums
on first use, and two threads doing that at once is not something to rely on. The biggest,
the Krachtenkaart page with its board and map, takes 45 ms: a page's first show no longer pays it.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Sequence

from PySide6.QtCore import QTimer

from .background import worker

#: modules the session window imports ahead of their first use
SESSION_MODULES = ("facilitator.handouts.summary",)
#: how long after the window is made the import starts (after the first paint)
DELAY_MS = 800
#: the pause between two modules imported on the GUI thread (the window paints meanwhile)
IDLE_GAP_MS = 120

_started: set[str] = set()


def import_in_background(modules: Sequence[str]) -> threading.Thread | None:
    """Import ``modules`` one after the other in a worker thread; modules already started are skipped.
    A module that fails to import is left for its first real use, which then reports it."""
    todo = [m for m in modules if m not in _started]
    if not todo:
        return None
    _started.update(todo)

    def work() -> None:
        for name in todo:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the real import later says what is wrong
                pass

    thread = worker(work, "kernkracht-import")
    thread.start()
    return thread


def import_later(modules: Sequence[str] = SESSION_MODULES, delay_ms: int = DELAY_MS) -> None:
    """Start :func:`import_in_background` from the event loop after ``delay_ms``."""
    QTimer.singleShot(delay_ms, lambda: import_in_background(modules))


def import_when_idle(modules: Sequence[str], delay_ms: int = DELAY_MS, gap_ms: int = IDLE_GAP_MS) -> None:
    """Import ``modules`` on the GUI thread, one at a time ``gap_ms`` apart, starting after ``delay_ms``.
    A module already there costs nothing; one that fails is left for its first real use."""
    todo = [m for m in modules if m not in _started]
    _started.update(todo)

    def next_one() -> None:
        if not todo:
            return
        try:
            importlib.import_module(todo.pop(0))
        except Exception:  # noqa: BLE001 - the real import later says what is wrong
            pass
        if todo:
            QTimer.singleShot(gap_ms, next_one)

    QTimer.singleShot(delay_ms, next_one)
