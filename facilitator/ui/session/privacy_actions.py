"""Privacy in the session window: the anonymised export (Bestand → Anoniem exporteren…, with or
without organisation names), and clearing withdrawn contact details from the backups as soon as
the meeting's consent changes (not only at the next backup)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
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


def export_anonymous(window: SessionWindow, dest: Path | None = None, hide_organisations: bool = False) -> Path | None:
    """Write the open session without names and contact details (see store/anonymise.py);
    with ``hide_organisations`` the organisations' names are left out too."""
    from ...store.anonymise import export_anonymised
    from ...store.library import meeting_stem

    sf = window.context.file
    if sf is None:
        return None
    target = dest or ask_anonymous_path(window, meeting_stem(window.context.session))
    if target is None:
        return None
    scratch = window.scratch_folder()
    label = QCoreApplication.translate("PrivacyActions", "Anoniem exporteren…")
    result = window.in_background(label, lambda: export_anonymised(sf, target, hide_organisations, scratch))
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
    without = QAction(
        QCoreApplication.translate("PrivacyActions", "Anoniem exporteren, ook organisaties &weglaten…"), window
    )
    without.setObjectName("exportAnonymousWithoutOrganisationsAction")
    without.triggered.connect(lambda: export_anonymous(window, hide_organisations=True))
    window.addAction(without)
    menu.insertAction(window.backup_action, without)
    window.export_anonymous_without_organisations_action = without
    _purge_backups_on_consent_change(window)


#: record kinds whose consent or contact details a change may take back
CONSENT_KINDS = ("participant", "asset_card", "signup")


def _purge_backups_on_consent_change(window: SessionWindow) -> None:
    """A withdrawn or removed contact detail leaves the backups shortly after the change."""
    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.setInterval(800)  # one purge after a burst of edits, not one per keystroke

    def purge() -> None:
        window.backups.purge()  # in the worker; a closed file is purged by the backup at the next open

    timer.timeout.connect(purge)
    window.closed.connect(timer.stop)
    window.context.changed.connect(
        lambda event: timer.start() if event.origin != "reload" and event.touches(*CONSENT_KINDS) else None
    )
    window.purge_timer = timer
