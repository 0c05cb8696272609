"""Twee logica's: seed 001's characteristics, marked 1–5 by the village ("zo werken wij")
and by the gemeente ("zo werkt de gemeente hier") side by side, clashes marked, and the
expectations each side writes down for the other."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....domain import spiegel
from ....domain.samenspel_content import spiegel as spiegel_content
from ...common.record_table import RecordTableModel
from ...common.widgets import heading, setup_record_view
from ...session.context import SessionContext

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


def clash_word() -> str:
    return QCoreApplication.translate("Logic", "botst")


class LogicModel(RecordTableModel):
    TRAIT, COLLECTIVE, VILLAGE, MUNICIPALITY, GOVERNMENT, CLASH = range(6)
    COLUMNS = 6

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__(ctx)
        self.reload()

    def load_rows(self) -> list[spiegel.LogicRow]:
        return spiegel.logic(self.ctx.session)

    def row_key(self, row: spiegel.LogicRow) -> str:
        return row.trait.id  # one row per characteristic (its content item holds dicts: not hashable)

    def headings(self) -> list[str]:
        return [
            QCoreApplication.translate("Logic", "Kenmerk"),
            QCoreApplication.translate("Logic", "Zo werkt een collectief (1)"),
            QCoreApplication.translate("Logic", "Dorp"),
            QCoreApplication.translate("Logic", "Gemeente"),
            QCoreApplication.translate("Logic", "Zo werkt een overheid (5)"),
            QCoreApplication.translate("Logic", "Botsing"),
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() not in (self.VILLAGE, self.MUNICIPALITY):
            return base & ~Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row: spiegel.LogicRow = self.rows[index.row()]
        col, lang = index.column(), self.ctx.language
        if role == Role.TextAlignmentRole and col in (self.VILLAGE, self.MUNICIPALITY, self.CLASH):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Role.BackgroundRole and row.clash and col in (self.VILLAGE, self.MUNICIPALITY, self.CLASH):
            return QBrush(QColor("#f6d0cc"))
        if role == Role.FontRole and col == self.CLASH and row.clash:
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.ToolTipRole and col in (self.VILLAGE, self.MUNICIPALITY):
            notes = row.village_notes if col == self.VILLAGE else row.municipality_notes
            return notes or QCoreApplication.translate("Logic", "Typ 1 tot 5 (0 wist)")
        if role not in (Role.DisplayRole, Role.EditRole):
            return None
        if col == self.TRAIT:
            return row.trait.label(lang)
        if col == self.COLLECTIVE:
            return row.trait.say("collective", lang)
        if col == self.GOVERNMENT:
            return row.trait.say("government", lang)
        if col == self.CLASH:
            return clash_word() if row.clash else ""
        value = row.village if col == self.VILLAGE else row.municipality
        if role == Role.EditRole:
            return value
        return str(value) if value else "·"

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if role != Role.EditRole or index.column() not in (self.VILLAGE, self.MUNICIPALITY):
            return False
        try:
            number = int(str(value).strip() or 0)
        except ValueError:
            return False
        side = "dorp" if index.column() == self.VILLAGE else "gemeente"
        self.ctx.run(spiegel.set_mark, self.ctx.session, self.rows[index.row()].trait.id, side, number)
        return True


class ExpectationList(QWidget):
    def __init__(self, ctx: SessionContext, direction: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.direction = direction
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        self.entry = QLineEdit()
        self.entry.setObjectName(f"expect-{direction}")
        self.entry.setAccessibleName(title)
        self.entry.setPlaceholderText(self.tr("Typ een verwachting en druk op Enter"))
        self.entry.returnPressed.connect(self.add)
        layout.addWidget(self.entry)
        self.list = QListWidget()
        self.list.setObjectName(f"expect-{direction}-list")
        self.list.setAccessibleName(self.tr("{0} (Delete verwijdert)").format(title))
        self.list.setWordWrap(True)
        delete = QAction(self.tr("Verwachting verwijderen"), self.list)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_current)
        self.list.addAction(delete)
        layout.addWidget(self.list, 1)
        self.refresh()

    def add(self) -> None:
        added = self.ctx.run(
            spiegel.add_expectation,
            self.ctx.session,
            self.direction,
            self.entry.text(),
            say=self.entry.setPlaceholderText,
        )
        if added is not None:
            self.entry.clear()

    def remove_current(self) -> None:
        item = self.list.currentItem()
        record = self.ctx.session.get(spiegel.Expectation, item.data(Role.UserRole)) if item else None
        if record is not None:
            self.ctx.run(spiegel.remove_expectation, self.ctx.session, record)

    def refresh(self) -> None:
        self.list.clear()
        for e in spiegel.expectations(self.ctx.session, self.direction):
            item = QListWidgetItem(e.text)
            item.setData(Role.UserRole, e.id)
            self.list.addItem(item)


class LogicTab(QWidget):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lang = ctx.language
        logic = spiegel_content().logic
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        question = heading(logic.label(lang))
        question.setWordWrap(True)
        layout.addWidget(question)
        layout.addWidget(
            QLabel(
                self.tr("Het dorp vult in hoe wij werken, de gemeente hoe de gemeente hier werkt: {0}.").format(
                    logic.say("explanation", lang)
                )
            )
        )
        self.model = LogicModel(ctx)
        self.table = QTableView()
        self.table.setObjectName("logicTable")
        self.table.setModel(self.model)
        setup_record_view(self.table, self.tr("Twee logica's naast elkaar"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in (LogicModel.COLLECTIVE, LogicModel.GOVERNMENT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for col in (LogicModel.TRAIT, LogicModel.VILLAGE, LogicModel.MUNICIPALITY, LogicModel.CLASH):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 3)
        layout.addWidget(heading(self.tr("Wat verwachten we van elkaar?")))
        row = QHBoxLayout()
        self.village = ExpectationList(ctx, "dorp", self.tr("Het dorp verwacht van de gemeente"))
        self.municipality = ExpectationList(ctx, "gemeente", self.tr("De gemeente verwacht van het dorp"))
        row.addWidget(self.village)
        row.addWidget(self.municipality)
        layout.addLayout(row, 2)
        self.refresh()

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeRowsToContents()
        self.village.refresh()
        self.municipality.refresh()

    def focus_first(self) -> None:
        self.table.setFocus()
        self.table.setCurrentIndex(self.model.index(0, LogicModel.VILLAGE))
