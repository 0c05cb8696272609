"""The Rollen step's profile tab: per role a score now and wanted (0–5), notes, and the radar chart."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from ....content import text
from ....domain import role_content, rollen
from ...common.radar import RadarChart
from ...common.scores import ScoreRowBase
from ...session.context import SessionContext


class RoleRow(ScoreRowBase):
    """One role: its name and question, now/wanted spin boxes, and the room's notes."""

    def __init__(self, ctx: SessionContext, role: role_content.Role, owner: ProfileTab) -> None:
        lang = ctx.language
        super().__init__(
            ctx,
            role.label(lang),
            text(role.explanation, lang),
            text(role.question, lang),
            rollen.MAX_SCORE,
            name_scale=1.25,
            spin_scale=1.3,
            pair_spacing=4,
        )
        self.ctx = ctx
        self.role = role
        self.owner = owner

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
        try:
            for row in rollen.profile(self.ctx.session, self.set_id, self.group, self.ctx.language):
                if row.role_id in self.rows:
                    self.rows[row.role_id].show_row(row)
        finally:
            self.loading = False
        self.chart.set_geometry(rollen.radar(self.ctx.session, self.set_id, self.group, self.ctx.language))

    def first_field(self) -> QWidget | None:
        return next(iter(self.rows.values())).now if self.rows else None
