"""The session window: the steps of the meeting in a sidebar, one page per step.

Hooks for features that add to the window: ``menus`` (name -> QMenu: file, edit,
view, meeting, help), ``toolbar``, ``pages`` (step id -> page, built on first
show), ``context`` (the SessionContext), ``show_step(step_id)``.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ...domain.changes import ChangeEvent
from ...domain.preparation import Meeting
from ...store.errors import ReadOnlyFile, StoreError
from ...store.library import Library
from ...store.sessionfile import SessionFile, open_session
from ..common.about import add_about_actions
from ..common.icons import icon
from ..common.settings import AppSettings, apply_font_size
from ..common.warmup import import_later, import_when_idle
from ..common.widgets import SessionUndoKeys
from ..steps import STEPS, Step
from ..steps.base import StepPage
from .context import SessionContext

if TYPE_CHECKING:
    from ...domain.session import Session
    from .agenda_timer import AgendaTimerControl
    from .file_banner import FileBanner, FileWatch
    from .projector import ProjectorControl

BACKUP_INTERVAL_MS = 5 * 60 * 1000
#: the steps of :meth:`SessionWindow.load`, in order, and the window's build after them
LOAD_STAGES = ("read", "backup", "prepare", "build")


def undo_label(label: str) -> str:
    """An undo step's name in the user's language (the domain names its steps in Dutch)."""
    context = "Undo"  # a variable, so lupdate does not take ``label`` for a text (ui/common/translations.py)
    return QCoreApplication.translate(context, label)


def warm_up(session: Session) -> None:
    """What the first page needs, done while the file is read: the cards sorted once (the session
    keeps the order, so the board's first build only reads it: 45 ms less at 20,000 cards), and
    the carried cards still to confirm (the Krachtenkaart's banner: 42 ms at 20,000 cards)."""
    from ...domain.card_check import to_confirm
    from ...domain.krachtenkaart import AssetCard

    session.all(AssetCard)
    to_confirm(session)


class SessionWindow(QMainWindow):
    closed = Signal()

    @classmethod
    def open(cls, path: Path, library: Library, settings: AppSettings, language: str = "nl") -> SessionWindow:
        """Open a session file; raises StoreError (with a message for the user) when it cannot.

        A file Kernkracht may not write opens read-only: to view, export and print.
        """
        return cls.from_loaded(path, *cls.load(path, library), library, settings, language)

    @staticmethod
    def load(
        path: Path, library: Library, stage: Callable[[str], None] = lambda _name: None
    ) -> tuple[SessionFile | None, Session]:
        """Read and check the file, and back it up: no Qt, so a worker thread may do it.

        A file that may not be written comes back without a SessionFile (read-only).
        ``stage(name)`` hears each step as it starts (see :data:`LOAD_STAGES`); it may raise
        to stop there, and then the file is closed again, untouched and without a backup."""
        stage("read")
        try:
            sf, session = open_session(path, backup_dir=library.backup_dir)
        except ReadOnlyFile:
            from ...store.readonly import read_only_session

            session = read_only_session(path)
            stage("prepare")
            warm_up(session)
            return None, session
        try:
            stage("backup")
            try:
                library.backup(sf)  # a copy as it was when opened
            except StoreError:
                pass  # a backup that cannot be written must not keep the meeting from starting
            stage("prepare")
            warm_up(session)
        except BaseException:
            sf.close()
            raise
        return sf, session

    @classmethod
    def from_loaded(
        cls,
        path: Path,
        sf: SessionFile | None,
        session: Session,
        library: Library,
        settings: AppSettings,
        language: str = "nl",
        first_page_later: bool = False,
    ) -> SessionWindow:
        """The window of the meeting in ``path`` that :meth:`load` has read (``sf`` None: read-only).

        ``first_page_later``: the first step's page is built on the next turn of the event loop,
        so the window itself can paint first (the library window opens a meeting this way)."""
        read_only = path if sf is None else None
        context = SessionContext(session, sf, library, settings.qsettings, language, read_only=read_only)
        return cls(context, settings, first_page_later=first_page_later)

    def __init__(self, context: SessionContext, settings: AppSettings, first_page_later: bool = False) -> None:
        super().__init__()
        self.context = context
        self.settings = settings
        self.setObjectName("sessionWindow")
        context.dialog_parent = self
        context.setParent(self)
        self._dirty_since_backup = False
        self._closing = False

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("stepSidebar")
        self.sidebar.setAccessibleName(self.tr("Stappen van de bijeenkomst"))
        self.sidebar.setIconSize(QSize(28, 28))
        self.sidebar.setMinimumWidth(180)
        self.sidebar.setMaximumWidth(230)
        font = self.sidebar.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.sidebar.setFont(font)
        self.stack = QStackedWidget()
        # the steps in order; a step's page (and its module) is made when it is first shown
        self.page_classes: tuple[Step, ...] = STEPS
        self.pages: dict[str, StepPage] = {}
        for number, cls in enumerate(self.page_classes, start=1):
            item = QListWidgetItem(icon(cls.icon_name), f"{number}  {self._page_title(cls)}")
            item.setData(Qt.ItemDataRole.UserRole, cls.step_id)
            item.setSizeHint(QSize(180, 48))
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the page on first show
        self.sidebar.currentRowChanged.connect(self._show_row)

        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)
        self.demo_label = QLabel(self.tr("Demodorp: verzonnen oefengegevens"))
        self.demo_label.setObjectName("demoLabel")
        self.demo_label.setStyleSheet("QLabel { background: #fff3c4; color: #5a4500; padding: 2px 8px; }")
        self.statusBar().addWidget(self.demo_label)

        self.menus: dict[str, QMenu] = {}
        # set by the extensions that _install_extensions() adds (agenda timer, projector, privacy)
        self.agenda_timer: AgendaTimerControl | None = None
        self.projector: ProjectorControl | None = None
        self.projector_closed: Callable[[], None] = lambda: None
        self.export_anonymous_action: QAction | None = None
        self.file_banner: FileBanner | None = None
        self.file_watch: FileWatch | None = None
        self.export_anonymous_without_organisations_action: QAction | None = None
        self.purge_timer: QTimer | None = None
        self.toolbar = QToolBar(self.tr("Werkbalk"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(22, 22))
        self.addToolBar(self.toolbar)
        self._build_actions()
        self._install_extensions()

        context.changed.connect(self._on_changed)
        context.refused.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.undo_keys = SessionUndoKeys(self)  # on the focused field of this window
        from .backup_runner import BackupRunner

        self.backups = BackupRunner(self)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self.backup_timer.timeout.connect(self.make_backup)
        self.backup_timer.start()

        import_later()  # the handout's reading code (reportlab) for Afronding, after the first paint
        # the other steps' pages, while nobody clicks (the Krachtenkaart's import took 45 ms of its first show)
        import_when_idle([step.module for step in STEPS])

        self.resize(1280, 800)
        geometry = settings.geometry("session")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._update_title()
        self._update_undo()
        self._show_saved(initial=True)
        if first_page_later:
            # a big meeting's page takes a while: the window paints first, then builds it (issue 17)
            QTimer.singleShot(0, self, self._show_first_step)  # dropped if the window is gone
        else:
            self._show_first_step()

    def _show_first_step(self) -> None:
        """The step the facilitator was at last time in this meeting, else the first."""
        if self.sidebar.count() and self.sidebar.currentRow() < 0 and not self._closing:
            last = str(self.settings.value(f"last_step/{self.context.session.single(Meeting).id}", ""))
            ids = [c.step_id for c in self.page_classes]
            self.sidebar.setCurrentRow(ids.index(last) if last in ids else 0)

    # ------------------------------------------------------------------ pages
    def _page_title(self, cls: Step) -> str:
        from ...content import load, text

        for step in load("participant_roles")["steps"]:
            if step["id"] == cls.step_id:
                return text(step["label"], self.context.language)
        return cls.step_id

    def page(self, step_id: str) -> StepPage:
        """The page of a step, built on first use."""
        if step_id not in self.pages:
            index = [c.step_id for c in self.page_classes].index(step_id)
            page = self.page_classes[index].page_class()(self.context, self.stack)
            old = self.stack.widget(index)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.stack.insertWidget(index, page)
            self.pages[step_id] = page
        return self.pages[step_id]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        step_id = self.page_classes[row].step_id
        page = self.page(step_id)
        self.stack.setCurrentWidget(page)
        self.context.current_step = step_id
        self.context.step_changed.emit(step_id)
        page.focus_first()

    def show_step(self, step_id: str) -> StepPage:
        ids = [c.step_id for c in self.page_classes]
        self.sidebar.setCurrentRow(ids.index(step_id))
        return self.pages[step_id]

    def current_step(self) -> str:
        return self.context.current_step

    def step_ids(self) -> list[str]:
        return [c.step_id for c in self.page_classes]

    # ---------------------------------------------------------------- actions
    def _action(self, text: str, slot, shortcut=None, icon_name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, QKeySequence.StandardKey)):
                # a standard key has several bindings (Close: Ctrl+F4 and Ctrl+W); setShortcut keeps only the first
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        self.menus["file"] = file_menu = bar.addMenu(self.tr("&Bestand"))
        self.back_action = self._action(
            self.tr("&Terug naar de bibliotheek"), self.close, QKeySequence.StandardKey.Close, "mdi6.bookshelf"
        )
        self.export_action = self._action(self.tr("&Exporteren als JSON…"), self.export_json, None, "mdi6.file-export")
        self.backup_action = self._action(
            self.tr("&Reservekopie maken"), self.make_backup, None, "mdi6.content-save-all"
        )
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.back_action)

        self.menus["edit"] = edit_menu = bar.addMenu(self.tr("Be&werken"))
        self.undo_action = self._action(
            self.tr("&Ongedaan maken"), self.undo, QKeySequence.StandardKey.Undo, "mdi6.undo"
        )
        self.redo_action = self._action(
            self.tr("O&pnieuw"),
            self.redo,
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
            "mdi6.redo",
        )
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        self.menus["view"] = view_menu = bar.addMenu(self.tr("Bee&ld"))
        self.next_action = self._action(
            self.tr("&Volgende stap"), lambda: self._step_by(1), QKeySequence("Ctrl+PgDown")
        )
        self.prev_action = self._action(self.tr("Vo&rige stap"), lambda: self._step_by(-1), QKeySequence("Ctrl+PgUp"))
        self.sidebar_action = self._action(self.tr("Naar de &stappenlijst"), self.sidebar.setFocus, QKeySequence("F6"))
        view_menu.addAction(self.next_action)
        view_menu.addAction(self.prev_action)
        view_menu.addAction(self.sidebar_action)
        view_menu.addSeparator()
        for number, cls in enumerate(self.page_classes, start=1):
            step_id = cls.step_id
            action = self._action(
                f"&{number} {self._page_title(cls)}",
                lambda _=False, s=step_id: self.show_step(s),
                QKeySequence(f"Alt+{number}"),
            )
            view_menu.addAction(action)
        view_menu.addSeparator()
        bigger = self._action(
            self.tr("Grotere &tekst"), lambda: self._zoom(1), [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")]
        )
        smaller = self._action(self.tr("Kleinere te&kst"), lambda: self._zoom(-1), QKeySequence("Ctrl+-"))
        view_menu.addAction(bigger)
        view_menu.addAction(smaller)

        self.menus["meeting"] = bar.addMenu(self.tr("Bij&eenkomst"))
        self.safari_action = self._action(
            self.tr("&Wijksafari…"), self.open_safari, QKeySequence("Ctrl+Shift+W"), "mdi6.walk"
        )
        self.menus["meeting"].addAction(self.safari_action)
        self.menus["help"] = help_menu = bar.addMenu(self.tr("&Help"))
        keys = self._action(self.tr("&Sneltoetsen"), self.show_shortcuts, QKeySequence("F1"))
        help_menu.addAction(keys)
        help_menu.addSeparator()
        add_about_actions(help_menu, self)

        self.toolbar.addAction(self.back_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()

    def _install_extensions(self) -> None:
        """The agenda timer, the projector, the anonymised export and the interview form add their actions."""
        from ..library import next_meeting
        from ..steps.krachtenkaart import interview_dialog
        from . import agenda_timer, file_banner, privacy_actions, projector, review_window

        for extension in (file_banner, agenda_timer, projector, privacy_actions, interview_dialog, review_window):
            extension.install(self)
        next_meeting.install_session(self)  # Bestand → Nieuwe bijeenkomst voor deze plaats

    def open_safari(self) -> None:
        """The wijksafari capture form (facilitator/ui/steps/krachtenkaart/safari.py), one per window."""
        from ..steps.krachtenkaart.safari import open_safari

        dialog = getattr(self, "safari_dialog", None)
        if dialog is None:
            self.safari_dialog = open_safari(self.context, self)
            return
        if dialog.isVisible():
            dialog.raise_()  # behind the window: bring it to the front
        dialog.show()  # closing only hid it: the chosen category is still there
        dialog.activateWindow()
        dialog.title.setFocus()

    def _step_by(self, offset: int) -> None:
        count = self.sidebar.count()
        if count:
            self.sidebar.setCurrentRow(max(0, min(count - 1, self.sidebar.currentRow() + offset)))

    def _zoom(self, delta: int) -> None:
        from ..common.settings import FONT_SIZES

        size = min(max(self.settings.font_size + delta, FONT_SIZES.start), FONT_SIZES.stop - 1)
        self.settings.font_size = size
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_font_size(app, size)
        self.statusBar().showMessage(self.tr("Lettergrootte {0} pt").format(size), 3000)

    def undo(self) -> None:
        self.context.run(self.context.session.undo)

    def redo(self) -> None:
        self.context.run(self.context.session.redo)

    # ---------------------------------------------------------------- updates
    def _on_changed(self, event: ChangeEvent) -> None:
        self._dirty_since_backup = True
        self._update_undo()
        self._show_saved()
        if event.touches("meeting"):
            self._update_title()
        if event.origin in ("undo", "redo") and event.label:
            verb = self.tr("Ongedaan gemaakt") if event.origin == "undo" else self.tr("Opnieuw gedaan")
            self.statusBar().showMessage(f"{verb}: {undo_label(event.label)}", 4000)

    def _update_undo(self) -> None:
        s = self.context.session
        self.undo_action.setEnabled(s.can_undo)
        self.redo_action.setEnabled(s.can_redo)
        self.undo_action.setText(
            self.tr("&Ongedaan maken: {0}").format(undo_label(s.undo_label))
            if s.can_undo
            else self.tr("&Ongedaan maken")
        )
        self.redo_action.setText(
            self.tr("O&pnieuw: {0}").format(undo_label(s.redo_label)) if s.can_redo else self.tr("O&pnieuw")
        )

    def _update_title(self) -> None:
        meeting = self.context.session.single(Meeting)
        place = meeting.place.strip() or self.tr("Nieuwe bijeenkomst")
        self.setWindowTitle(f"{place} — Kernkracht")
        self.demo_label.setVisible(meeting.demo)

    def _show_saved(self, initial: bool = False) -> None:
        when = datetime.datetime.now().strftime("%H:%M:%S")
        text = self.tr("Alles staat op schijf") if initial else self.tr("Opgeslagen om {0}").format(when)
        if self.context.read_only is not None:
            text = self.tr("Alleen lezen")
        self.saved_label.setText(text)

    # ---------------------------------------------------------------- file ops
    def make_backup(self) -> None:
        """A backup in a worker thread (:mod:`.backup_runner`); the timer skips it when nothing changed."""
        if not self._dirty_since_backup and self.sender() is self.backup_timer:
            return
        self.backups.start(announce=self.sender() is self.backup_action)

    def export_json(self) -> None:
        """Bestand → Exporteren: written in a worker from a consistent copy, the window painting meanwhile."""
        from ...store.library import meeting_stem

        sf, read_only = self.context.file, self.context.read_only
        if sf is None and read_only is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporteren"),
            str(Path.home() / f"{meeting_stem(self.context.session)}.json"),
            self.tr("Kernkracht-export (*.json)"),
        )
        if not name:
            return
        if self.in_background(self.tr("Exporteren…"), self.export_work(Path(name))) is not None:
            self.statusBar().showMessage(self.tr("Geëxporteerd naar {0}").format(name), 8000)

    def export_work(self, dest: Path) -> Callable[[], Path]:
        """What Exporteren does in the worker: never touches a widget."""
        from ...store.copy_export import export_from_copy
        from ...store.readonly import export_read_only

        sf, read_only = self.context.file, self.context.read_only
        if sf is None:
            assert read_only is not None
            return lambda: export_read_only(read_only, dest)
        return lambda: export_from_copy(sf, dest, self.scratch_folder())

    def scratch_folder(self) -> Path:
        """Where a consistent copy for an export is made: the meeting's backup folder (same disk)."""
        sf, lib = self.context.file, self.context.library
        assert sf is not None
        return lib.backup_dir / sf.path.stem if lib is not None else sf.path.parent

    def in_background(self, label: str, work: Callable[[], Path]) -> Path | None:
        """``work`` in a worker thread (:func:`run_in_background`, with Annuleren); a StoreError
        becomes the usual message, Annuleren a line in the status bar (and None)."""
        from ...store.progress import Stopped
        from ..common.background import run_in_background, stopped_message

        try:
            result: Path | None = self.context.run(run_in_background, self, label, work, True)
        except Stopped:
            self.statusBar().showMessage(stopped_message(), 8000)
            return None
        return result

    def show_shortcuts(self) -> None:
        from .shortcut_list import show_shortcut_list

        self.shortcut_list = show_shortcut_list(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        from ..common.background import close_after_work

        work = close_after_work(self, event)
        if work:
            self.statusBar().showMessage(self.tr("Het venster sluit zodra dit klaar is: {0}").format(work.rstrip("…")))
            return
        if not self._closing:
            self._closing = True
            focus = QApplication.focusWidget()
            if focus is not None and focus.window() is self:
                focus.clearFocus()  # an open cell editor hands in what was typed while the file is open
            self.settings.save_window("session", self.saveGeometry())
            meeting = self.context.session.single(Meeting)
            self.settings.set_value(f"last_step/{meeting.id}", self.context.current_step)
            self.backup_timer.stop()
            self.backups.last_backup()  # waits for a running one; the file stays open until it ends
            self.context.detach()
            self.undo_keys.stop()
            self.close_file()
            self.closed.emit()
        super().closeEvent(event)

    def close_file(self) -> None:
        sf: SessionFile | None = self.context.file
        self.backups.wait()  # a backup in a worker still reads the file through its connection
        if sf is not None and sf.conn is not None:
            sf.close()
