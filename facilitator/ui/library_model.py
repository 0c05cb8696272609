"""Table model of the sessions in a library folder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ..store.library import SessionInfo

Index = QModelIndex | QPersistentModelIndex

PLACE, KIND, MUNICIPALITY, DATE, STATUS = range(5)
INFO_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionListModel(QAbstractTableModel):
    def __init__(self, language: str = "nl") -> None:
        super().__init__()
        self.language = language
        self._rows: list[SessionInfo] = []

    def set_sessions(self, rows: list[SessionInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def info(self, row: int) -> SessionInfo:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            QCoreApplication.translate("SessionListModel", "Plaats"),
            QCoreApplication.translate("SessionListModel", "Soort"),
            QCoreApplication.translate("SessionListModel", "Gemeente"),
            QCoreApplication.translate("SessionListModel", "Datum"),
            QCoreApplication.translate("SessionListModel", "Status"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        col = index.column()
        if role == INFO_ROLE:
            return info
        if role == Qt.ItemDataRole.DisplayRole:
            if col == PLACE:
                return info.title
            if col == KIND:
                return {
                    "kern": QCoreApplication.translate("SessionListModel", "Kern"),
                    "wijk": QCoreApplication.translate("SessionListModel", "Wijk"),
                    "gemeente": QCoreApplication.translate("SessionListModel", "Gemeente"),
                }.get(info.place_kind, "")
            if col == MUNICIPALITY:
                return info.municipality
            if col == DATE:
                return format_date(info.date)
            if col == STATUS:
                if info.problem is not None:
                    return {
                        "in_use": QCoreApplication.translate("SessionListModel", "Al geopend"),
                        "damaged": QCoreApplication.translate("SessionListModel", "Beschadigd"),
                        "foreign": QCoreApplication.translate("SessionListModel", "Geen Kernkracht-bestand"),
                        "newer": QCoreApplication.translate("SessionListModel", "Nieuwere versie"),
                        "readonly": QCoreApplication.translate("SessionListModel", "Alleen-lezen"),
                    }.get(info.problem.code, QCoreApplication.translate("SessionListModel", "Niet te openen"))
                return QCoreApplication.translate("SessionListModel", "Demodorp") if info.demo else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if info.problem is not None:
                return info.problem.message(self.language)
            return str(info.path)
        if role == Qt.ItemDataRole.FontRole and info.demo and col == PLACE:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        return None


def format_date(iso: str) -> str:
    """yyyy-mm-dd as d-m-yyyy, the way Dutch readers expect it."""
    parts = iso.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[2])}-{int(parts[1])}-{parts[0]}"
    return iso
