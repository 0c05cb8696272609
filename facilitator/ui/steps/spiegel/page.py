"""Spiegel: the collective's mirror — democratic values, accountability, action points —
and its institutional logic side by side with the gemeente's.

A step of its own because none of the six fits: Rollen scores what the residents'
organisation does for the village; the mirror asks how democratic it is itself, to
whom it answers, and where its way of working meets the gemeente's.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from ....domain import samenspel_content, scoring, spiegel
from ....domain.changes import ChangeEvent
from ...common.room_sheet import Block, SheetContent
from ...common.scores import ScoreBoard, group_label
from ..base import TabbedStepPage
from .accounting import AccountingTab
from .logic import LogicTab
from .points import PointsTab

KINDS = ("item_score", "account_way", "action_point", "logic_mark", "expectation", "action")


class SpiegelPage(TabbedStepPage):
    step_id = "spiegel"
    icon_name = "mdi6.mirror"
    projector_kinds = KINDS
    shot_names = ("waarden", "verantwoording", "actiepunten", "logica")

    def load_content(self) -> None:
        samenspel_content.spiegel()

    def content_problem(self) -> str:
        return self.tr("De spiegel kan niet worden geladen.")

    def build(self, outer: QVBoxLayout, tabs: QTabWidget) -> None:
        ctx = self.ctx
        self.values = ScoreBoard(ctx, "values", self.tr("democratische waarden"))
        self.accounting = AccountingTab(ctx)
        self.points = PointsTab(ctx)
        self.logic = LogicTab(ctx)
        tabs.setAccessibleName(self.tr("Onderdelen van de spiegel"))
        tabs.addTab(self.values, self.tr("W&aarden"))
        tabs.addTab(self.accounting, self.tr("&Verantwoording"))
        tabs.addTab(self.points, self.tr("Actie&punten"))
        tabs.addTab(self.logic, self.tr("Twee l&ogica's"))
        self.values.item_focused.connect(lambda _id: self.view_changed.emit())
        self.values.group_changed.connect(lambda _g: self.view_changed.emit())

    def built(self) -> None:
        self.accounting.refresh()

    def title(self) -> str:
        return self.tr("Spiegel")

    def update_view(self, event: ChangeEvent) -> None:
        if event.touches("item_score"):
            self.values.update_scores()
        if event.touches("account_way"):
            self.accounting.refresh()
        if event.touches("action_point", "action"):
            self.points.refresh()
        if event.touches("logic_mark", "expectation"):
            self.logic.refresh()

    def focus_tab(self, index: int) -> None:
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


PAGE = SpiegelPage
