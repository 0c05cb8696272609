"""The Rollen step's profile tab: per role a score now and wanted (0–5), notes, and the radar chart."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....content import text
from ....domain import next_meeting, role_content, rollen
from ...common.radar import RadarChart
from ...common.widgets import SavingTextEdit
from ...session.context import SessionContext


class RoleRow(QFrame):
    """One role: its name and question, now/wanted spin boxes, and the room's notes."""

    def __init__(self, ctx: SessionContext, role: role_content.Role, owner: ProfileTab) -> None:
        super().__init__()
        self.ctx = ctx
        self.role = role
        self.owner = owner
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lang = ctx.language
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setVerticalSpacing(3)
        name = QLabel(role.label(lang))
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        name.setFont(font)
        grid.addWidget(name, 0, 0)
        self.now = self._spin(self.tr("Nu: {0}").format(role.label(lang)))
        self.wanted = self._spin(self.tr("Gewenst: {0}").format(role.label(lang)))
        self.now.valueChanged.connect(lambda v: self._score(now=v))
        self.wanted.valueChanged.connect(lambda v: self._score(wanted=v))
        for column, (label, spin) in enumerate(((self.tr("Nu"), self.now), (self.tr("Gewenst"), self.wanted)), start=1):
            pair = QHBoxLayout()
            pair.setSpacing(4)
            caption = QLabel(label)
            caption.setBuddy(spin)
            pair.addWidget(caption)
            pair.addWidget(spin)
            grid.addLayout(pair, 0, column)
        #: "Vorige keer: 2 → 4" in a meeting made from an earlier one (domain/next_meeting.py)
        self.before = QLabel()
        self.before.setObjectName("roleBefore")
        self.before.setStyleSheet("color: #44536b;")
        self.before.hide()
        grid.addWidget(self.before, 1, 0, 1, 3)
        explanation, question = html.escape(text(role.explanation, lang)), html.escape(text(role.question, lang))
        about = QLabel(f"{explanation}<br><i>{html.escape(self.tr('Vraag aan de zaal:'))} {question}</i>")
        about.setTextFormat(Qt.TextFormat.RichText)
        about.setWordWrap(True)
        grid.addWidget(about, 2, 0, 1, 3)
        self.notes = SavingTextEdit(self._notes, ctx.session.seal)
        self.notes.setAccessibleName(self.tr("Notities bij {0}").format(role.label(lang)))
        self.notes.setPlaceholderText(self.tr("Wat zegt de zaal hierover?"))
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        grid.addWidget(self.notes, 3, 0, 1, 3)
        grid.setColumnStretch(0, 1)

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()  # Ctrl+Z goes to the session's undo via SessionUndoKeys (session window)
        spin.setRange(0, rollen.MAX_SCORE)
        spin.setAccessibleName(name)
        spin.setToolTip(self.tr("0 = niet, 5 = heel sterk. Pijltjes omhoog/omlaag of een cijfer typen."))
        font = spin.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        spin.setFont(font)
        return spin

    def _score(self, now: int | None = None, wanted: int | None = None) -> None:
        if self.owner.loading:
            return
        self.ctx.run(
            rollen.set_score,
            self.ctx.session,
            self.owner.set_id,
            self.role.id,
            now=now,
            wanted=wanted,
            group=self.owner.group,
        )

    def _notes(self, value: str) -> None:
        key = f"rollen.notes.{self.owner.set_id}.{self.role.id}.{self.owner.group}"
        self.ctx.run(
            rollen.set_notes,
            self.ctx.session,
            self.owner.set_id,
            self.role.id,
            value,
            group=self.owner.group,
            merge_key=key,
        )

    def show_row(self, row: rollen.RoleProfileRow) -> None:
        for spin, value in ((self.now, row.now), (self.wanted, row.wanted)):
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self.notes.set_text(row.notes)

    def show_before(self, scores: tuple[int, int] | None) -> None:
        """The scores of the earlier meeting (now → wanted), beside this evening's own."""
        self.before.setVisible(scores is not None)
        if scores is not None:
            self.before.setText(self.tr("Vorige keer: nu {0}, gewenst {1}").format(*scores))


class ProfileTab(QWidget):
    """Scores per role on the left, the radar chart of the same profile on the right."""

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.set_id = ""
        self.group = ""
        self.loading = False
        self.rows: dict[str, RoleRow] = {}
        #: the role whose score or notes has the keyboard: its question is the room's question
        self.current_role = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.row_box = QWidget()
        self.row_layout = QVBoxLayout(self.row_box)
        self.row_layout.setContentsMargins(0, 0, 6, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.row_box)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMaximumWidth(480)
        self.rows_area = scroll
        layout.addWidget(scroll, 3)
        self.chart = RadarChart()
        self.chart.setObjectName("rollenRadar")
        layout.addWidget(self.chart, 2)  # the rows take up to their maximum first

    def show_set(self, set_id: str, group: str) -> None:
        """Build the rows for a role set (when it changed) and show the group's scores."""
        if set_id != self.set_id:
            for row in self.rows.values():
                row.setParent(None)
                row.deleteLater()
            while self.row_layout.count():
                self.row_layout.takeAt(0)
            self.rows = {}
            for role in role_content.role_set(set_id).roles:
                row = RoleRow(self.ctx, role, self)
                self.rows[role.id] = row
                for widget in (row.now, row.wanted, row.notes):
                    widget.installEventFilter(self)
                self.row_layout.addWidget(row)
            self.row_layout.addStretch(1)
            # the rows never get narrower than their scores need; the chart takes the rest
            bar = self.rows_area.verticalScrollBar().sizeHint().width()
            self.rows_area.setMinimumWidth(min(480, self.row_box.minimumSizeHint().width() + bar + 4))
            previous = None
            for row in self.rows.values():  # Tab goes now -> wanted -> notes, role by role
                for widget in (row.now, row.wanted, row.notes):
                    if previous is not None:
                        QWidget.setTabOrder(previous, widget)
                    previous = widget
        self.set_id, self.group = set_id, group
        self.update_scores()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == event.Type.FocusIn:
            role_id = next((rid for rid, row in self.rows.items() if watched in (row.now, row.wanted, row.notes)), "")
            if role_id and role_id != self.current_role:
                self.current_role = role_id
                self.ctx.focus_changed.emit("rollen", f"role:{role_id}")
        return False

    def update_scores(self) -> None:
        self.loading = True
        before = next_meeting.role_profile_last_time(self.ctx.session, self.set_id, self.group)
        try:
            for row in rollen.profile(self.ctx.session, self.set_id, self.group, self.ctx.language):
                if row.role_id in self.rows:
                    self.rows[row.role_id].show_row(row)
                    self.rows[row.role_id].show_before(before.get(row.role_id))
        finally:
            self.loading = False
        self.chart.set_geometry(rollen.radar(self.ctx.session, self.set_id, self.group, self.ctx.language))

    def first_field(self) -> QWidget | None:
        return next(iter(self.rows.values())).now if self.rows else None
