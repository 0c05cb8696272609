"""Gemeente: the municipality's homework — doen en laten, support and valkuilen, steering.

A step of its own because none of the six fits: the gemeente group needs one place,
on screen, on the projector and in the handout, that shows what it takes home. The
steering tab reads the activities of the Eigenaarschap step's Type 1–4 board.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ....domain import gemeente, samenspel_content, scoring
from ....domain.changes import ChangeEvent
from ...common.room_sheet import Block, SheetContent
from ...common.scores import group_label
from ..base import TabbedStepPage
from .homework import HomeworkColumn
from .steering import SteeringTab, type_text
from .support import SupportTab

KINDS = ("homework_item", "item_score", "pitfall_answer", "steering_choice", "plan_answer", "activity")
LINKED = ("activity", "idea", "plan_idea", "action")


class GemeentePage(TabbedStepPage):
    step_id = "gemeente"
    icon_name = "mdi6.town-hall"
    projector_kinds = KINDS + LINKED
    shot_names = ("doen-en-laten", "steun", "sturing")

    def load_content(self) -> None:
        samenspel_content.gemeente()

    def content_problem(self) -> str:
        return self.tr("Het huiswerk van de gemeente kan niet worden geladen.")

    def build(self, outer: QVBoxLayout, tabs: QTabWidget) -> None:
        ctx = self.ctx
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
        tabs.setAccessibleName(self.tr("Onderdelen van het huiswerk van de gemeente"))
        tabs.addTab(lists, self.tr("&Doen en laten"))
        tabs.addTab(self.support, self.tr("&Steun en valkuilen"))
        tabs.addTab(self.steering, self.tr("S&turing"))
        self.support.board.item_focused.connect(lambda _id: self.view_changed.emit())
        self.support.board.group_changed.connect(lambda _g: self.view_changed.emit())

    def title(self) -> str:
        return self.tr("Gemeente")

    def update_view(self, event: ChangeEvent) -> None:
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

    def focus_tab(self, index: int) -> None:
        if index == 0:
            self.start.text.setFocus()
        elif index == 1:
            self.support.board.first_field().setFocus()
        else:
            self.steering.table.setFocus()

    # ------------------------------------------------------------ projector
    def sheet(self) -> SheetContent:
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


PAGE = GemeentePage
