"""Slow file work (export, import, merge, copy) off the GUI thread, with the window still painting.

:func:`run_in_background` starts the work in a worker thread and waits for it in a local
event loop, so callers stay as simple as a plain call (the result comes back, an exception
is raised again) while the window keeps repainting and a busy dialog appears when the work
takes longer than a moment. The window is disabled meanwhile, so nothing else is started
half-way. The work must not touch widgets or the open meeting's SQLite connection: it gets
paths and writes files.

While the work runs, Python's full garbage collections are held back (:func:`no_full_collections`):
the worker makes hundreds of thousands of objects at 20,000 cards, and a full collection it sets
off walks every object of the process while holding the interpreter lock, which froze the window
up to a second in the middle of a merge. Young objects are still collected; the rest is freed by
reference counting when the work ends, and the next full collection comes at its usual pace.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...store.memory import no_full_collections

T = TypeVar("T")

#: how long the work may run before the busy dialog shows
SHOW_AFTER_MS = 400
#: how often the GUI thread looks whether the work is done
POLL_MS = 15


def run_in_background(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run ``work()`` in a worker thread; return its result (or raise its exception) when it is done."""
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed back to the GUI thread, raised there
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="kernkracht-work", daemon=True)
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(label)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setValue(0)  # starts the timer that shows the dialog after SHOW_AFTER_MS (else it never shows)
    try:
        wait_for_thread(parent, dialog, thread)
    finally:
        dialog.reset()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["result"]
    return result


def wait_for_thread(
    parent: QWidget | None, dialog: QWidget, thread: threading.Thread, look: Callable[[], None] | None = None
) -> None:
    """Start ``thread`` and run a local event loop until it ends, so the windows go on painting.

    ``parent`` is disabled meanwhile (nothing else is started half-way) and ``dialog`` stays
    usable; full garbage collections are held back; ``look()`` runs every :data:`POLL_MS`."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(POLL_MS)

    def tick() -> None:
        if look is not None:
            look()
        if not thread.is_alive():
            loop.quit()

    poll.timeout.connect(tick)
    was_enabled = parent.isEnabled() if parent is not None else True
    if parent is not None:
        parent.setEnabled(False)
        dialog.setEnabled(True)  # a disabled window greys out its children, the dialog too
    try:
        with no_full_collections():
            thread.start()
            poll.start()
            if thread.is_alive():
                loop.exec()
            thread.join()
    finally:
        poll.stop()
        if parent is not None:
            parent.setEnabled(was_enabled)
