"""Verantwoording: to whom the collective is accountable, and how it wants to explain itself.

Type to whom and how, press Enter: a row in the room's list. Cells are edited by
typing; Delete removes the selected rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ....domain import spiegel
from ....domain.samenspel_content import spiegel as spiegel_content
from ...common.record_table import RecordTableModel
from ...common.widgets import heading, setup_record_view
from ...session.context import SessionContext

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


class WaysModel(RecordTableModel):
    TO_WHOM, HOW = range(2)
    COLUMNS = 2

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__(ctx)
        self.reload()

    def load_rows(self) -> list[spiegel.AccountWay]:
        return spiegel.ways(self.ctx.session)

    def headings(self) -> list[str]:
        return [
            QCoreApplication.translate("Accounting", "Aan wie"),
            QCoreApplication.translate("Accounting", "Hoe leggen wij het uit"),
        ]

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        way = self.rows[index.row()]
        if role in (Role.DisplayRole, Role.EditRole, Role.ToolTipRole):
            return way.to_whom if index.column() == self.TO_WHOM else way.how
        return None

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if role != Role.EditRole or not index.isValid():
            return False
        field = "to_whom" if index.column() == self.TO_WHOM else "how"
        self.ctx.run(spiegel.edit_way, self.ctx.session, self.rows[index.row()], **{field: str(value)})
        return True


class AccountingTab(QWidget):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lang = ctx.language
        item = spiegel_content().accountability
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        question = heading(item.label(lang))
        question.setWordWrap(True)
        layout.addWidget(question)
        hint = QLabel(item.say("explanation", lang))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.to_whom = QLineEdit()
        self.to_whom.setObjectName("wayToWhom")
        self.to_whom.setAccessibleName(self.tr("Aan wie leggen wij verantwoording af"))
        self.to_whom.setPlaceholderText(self.tr("Aan wie? (leden, het dorp, de gemeente, een fonds…)"))
        self.to_whom.returnPressed.connect(self.add)
        self.how = QLineEdit()
        self.how.setObjectName("wayHow")
        self.how.setAccessibleName(self.tr("Hoe willen wij uitleggen wat we doen"))
        self.how.setPlaceholderText(self.tr("Hoe leggen wij het uit? Dan Enter"))
        self.how.returnPressed.connect(self.add)
        row.addWidget(self.to_whom, 1)
        row.addWidget(self.how, 2)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("wayMessage")
        self.message.setStyleSheet("QLabel { color: #a02020; }")
        self.message.hide()
        layout.addWidget(self.message)
        self.model = WaysModel(ctx)
        self.table = QTableView()
        self.table.setObjectName("waysTable")
        self.table.setModel(self.model)
        setup_record_view(self.table, self.tr("Manieren van verantwoorden (Delete verwijdert)"))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WaysModel.TO_WHOM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WaysModel.HOW, QHeaderView.ResizeMode.Stretch)
        delete = QAction(self.tr("Manier verwijderen"), self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_selected)
        self.table.addAction(delete)
        layout.addWidget(self.table, 1)

    def add(self) -> None:
        added = self.ctx.run(spiegel.add_way, self.ctx.session, self.to_whom.text(), self.how.text(), say=self._say)
        if added is not None:
            self.message.hide()
            self.to_whom.clear()
            self.how.clear()
            self.to_whom.setFocus()

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
        self.to_whom.setFocus()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        ways = [self.model.rows[r] for r in rows if 0 <= r < len(self.model.rows)]
        if ways:
            self.ctx.run(spiegel.remove_way, self.ctx.session, *ways)

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeRowsToContents()
