"""The user's settings (language, library folder, base font size, window state)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

DEFAULT_FONT_SIZE = 11
FONT_SIZES = range(9, 25)


def apply_font_size(app: QApplication, size: int) -> None:
    """The base font size of the whole app (the projector scales from it)."""
    font = QFont(app.font())
    font.setPointSize(size)
    app.setFont(font)


class AppSettings:
    """A thin, typed face of QSettings; tests point it at a temp file (KERNKRACHT_SETTINGS)."""

    def __init__(self, path: str | Path | None = None) -> None:
        path = path or os.environ.get("KERNKRACHT_SETTINGS")
        if path:
            self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self.qsettings = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Kernkracht", "Kernkracht"
            )

    def _get(self, key: str, default: object) -> object:
        return self.qsettings.value(key, default)

    @property
    def language(self) -> str:
        value = str(self._get("language", "nl"))
        return value if value in ("nl", "en") else "nl"

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("language", value)

    @property
    def library(self) -> Path | None:
        value = self._get("library", "")
        return Path(str(value)) if value else None

    @library.setter
    def library(self, value: Path | None) -> None:
        self.qsettings.setValue("library", str(value) if value else "")

    @property
    def font_size(self) -> int:
        try:
            value = int(self._get("font_size", DEFAULT_FONT_SIZE))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return DEFAULT_FONT_SIZE
        return min(max(value, FONT_SIZES.start), FONT_SIZES.stop - 1)

    @font_size.setter
    def font_size(self, value: int) -> None:
        self.qsettings.setValue("font_size", int(value))

    def geometry(self, name: str) -> QByteArray | None:
        value = self.qsettings.value(f"windows/{name}/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, name: str, geometry: QByteArray, state: QByteArray | None = None) -> None:
        self.qsettings.setValue(f"windows/{name}/geometry", geometry)
        if state is not None:
            self.qsettings.setValue(f"windows/{name}/state", state)

    def value(self, key: str, default: object = None) -> object:
        return self._get(key, default)

    def set_value(self, key: str, value: object) -> None:
        self.qsettings.setValue(key, value)

    def sync(self) -> None:
        self.qsettings.sync()
