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

Every worker of the app starts through :func:`worker`, which also shortens the interpreter's
switch interval while it runs (:func:`gui_first`): the window calls into Python for each paint
of an icon, each timer and each model row, and with Python's default of 5 ms every such call
could wait that long for a busy worker to let go of the interpreter lock. A repaint of the
session window makes a few dozen of those calls: 0.1–0.3 s frozen at 20,000 cards during an export.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...store.memory import no_full_collections

T = TypeVar("T")

# how long the work may run before the busy dialog shows
SHOW_AFTER_MS = 400
# how often the GUI thread looks whether the work is done
POLL_MS = 15
# the interpreter's switch interval while a worker runs (Python's own is 5 ms); at 0.5 ms an
# export at 20,000 cards still froze the window 0.13–0.19 s, at 0.2 ms never over 50 ms, and
# the work itself took no measurably longer (export 1.4–2.1 s, anonymised export 5.4–7.1 s)
WORKER_SWITCH_S = 0.0002

_workers = 0
_workers_lock = threading.Lock()
_saved_switch = 0.005


@contextlib.contextmanager
def gui_first() -> Iterator[None]:
    """Shorten the interpreter's switch interval while any worker runs (counted, like
    :func:`no_full_collections`): the GUI thread then gets the interpreter lock within 0.2 ms
    whenever Qt calls into Python, instead of up to 5 ms each time."""
    global _workers, _saved_switch
    with _workers_lock:
        if _workers == 0:
            _saved_switch = sys.getswitchinterval()
            sys.setswitchinterval(min(_saved_switch, WORKER_SWITCH_S))
        _workers += 1
    try:
        yield
    finally:
        with _workers_lock:
            _workers -= 1
            if _workers == 0:
                sys.setswitchinterval(_saved_switch)


def worker(target: Callable[[], object], name: str) -> threading.Thread:
    """A daemon thread (not started) that runs ``target`` the way every worker of the app runs:
    full garbage collections held back and the GUI thread first in line for the interpreter."""

    def run() -> None:
        with no_full_collections(), gui_first():
            target()

    return threading.Thread(target=run, name=name, daemon=True)


def run_in_background(parent: QWidget | None, label: str, work: Callable[[], T], stoppable: bool = False) -> T:
    """Run ``work()`` in a worker thread; return its result (or raise its exception) when it is done.

    ``stoppable``: the work reports how far it is (:mod:`facilitator.store.progress`); the dialog
    then shows a bar that fills and Annuleren (or Esc), which stops the work at its next step
    and raises :class:`~facilitator.store.progress.Stopped` here (nothing was written)."""
    from PySide6.QtCore import QCoreApplication

    from ...store.progress import Progress, reporting

    outcome: dict[str, Any] = {}
    progress = Progress()

    def target() -> None:
        try:
            if stoppable:
                with reporting(progress):
                    outcome["result"] = work()
            else:
                outcome["result"] = work()
        except BaseException as exc:  # handed back to the GUI thread, raised there
            outcome["error"] = exc

    thread = worker(target, "kernkracht-work")
    dialog = QProgressDialog(label, "", 0, 0, parent)  # a busy bar until the work says how much there is
    dialog.setWindowTitle(label)
    dialog.setMinimumWidth(360)  # the label and the bar readable from across a room
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    look = None
    if stoppable:
        dialog.setCancelButtonText(QCoreApplication.translate("Background", "Annuleren"))

        def stop() -> None:
            progress.stop()  # the work stops at its next step; the window waits for that moment

        dialog.canceled.connect(stop)

        def look() -> None:
            fraction = progress.fraction()
            if fraction is None or progress.stop_asked:
                return
            if dialog.maximum() == 0:
                dialog.setMaximum(1000)
            dialog.setValue(int(fraction * 1000))

    else:
        dialog.setCancelButton(None)
    dialog.setValue(0)  # starts the timer that shows the dialog after SHOW_AFTER_MS (else it never shows)
    try:
        wait_for_thread(parent, dialog, thread, look)
    finally:
        dialog.reset()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["result"]
    return result


# the window property that names the work running for it (its dialog's title), "" when none
BUSY = "kernkrachtBusy"
# set when the window was closed while work ran for it: it closes when the work is done
CLOSE_AFTER = "kernkrachtCloseAfter"


def close_after_work(window: QWidget, event: QCloseEvent) -> str:
    """When work runs for ``window`` (an export, an import, a merge, an opening), its close
    waits: the event is ignored and the window closes as soon as the work is done. Returns the
    work's name then (for the status bar), else "" and the close goes on as usual. A window
    closed halfway used to close its file under a worker that was still reading it."""
    work = str(window.property(BUSY) or "")
    if work:
        event.ignore()
        window.setProperty(CLOSE_AFTER, True)
    return work


def stopped_message() -> str:
    """What the status bar says after Annuleren stopped an export, import or merge."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Background", "Gestopt; er is niets geschreven en niets veranderd.")


def wait_for_thread(
    parent: QWidget | None, dialog: QWidget, thread: threading.Thread, look: Callable[[], None] | None = None
) -> None:
    """Start ``thread`` and run a local event loop until it ends, so the windows go on painting.

    ``parent`` is disabled meanwhile (nothing else is started half-way) and ``dialog`` stays
    usable; ``look()`` runs every :data:`POLL_MS`. ``thread`` comes from :func:`worker`."""
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
        parent.setProperty(BUSY, dialog.windowTitle() or "…")
    try:
        thread.start()
        poll.start()
        if thread.is_alive():
            loop.exec()
        thread.join()
    finally:
        poll.stop()
        if parent is not None:
            parent.setEnabled(was_enabled)
            parent.setProperty(BUSY, "")
            if parent.property(CLOSE_AFTER):  # closed meanwhile: now that the work is done
                parent.setProperty(CLOSE_AFTER, False)
                QTimer.singleShot(0, parent.close)
