"""The Qt face of an open session: what every step page gets in its constructor.

Pages change the session only through :meth:`SessionContext.run` with a domain
operation; the context turns a rule's :class:`~facilitator.domain.refusal.Refusal` and
environment errors (disk full, file gone read-only) into a message in the user's language,
and re-announces the session's change events
as the Qt signal :attr:`SessionContext.changed`, from which views redraw.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.changes import ChangeEvent
from ...domain.refusal import Refusal
from ...domain.session import Session
from ...store.errors import StoreError
from ...store.library import Library
from ...store.sessionfile import SessionFile

T = TypeVar("T")


class SessionContext(QObject):
    #: a ChangeEvent after every edit, undo, redo or reload
    changed = Signal(object)
    #: the step shown in the main window changed (step id)
    step_changed = Signal(str)
    #: something on a page was selected that other views may follow (step id, record id)
    focus_changed = Signal(str, str)
    #: a rule refused an operation; the message is in the user's language (shown in the status bar)
    refused = Signal(str)

    def __init__(
        self,
        session: Session,
        file: SessionFile | None = None,
        library: Library | None = None,
        settings: QSettings | None = None,
        language: str = "nl",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.file = file
        self.library = library
        self.settings = settings
        self.language = language
        self.current_step = ""
        self.dialog_parent: QWidget | None = None
        self.last_error: StoreError | None = None
        #: step id -> the record last selected there (what the projector highlights)
        self.focused: dict[str, str] = {}
        self.focus_changed.connect(self._remember_focus)
        #: the message of the refusal of the last operation run, or None when it was done
        self.last_refusal: str | None = None
        session.subscribe(self._relay)

    def _remember_focus(self, step_id: str, record_id: str) -> None:
        self.focused[step_id] = record_id

    def _relay(self, event: ChangeEvent) -> None:
        self.changed.emit(event)

    def detach(self) -> None:
        self.session.unsubscribe(self._relay)

    @property
    def path(self) -> Path | None:
        return self.file.path if self.file is not None else None

    def run(self, operation: Callable[..., T], /, *args: Any, **kwargs: Any) -> T | None:
        """Run a domain operation; a refusal or an environment error becomes a message and returns None.

        A refusal goes to ``say`` (a page's own message line) when given, else to :attr:`refused`;
        :attr:`last_refusal` tells the caller whether the operation was refused.
        """
        say: Callable[[str], None] | None = kwargs.pop("say", None)
        self.last_refusal = None
        try:
            return operation(*args, **kwargs)
        except Refusal as exc:
            context = "Refusal"  # the texts come from the domain (ui/common/translations.py)
            message = exc.message(lambda text: QCoreApplication.translate(context, text))
            self.last_refusal = message
            if say is not None:
                say(message)
            else:
                self.refused.emit(message)
            return None
        except StoreError as exc:
            self.show_error(exc)
            return None

    def show_error(self, exc: StoreError) -> None:
        self.last_error = exc
        box = QMessageBox(self.dialog_parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Niet opgeslagen"))
        box.setText(exc.message(self.language))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setObjectName("storeErrorBox")
        box.open()

    def blob(self, blob_id: str) -> bytes | None:
        return self.session.storage.get_blob(blob_id) if blob_id else None
