"""Doen en laten: two lists, what the gemeente starts doing and what it stops doing.

Type a line and press Enter: it is on the list with who in the gemeente takes it on
and what it is linked to (an activity, an idea or an action). Cells are edited by
typing; Delete removes the selected lines (one undo step).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....domain import gemeente
from ...common.record_table import RecordTableModel
from ...common.widgets import ComboDelegate, heading, setup_record_view
from ...session.context import SessionContext

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
RECORD_ROLE = Role.UserRole + 1


def kind_word(kind: str) -> str:
    return {
        "activity": QCoreApplication.translate("Homework", "activiteit"),
        "idea": QCoreApplication.translate("Homework", "idee"),
        "plan_idea": QCoreApplication.translate("Homework", "idee"),
        "action": QCoreApplication.translate("Homework", "actie"),
    }.get(kind, kind)


def link_choices(ctx: SessionContext) -> list[tuple[str, str]]:
    """("kind:id", "title (kind)") for every link target, after "no link"."""
    choices = [("", QCoreApplication.translate("Homework", "(niets gekoppeld)"))]
    for t in gemeente.link_targets(ctx.session):
        choices.append((f"{t.kind}:{t.id}", f"{t.title[:80]} ({kind_word(t.kind)})"))
    return choices


class HomeworkModel(RecordTableModel):
    TEXT, WHO, LINK = range(3)
    COLUMNS = 3

    def __init__(self, ctx: SessionContext, list_id: str) -> None:
        super().__init__(ctx)
        self.list_id = list_id
        self.error = ""
        self.reload()

    def load_rows(self) -> list[gemeente.HomeworkItem]:
        return gemeente.homework(self.ctx.session, self.list_id)

    def headings(self) -> list[str]:
        return [
            QCoreApplication.translate("Homework", "Wat"),
            QCoreApplication.translate("Homework", "Wie in de gemeente"),
            QCoreApplication.translate("Homework", "Gekoppeld aan"),
        ]

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        item: gemeente.HomeworkItem = self.rows[index.row()]
        if role == RECORD_ROLE:
            return item
        col = index.column()
        if col == self.LINK:
            if role == Role.EditRole:
                return f"{item.link_kind}:{item.link_id}" if item.link_id else ""
            if role in (Role.DisplayRole, Role.ToolTipRole):
                title = gemeente.link_title(self.ctx.session, item)
                return f"→ {title}" if title else ""
            return None
        if role in (Role.DisplayRole, Role.EditRole, Role.ToolTipRole):
            return item.text if col == self.TEXT else item.who
        return None

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if role != Role.EditRole or not index.isValid():
            return False
        item = self.rows[index.row()]
        col = index.column()
        if col == self.LINK:
            kind, _, link_id = str(value or "").partition(":")
            fields = {"link_kind": kind, "link_id": link_id}
        else:
            fields = {"text" if col == self.TEXT else "who": str(value)}
        self.ctx.run(gemeente.edit_homework, self.ctx.session, item, say=self._say, **fields)
        return self.ctx.last_refusal is None

    def _say(self, message: str) -> None:
        self.error = message


class HomeworkColumn(QWidget):
    """One list: the room's question, the entry line with who and link, the table."""

    def __init__(self, ctx: SessionContext, list_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list_id = list_id
        item = next(i for i in gemeente.content().lists if i.id == list_id)
        lang = ctx.language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(item.label(lang)))
        question = QLabel(item.say("question", lang))
        question.setWordWrap(True)
        layout.addWidget(question)
        entry = QGridLayout()
        self.text = QLineEdit()
        self.text.setObjectName(f"homework-{list_id}-text")
        self.text.setAccessibleName(item.label(lang))
        self.text.setPlaceholderText(self.tr("Typ een regel en druk op Enter"))
        self.text.setMaxLength(gemeente.MAX_LINE)
        self.text.returnPressed.connect(self.add)
        self.who = QLineEdit()
        self.who.setObjectName(f"homework-{list_id}-who")
        self.who.setAccessibleName(self.tr("Wie in de gemeente"))
        self.who.setPlaceholderText(self.tr("Wie in de gemeente?"))
        self.who.returnPressed.connect(self.add)
        self.link = QComboBox()
        self.link.setObjectName(f"homework-{list_id}-link")
        self.link.setAccessibleName(self.tr("Gekoppeld aan activiteit, idee of actie"))
        self.link.setMinimumContentsLength(16)
        self.link.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        entry.addWidget(self.text, 0, 0, 1, 2)
        entry.addWidget(self.who, 1, 0)
        entry.addWidget(self.link, 1, 1)
        layout.addLayout(entry)
        self.message = QLabel()
        self.message.setObjectName(f"homework-{list_id}-message")
        self.message.setStyleSheet("QLabel { color: #a02020; }")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.model = HomeworkModel(ctx, list_id)
        self.table = QTableView()
        self.table.setObjectName(f"homework-{list_id}-table")
        self.table.setModel(self.model)
        setup_record_view(self.table, self.tr("{0} (Delete verwijdert)").format(item.label(lang)))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HomeworkModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HomeworkModel.WHO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HomeworkModel.LINK, QHeaderView.ResizeMode.Stretch)
        self.delegate = ComboDelegate(link_choices(ctx), self.table)
        self.table.setItemDelegateForColumn(HomeworkModel.LINK, self.delegate)
        delete = QAction(self.tr("Regel verwijderen"), self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_selected)
        self.table.addAction(delete)
        layout.addWidget(self.table, 1)
        QWidget.setTabOrder(self.text, self.who)
        QWidget.setTabOrder(self.who, self.link)
        QWidget.setTabOrder(self.link, self.table)
        self.update_links()
        self.table.resizeRowsToContents()

    def update_links(self) -> None:
        """Offer the activities, ideas and actions there are now (they change in other steps)."""
        choices = link_choices(self.ctx)
        self.delegate.choices = choices
        current = self.link.currentData()
        self.link.blockSignals(True)
        self.link.clear()
        for value, label in choices:
            self.link.addItem(label, value)
        self.link.setCurrentIndex(max(0, self.link.findData(current)))
        self.link.blockSignals(False)

    def add(self) -> None:
        kind, _, link_id = str(self.link.currentData() or "").partition(":")
        added = self.ctx.run(
            gemeente.add_homework,
            self.ctx.session,
            self.list_id,
            self.text.text(),
            self.who.text(),
            kind,
            link_id,
            say=self._say,
        )
        if added is not None:
            self.message.hide()
            self.text.clear()
            self.who.clear()
            self.link.setCurrentIndex(0)
            self.text.setFocus()

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
        self.text.setFocus()

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()} or (
            {self.table.currentIndex().row()} if self.table.currentIndex().isValid() else set()
        )
        items = [self.model.rows[r] for r in sorted(rows) if 0 <= r < len(self.model.rows)]
        if items:
            self.ctx.run(gemeente.remove_homework, self.ctx.session, *items)

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeRowsToContents()
        if self.model.error:
            self.message.setText(self.model.error)
            self.message.show()
            self.model.error = ""
