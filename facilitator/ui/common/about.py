"""Help → Over Kernkracht: version, what the app is for, its licence and the notices of
everything it carries (fonts, Qt, reportlab …); and Help → Over Qt. Both windows use it."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...paths import licence_file, resources


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return QCoreApplication.translate("About", "Het bestand {0} ontbreekt in deze installatie.").format(path)


class AboutDialog(QDialog):
    """Version and purpose on top; the licence and the third-party notices in two tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(QCoreApplication.translate("About", "Over Kernkracht"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        purpose = QCoreApplication.translate(
            "About",
            "Begeleid een dorps- of wijkavond: wat is er al sterk, wie is eigenaar, "
            "welke rol past, en welke acties nemen we mee naar huis.",
        )
        freedom = QCoreApplication.translate(
            "About",
            "Werkt helemaal zonder internet. Vrije software onder de Europese licentie "
            "EUPL-1.2: u mag het gebruiken, delen en aanpassen.",
        )
        header = QLabel(
            f"<h2>Kernkracht {html.escape(__version__)}</h2><p>{html.escape(purpose)}</p><p>{html.escape(freedom)}</p>"
        )
        header.setWordWrap(True)
        layout.addWidget(header)
        self.tabs = QTabWidget()
        self.licence = QPlainTextEdit(read_text(licence_file()))
        self.licence.setReadOnly(True)
        # the official text keeps its own line breaks; wrapping them again breaks sentences oddly
        self.licence.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licence.setObjectName("licenceText")
        self.tabs.addTab(self.licence, QCoreApplication.translate("About", "Licentie (EUPL-1.2)"))
        self.notices = QTextBrowser()
        self.notices.setObjectName("noticesText")
        self.notices.setMarkdown(read_text(resources() / "THIRD-PARTY-NOTICES.md"))
        self.tabs.addTab(self.notices, QCoreApplication.translate("About", "Onderdelen van anderen"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_about(parent: QWidget | None) -> AboutDialog:
    dialog = AboutDialog(parent)
    dialog.show()
    return dialog


def add_about_actions(menu: QMenu, window: QWidget) -> tuple[QAction, QAction]:
    """Help → Over Kernkracht and Help → Over Qt, at the end of ``menu``."""
    about = menu.addAction(QCoreApplication.translate("About", "&Over Kernkracht"))
    about.setObjectName("aboutKernkracht")
    about.triggered.connect(lambda: setattr(window, "about_dialog", show_about(window)))
    about_qt = menu.addAction(QCoreApplication.translate("About", "Over &Qt"))
    about_qt.setObjectName("aboutQt")
    about_qt.triggered.connect(lambda: QApplication.aboutQt())
    return about, about_qt
