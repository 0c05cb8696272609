"""The library window: the meetings in the library folder, to open, make, copy or remove."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...store.errors import StoreError
from ...store.library import Library, SessionInfo
from ..common.about import add_about_actions, show_about
from ..common.settings import AppSettings
from ..common.start_helpers import new_action, set_shortcut
from .model import INFO_ROLE, SessionListModel

if TYPE_CHECKING:
    from .opening import OpeningDialog


class LibraryWindow(QMainWindow):
    first_paint = Signal()
    #: the sessions are in the list for the first time (at once, or just after the first paint)
    listed = Signal()

    def __init__(self, root: Path, settings: AppSettings, language: str = "nl", list_now: bool = True) -> None:
        """``list_now=False`` (the app's start) reads the session files just after the window's
        first paint, so the window is on screen before every file's header has been read."""
        super().__init__()
        self.settings = settings
        self.language = language
        self.library = Library(root)
        self.session_window: QWidget | None = None
        self._painted = False
        self.setObjectName("libraryWindow")
        self.setWindowTitle(self.tr("Kernkracht — bibliotheek"))
        self.resize(960, 600)
        geometry = settings.geometry("library")
        if geometry is not None:
            self.restoreGeometry(geometry)

        self.model = SessionListModel(language)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 16, 16, 12)
        heading = QLabel(self.tr("Uw bijeenkomsten"))
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek op plaats, gemeente of datum…"))
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        layout.addWidget(self.search)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Bijeenkomsten"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # kind, date, status fit their text
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)

        self.empty = QLabel(self.tr("Nog geen bijeenkomsten. Maak een nieuwe met ‘Nieuwe bijeenkomst’."))
        # Qt.AlignmentFlag.AlignCenter as a number: touching ``Qt`` before the first paint
        # makes PySide build all of its enums (~20 ms, see library_model)
        self.empty.setProperty("alignment", 0x0084)
        self.empty.hide()
        layout.addWidget(self.empty)

        buttons = QHBoxLayout()
        self.file_actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        specs: list[tuple[str, str, QKeySequence | QKeySequence.StandardKey, Callable[[], object], str]] = [
            ("new", self.tr("&Nieuwe bijeenkomst"), QKeySequence.StandardKey.New, self.new_session, "mdi6.plus"),
            ("open", self.tr("&Openen"), QKeySequence.StandardKey.Open, self.open_selected, "mdi6.folder-open"),
            (
                "duplicate",
                self.tr("&Kopie maken"),
                QKeySequence("Ctrl+D"),
                self.duplicate_selected,
                "mdi6.content-copy",
            ),
            ("delete", self.tr("&Verwijderen"), QKeySequence.StandardKey.Delete, self.delete_selected, "mdi6.delete"),
            ("import", self.tr("&Importeren…"), QKeySequence("Ctrl+I"), self.import_file, "mdi6.file-import"),
            ("export", self.tr("&Exporteren…"), QKeySequence("Ctrl+E"), self.export_selected, "mdi6.file-export"),
        ]
        for key, text, shortcut, slot, icon_name in specs:
            action = new_action(text, self)
            set_shortcut(action, shortcut)
            action.triggered.connect(slot)
            action.setProperty("icon_name", icon_name)
            self.addAction(action)
            self.file_actions[key] = action
            button = QPushButton(text.replace("&", ""))
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            button.setProperty("icon_name", icon_name)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setCentralWidget(central)

        self._build_menus()
        from .tools import install as install_tools  # merge, compare groups, anonymised export

        install_tools(self)
        from .next_meeting import install_library  # "Nieuwe bijeenkomst voor deze plaats"

        install_library(self)
        self.statusBar().showMessage(self.tr("Bibliotheek: {0}").format(self.library.root))
        self._listed = False
        if list_now:
            self.reload()
        self.table.setFocus()

    # ---------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        for key in ("new", "open", "duplicate", "import", "export"):
            file_menu.addAction(self.file_actions[key])
        open_file = file_menu.addAction(self.tr("Bestand &buiten de bibliotheek openen…"))
        open_file.triggered.connect(self.open_other_file)
        file_menu.addSeparator()
        file_menu.addAction(self.file_actions["delete"])
        trash = file_menu.addAction(self.tr("&Prullenbak…"))
        trash.triggered.connect(self.show_trash)
        demo = file_menu.addAction(self.tr("&Demodorp opnieuw maken"))
        demo.triggered.connect(self.restore_demo)
        file_menu.addSeparator()
        prefs = file_menu.addAction(self.tr("&Instellingen…"))
        set_shortcut(prefs, QKeySequence("Ctrl+,"))
        prefs.triggered.connect(self.show_settings)
        self.addAction(prefs)
        quit_action = file_menu.addAction(self.tr("&Afsluiten"))
        set_shortcut(quit_action, QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        add_about_actions(help_menu, self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.first_paint.emit()
        if not self._listed:
            self.reload()
        self.load_icons()

    def load_icons(self) -> None:
        """Icons are set after the first paint: the first one reads the icon font."""
        from ..common.icons import icon

        for key, action in self.file_actions.items():
            action.setIcon(icon(action.property("icon_name")))
            self.buttons[key].setIcon(icon(self.buttons[key].property("icon_name")))

    # ------------------------------------------------------------- listing
    def reload(self) -> None:
        selected = self.selected()
        first = not self._listed
        self._listed = True
        self.model.set_sessions(self.library.sessions(self.search.text()))
        self.empty.setVisible(self.model.rowCount() == 0 and not self.search.text())
        row = 0
        if selected is not None:
            for r in range(self.model.rowCount()):
                if self.model.info(r).path == selected.path:
                    row = r
        if self.model.rowCount():
            # not table.selectRow(): that follows the keyboard modifiers held at this moment
            # (Ctrl toggles, Shift extends), e.g. Ctrl of the Ctrl+D that made a copy
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        if first:
            self.listed.emit()

    def selected(self) -> SessionInfo | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return indexes[0].data(INFO_ROLE) if indexes else None

    def _activated(self, index: QModelIndex) -> None:
        self.open_path(index.data(INFO_ROLE).path)

    # ------------------------------------------------------------- actions
    # the dialogs are imported where they are used: creating their Python types costs a few
    # ms, and the library window needs none of them before its first paint
    def show_error(self, exc: StoreError) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Kernkracht"), exc.message(self.language))

    def new_session(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        place, ok = QInputDialog.getText(
            self, self.tr("Nieuwe bijeenkomst"), self.tr("Waar is de bijeenkomst (dorp, wijk of gemeente)?")
        )
        if not ok:
            return
        try:
            path = self.library.create(place.strip())
        except StoreError as exc:
            self.show_error(exc)
            return
        self.reload()
        self.open_path(path)

    def open_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.open_path(info.path)

    def open_other_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Bijeenkomst openen"), str(self.library.root), self.tr("Kernkracht-bestanden (*.kernkracht)")
        )
        if not name:
            return
        path = Path(name)
        if self.library.is_backup(path):
            # a backup holds its pictures once for all backups (store/backups.py): it opens as a
            # new, complete meeting in the library, and the backup itself stays as it was
            try:
                path = self.library.restore_backup(path)
            except StoreError as exc:
                self.show_error(exc)
                return
            self.reload()
            self.statusBar().showMessage(self.tr("Reservekopie teruggezet als {0}").format(path.name), 15000)
        self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open the meeting in its window; False when it cannot (the message said why) or Annuleren stopped it."""
        from ..session.window import SessionWindow
        from .opening import finish, open_meeting

        dialogs: list[OpeningDialog] = []
        try:
            # reading and checking a big file takes seconds: in a worker, while this window paints
            loaded = open_meeting(self, path, self.library, dialogs.append)
            if loaded is None:
                self.statusBar().showMessage(self.tr("Openen gestopt; het bestand is niet veranderd."), 8000)
                return False
            # the meeting's records live as long as its window: Python's full garbage collections
            # need not walk them (at 20,000 cards each walk held the window 40–60 ms)
            gc.freeze()
            window = SessionWindow.from_loaded(
                path, *loaded, self.library, self.settings, self.language, first_page_later=True
            )
        except StoreError as exc:
            gc.unfreeze()
            self.show_error(exc)
            self.reload()
            return False
        finally:
            for dialog in dialogs:
                finish(dialog)
        window.closed.connect(self._session_closed)
        self.session_window = window
        window.show()
        self.hide()
        return True

    def _session_closed(self) -> None:
        follow = getattr(self.session_window, "open_after_close", None)  # a next meeting made from it
        self.session_window = None
        gc.unfreeze()  # the closed meeting's records may go now
        self.reload()
        if isinstance(follow, Path) and self.open_path(follow):
            return
        self.show()

    def duplicate_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        from ..common.background import run_in_background  # not before the first paint

        try:
            run_in_background(self, self.tr("Kopie maken…"), lambda: self.library.duplicate(info.path))
        except StoreError as exc:
            self.show_error(exc)
        self.reload()

    def delete_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Verwijderen"),
            self.tr(
                "‘{0}’ naar de prullenbak verplaatsen? U kunt het later terugzetten via Bestand → Prullenbak."
            ).format(info.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.library.trash(info.path)
        except StoreError as exc:
            self.show_error(exc)
        self.reload()

    def show_trash(self) -> None:
        from .trash_dialog import TrashDialog

        TrashDialog(self.library, self.language, self).exec()
        self.reload()

    def import_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importeren"), str(Path.home()), self.tr("Kernkracht-export (*.json)")
        )
        if not name:
            return
        from ...store.progress import Stopped
        from ..common.background import run_in_background, stopped_message

        try:
            path = run_in_background(
                self, self.tr("Importeren…"), lambda: self.library.import_json(Path(name)), stoppable=True
            )
        except StoreError as exc:
            self.show_error(exc)
            return
        except Stopped:
            self.statusBar().showMessage(stopped_message(), 8000)
            return
        self.reload()
        self.statusBar().showMessage(self.tr("Geïmporteerd als {0}").format(path.name), 8000)

    def export_selected(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        info = self.selected()
        if info is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporteren"),
            str(Path.home() / f"{info.path.stem}.json"),
            self.tr("Kernkracht-export (*.json)"),
        )
        if not name:
            return
        from ...store.progress import Stopped
        from ..common.background import run_in_background, stopped_message

        try:
            run_in_background(
                self,
                self.tr("Exporteren…"),
                lambda: self.library.export_json(info.path, Path(name)),
                stoppable=True,
            )
        except StoreError as exc:
            self.show_error(exc)
            return
        except Stopped:
            self.statusBar().showMessage(stopped_message(), 8000)
            return
        self.statusBar().showMessage(self.tr("Geëxporteerd naar {0}").format(name), 8000)

    def restore_demo(self) -> None:
        from ...demo import write_demo

        try:
            write_demo(self.library.root, replace=True, follow_up=True)
        except StoreError as exc:
            self.show_error(exc)
        self.reload()

    def show_settings(self) -> None:
        from ..common.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.library.root, self)
        if dialog.exec() and dialog.library_changed:
            self.library = Library(self.settings.library or self.library.root)
            self.statusBar().showMessage(self.tr("Bibliotheek: {0}").format(self.library.root))
            self.reload()

    def show_about(self) -> None:
        self.about_dialog = show_about(self)

    def closeEvent(self, event) -> None:
        from ..common.background import close_after_work

        work = close_after_work(self, event)
        if work:
            self.statusBar().showMessage(self.tr("Het venster sluit zodra dit klaar is: {0}").format(work.rstrip("…")))
            return
        self.settings.save_window("library", self.saveGeometry())
        super().closeEvent(event)
