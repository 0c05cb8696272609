"""The session window's backups (every five minutes, Bestand → Reservekopie maken, and on close),
made in a worker thread so the window never waits for them.

The worker uses the window's own connection only for SQLite's online backup, which copies the
file a few pages at a time (:meth:`Library.backup_online`); everything else (pictures, the
rolling set, the purge of withdrawn contact details) works on that copy and on the backup
folder. One backup runs at a time: asking for another while one runs makes one more when it
ends. Closing the window waits for the running backup, then makes the last one, with the window
painting meanwhile (:func:`run_in_background`), and only then closes the file. A backup that
cannot be written (full disk, folder not writable) gives a calm line in the status bar: the
meeting itself is safe on disk.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ...store.errors import StoreError
from ..common.background import worker

if TYPE_CHECKING:
    from .window import SessionWindow

#: how often the GUI thread looks whether the worker is done
POLL_MS = 30


class BackupRunner(QObject):
    """Runs the window's backups one at a time in a worker thread."""

    #: a backup ended: the StoreError it failed with, or None when it was written
    finished = Signal(object)

    def __init__(self, window: SessionWindow) -> None:
        super().__init__(window)
        self.window = window
        self._thread: threading.Thread | None = None
        self._outcome: dict[str, Any] = {}
        self._again = False
        self._announce = False
        self._purge = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)

    def busy(self) -> bool:
        return self._thread is not None

    def start(self, announce: bool = False) -> None:
        """Begin a backup; ``announce``: say so in the status bar when it is written."""
        self._announce = self._announce or announce
        if self._thread is not None:
            self._again = True  # edits made since this one began get the next one
            return
        lib, sf = self.window.context.library, self.window.context.file
        if lib is None or sf is None or getattr(sf, "conn", None) is None:
            return
        self.window._dirty_since_backup = False  # an edit from now on asks for the next backup
        self._run(lambda: lib.backup_online(sf))

    def purge(self) -> None:
        """Clear from the older backups the contact details the file no longer holds (after a
        consent change). Read from a consistent copy in the worker: at 20,000 cards reading them
        on the GUI thread took 0.12 s."""
        lib, sf = self.window.context.library, self.window.context.file
        if lib is None or sf is None or getattr(sf, "conn", None) is None:
            return
        if self._thread is not None:
            self._purge = True  # after the running job (a backup ends with its own purge, and this one)
            return
        self._run(lambda: lib.purge_backups(sf), quiet=True)

    def _run(self, job: Callable[[], object], quiet: bool = False) -> None:
        self._outcome = {"quiet": quiet}
        self._thread = worker(lambda: self._work(job), "kernkracht-backup")
        self._thread.start()
        self._poll.start()

    def _work(self, backup: Callable[[], object]) -> None:
        try:
            backup()  # in a worker(): no full collection it sets off holds the window
        except StoreError as exc:
            self._outcome["error"] = exc
        except BaseException as exc:  # a bug: raised again on the GUI thread
            self._outcome["bug"] = exc

    def _check(self) -> None:
        if self._thread is None or self._thread.is_alive():
            return
        self._thread.join()
        self._thread = None
        self._poll.stop()
        again, self._again = self._again, False
        bug = self._outcome.get("bug")
        if bug is not None:
            raise bug
        announce = self._announce and not again  # else the next backup is the one asked for
        if not self._outcome["quiet"]:
            self._report(self._outcome.get("error"), announce)
            self._announce = self._announce and not announce
        purge, self._purge = self._purge, False
        if self.window._closing:
            return  # the backup on close comes next (last_backup), with its own purge
        if again:
            self.start()
        elif purge:
            self.purge()

    def _report(self, error: StoreError | None, announce: bool) -> None:
        bar = self.window.statusBar()
        if error is not None:
            # the meeting itself is safe on disk; only the extra copy failed, so no alarm box
            # (a StoreError's own text would wrongly say the last change was lost)
            self.window.context.last_error = error
            self.window._dirty_since_backup = True
            bar.showMessage(
                QCoreApplication.translate(
                    "SessionWindow",
                    "Geen reservekopie gemaakt: er is te weinig ruimte of de map is niet beschrijfbaar.",
                ),
                15000,
            )
        elif announce:
            bar.showMessage(QCoreApplication.translate("SessionWindow", "Reservekopie gemaakt"), 4000)
        self.finished.emit(error)

    def wait(self) -> None:
        """Until the running backup (if any) has ended; the window keeps painting meanwhile."""
        thread = self._thread
        if thread is None:
            return
        from ..common.background import run_in_background

        label = QCoreApplication.translate("SessionWindow", "Reservekopie maken…")
        run_in_background(self.window, label, thread.join)
        self._check()

    def last_backup(self) -> None:
        """The backup on close: wait for a running one, then make one more of what came after."""
        self.wait()
        if self.window._dirty_since_backup:
            self.start()
            self.wait()
