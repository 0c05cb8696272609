"""A now/wanted score board (0–5 per item, notes, radar) for any list in
:mod:`facilitator.domain.scoring`: the gemeente's forms of support, the democratic values.
Its row (``ScoreRowBase``) is also the Rollen step's row of a role.

Which group scores is free: the combo box offers "samen", the usual groups and every
group already used, and a new name typed there (Enter) starts a new group.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import scoring
from ...domain.rollen import RoleProfileRow
from ...domain.samenspel_content import Item
from ..session.context import SessionContext
from .radar import RadarChart
from .widgets import SavingTextEdit


def group_label(group: str) -> str:
    """A group's name on screen: "" is everyone together."""
    names = {
        "": QCoreApplication.translate("ScoreBoard", "samen"),
        "bewoners": QCoreApplication.translate("ScoreBoard", "bewoners"),
        "gemeente": QCoreApplication.translate("ScoreBoard", "gemeente"),
    }
    return names.get(group, group)


class ScoreRowBase(QFrame):
    """One item to score: its name, explanation and question for the room, now/wanted (0–max), notes.

    Shared by the score boards here and the Rollen step's roles; a subclass says where a score
    and the notes go (``_score``, ``_notes``).
    """

    def __init__(
        self,
        ctx: SessionContext,
        label: str,
        explanation: str,
        question: str,
        max_score: int,
        name_scale: float = 1.2,
        spin_scale: float = 1.0,
        pair_spacing: int | None = None,
    ) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setVerticalSpacing(3)
        name = QLabel(label)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * name_scale)
        font.setBold(True)
        name.setFont(font)
        grid.addWidget(name, 0, 0)
        self.now = self._spin(QCoreApplication.translate("ScoreRow", "Nu: {0}").format(label), max_score, spin_scale)
        self.wanted = self._spin(
            QCoreApplication.translate("ScoreRow", "Gewenst: {0}").format(label), max_score, spin_scale
        )
        self.now.valueChanged.connect(lambda v: self._score(now=v))
        self.wanted.valueChanged.connect(lambda v: self._score(wanted=v))
        for column, (caption_text, spin) in enumerate(
            (
                (QCoreApplication.translate("ScoreRow", "Nu"), self.now),
                (QCoreApplication.translate("ScoreRow", "Gewenst"), self.wanted),
            ),
            start=1,
        ):
            pair = QHBoxLayout()
            if pair_spacing is not None:
                pair.setSpacing(pair_spacing)
            caption = QLabel(caption_text)
            caption.setBuddy(spin)
            pair.addWidget(caption)
            pair.addWidget(spin)
            grid.addLayout(pair, 0, column)
        about = QLabel(
            f"{html.escape(explanation)}<br><i>{html.escape(QCoreApplication.translate('ScoreRow', 'Vraag aan de zaal:'))} {html.escape(question)}</i>"
        )
        about.setTextFormat(Qt.TextFormat.RichText)
        about.setWordWrap(True)
        grid.addWidget(about, 1, 0, 1, 3)
        self.notes = SavingTextEdit(self._notes, ctx.session.seal)
        self.notes.setAccessibleName(QCoreApplication.translate("ScoreRow", "Notities bij {0}").format(label))
        self.notes.setPlaceholderText(QCoreApplication.translate("ScoreRow", "Wat zegt de zaal hierover?"))
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        grid.addWidget(self.notes, 2, 0, 1, 3)
        grid.setColumnStretch(0, 1)

    @staticmethod
    def _spin(name: str, max_score: int, scale: float) -> QSpinBox:
        spin = QSpinBox()  # Ctrl+Z goes to the session's undo via SessionUndoKeys (session window)
        spin.setRange(0, max_score)
        spin.setAccessibleName(name)
        spin.setToolTip(
            QCoreApplication.translate(
                "ScoreRow", "0 = niet, 5 = heel sterk. Pijltjes omhoog/omlaag of een cijfer typen."
            )
        )
        if scale != 1.0:
            font = spin.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            spin.setFont(font)
        return spin

    def _score(self, now: int | None = None, wanted: int | None = None) -> None:
        raise NotImplementedError

    def _notes(self, value: str) -> None:
        raise NotImplementedError

    def show_row(self, row: scoring.ScoreRow | RoleProfileRow) -> None:
        """Show a row of the profile without sending it back as an edit."""
        for spin, value in ((self.now, row.now), (self.wanted, row.wanted)):
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self.notes.set_text(row.notes)


class ScoreRow(ScoreRowBase):
    """One item of a score board (a form of support, a democratic value)."""

    def __init__(self, board: ScoreBoard, item: Item) -> None:
        lang = board.ctx.language
        super().__init__(
            board.ctx, item.label(lang), item.say("explanation", lang), item.say("question", lang), scoring.MAX_SCORE
        )
        self.board = board
        self.item = item
        for widget in (self.now, self.wanted, self.notes):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.board.focus_item(self.item.id)
        return False

    def _score(self, now: int | None = None, wanted: int | None = None) -> None:
        if self.board.loading:
            return
        b = self.board
        b.ctx.run(scoring.set_score, b.ctx.session, b.exercise, self.item.id, now=now, wanted=wanted, group=b.group)

    def _notes(self, value: str) -> None:
        b = self.board
        key = f"scores.{b.exercise}.{self.item.id}.{b.group}"
        b.ctx.run(scoring.set_notes, b.ctx.session, b.exercise, self.item.id, value, group=b.group, merge_key=key)


class ScoreBoard(QWidget):
    """Group choice on top; rows on the left, the radar of the same profile on the right."""

    #: the group being scored changed
    group_changed = Signal(str)
    #: the keyboard moved to another item (its id), so the projector can show its question
    item_focused = Signal(str)

    def __init__(self, ctx: SessionContext, exercise: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exercise = exercise
        # start with a group that scored something, so a reopened meeting shows its scores
        self.group = next(iter(scoring.scored_groups(ctx.session, exercise)), "")
        self.current_item = scoring.items(exercise)[0].id
        self.loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        label = QLabel(self.tr("Wie s&coort:"))
        self.group_combo = QComboBox()
        self.group_combo.setEditable(True)
        self.group_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.group_combo.setAccessibleName(self.tr("Wie scoort ({0})").format(name))
        self.group_combo.setToolTip(
            self.tr("Kies een groep, of typ een nieuwe naam (bijvoorbeeld jongeren) en druk op Enter.")
        )
        self.group_combo.setMinimumContentsLength(14)
        label.setBuddy(self.group_combo)
        self.group_combo.activated.connect(self._group_chosen)
        line = self.group_combo.lineEdit()
        assert line is not None
        line.returnPressed.connect(self._group_typed)
        top.addWidget(label)
        top.addWidget(self.group_combo)
        top.addStretch(1)
        outer.addLayout(top)
        body = QHBoxLayout()
        box = QWidget()
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 6, 0)
        self.rows: dict[str, ScoreRow] = {}
        for item in scoring.items(exercise):
            row = ScoreRow(self, item)
            self.rows[item.id] = row
            rows.addWidget(row)
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(box)
        scroll.setMinimumWidth(box.minimumSizeHint().width() + 20)
        scroll.setMaximumWidth(420)
        body.addWidget(scroll, 3)
        self.chart = RadarChart()
        self.chart.setObjectName(f"{exercise}Radar")
        # six long axis names ("Ruimte voor tegengeluid") need a plain font to leave room for the chart
        self.chart.label_points = self.font().pointSizeF() * 0.9
        body.addWidget(self.chart, 2)
        outer.addLayout(body, 1)
        previous: QWidget = self.group_combo
        for row in self.rows.values():  # Tab goes now -> wanted -> notes, item by item
            for widget in (row.now, row.wanted, row.notes):
                QWidget.setTabOrder(previous, widget)
                previous = widget
        self._fill_groups()
        self.update_scores()

    def _fill_groups(self) -> None:
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for group in scoring.groups(self.ctx.session) + ([self.group] if self.group else []):
            if self.group_combo.findData(group) < 0:
                self.group_combo.addItem(group_label(group), group)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(self.group)))
        self.group_combo.blockSignals(False)

    def _group_chosen(self, index: int) -> None:
        self.set_group(str(self.group_combo.itemData(index) or ""))

    def _group_typed(self) -> None:
        typed = scoring.clean_group(self.group_combo.currentText())
        known = {group_label(g).casefold(): g for g in scoring.groups(self.ctx.session)}
        self.set_group(known.get(typed.casefold(), typed))
        first = self.rows[next(iter(self.rows))]
        first.now.setFocus()

    def set_group(self, group: str) -> None:
        group = scoring.clean_group(group)
        if group != self.group:
            self.group = group
            self.group_changed.emit(group)
        self._fill_groups()
        self.update_scores()

    def focus_item(self, item_id: str) -> None:
        if item_id != self.current_item:
            self.current_item = item_id
            self.item_focused.emit(item_id)

    def update_scores(self) -> None:
        self.loading = True
        try:
            for row in scoring.profile(self.ctx.session, self.exercise, self.group, self.ctx.language):
                self.rows[row.item_id].show_row(row)
        finally:
            self.loading = False
        self.chart.set_geometry(scoring.radar(self.ctx.session, self.exercise, self.group, self.ctx.language))

    def first_field(self) -> QWidget:
        return self.rows[next(iter(self.rows))].now
