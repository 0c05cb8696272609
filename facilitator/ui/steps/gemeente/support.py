"""Steun en valkuilen: the four forms of support scored now/wanted per group (with a radar),
and the three valkuilen of the gemeente, ticked when the room knows them and answered."""

from __future__ import annotations

import functools

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from ....domain import gemeente
from ...common.scores import ScoreBoard
from ...common.widgets import SavingTextEdit, heading
from ...session.context import SessionContext


class PitfallsBox(QWidget):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loading = False
        lang = ctx.language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Valkuilen van de gemeente")))
        hint = QLabel(self.tr("Vink aan wat u herkent, en schrijf op hoe u het voorkomt."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.boxes: dict[str, QCheckBox] = {}
        self.answers: dict[str, SavingTextEdit] = {}
        grid = QGridLayout()  # the valkuilen side by side under the scores
        layout.addLayout(grid)
        for column, (pitfall, _answer) in enumerate(gemeente.pitfalls(ctx.session)):
            box = QCheckBox(pitfall.label(lang))
            box.setObjectName(f"pitfall-{pitfall.id}")
            box.setAccessibleName(self.tr("Valkuil herkend: {0}").format(pitfall.label(lang)))
            box.toggled.connect(functools.partial(self._tick, pitfall.id))
            answer = SavingTextEdit(functools.partial(self._answer, pitfall.id), ctx.session.seal)
            answer.setObjectName(f"pitfall-{pitfall.id}-answer")
            answer.setAccessibleName(self.tr("Ons antwoord op {0}").format(pitfall.label(lang)))
            answer.setPlaceholderText(self.tr("Hoe voorkomen we dit?"))
            answer.setFixedHeight(answer.fontMetrics().lineSpacing() * 2 + 12)
            self.boxes[pitfall.id], self.answers[pitfall.id] = box, answer
            about = QLabel(pitfall.say("explanation", lang))
            about.setWordWrap(True)
            grid.addWidget(box, 0, column)
            grid.addWidget(about, 1, column)
            grid.addWidget(answer, 2, column)
            grid.setColumnStretch(column, 1)
        self.refresh()

    def _tick(self, pitfall_id: str, on: bool) -> None:
        if not self.loading:
            self.ctx.run(gemeente.tick_pitfall, self.ctx.session, pitfall_id, on)

    def _answer(self, pitfall_id: str, value: str) -> None:
        key = f"gemeente.pitfall.{pitfall_id}"
        self.ctx.run(gemeente.answer_pitfall, self.ctx.session, pitfall_id, value, merge_key=key)

    def refresh(self) -> None:
        self.loading = True
        try:
            for pitfall, answer in gemeente.pitfalls(self.ctx.session):
                self.boxes[pitfall.id].setChecked(answer.heard)
                self.answers[pitfall.id].set_text(answer.answer)
        finally:
            self.loading = False


class SupportTab(QWidget):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.board = ScoreBoard(ctx, "support", self.tr("vormen van steun"))
        self.pitfalls = PitfallsBox(ctx)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.pitfalls)
        QWidget.setTabOrder(
            self.board.rows[next(reversed(self.board.rows))].notes, next(iter(self.pitfalls.boxes.values()))
        )
