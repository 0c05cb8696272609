"""Library tools for several sessions at once: merge copies, compare groups, anonymised export.

Installed into the library window (menu "Groepen"; several rows can be selected with
Shift/Ctrl + arrows or clicks).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...store.errors import StoreError
from ..common.start_helpers import new_action, set_shortcut
from .model import INFO_ROLE

if TYPE_CHECKING:
    from ...store.library import SessionInfo
    from .window import LibraryWindow


def selected_infos(window: LibraryWindow) -> list[SessionInfo]:
    model = window.table.selectionModel()
    if model is None:
        return []
    rows = sorted(model.selectedRows(), key=lambda i: i.row())
    return [i.data(INFO_ROLE) for i in rows]


class ReportDialog(QDialog):
    """The merge report: what was merged and which conflicts the newest version won."""

    def __init__(self, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeReport")
        self.setWindowTitle(QCoreApplication.translate("LibraryTools", "Samenvoegen: verslag"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "LibraryTools",
                "De bestanden zijn samengevoegd in een nieuw bestand. De oorspronkelijke bestanden zijn niet veranderd.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(QCoreApplication.translate("LibraryTools", "Verslag van het samenvoegen"))
        intro.setBuddy(self.text)
        layout.addWidget(self.text, 1)
        from PySide6.QtWidgets import QDialogButtonBox  # not before the library window's first paint

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 360)


class LibraryTools:
    def __init__(self, window: LibraryWindow) -> None:
        self.window = window
        self.compare_windows: list[QWidget] = []
        self.last_report: ReportDialog | None = None
        window.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        menu = QMenu(QCoreApplication.translate("LibraryTools", "&Groepen"), window)
        menu.setObjectName("groupsMenu")
        bar_actions = window.menuBar().actions()
        if bar_actions:
            window.menuBar().insertMenu(bar_actions[-1], menu)  # before Help
        else:
            window.menuBar().addMenu(menu)
        self.merge_action = self._action(
            QCoreApplication.translate("LibraryTools", "&Samenvoegen…"), self.merge, "Ctrl+M"
        )
        self.compare_action = self._action(
            QCoreApplication.translate("LibraryTools", "Groepen &vergelijken…"), self.compare, "Ctrl+G"
        )
        self.anonymous_action = self._action(
            QCoreApplication.translate("LibraryTools", "&Anoniem exporteren…"), self.export_anonymous, "Ctrl+Shift+E"
        )
        self.anonymous_without_organisations_action = self._action(
            QCoreApplication.translate("LibraryTools", "Anoniem exporteren, ook organisaties &weglaten…"),
            lambda: self.export_anonymous(hide_organisations=True),
            "",  # no shortcut of its own: it is the rarer choice
        )
        self.overview_action = self._action(
            QCoreApplication.translate("LibraryTools", "&Overzicht van alle kernen…"),
            self.show_overview,
            "Ctrl+Shift+O",
        )
        for action in (
            self.merge_action,
            self.compare_action,
            self.anonymous_action,
            self.anonymous_without_organisations_action,
            self.overview_action,
        ):
            menu.addAction(action)
        # no extra buttons: the row of buttons would make the library window wider than a small screen
        window.menus_groups = menu  # type: ignore[attr-defined]

    def _action(self, text: str, slot, keys: str) -> QAction:
        action = new_action(text, self.window)
        set_shortcut(action, QKeySequence(keys))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _need(self, infos: list[SessionInfo], count: int) -> bool:
        if len(infos) >= count:
            return True
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self.window,
            QCoreApplication.translate("LibraryTools", "Kernkracht"),
            QCoreApplication.translate(
                "LibraryTools",
                "Kies eerst minstens twee bijeenkomsten in de lijst (Shift of Ctrl + pijltjes of klikken).",
            ),
        )
        return False

    def merge(self) -> Path | None:
        from ...store.merge import merge_files

        infos = selected_infos(self.window)
        # one meeting with Syncthing conflict copies is merged with those copies
        paths = [infos[0].path, *infos[0].conflicts] if len(infos) == 1 and infos[0].conflicts else []
        if not paths and not self._need(infos, 2):
            return None
        first = infos[0]
        dest = self.window.library.new_path(f"{first.place or first.path.stem} samengevoegd", first.date)
        from ...store.progress import Stopped
        from ..common.background import run_in_background, stopped_message  # not before the first paint

        label = QCoreApplication.translate("LibraryTools", "Samenvoegen…")
        try:
            sources: list[str | Path] = [*(paths or [i.path for i in infos])]
            report = run_in_background(self.window, label, lambda: merge_files(sources, dest), stoppable=True)
        except StoreError as exc:
            self.window.show_error(exc)
            return None
        except Stopped:
            self.window.statusBar().showMessage(stopped_message(), 8000)
            return None
        self.window.reload()
        for row in range(self.window.model.rowCount()):
            if self.window.model.info(row).path == dest:
                self.window.table.selectRow(row)
        self.last_report = ReportDialog(report.lines(), self.window)
        self.last_report.open()
        return dest

    def compare(self) -> QWidget | None:
        from .compare_window import CompareWindow

        infos = selected_infos(self.window)
        if not self._need(infos, 2):
            return None
        view = CompareWindow([i.path for i in infos], self.window.language, None)
        self.compare_windows = [w for w in self.compare_windows if w.isVisible()] + [view]
        view.show()
        return view

    def show_overview(self) -> QWidget:
        """The gemeente's overview of every meeting in this library (read-only)."""
        from .overview_window import OverviewWindow

        view = OverviewWindow([self.window.library.root])
        self.compare_windows = [w for w in self.compare_windows if w.isVisible()] + [view]
        view.show()
        return view

    def export_anonymous(self, dest: Path | None = None, hide_organisations: bool = False) -> Path | None:
        from ..session.privacy_actions import ask_anonymous_path

        infos = selected_infos(self.window)
        if not infos:
            return None
        info = infos[0]
        target = dest or ask_anonymous_path(self.window, info.path.stem)
        if target is None:
            return None
        from ...store.anonymise import export_file_anonymised
        from ...store.progress import Stopped
        from ..common.background import run_in_background, stopped_message

        label = QCoreApplication.translate("LibraryTools", "Anoniem exporteren…")
        try:
            run_in_background(
                self.window,
                label,
                lambda: export_file_anonymised(info.path, target, hide_organisations=hide_organisations),
                stoppable=True,
            )
        except StoreError as exc:
            self.window.show_error(exc)
            return None
        except Stopped:
            self.window.statusBar().showMessage(stopped_message(), 8000)
            return None
        self.window.statusBar().showMessage(
            QCoreApplication.translate("LibraryTools", "Anoniem geëxporteerd naar {0}").format(target), 8000
        )
        return target


def install(window: LibraryWindow) -> None:
    window.tools = LibraryTools(window)  # type: ignore[attr-defined]
