"""Privacy in the session window: the anonymised export (Bestand → Anoniem exporteren…)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from .window import SessionWindow


def ask_anonymous_path(parent: QWidget, stem: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrivacyActions", "Anoniem exporteren"),
        str(Path.home() / f"{stem}-anoniem.json"),
        QCoreApplication.translate("PrivacyActions", "Kernkracht-export (*.json)"),
    )
    return Path(name) if name else None


def export_anonymous(window: SessionWindow, dest: Path | None = None) -> Path | None:
    """Write the open session without names and contact details (see store/anonymise.py)."""
    from ...store.anonymise import export_anonymised

    sf = window.context.file
    if sf is None:
        return None
    target = dest or ask_anonymous_path(window, sf.path.stem)
    if target is None:
        return None
    result = window.context.run(export_anonymised, sf, target)
    if result is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("PrivacyActions", "Anoniem geëxporteerd naar {0}").format(target), 8000
        )
    return result


def install(window: SessionWindow) -> None:
    action = QAction(QCoreApplication.translate("PrivacyActions", "&Anoniem exporteren (zonder namen)…"), window)
    action.setObjectName("exportAnonymousAction")
    action.triggered.connect(lambda: export_anonymous(window))
    window.addAction(action)
    menu = window.menus["file"]
    menu.insertAction(window.backup_action, action)
    window.export_anonymous_action = action
