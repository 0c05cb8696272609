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

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.changes import ChangeEvent
from ...domain.refusal import Refusal
from ...domain.session import Session
from ...store.errors import ChangedUnderneath, ReadOnlyFile, StoreError
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
        read_only: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.file = file
        #: the file's path when it is open read-only (``file`` is None then): view, export, print
        self.read_only = read_only
        self._read_only_said = False
        self.library = library
        self.settings = settings
        self.language = language
        self.current_step = ""
        self.dialog_parent: QWidget | None = None
        self.last_error: StoreError | None = None
        #: the one warning box on screen (a full disk must not stack a box per keystroke)
        self.error_box: QMessageBox | None = None
        #: step id -> the record last selected there (what the projector highlights)
        self.focused: dict[str, str] = {}
        self.focus_changed.connect(self._remember_focus)
        #: the message of the refusal of the last operation run, or None when it was done
        self.last_refusal: str | None = None
        session.subscribe(self._relay)
        if file is not None:
            file.on_divert = self._diverted

    def _remember_focus(self, step_id: str, record_id: str) -> None:
        self.focused[step_id] = record_id

    def _relay(self, event: ChangeEvent) -> None:
        self.changed.emit(event)

    def detach(self) -> None:
        self.session.unsubscribe(self._relay)

    @property
    def path(self) -> Path | None:
        return self.file.path if self.file is not None else self.read_only

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
        if self.read_only is not None and isinstance(exc, ReadOnlyFile):
            if self._read_only_said:  # the banner and one box said it: not a box per keystroke
                self.refused.emit(self.tr("Alleen lezen: deze wijziging is niet bewaard."))
                return
            self._read_only_said = True
        if self.error_box is not None and self.error_box.isVisible():
            self.error_box.setText(exc.message(self.language))  # the same box says the newest
            return
        box = QMessageBox(self.dialog_parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Niet opgeslagen"))
        box.setText(exc.message(self.language))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setObjectName("storeErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._box_closed)
        self.error_box = box
        box.open()

    def _box_closed(self, _result: int = 0) -> None:
        self.error_box = None

    def _diverted(self, exc: ChangedUnderneath) -> None:
        """The file changed underneath: say so once, and offer to merge the two."""
        self.last_error = exc
        box = QMessageBox(self.dialog_parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Bestand veranderd door een ander"))
        box.setText(exc.message(self.language))
        box.setObjectName("changedUnderneathBox")
        merge = box.addButton(self.tr("Samenvoegen…"), QMessageBox.ButtonRole.AcceptRole)
        merge.setObjectName("mergeButton")
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        merge.clicked.connect(self.merge_with_original)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._box_closed)
        self.error_box = box
        box.open()

    def merge_with_original(self) -> Path | None:
        """Merge the other copy with the edits made here into a new meeting in the library."""
        from ...store.rescue_merge import merge_with_original

        sf = self.file
        if sf is None or sf.diverted is None or sf.diverted.path is None:
            return None
        original = sf.diverted.path
        folder = self.library.root if self.library is not None else original.parent
        dest = folder / f"{original.stem}-samengevoegd{original.suffix}"
        n = 2
        while dest.exists():
            dest = folder / f"{original.stem}-samengevoegd-{n}{original.suffix}"
            n += 1
        report = self.run(merge_with_original, sf, dest)
        if report is None:
            return None
        box = QMessageBox(self.dialog_parent)
        box.setObjectName("mergeReportBox")
        box.setWindowTitle(self.tr("Samengevoegd"))
        box.setText(self.tr("Beide versies staan samen in {0}. U vindt het in de bibliotheek.").format(dest.name))
        box.setDetailedText("\n".join(report.lines()))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return dest

    def blob(self, blob_id: str) -> bytes | None:
        return self.session.storage.get_blob(blob_id) if blob_id else None
