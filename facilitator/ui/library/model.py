"""Table model of the sessions in a library folder.

A ``QStandardItemModel`` filled once per listing, not a Python ``data()``/``headerData()``
model: a Python ``headerData`` receives a ``Qt.Orientation``, and the first such call makes
PySide build every enum of the ``Qt`` namespace (~20 ms), before the library window's first
paint. For the same reason the roles below are plain numbers, not ``Qt.ItemDataRole``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from ...store.library import SessionInfo

PLACE, KIND, MUNICIPALITY, DATE, STATUS = range(5)
# the values of Qt.ItemDataRole.ToolTipRole, FontRole and UserRole + 1 (see the docstring)
TOOLTIP_ROLE = 3
FONT_ROLE = 6
INFO_ROLE = 0x0100 + 1


class SessionListModel(QStandardItemModel):
    def __init__(self, language: str = "nl") -> None:
        super().__init__(0, 5)
        self.language = language
        self._rows: list[SessionInfo] = []
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SessionListModel", "Plaats"),
                QCoreApplication.translate("SessionListModel", "Soort"),
                QCoreApplication.translate("SessionListModel", "Gemeente"),
                QCoreApplication.translate("SessionListModel", "Datum"),
                QCoreApplication.translate("SessionListModel", "Status"),
            ]
        )

    def set_sessions(self, rows: list[SessionInfo]) -> None:
        # one reset instead of a signal per row: the views redo their layout once, and the
        # header sizes its ResizeToContents columns to the new texts (it does not on inserted rows)
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self._rows = list(rows)
            self.setRowCount(0)  # keeps the header labels (clear() would drop them)
            for info in self._rows:
                self.appendRow(self._items(info))
        finally:
            self.blockSignals(blocked)
            self.endResetModel()

    def info(self, row: int) -> SessionInfo:
        return self._rows[row]

    def _items(self, info: SessionInfo) -> list[QStandardItem]:
        tooltip = info.problem.message(self.language) if info.problem is not None else str(info.path)
        if info.conflicts and info.problem is None:
            tooltip = QCoreApplication.translate(
                "SessionListModel",
                "Er is nog een andere versie van deze bijeenkomst: van Syncthing, of gered toen een ander"
                " programma het bestand veranderde. Kies Groepen → Samenvoegen… om ze samen te voegen.",
            )
        items = []
        for text in cells(info):
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(info, INFO_ROLE)
            item.setData(tooltip, TOOLTIP_ROLE)
            items.append(item)
        if info.demo:
            font = QFont()
            font.setItalic(True)
            items[PLACE].setData(font, FONT_ROLE)
        return items


def cells(info: SessionInfo) -> list[str]:
    """The five column texts of one session: place, kind, municipality, date, status."""
    kind = {
        "kern": QCoreApplication.translate("SessionListModel", "Kern"),
        "wijk": QCoreApplication.translate("SessionListModel", "Wijk"),
        "gemeente": QCoreApplication.translate("SessionListModel", "Gemeente"),
    }.get(info.place_kind, "")
    if info.problem is not None:
        status = {
            "in_use": QCoreApplication.translate("SessionListModel", "Al geopend"),
            "damaged": QCoreApplication.translate("SessionListModel", "Beschadigd"),
            "foreign": QCoreApplication.translate("SessionListModel", "Geen Kernkracht-bestand"),
            "newer": QCoreApplication.translate("SessionListModel", "Nieuwere versie"),
            "readonly": QCoreApplication.translate("SessionListModel", "Alleen-lezen"),
        }.get(info.problem.code, QCoreApplication.translate("SessionListModel", "Niet te openen"))
    elif info.conflicts:
        status = QCoreApplication.translate("SessionListModel", "Conflict: {0} andere versie(s)").format(
            len(info.conflicts)
        )
    else:
        status = QCoreApplication.translate("SessionListModel", "Demodorp") if info.demo else ""
    return [info.title, kind, info.municipality, format_date(info.date), status]


def format_date(iso: str) -> str:
    """yyyy-mm-dd as d-m-yyyy, the way Dutch readers expect it."""
    parts = iso.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[2])}-{int(parts[1])}-{parts[0]}"
    return iso
