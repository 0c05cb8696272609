"""Visie en steun: the shared long-term vision, and which outside support the ideas need.

The vision saves as you type. Steun van buiten (the one list of partners, shared with
the Actieplan: :mod:`facilitator.domain.support`) is a table (partner, what is asked,
for which ideas): type a partner and press Enter; tick the ideas a row is for.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from ....domain import krachtenkaart as kk
from ....domain import preparation as prep
from ....domain import support
from ....domain.changes import ChangeEvent
from ...common.colors import tone
from ...common.date_field import DateField
from ...common.record_table import RecordTableModel
from ...common.record_view import CurrentCellDelegate, keep_focus_through_reset
from ...common.text_fit import shorten
from ...common.widgets import SavingTextEdit, heading
from ...session.context import SessionContext

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


class SupportModel(RecordTableModel):
    PARTNER, ASK, IDEAS = range(3)
    COLUMNS = 3

    def load_rows(self) -> list[support.PartnerAsk]:
        return support.asks(self.ctx.session)

    def headings(self) -> list[str]:
        return [
            QCoreApplication.translate("Krachtenkaart", "Partner"),
            QCoreApplication.translate("Krachtenkaart", "Wat vragen we"),
            QCoreApplication.translate("Krachtenkaart", "Voor welke ideeën"),
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if index.column() == self.IDEAS else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        need = self.rows[index.row()]
        if role == Role.UserRole:
            return need
        if role in (Role.DisplayRole, Role.EditRole):
            if index.column() == self.PARTNER:
                return need.partner
            if index.column() == self.ASK:
                return need.ask
            ideas = (self.ctx.session.get(kk.Idea, i) for i in need.idea_ids)
            return ", ".join(i.title for i in ideas if i is not None)
        return None

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or role != Role.EditRole:
            return False
        need = self.rows[index.row()]
        text = str(value).strip()
        if index.column() == self.PARTNER:
            if not text:
                return False
            self.ctx.run(support.edit_ask, self.ctx.session, need, partner=text)
        elif index.column() == self.ASK:
            self.ctx.run(support.edit_ask, self.ctx.session, need, ask=text)
        return True


class VisionTab(QWidget):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 9, 9)  # like the Ideeën tab: text not against the frame
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Onze visie voor de lange termijn")), 1)
        top.addWidget(QLabel(self.tr("Datum:")))
        self.date = DateField(ctx.language)
        self.date.setAccessibleName(self.tr("Datum van de visie"))
        self.date.setMinimumWidth(self.date.fontMetrics().horizontalAdvance("30 september 2026") + 48)
        self.date.setMaximumWidth(320)
        self.date.date_chosen.connect(self._date_changed)
        self.date.problem.connect(self._date_problem)
        top.addWidget(self.date)
        self.date_message = QLabel()
        self.date_message.setStyleSheet(f"QLabel {{ color: {tone(self, 'error')}; }}")
        self.date_message.hide()
        top.addWidget(self.date_message)
        layout.addLayout(top)
        self.text = SavingTextEdit(self._text_changed, ctx.session.seal)
        self.text.setObjectName("visionText")
        self.text.setAccessibleName(self.tr("Visie"))
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)  # the room reads along on the projector
        self.text.setFont(font)
        self.text.setPlaceholderText(self.tr("Hoe ziet ons dorp eruit over tien jaar, als we onze krachten benutten?"))
        layout.addWidget(self.text, 2)

        layout.addWidget(heading(self.tr("Steun van buiten")))
        row = QHBoxLayout()
        self.partner = QLineEdit()
        self.partner.setObjectName("supportPartner")
        self.partner.setPlaceholderText(self.tr("Partner (gemeente, fonds, provincie…), dan Enter"))
        self.partner.setAccessibleName(self.tr("Partner voor steun van buiten"))
        self.partner.returnPressed.connect(self.add_need)
        self.ask = QLineEdit()
        self.ask.setPlaceholderText(self.tr("Wat vragen we?"))
        self.ask.setAccessibleName(self.tr("Wat vragen we aan de partner"))
        self.ask.returnPressed.connect(self.add_need)
        row.addWidget(self.partner, 1)
        row.addWidget(self.ask, 1)  # 1:1 so the partner hint ("…, dan Enter") is not cut off
        layout.addLayout(row)
        self.model = SupportModel(ctx)
        self.table = QTableView()
        self.table.setObjectName("supportTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Steun van buiten (Delete verwijdert)"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegate(CurrentCellDelegate(self.table))  # the keyboard's cell, not only its row
        keep_focus_through_reset(self.table)
        self.table.setWordWrap(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_links())
        delete = QAction(self.tr("Steun van buiten verwijderen"), self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_need)
        self.table.addAction(delete)
        links = QVBoxLayout()
        links.addWidget(QLabel(self.tr("Voor welke ideeën (vink aan):")))
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Ideeën waarvoor deze steun nodig is"))
        self.links.itemChanged.connect(self._link_changed)
        links.addWidget(self.links)
        bottom = QHBoxLayout()
        bottom.addWidget(self.table, 3)
        bottom.addLayout(links, 2)
        layout.addLayout(bottom, 2)
        self.message = QLabel()
        self.message.setStyleSheet(f"QLabel {{ color: {tone(self, 'error')}; }}")
        self.message.hide()
        layout.addWidget(self.message)

    # ---------------------------------------------------------------- vision
    def _text_changed(self, value: str) -> None:
        v = kk.vision(self.ctx.session)
        date = None if v.date else (self.date.iso or prep.meeting_day(self.ctx.session))
        self.ctx.run(kk.set_vision, self.ctx.session, value, date, merge_key="vision.text")

    def _date_changed(self, iso: str) -> None:
        v = kk.vision(self.ctx.session)
        self.ctx.run(kk.set_vision, self.ctx.session, v.text, iso or prep.meeting_day(self.ctx.session))

    def _date_problem(self, message: str) -> None:
        self.date_message.setText(message)
        self.date_message.setVisible(bool(message))

    # ---------------------------------------------------------------- support
    def add_need(self) -> None:
        partner = " ".join(self.partner.text().split())
        if not partner:
            self.message.setText(self.tr("Noem eerst de partner."))
            self.message.show()
            self.partner.setFocus()
            return
        self.message.hide()
        if self.ctx.run(support.ask_partner, self.ctx.session, partner, ask=self.ask.text().strip()) is not None:
            self.partner.clear()
            self.ask.clear()
            self.partner.setFocus()

    def current_need(self) -> support.PartnerAsk | None:
        index = self.table.currentIndex()
        return index.data(Role.UserRole) if index.isValid() else None

    def remove_need(self) -> None:
        need = self.current_need()
        if need is not None:
            self.ctx.run(support.remove_ask, self.ctx.session, need)

    def _show_links(self) -> None:
        need = self.current_need()
        self.links.blockSignals(True)
        self.links.clear()
        for idea in kk.ideas(self.ctx.session):
            item = QListWidgetItem(shorten(idea.title, 200))
            item.setData(Role.UserRole, idea.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = need is not None and idea.id in need.idea_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.links.addItem(item)
        self.links.setEnabled(need is not None)
        self.links.blockSignals(False)

    def _link_changed(self, _item: QListWidgetItem) -> None:
        need = self.current_need()
        if need is None:
            return
        ids = [
            self.links.item(i).data(Role.UserRole)
            for i in range(self.links.count())
            if self.links.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.ctx.run(support.edit_ask, self.ctx.session, need, idea_ids=ids)

    # ---------------------------------------------------------------- refresh
    def refresh(self, event: ChangeEvent) -> None:
        if event.touches("vision", "meeting"):
            v = kk.vision(self.ctx.session)
            self.text.set_text(v.text)
            # a vision not yet dated belongs to this meeting: show the meeting's date
            self.date.set_iso(v.date or prep.meeting_day(self.ctx.session))
        if event.touches("partner_ask", "idea"):
            row = self.table.currentIndex().row()
            self.model.reload()
            self.table.resizeRowsToContents()
            if self.model.rowCount():
                self.table.selectRow(min(max(row, 0), self.model.rowCount() - 1))
            self._show_links()
