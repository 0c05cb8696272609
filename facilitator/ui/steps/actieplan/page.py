"""Actieplan: vote on ideas with dots per group, then agree on actions with a trekker each."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ....domain import actieplan as ap
from ....domain.changes import ChangeEvent
from ..base import StepPage
from .actions import ActionsTab
from .partners_tab import PartnersTab
from .projector import PlanBoard
from .themes_tab import ThemesTab
from .votes import VotesTab
from .yield_tab import YieldTab


class ActieplanPage(StepPage):
    step_id = "actieplan"
    icon_name = "mdi6.flag-checkered"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.votes = VotesTab(ctx)
        self.actions_tab = ActionsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van het actieplan"))
        self.tabs.addTab(self.votes, self.tr("Stemmen"))
        self.tabs.addTab(self.actions_tab, self.tr("Acties"))
        self.yields = YieldTab(ctx)
        self.partners = PartnersTab(ctx)
        self.tabs.addTab(self.yields, self.tr("Wat levert het op?"))
        self.tabs.addTab(self.partners, self.tr("Steun van buiten"))
        self.themes = ThemesTab(ctx)
        self.tabs.addTab(self.themes, self.tr("Thema's en werkgroepen"))
        self.tabs.currentChanged.connect(lambda _: self.focus_first())
        layout.addWidget(self.tabs, 1)
        self.feedback = QLabel()
        self.feedback.setObjectName("actieplanMessage")
        self.feedback.setAccessibleName(self.tr("Melding"))
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback)
        for tab in (self.votes, self.actions_tab, self.themes):
            tab.message.connect(self.show_message)
        self.votes.action_made.connect(self._show_action)
        self._update_tab_titles()

    def title(self) -> str:
        return self.tr("Actieplan")

    def show_message(self, text: str) -> None:
        self.feedback.setText(text)

    def refresh(self, event: ChangeEvent) -> None:
        self.votes.refresh(event)
        self.actions_tab.refresh(event)
        self.yields.refresh(event)
        self.partners.refresh(event)
        self.themes.refresh(event)
        if event.touches("plan_idea", "action"):
            self._update_tab_titles()
        if event.origin == "do" and event.touches("plan_idea", "action", "vote_setup", "theme"):
            self.feedback.clear()  # an old complaint no longer applies after a good edit

    def _update_tab_titles(self) -> None:
        s = self.ctx.session
        self.tabs.setTabText(0, self.tr("Stemmen ({0} ideeën)").format(len(ap.ideas(s))))
        self.tabs.setTabText(1, self.tr("Acties ({0})").format(len(ap.actions(s))))

    def _show_action(self, action_id: str) -> None:
        self.tabs.setCurrentWidget(self.actions_tab)
        self.actions_tab.select(action_id, 1)
        self.actions_tab.view.setFocus()

    def focus_first(self) -> None:
        (self.votes, self.actions_tab, self.yields, self.partners, self.themes)[self.tabs.currentIndex()].focus_first()

    def projector_widget(self, parent: QWidget) -> QWidget | None:
        board = PlanBoard(
            self.ctx, parent, show_actions=lambda: self.tabs.currentWidget() in (self.actions_tab, self.themes)
        )
        self.tabs.currentChanged.connect(board.follow_focus)  # a bound slot: gone with the board
        return board

    def extra_shots(self):
        return [
            ("acties", lambda: self.tabs.setCurrentIndex(1)),
            ("opbrengst", lambda: self.tabs.setCurrentIndex(2)),
            ("steun", lambda: self.tabs.setCurrentIndex(3)),
            ("themas", lambda: self.tabs.setCurrentIndex(4)),
        ]


PAGE = ActieplanPage
