"""Rollen: the Kleine Kernen role exercise — profile with radar chart, cases and dooddoeners.

The role set is chosen for the whole session (an undoable edit); which group is scoring
(samen / bewoners / gemeente, or any other group of the room such as jongeren) is a view
setting of this page, shared with the projector.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....content import ContentError, text
from ....domain import groups as room_groups
from ....domain import role_content, rollen
from ....domain.changes import ChangeEvent
from ...common.projector_colours import HIGHLIGHT
from ...common.radar import RadarChart
from ...session.context import SessionContext
from ..base import StepPage
from .cases import CasesTab
from .phrases import PhrasesTab
from .profile import ProfileTab
from .question import room_question

KINDS = ("role_exercise", "role_score", "case_answer", "killer_phrase")
#: where the room's other groups come from (participants' group column, voting groups)
GROUP_SOURCES = ("participant", "vote_setup", "role_score", "case_answer")


class RollenPage(StepPage):
    step_id = "rollen"
    icon_name = "mdi6.radar"

    #: the group being scored changed ("" = samen, "bewoners", "gemeente")
    group_changed = Signal(str)

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.group = ""
        self.set_id = ""
        self.content_error = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        try:
            role_content.check()
        except ContentError as exc:
            # a trainer's broken data file: say which file and what is wrong, keep the rest of the app working
            self.content_error = str(exc)
            message = QLabel(self.tr("De rollenoefening kan niet worden geladen.") + "\n\n" + self.content_error)
            message.setObjectName("rollenContentError")
            message.setWordWrap(True)
            message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            outer.addWidget(message)
            outer.addStretch(1)
            return

        top = QHBoxLayout()
        set_label = QLabel(self.tr("&Rollenset:"))
        self.set_combo = QComboBox()
        self.set_combo.setAccessibleName(self.tr("Rollenset"))
        for role_set in role_content.role_sets().values():
            self.set_combo.addItem(role_set.label(ctx.language), role_set.id)
        self.set_combo.activated.connect(self._set_chosen)
        set_label.setBuddy(self.set_combo)
        top.addWidget(set_label)
        top.addWidget(self.set_combo, 1)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Wie scoort:")))
        self.groups = QButtonGroup(self)
        self.groups.setExclusive(True)
        self.group_buttons: dict[str, QPushButton] = {}
        for group, label in (
            ("", self.tr("&Samen")),
            ("bewoners", self.tr("Bew&oners")),
            ("gemeente", self.tr("&Gemeente")),
        ):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Groep: {0}").format(label.replace("&", "")))
            button.clicked.connect(lambda _=False, g=group: self.set_group(g))
            self.groups.addButton(button)
            self.group_buttons[group] = button
            top.addWidget(button)
        # the room's other groups (jongeren, huurders …) get a button each, made as they appear
        self.extra_groups = QHBoxLayout()
        self.extra_groups.setContentsMargins(0, 0, 0, 0)
        top.addLayout(self.extra_groups)
        self._update_group_buttons()
        self.group_buttons[""].setChecked(True)
        outer.addLayout(top)
        self.description = QLabel()
        self.description.setWordWrap(True)
        outer.addWidget(self.description)

        self.profile = ProfileTab(ctx)
        self.cases = CasesTab(ctx)
        self.phrases = PhrasesTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van de rollenoefening"))
        self.tabs.addTab(self.profile, self.tr("&Profiel"))
        self.tabs.addTab(self.cases, self.tr("&Casussen"))
        self.tabs.addTab(self.phrases, self.tr("&Dooddoeners"))
        self.tabs.currentChanged.connect(lambda _: self.focus_first())
        # the projector shows the question under discussion: follow the tab, the case and the phrase
        self.tabs.currentChanged.connect(self._announce)
        self.cases.list.currentRowChanged.connect(self._announce)
        self.phrases.list.selectionModel().currentChanged.connect(self._announce)
        outer.addWidget(self.tabs, 1)
        self.refresh(ChangeEvent("", "reload", frozenset(), frozenset()))

    def title(self) -> str:
        return self.tr("Rollen")

    def _announce(self, *_args: object) -> None:
        """Tell the projector what is under discussion now (a tab, a case, a killer phrase)."""
        self.ctx.focus_changed.emit(self.step_id, f"tab:{self.tabs.currentIndex()}")

    # ---------------------------------------------------------------- actions
    def _set_chosen(self, index: int) -> None:
        set_id = self.set_combo.itemData(index)
        if set_id and set_id != self.set_id:
            self.ctx.run(rollen.choose_set, self.ctx.session, set_id)

    def room_groups(self) -> list[str]:
        """Every group that can score: the defaults, the session's groups, and groups that already scored."""
        s = self.ctx.session
        used = {r.group for r in s.all(rollen.RoleScore)} | {r.group for r in s.all(rollen.CaseAnswer)}
        return room_groups.ordered(set(room_groups.known_groups(s)) | used, s)

    def _update_group_buttons(self) -> None:
        for group in self.room_groups():
            if group in self.group_buttons:
                continue
            button = QPushButton(group[:1].upper() + group[1:])
            button.setCheckable(True)
            button.setObjectName(f"groupButton-{group}")
            button.setAccessibleName(self.tr("Groep: {0}").format(group))
            button.clicked.connect(lambda _=False, g=group: self.set_group(g))
            self.groups.addButton(button)
            self.group_buttons[group] = button
            self.extra_groups.addWidget(button)

    def set_group(self, group: str) -> None:
        if group not in self.group_buttons:
            return
        self.group_buttons[group].setChecked(True)
        if group != self.group:
            self.group = group
            self._show_set()
            self.group_changed.emit(group)

    # ---------------------------------------------------------------- refresh
    def refresh(self, event: ChangeEvent) -> None:
        if self.content_error:
            return
        if event.touches(*GROUP_SOURCES):
            self._update_group_buttons()
        if event.touches("role_exercise"):
            set_id = rollen.current_set_id(self.ctx.session)
            if set_id != self.set_id:
                self.set_id = set_id
                self.set_combo.setCurrentIndex(max(self.set_combo.findData(set_id), 0))
                self.description.setText(text(role_content.role_set(set_id).description, self.ctx.language))
                self._show_set()
                return
        if event.touches("role_score"):
            self.profile.update_scores()
            self.cases.update_tally()
        if event.touches("case_answer"):
            self.cases.update_all()
        if event.touches("killer_phrase"):
            self.phrases.update_all()
        if event.touches(*KINDS):
            self._update_tab_titles()

    def _show_set(self) -> None:
        self.profile.show_set(self.set_id, self.group)
        self.cases.show_set(self.set_id, self.group)
        self.phrases.update_all()
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        s = self.ctx.session
        answered = sum(1 for r in s.all(rollen.CaseAnswer) if r.set_id == self.set_id and r.group == self.group)
        heard = sum(1 for p in rollen.phrases(s) if p.heard)
        self.tabs.setTabText(1, self.tr("&Casussen ({0})").format(answered) if answered else self.tr("&Casussen"))
        self.tabs.setTabText(2, self.tr("&Dooddoeners ({0})").format(heard) if heard else self.tr("&Dooddoeners"))

    def focus_first(self) -> None:
        if self.content_error:
            return
        index = self.tabs.currentIndex()
        if index == 0:
            widget = self.profile.first_field()
            if widget is not None:
                widget.setFocus()
        elif index == 1:
            self.cases.list.setFocus()
        else:
            self.phrases.list.setFocus()

    # ------------------------------------------------------- projector, shots
    def projector_widget(self, parent: QWidget) -> QWidget | None:
        return None if self.content_error else RollenProjector(self, parent)

    def extra_shots(self):
        if self.content_error:
            return []

        def case() -> None:
            self.tabs.setCurrentIndex(1)
            answered = [r.case_id for r in self.ctx.session.all(rollen.CaseAnswer) if r.set_id == self.set_id]
            if answered:
                self.cases.select_case(answered[0])

        def phrases() -> None:
            self.tabs.setCurrentIndex(2)
            heard = rollen.heard_phrases(self.ctx.session)
            if heard:
                self.phrases.select_phrase(heard[0].phrase_id or heard[0].id)

        return [
            ("profiel", lambda: self.tabs.setCurrentIndex(0)),
            ("case", case),
            ("dooddoeners", phrases),
        ]


class RollenProjector(QWidget):
    """The profile for the room: a large radar with the role names and scores, no controls."""

    def __init__(self, page: RollenPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName("rollenProjector")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.question = QLabel()
        self.question.setObjectName("roomQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setStyleSheet(f"QLabel {{ background: {HIGHLIGHT}; color: #111111; padding: 6px 12px; }}")
        layout.addWidget(self.question)
        self.chart = RadarChart(show_values=True)
        self.chart.setObjectName("rollenProjectorRadar")
        layout.addWidget(self.chart, 1)
        page.ctx.changed.connect(self._changed)
        # bound methods (no lambdas), so the connections end when this view is closed and deleted
        page.group_changed.connect(self._group_changed)
        self.update_view()

    def _changed(self, event: ChangeEvent) -> None:
        if event.touches("role_exercise", "role_score"):
            self.update_view()

    def _group_changed(self, _group: str) -> None:
        self.update_view()

    def follow_focus(self) -> None:
        """Another role, case or killer phrase is under discussion: show its question."""
        self.update_view()

    def group_label(self) -> str:
        names = {"": self.tr("samen"), "bewoners": self.tr("bewoners"), "gemeente": self.tr("gemeente")}
        return names.get(self.page.group, self.page.group)

    def update_view(self) -> None:
        ctx = self.page.ctx
        set_id = rollen.current_set_id(ctx.session)
        self.heading.setText(f"{role_content.role_set(set_id).label(ctx.language)} — {self.group_label()}")
        self.question.setText(room_question(self.page))
        self.chart.set_geometry(rollen.radar(ctx.session, set_id, self.page.group, ctx.language))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # 30 pt labels on a 1080-line projector, scaled with the window so nothing is cut off
        points = max(12.0, self.height() / 1080 * 30)
        self.chart.label_points = points
        font = QFont(self.font())
        font.setPointSizeF(points * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        question = QFont(self.font())
        question.setPointSizeF(points)
        self.question.setFont(question)
        super().resizeEvent(event)


PAGE = RollenPage
