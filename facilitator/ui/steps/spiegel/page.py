"""Spiegel: the collective's mirror — democratic values, accountability, action points —
and its institutional logic side by side with the gemeente's.

A step of its own because none of the six fits: Rollen scores what the residents'
organisation does for the village; the mirror asks how democratic it is itself, to
whom it answers, and where its way of working meets the gemeente's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ....content import ContentError
from ....domain import samenspel_content, scoring, spiegel
from ....domain.changes import ChangeEvent
from ...common.content_problem import show_content_problem
from ...common.room_sheet import Block, RoomSheet, SheetContent
from ...common.scores import ScoreBoard, group_label
from ...session.context import SessionContext
from ..base import StepPage
from .accounting import AccountingTab
from .logic import LogicTab
from .points import PointsTab

KINDS = ("item_score", "account_way", "action_point", "logic_mark", "expectation", "action")


class SpiegelPage(StepPage):
    step_id = "spiegel"
    icon_name = "mdi6.mirror"

    #: the tab or the value shown changed (the projector follows it)
    view_changed = Signal()

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.content_error = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        try:
            samenspel_content.spiegel()
        except ContentError as exc:
            self.content_error = str(exc)
            show_content_problem(
                outer, self.tr("De spiegel kan niet worden geladen."), self.content_error, "spiegelContentError"
            )
            return
        self.values = ScoreBoard(ctx, "values", self.tr("democratische waarden"))
        self.accounting = AccountingTab(ctx)
        self.points = PointsTab(ctx)
        self.logic = LogicTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van de spiegel"))
        self.tabs.addTab(self.values, self.tr("W&aarden"))
        self.tabs.addTab(self.accounting, self.tr("&Verantwoording"))
        self.tabs.addTab(self.points, self.tr("Actie&punten"))
        self.tabs.addTab(self.logic, self.tr("Twee l&ogica's"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.values.item_focused.connect(lambda _id: self.view_changed.emit())
        self.values.group_changed.connect(lambda _g: self.view_changed.emit())
        outer.addWidget(self.tabs, 1)
        self.accounting.refresh()

    def title(self) -> str:
        return self.tr("Spiegel")

    def _tab_changed(self, _index: int) -> None:
        self.focus_first()
        self.view_changed.emit()

    def refresh(self, event: ChangeEvent) -> None:
        if self.content_error:
            return
        if event.touches("item_score"):
            self.values.update_scores()
        if event.touches("account_way"):
            self.accounting.refresh()
        if event.touches("action_point", "action"):
            self.points.refresh()
        if event.touches("logic_mark", "expectation"):
            self.logic.refresh()

    def focus_first(self) -> None:
        if self.content_error:
            return
        index = self.tabs.currentIndex()
        if index == 0:
            self.values.first_field().setFocus()
        elif index == 1:
            self.accounting.to_whom.setFocus()
        elif index == 2:
            self.points.tree.setFocus()
        else:
            self.logic.focus_first()

    # ------------------------------------------------------------ projector
    def sheet(self) -> SheetContent:
        s, lang = self.ctx.session, self.ctx.language
        content = samenspel_content.spiegel()
        index = self.tabs.currentIndex()
        if index == 0:
            value = next(v for v in content.values if v.id == self.values.current_item)
            title = f"{value.label(lang)} ({group_label(self.values.group)}): {value.say('question', lang)}"
            return SheetContent(title, (), scoring.radar(s, "values", self.values.group, lang))
        if index == 1:
            lines = tuple(" — ".join(x for x in (w.to_whom, w.how) if x) for w in spiegel.ways(s))
            block = Block(self.tr("Onze manieren"), lines)
            return SheetContent(
                content.accountability.label(lang), (block,) if lines else (), empty=self.tr("Nog niets genoemd.")
            )
        if index == 2:
            point_blocks: list[Block] = []
            for actor in content.actors:
                picked = tuple(p.label(lang) for a, p, _t in spiegel.ticked_points(s) if a.id == actor.id)
                if picked:
                    point_blocks.append(Block(actor.label(lang), picked))
            question = self.tr("Welke actiepunten pakken wij op?")
            return SheetContent(question, tuple(point_blocks), empty=self.tr("Nog geen actiepunten aangevinkt."))
        rows = spiegel.logic(s)
        logic_lines: list[str] = []
        marked: set[int] = set()
        for n, r in enumerate(rows):
            village = str(r.village) if r.village else "·"
            municipality = str(r.municipality) if r.municipality else "·"
            line = self.tr("{0}: dorp {1}, gemeente {2}").format(r.trait.label(lang), village, municipality)
            if r.clash:
                marked.add(n)
                line += " — " + self.tr("botst")  # in words too: a projector may show no colour
            logic_lines.append(line)
        blocks = [Block(self.tr("1 = collectief, 5 = overheid"), tuple(logic_lines), frozenset(marked), weight=2)]
        expected = [
            (d, t) for d, t in (("dorp", self.tr("Het dorp verwacht")), ("gemeente", self.tr("De gemeente verwacht")))
        ]
        for direction, title in expected:
            texts = tuple(e.text for e in spiegel.expectations(s, direction))
            if texts:
                blocks.append(Block(title, texts))
        return SheetContent(content.logic.label(lang), tuple(blocks))

    def projector_widget(self, parent: QWidget) -> QWidget | None:
        if self.content_error:
            return None
        view = RoomSheet(self.ctx, self.sheet, KINDS, "spiegelProjector", parent)
        self.view_changed.connect(view.update_view)
        return view

    def extra_shots(self) -> list[tuple[str, Callable[[], None]]]:
        if self.content_error:
            return []
        return [
            ("waarden", lambda: self.tabs.setCurrentIndex(0)),
            ("verantwoording", lambda: self.tabs.setCurrentIndex(1)),
            ("actiepunten", lambda: self.tabs.setCurrentIndex(2)),
            ("logica", lambda: self.tabs.setCurrentIndex(3)),
        ]


PAGE = SpiegelPage
