"""Models of the ownership board: one list model per Type column (with drag and drop), and the shifts table.

(The shifts table's small panel lives here too.)

A drop never moves rows itself: it asks the domain to move the activity
(``move_to_type``), which is written, put on the undo stack and announced; the
models then reload from the session like after any other edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ....domain import eigenaarschap as eig
from ...common.row_sync import sync_rows
from ...session.context import SessionContext

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
RECORD_ROLE = Role.UserRole + 1
ID_ROLE = Role.UserRole + 2
MIME = "application/x-kernkracht-activity"


def wanted_mark(activity: eig.Activity) -> str:
    """The mark on a card that must shift, e.g. "→ Type 1"."""
    return (
        QCoreApplication.translate("Eigenaarschap", "→ Type {0}").format(activity.wanted_type)
        if activity.shifts
        else ""
    )


class ColumnModel(QAbstractListModel):
    """The activities whose current type is ``type_number``, as cards; drop a card here to move it."""

    def __init__(self, ctx: SessionContext, type_number: int) -> None:
        super().__init__()
        self.ctx = ctx
        self.type_number = type_number
        self.rows: list[eig.Activity] = []
        self.reload()

    def reload(self) -> None:
        """Follow the session: an edited card is one dataChanged, a moved one a remove and an insert."""
        sync_rows(self, eig.column(self.ctx.session, self.type_number))

    def row_of(self, activity_id: str) -> int:
        return next((i for i, a in enumerate(self.rows) if a.id == activity_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        a = self.rows[index.row()]
        if role in (Role.DisplayRole, Role.EditRole):
            return a.title
        if role == RECORD_ROLE:
            return a
        if role == ID_ROLE:
            return a.id
        if role == Role.ToolTipRole:
            return a.description or None
        if role == Role.AccessibleTextRole:
            mark = wanted_mark(a)
            return f"{a.title}, {mark}" if mark else a.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drop on the empty part of a column
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # ------------------------------------------------------------ drag and drop
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = [self.rows[i.row()].id for i in indexes if i.isValid() and i.row() < len(self.rows)]
        data = QMimeData()
        data.setData(MIME, "\n".join(dict.fromkeys(ids)).encode("ascii"))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not data.hasFormat(MIME) or action == Qt.DropAction.IgnoreAction:
            return False
        ids = [i for i in bytes(data.data(MIME).data()).decode("ascii", "replace").split("\n") if i]
        if parent.isValid():
            row = parent.row()  # dropped on a card: take its place
        index = None if row < 0 else row
        moved = False
        for activity_id in ids:
            activity = self.ctx.session.get(eig.Activity, activity_id)
            if activity is None:
                continue
            if index is not None and activity.current_type == self.type_number:
                # moving down inside the same column: the card's own slot disappears first
                own = self.row_of(activity_id)
                if 0 <= own < index:
                    index -= 1
            self.ctx.run(eig.move_to_type, self.ctx.session, activity, self.type_number, index)
            moved = True
        # the move is done by the domain; the view must not remove the dragged rows itself
        return moved

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False


class ShiftModel(QAbstractTableModel):
    """Every activity the room wants in another type: now, wanted, what must change, who gives what."""

    TITLE, NOW, WANTED, CHANGE, CONTRIBUTIONS = range(5)

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.kinds = eig.contribution_kinds(ctx.language)
        self.rows: list[eig.Activity] = []
        self.reload()

    def reload(self) -> None:
        sync_rows(self, eig.shifts(self.ctx.session))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return [
                QCoreApplication.translate("Eigenaarschap", "Activiteit"),
                QCoreApplication.translate("Eigenaarschap", "Nu"),
                QCoreApplication.translate("Eigenaarschap", "Gewenst"),
                QCoreApplication.translate("Eigenaarschap", "Wat moet er veranderen?"),
                QCoreApplication.translate("Eigenaarschap", "Wie draagt wat bij?"),
            ][section]
        return None

    def contributions_text(self, activity: eig.Activity) -> str:
        return "\n".join(
            f"{k['label']}: {activity.contributions[k['id']]}"
            for k in self.kinds
            if activity.contributions.get(k["id"])
        )

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        a = self.rows[index.row()]
        col = index.column()
        if role == RECORD_ROLE:
            return a
        if role == Role.DisplayRole:
            if col == self.TITLE:
                return a.title
            if col == self.NOW:
                return QCoreApplication.translate("Eigenaarschap", "Type {0}").format(a.current_type)
            if col == self.WANTED:
                return QCoreApplication.translate("Eigenaarschap", "Type {0}").format(a.wanted_type)
            if col == self.CHANGE:
                return a.change_needed or QCoreApplication.translate("Eigenaarschap", "(nog niet ingevuld)")
            return self.contributions_text(a) or QCoreApplication.translate("Eigenaarschap", "(nog niet ingevuld)")
        if role == Role.ForegroundRole and (
            (col == self.CHANGE and not a.change_needed) or (col == self.CONTRIBUTIONS and not a.contributions)
        ):
            from PySide6.QtGui import QColor

            return QColor("#777777")
        return None


class ShiftsPanel(QWidget):
    """The "Verschuivingen" tab: the table of shifts, or a line saying there are none yet."""

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Eigenaarschap",
                "Deze activiteiten wil de groep naar een ander type brengen: wat moet er veranderen, en wie draagt wat bij?",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = ShiftModel(ctx)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(QCoreApplication.translate("Eigenaarschap", "Verschuivingen"))
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        # rows follow the column widths: a one-off resizeRowsToContents while the tab was still
        # narrow left rows twice as tall as their text
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ShiftModel.NOW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ShiftModel.WANTED, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)
        self.empty = QLabel(
            QCoreApplication.translate(
                "Eigenaarschap", "Nog geen verschuivingen: kies bij een activiteit een gewenst type."
            )
        )
        layout.addWidget(self.empty)

    def reload(self) -> int:
        self.model.reload()
        self.view.resizeRowsToContents()
        n = self.model.rowCount()
        self.empty.setVisible(n == 0)
        return n
