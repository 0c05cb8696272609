"""Gemeente: the municipality's homework — doen en laten, support and valkuilen, steering.

A step of its own because none of the six fits: the gemeente group needs one place,
on screen, on the projector and in the handout, that shows what it takes home. The
steering tab reads the activities of the Eigenaarschap step's Type 1–4 board.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ....content import ContentError
from ....domain import gemeente, samenspel_content, scoring
from ....domain.changes import ChangeEvent
from ...common.content_problem import show_content_problem
from ...common.room_sheet import Block, RoomSheet, SheetContent
from ...common.scores import group_label
from ...session.context import SessionContext
from ..base import StepPage
from .homework import HomeworkColumn
from .steering import SteeringTab, type_text
from .support import SupportTab

KINDS = ("homework_item", "item_score", "pitfall_answer", "steering_choice", "plan_answer", "activity")
LINKED = ("activity", "idea", "plan_idea", "action")


class GemeentePage(StepPage):
    step_id = "gemeente"
    icon_name = "mdi6.town-hall"

    #: the tab shown changed (the projector follows it)
    view_changed = Signal()

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.content_error = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        try:
            samenspel_content.gemeente()
        except ContentError as exc:
            self.content_error = str(exc)
            show_content_problem(
                outer,
                self.tr("Het huiswerk van de gemeente kan niet worden geladen."),
                self.content_error,
                "gemeenteContentError",
            )
            return
        intro = QLabel(
            self.tr("Wat neemt de gemeente mee naar huis? Wat gaat zij doen, wat laat zij, en hoe steunt zij het dorp?")
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        lists = QWidget()
        row = QHBoxLayout(lists)
        row.setContentsMargins(0, 6, 0, 0)
        self.start = HomeworkColumn(ctx, "start")
        self.stop = HomeworkColumn(ctx, "stop")
        row.addWidget(self.start)
        row.addWidget(self.stop)
        QWidget.setTabOrder(self.start.table, self.stop.text)
        self.support = SupportTab(ctx)
        self.steering = SteeringTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van het huiswerk van de gemeente"))
        self.tabs.addTab(lists, self.tr("&Doen en laten"))
        self.tabs.addTab(self.support, self.tr("&Steun en valkuilen"))
        self.tabs.addTab(self.steering, self.tr("S&turing"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.support.board.item_focused.connect(lambda _id: self.view_changed.emit())
        self.support.board.group_changed.connect(lambda _g: self.view_changed.emit())
        outer.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Gemeente")

    def _tab_changed(self, _index: int) -> None:
        self.focus_first()
        self.view_changed.emit()

    def refresh(self, event: ChangeEvent) -> None:
        if self.content_error:
            return
        if event.touches("homework_item", *LINKED):
            self.start.refresh()
            self.stop.refresh()
        if event.touches(*LINKED):
            self.start.update_links()
            self.stop.update_links()
        if event.touches("item_score"):
            self.support.board.update_scores()
        if event.touches("pitfall_answer"):
            self.support.pitfalls.refresh()
        if event.touches("steering_choice", "plan_answer", "activity"):
            self.steering.refresh()

    def focus_first(self) -> None:
        if self.content_error:
            return
        index = self.tabs.currentIndex()
        if index == 0:
            self.start.text.setFocus()
        elif index == 1:
            self.support.board.first_field().setFocus()
        else:
            self.steering.table.setFocus()

    # ------------------------------------------------------------ projector
    def sheet(self) -> SheetContent:
        """What the room sees for the tab shown."""
        s, lang = self.ctx.session, self.ctx.language
        content = samenspel_content.gemeente()
        index = self.tabs.currentIndex()
        if index == 0:
            list_blocks: list[Block] = []
            for item in content.lists:
                lines = []
                for h in gemeente.homework(s, item.id):
                    extra = [x for x in (h.who, gemeente.link_title(s, h)) if x]
                    lines.append(f"{h.text} ({', '.join(extra)})" if extra else h.text)
                list_blocks.append(Block(item.label(lang), tuple(lines)))
            question = self.tr("Wat moet de gemeente doen en laten om de kracht van het dorp te versterken?")
            return SheetContent(question, tuple(list_blocks))
        if index == 1:
            board = self.support.board
            item = next(i for i in content.support_forms if i.id == board.current_item)
            heard = [
                f"{p.label(lang)}: {a.answer}" if a.answer else p.label(lang)
                for p, a in gemeente.pitfalls(s)
                if a.heard
            ]
            pitfall_blocks = (Block(self.tr("Valkuilen die we herkennen"), tuple(heard)),) if heard else ()
            title = f"{item.label(lang)} ({group_label(board.group)}): {item.say('question', lang)}"
            return SheetContent(title, pitfall_blocks, scoring.radar(s, "support", board.group, lang))
        by_mode: dict[str, list[str]] = {m.id: [] for m in content.modes}
        for activity, choice in gemeente.steering(s):
            if choice is not None and choice.mode_id in by_mode:
                by_mode[choice.mode_id].append(f"{activity.title} ({type_text(activity)})")
        mode_blocks = tuple(Block(m.label(lang), tuple(by_mode[m.id])) for m in content.modes)
        question = self.tr("Welke rol past de gemeente bij elke activiteit?")
        return SheetContent(question, mode_blocks, empty=self.tr("Nog geen activiteiten op het bord."))

    def projector_widget(self, parent: QWidget) -> QWidget | None:
        if self.content_error:
            return None
        view = RoomSheet(self.ctx, self.sheet, KINDS + LINKED, "gemeenteProjector", parent)
        self.view_changed.connect(view.update_view)
        return view

    def extra_shots(self) -> list[tuple[str, Callable[[], None]]]:
        if self.content_error:
            return []
        return [
            ("doen-en-laten", lambda: self.tabs.setCurrentIndex(0)),
            ("steun", lambda: self.tabs.setCurrentIndex(1)),
            ("sturing", lambda: self.tabs.setCurrentIndex(2)),
        ]


PAGE = GemeentePage
