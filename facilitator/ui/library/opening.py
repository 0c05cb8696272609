"""Opening a meeting from the library: read in a worker thread, with a dialog that shows each step.

The steps are those of :meth:`SessionWindow.load` (read and check the file, make the backup,
put the cards in order) and then the window's build on the GUI thread. The dialog appears
when opening takes longer than a moment; its bar moves on as each step starts, and through
the read as the records come in (:mod:`facilitator.store.progress`), and its label says which
step runs. Annuleren (or Esc) stops the opening at the next record read or the next step: the
file is closed again as it was, no backup is made and no window opens. The other steps are
short and are finished first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SIGNAL, SLOT, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from ...domain import hyphenation
from ...store.progress import Progress, Stopped, expect, reporting, size_of
from ..common.background import wait_for_thread, worker

if TYPE_CHECKING:
    from ...domain.session import Session
    from ...store.library import Library
    from ...store.sessionfile import SessionFile

#: how long the opening may run before the dialog shows
SHOW_AFTER_MS = 400
#: where the bar stands when each step starts (the read of the file is most of the work)
STEP_VALUE = {"read": 0, "backup": 70, "prepare": 85, "build": 92}


class OpeningStopped(Exception):
    """Annuleren was chosen: the opening stopped between two steps."""


def step_text(step: str) -> str:
    texts = {
        "read": QCoreApplication.translate("Opening", "Het bestand wordt gelezen en gecontroleerd…"),
        "backup": QCoreApplication.translate("Opening", "Er wordt een reservekopie gemaakt…"),
        "prepare": QCoreApplication.translate("Opening", "De kaarten worden op volgorde gezet…"),
        "build": QCoreApplication.translate("Opening", "Het venster wordt opgebouwd…"),
    }
    return texts[step]


class OpeningDialog(QProgressDialog):
    """The bar and the step; Annuleren asks the worker to stop at the next step."""

    def __init__(self, path: Path, parent: QWidget | None) -> None:
        super().__init__(step_text("read"), self.tr("Annuleren"), 0, 100, parent)
        self.setObjectName("openingDialog")
        self.setWindowTitle(self.tr("{0} openen").format(path.stem))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.stop_asked = False
        self.progress: Progress | None = None
        # Qt's own answer to Annuleren hides the dialog at once; it stays until the file is closed
        QObject.disconnect(self, SIGNAL("canceled()"), self, SLOT("cancel()"))
        self.canceled.connect(self._stop)
        self.setValue(0)  # starts the timer that shows the dialog after SHOW_AFTER_MS

    def _stop(self) -> None:
        self.stop_asked = True
        if self.progress is not None:
            self.progress.stop()  # the read stops at its next record
        self.setLabelText(self.tr("Het openen stopt na deze stap…"))
        for button in self.findChildren(QPushButton):
            button.setEnabled(False)

    def show_step(self, step: str, fraction: float | None = None) -> None:
        """Show ``step``; during the read, ``fraction`` of the records read moves the bar on."""
        if not self.stop_asked:
            self.setLabelText(step_text(step))
        value = STEP_VALUE[step]
        if step == "read" and fraction is not None:
            value = int(fraction * STEP_VALUE["backup"])
        self.setValue(value)

    def reject(self) -> None:
        """Esc: the same as Annuleren, but the dialog stays until the file is closed again."""
        if not self.stop_asked:
            self.canceled.emit()


def open_meeting(
    parent: QWidget | None, path: Path, library: Library, dialog_made: Callable[[OpeningDialog], None] | None = None
) -> tuple[SessionFile | None, Session] | None:
    """Read the meeting in a worker while ``parent`` stays painted; None when Annuleren stopped it.

    An error of the read (a StoreError with its Dutch message) is raised here again."""
    from ..session.window import SessionWindow

    dialog = OpeningDialog(path, parent)
    if dialog_made is not None:
        dialog_made(dialog)
    state: dict[str, Any] = {"step": "read"}

    def stage(step: str) -> None:
        if dialog.stop_asked:
            raise OpeningStopped
        state["step"] = step

    progress = dialog.progress = Progress()

    def target() -> None:
        try:
            with reporting(progress):
                expect(size_of(path)[0])  # the records to read
                state["result"] = SessionWindow.load(path, library, stage)
            # the card tiles break long words with it: read here, not in the first paint (0.3 s)
            hyphenation.load()
        except BaseException as exc:  # handed back to the GUI thread
            state["error"] = exc

    thread = worker(target, "kernkracht-open")
    wait_for_thread(parent, dialog, thread, lambda: dialog.show_step(state["step"], progress.fraction()))
    error = state.get("error")
    stopped = isinstance(error, (OpeningStopped, Stopped)) or (error is None and dialog.stop_asked)
    if stopped:
        result = state.get("result")
        if result is not None and result[0] is not None:
            result[0].close()  # Annuleren came after the last step: close it again all the same
        finish(dialog)
        return None
    if error is not None:
        finish(dialog)
        raise error
    dialog.show_step("build")
    loaded: tuple[SessionFile | None, Session] = state["result"]
    return loaded


def finish(dialog: OpeningDialog) -> None:
    """Close the dialog (after the window is built, or when the opening stopped)."""
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()
