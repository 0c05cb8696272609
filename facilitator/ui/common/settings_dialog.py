"""The settings dialog: language, library folder, base font size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from .settings import FONT_SIZES, AppSettings, apply_font_size


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, library_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.library_changed = False
        self.setWindowTitle(self.tr("Instellingen"))
        self.setObjectName("settingsDialog")
        form = QFormLayout(self)

        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if settings.language == "nl" else 1)
        self.language.setAccessibleName(self.tr("Taal"))
        form.addRow(self.tr("&Taal:"), self.language)

        row = QHBoxLayout()
        self.library = QLineEdit(str(settings.library or library_root))
        self.library.setAccessibleName(self.tr("Bibliotheekmap"))
        browse = QPushButton(self.tr("&Kiezen…"))
        browse.setAccessibleName(self.tr("Bibliotheekmap kiezen"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.library, 1)
        row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Bibliotheek:"), holder)

        self.font_size = QSpinBox()
        self.font_size.setRange(FONT_SIZES.start, FONT_SIZES.stop - 1)
        self.font_size.setValue(settings.font_size)
        self.font_size.setSuffix(" pt")
        self.font_size.setAccessibleName(self.tr("Lettergrootte"))
        form.addRow(self.tr("&Lettergrootte:"), self.font_size)

        self.note = QLabel(self.tr("Een andere taal geldt vanaf de volgende keer dat Kernkracht start."))
        self.note.setWordWrap(True)
        form.addRow(self.note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Bibliotheekmap kiezen"), self.library.text())
        if folder:
            self.library.setText(folder)

    def accept(self) -> None:
        from PySide6.QtWidgets import QApplication

        self.settings.language = self.language.currentData()
        new_library = Path(self.library.text().strip()).expanduser()
        if self.library.text().strip() and new_library != self.settings.library:
            self.settings.library = new_library
            self.library_changed = True
        if self.font_size.value() != self.settings.font_size:
            self.settings.font_size = self.font_size.value()
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_font_size(app, self.font_size.value())
        self.settings.sync()
        super().accept()
