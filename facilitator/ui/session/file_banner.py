"""The line above the steps that says what is true of the file: read-only, or changed underneath.

**Read-only.** A file on a CD, a protected stick or marked read-only opens for
viewing, exporting and printing (:func:`open_read_only`); the banner says so from the
start, and a refused edit gives one message box, after that only the status bar.

**Early warning.** A :class:`QFileSystemWatcher` on the open file and its folder
notices another program writing the file in place or renaming a copy over it, and the
banner says so at once, before the next write. The guarantee stays with the write-time
check in the store (:meth:`~facilitator.store.sessionfile.SessionFile.transaction`):
the next edit goes to a rescue file and the merge is offered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from .window import SessionWindow

#: dark text on light yellow, readable on a projector and in black and white
STYLE = "QLabel { background: #fff3c4; color: #3d2f00; padding: 6px 10px; border-bottom: 1px solid #c9a800; }"


class FileWatch(QObject):
    """Tells the banner when the open file is no longer the one Kernkracht last wrote."""

    def __init__(self, window: SessionWindow, banner: FileBanner) -> None:
        super().__init__(window)
        self.window = window
        self.banner = banner
        self.warned = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self.check)
        self.watcher.directoryChanged.connect(self.check)
        self._watch()

    def _watch(self) -> None:
        sf = self.window.context.file
        if sf is None:
            return
        wanted = [str(sf.path), str(sf.path.parent)]
        present = set(self.watcher.files()) | set(self.watcher.directories())
        missing = [p for p in wanted if p not in present]
        if missing:
            self.watcher.addPaths(missing)  # a file renamed over is dropped from the watch: watch the new one

    def check(self, _path: str = "") -> None:
        sf = self.window.context.file
        if sf is None or sf.conn is None:
            return
        if sf.diverted is not None:  # the write-time check took over: watch the rescue file from now on
            old = [p for p in self.watcher.files() if p != str(sf.path)]
            if old:
                self.watcher.removePaths(old)
            self.banner.show_text(
                QCoreApplication.translate(
                    "FileBanner", "Uw wijzigingen gaan nu naar {0}, naast het veranderde bestand."
                ).format(sf.path.name)
            )
            self._watch()
            return
        self._watch()
        if self.warned or not sf.changed_underneath():
            return
        self.warned = True
        self.banner.show_text(
            QCoreApplication.translate(
                "FileBanner",
                "Let op: {0} is zojuist door een ander programma veranderd of vervangen (bijvoorbeeld Syncthing "
                "of een kopie van een stick). Kernkracht schrijft er niets meer in. Uw volgende wijziging komt "
                "in een apart bestand ernaast; daarna kunt u de twee samenvoegen.",
            ).format(sf.path.name)
        )
        self.window.statusBar().showMessage(
            QCoreApplication.translate("FileBanner", "Het bestand is veranderd door een ander programma."), 15000
        )


class FileBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileBanner")
        self.setWordWrap(True)
        self.setStyleSheet(STYLE)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.show()


def install(window: SessionWindow) -> None:
    """Put the banner above the steps; read-only mode or the watch on the file."""
    banner = FileBanner()
    central = window.takeCentralWidget()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    if central is not None:
        layout.addWidget(central, 1)
    window.setCentralWidget(holder)
    window.file_banner = banner
    if window.context.read_only is not None:
        banner.show_text(
            QCoreApplication.translate(
                "FileBanner",
                "Alleen lezen: Kernkracht mag niet schrijven in {0} (een cd, een beveiligde stick of een bestand "
                "dat op alleen-lezen staat). U kunt alles bekijken, exporteren en afdrukken; wijzigingen worden "
                "niet bewaard. Wilt u verder werken? Kopieer het bestand dan eerst naar de laptop.",
            ).format(window.context.read_only.name)
        )
        window.saved_label.setText(QCoreApplication.translate("FileBanner", "Alleen lezen"))
        window.backup_action.setEnabled(False)
    else:
        window.file_watch = FileWatch(window, banner)
