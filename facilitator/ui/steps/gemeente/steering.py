"""Sturing: per activity on the Type 1–4 board, which mode of the meervoudige overheid fits,
and the three action-plan questions answered from each mode's point of view."""

from __future__ import annotations

import functools
import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QGridLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ....domain import gemeente
from ...common.record_table import RecordTableModel
from ...common.widgets import ComboDelegate, SavingTextEdit, heading, setup_record_view
from ...session.context import SessionContext

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


def type_text(activity: Any) -> str:
    now, wanted = int(activity.current_type), int(activity.wanted_type or 0)
    shown = str(now) if now else "?"  # 0: the room has not chosen a type yet
    return f"Type {shown} → {wanted}" if wanted and wanted != now else f"Type {shown}"


class SteeringModel(RecordTableModel):
    ACTIVITY, TYPE, MODE, NOTES = range(4)
    COLUMNS = 4

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__(ctx)
        self.modes = {m.id: m.label(ctx.language) for m in gemeente.content().modes}
        self.reload()

    def load_rows(self) -> list[tuple[Any, gemeente.SteeringChoice | None]]:
        return gemeente.steering(self.ctx.session)

    def row_key(self, row: tuple[Any, gemeente.SteeringChoice | None]) -> str:
        return str(row[0].id)  # one row per activity on the Type board

    def headings(self) -> list[str]:
        return [
            QCoreApplication.translate("Steering", "Activiteit"),
            QCoreApplication.translate("Steering", "Type nu → gewenst"),
            QCoreApplication.translate("Steering", "Sturing van de gemeente"),
            QCoreApplication.translate("Steering", "Toelichting"),
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() in (self.ACTIVITY, self.TYPE):
            return base & ~Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        activity, choice = self.rows[index.row()]
        col = index.column()
        if role == Role.UserRole:
            return activity
        if role not in (Role.DisplayRole, Role.EditRole, Role.ToolTipRole):
            return None
        if col == self.ACTIVITY:
            return activity.title
        if col == self.TYPE:
            return type_text(activity)
        if col == self.MODE:
            mode_id = choice.mode_id if choice else ""
            if role == Role.EditRole:
                return mode_id
            return self.modes.get(mode_id, QCoreApplication.translate("Steering", "(nog kiezen)"))
        return choice.notes if choice else ""

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if role != Role.EditRole or not index.isValid():
            return False
        activity, _choice = self.rows[index.row()]
        if index.column() == self.MODE:
            self.ctx.run(gemeente.set_mode, self.ctx.session, activity.id, str(value or ""))
        elif index.column() == self.NOTES:
            self.ctx.run(gemeente.set_steering_notes, self.ctx.session, activity.id, str(value))
        else:
            return False
        return True


class SteeringTab(QWidget):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lang = ctx.language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        modes = gemeente.content().modes
        intro = QLabel(
            "<br>".join(
                f"<b>{html.escape(m.label(lang))}</b> — {html.escape(m.say('practices', lang))} "
                f"<i>{html.escape(m.say('rules', lang))}</i>"
                for m in modes
            )
        )
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.empty = QLabel(
            self.tr("Er staan nog geen activiteiten op het Type 1–4-bord. Zet ze eerst bij Eigenaarschap.")
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.model = SteeringModel(ctx)
        self.table = QTableView()
        self.table.setObjectName("steeringTable")
        self.table.setModel(self.model)
        setup_record_view(self.table, self.tr("Sturing per activiteit"))
        choices = [("", self.tr("(nog kiezen)"))] + [(m.id, m.label(lang)) for m in modes]
        self.table.setItemDelegateForColumn(SteeringModel.MODE, ComboDelegate(choices, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SteeringModel.ACTIVITY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SteeringModel.TYPE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SteeringModel.MODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SteeringModel.NOTES, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 2)
        layout.addWidget(heading(self.tr("Actieplan: kijk vanuit de drie rollen")))
        grid = QGridLayout()
        self.answers: dict[tuple[str, str], SavingTextEdit] = {}
        for column, mode in enumerate(modes, start=1):
            title = QLabel(f"<b>{html.escape(mode.label(lang))}</b>")
            title.setWordWrap(True)
            grid.addWidget(title, 0, column)
        previous: QWidget = self.table
        for row, question in enumerate(gemeente.content().plan_questions, start=1):
            label = QLabel(question.label(lang))
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            for column, mode in enumerate(modes, start=1):
                field = SavingTextEdit(functools.partial(self._answer, question.id, mode.id), ctx.session.seal)
                field.setAccessibleName(f"{question.label(lang)} — {mode.label(lang)}")
                field.setFixedHeight(field.fontMetrics().lineSpacing() * 3 + 12)
                self.answers[(question.id, mode.id)] = field
                grid.addWidget(field, row, column)
        grid.setColumnStretch(0, 2)
        for column in range(1, len(modes) + 1):
            grid.setColumnStretch(column, 3)
        layout.addLayout(grid, 1)
        for field in self.answers.values():  # Tab goes across a question, then down
            QWidget.setTabOrder(previous, field)
            previous = field
        self.refresh()

    def _answer(self, question_id: str, mode_id: str, value: str) -> None:
        key = f"gemeente.plan.{question_id}.{mode_id}"
        self.ctx.run(gemeente.answer_plan, self.ctx.session, question_id, mode_id, value, merge_key=key)

    def refresh(self) -> None:
        self.model.reload()
        self.empty.setVisible(self.model.rowCount() == 0)
        for (q, m), field in self.answers.items():
            record = gemeente.plan_answer(self.ctx.session, q, m)
            field.set_text(record.answer if record else "")
