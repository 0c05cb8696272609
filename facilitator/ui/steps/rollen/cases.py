"""The Rollen step's cases tab: village situations, the group's answer and the roles it needs.

Beside the case, a small table sets the roles chosen in the cases next to the profile
now/wanted: a role that the room keeps needing in the cases but scores low "now" is
a good thing to talk about.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....content import text
from ....domain import role_content, rollen
from ...common.widgets import SavingTextEdit, heading
from ...session.context import SessionContext


class CasesTab(QWidget):
    def __init__(self, ctx: SessionContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.set_id = ""
        self.group = ""
        self.loading = False
        self.boxes: dict[str, QCheckBox] = {}
        lang = ctx.language
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Casussen"))
        self.list.setWordWrap(True)
        self.list.setMaximumWidth(250)
        self.list.setSpacing(2)
        self.list.setMinimumWidth(180)
        for case in role_content.cases().values():
            item = QListWidgetItem(text(case.title, lang))
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(lambda _: self.show_case())
        layout.addWidget(self.list, 3)

        # ------------------------------------------------------- the case itself
        middle = QWidget()
        box = QVBoxLayout(middle)
        box.setContentsMargins(6, 0, 6, 0)
        self.title = heading("", 1.35)
        self.title.setWordWrap(True)
        self.situation = QLabel()
        self.situation.setWordWrap(True)
        self.situation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question = QLabel()
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        box.addWidget(self.title)
        box.addWidget(self.situation)
        box.addWidget(self.question)
        answer_label = QLabel(self.tr("&Antwoord: wat zou uw groep doen?"))
        self.answer = SavingTextEdit(self._answer, ctx.session.seal)
        self.answer.setAccessibleName(self.tr("Antwoord op de casus"))
        self.answer.setPlaceholderText(self.tr("Wie doet wat, en wat vragen we van anderen?"))
        self.answer.setMinimumHeight(self.answer.fontMetrics().lineSpacing() * 4 + 12)
        answer_label.setBuddy(self.answer)
        box.addWidget(answer_label)
        box.addWidget(self.answer, 1)
        box.addWidget(QLabel(self.tr("Welke rollen zijn hier nodig?")))
        self.box_row = QGridLayout()
        box.addLayout(self.box_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(middle)
        layout.addWidget(scroll, 6)

        # ------------------------------------------------------------ the tally
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(heading(self.tr("Rollen gekozen in de casussen"), 1.1))
        self.tally = QTableWidget(0, 4)
        self.tally.setObjectName("caseTally")
        self.tally.setAccessibleName(self.tr("Rollen gekozen in de casussen naast het profiel"))
        self.tally.setHorizontalHeaderLabels([self.tr("Rol"), self.tr("Nu"), self.tr("Gewenst"), self.tr("Casus")])
        # a short header leaves room for the role names; the tooltip says what it counts
        header = self.tally.horizontalHeaderItem(3)
        if header is not None:
            header.setToolTip(self.tr("In hoeveel casussen de groep deze rol koos"))
        self.tally.verticalHeader().hide()
        self.tally.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tally.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tally.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        columns = self.tally.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        right_box.addWidget(self.tally)
        self.tally_note = QLabel()
        self.tally_note.setWordWrap(True)
        right_box.addWidget(self.tally_note)
        right_box.addStretch(1)
        right.setMaximumWidth(300)
        layout.addWidget(right, 4)
        self.list.setCurrentRow(0)

    # ------------------------------------------------------------------ state
    def current_case(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def select_case(self, case_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == case_id:
                self.list.setCurrentRow(row)

    def show_set(self, set_id: str, group: str) -> None:
        if set_id != self.set_id:
            for check in self.boxes.values():
                check.setParent(None)
                check.deleteLater()
            self.boxes = {}
            for role in role_content.role_set(set_id).roles:
                check = QCheckBox(role.label(self.ctx.language))
                check.setAccessibleName(self.tr("Rol nodig: {0}").format(role.label(self.ctx.language)))
                check.toggled.connect(lambda on, r=role.id: self._toggle(r, on))
                self.boxes[role.id] = check
                n = len(self.boxes) - 1
                self.box_row.addWidget(check, n // 2, n % 2)
        self.set_id, self.group = set_id, group
        self.update_all()

    def update_all(self) -> None:
        self.show_case()
        self.update_tally()

    # -------------------------------------------------------------- drawing
    def show_case(self) -> None:
        case = role_content.cases().get(self.current_case())
        if case is None or not self.set_id:
            return
        lang = self.ctx.language
        self.title.setText(text(case.title, lang))
        self.situation.setText(text(case.situation, lang))
        self.question.setText(text(case.question, lang))
        answer = rollen.case_answer(self.ctx.session, case.id, self.set_id, self.group)
        self.loading = True
        try:
            self.answer.set_text(answer.answer if answer else "")
            chosen = set(answer.role_ids) if answer else set()
            for role_id, check in self.boxes.items():
                check.setChecked(role_id in chosen)
        finally:
            self.loading = False
        self._mark_answered()

    def _mark_answered(self) -> None:
        done = {
            r.case_id
            for r in self.ctx.session.all(rollen.CaseAnswer)
            if r.set_id == self.set_id and r.group == self.group and (r.answer.strip() or r.role_ids)
        }
        lang = self.ctx.language
        for row in range(self.list.count()):
            item = self.list.item(row)
            case_id = item.data(Qt.ItemDataRole.UserRole)
            title = text(role_content.cases()[case_id].title, lang)
            item.setText(f"✓ {title}" if case_id in done else title)
            font = item.font()
            font.setBold(case_id in done)
            item.setFont(font)

    def update_tally(self) -> None:
        if not self.set_id:
            return
        tally = rollen.case_tally(self.ctx.session, self.set_id, self.group)
        rows = rollen.profile(self.ctx.session, self.set_id, self.group, self.ctx.language)
        self.tally.setRowCount(len(rows))
        for n, row in enumerate(rows):
            for col, value in enumerate((row.name, str(row.now), str(row.wanted), str(tally.get(row.role_id, 0)))):
                item = QTableWidgetItem(value)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.tally.setItem(n, col, item)
        answered = sum(
            1 for r in self.ctx.session.all(rollen.CaseAnswer) if r.set_id == self.set_id and r.group == self.group
        )
        self.tally_note.setText(
            self.tr("Geteld over {0} beantwoorde casussen van deze groep.").format(answered)
            if answered != 1
            else self.tr("Geteld over 1 beantwoorde casus van deze groep.")
        )
        self.tally.setFixedHeight(
            self.tally.horizontalHeader().height()
            + sum(self.tally.rowHeight(i) for i in range(self.tally.rowCount()))
            + 4
        )

    def tally_values(self) -> dict[str, int]:
        """What the tally table shows in its "Casus" column (role name -> count)."""
        values = {}
        for r in range(self.tally.rowCount()):
            name, count = self.tally.item(r, 0), self.tally.item(r, 3)
            if name is not None and count is not None:
                values[name.text()] = int(count.text())
        return values

    # ---------------------------------------------------------------- edits
    def _answer(self, value: str) -> None:
        case_id = self.current_case()
        if self.loading or not case_id:
            return
        self.ctx.run(
            rollen.answer_case,
            self.ctx.session,
            case_id,
            self.set_id,
            answer=value,
            group=self.group,
            merge_key=f"rollen.case.{case_id}.{self.set_id}.{self.group}",
        )

    def _toggle(self, role_id: str, on: bool) -> None:
        case_id = self.current_case()
        if self.loading or not case_id:
            return
        self.ctx.run(rollen.toggle_case_role, self.ctx.session, case_id, self.set_id, role_id, on, self.group)
