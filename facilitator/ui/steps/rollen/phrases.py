"""The Rollen step's dooddoeners tab: killer phrases heard, how often, and the room's answer.

The list shows every phrase from ``killer_phrases.json`` and the room's own ones; Space
ticks the current phrase as heard, + and − count it, and the answer field beside it
keeps what the room would say back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....domain import rollen
from ...common.widgets import SavingTextEdit, heading
from ...session.context import SessionContext
from .models import PhraseListModel, phrase_ref


class PhrasesTab(QWidget):
    def __init__(self, ctx: SessionContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.loading = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)

        left = QVBoxLayout()
        intro = QLabel(self.tr("Vink aan wat u hoort (spatie), tel met + en −. ✎ = er is een antwoord."))
        intro.setWordWrap(True)
        left.addWidget(intro)
        self.model = PhraseListModel(ctx)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setObjectName("killerPhrases")
        self.list.setAccessibleName(self.tr("Dooddoeners"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.selectionModel().currentChanged.connect(lambda *_: self.show_current())
        left.addWidget(self.list, 1)
        own_row = QHBoxLayout()
        self.own = QLineEdit()
        self.own.setMaxLength(500)
        self.own.setPlaceholderText(self.tr("Eigen dooddoener, dan Enter"))
        self.own.setAccessibleName(self.tr("Eigen dooddoener toevoegen"))
        self.own.returnPressed.connect(self.add_own)
        add = QPushButton(self.tr("Toevoegen"))
        add.setAccessibleName(self.tr("Eigen dooddoener toevoegen"))
        add.clicked.connect(self.add_own)
        own_row.addWidget(self.own, 1)
        own_row.addWidget(add)
        left.addLayout(own_row)
        layout.addLayout(left, 5)

        right = QVBoxLayout()
        self.phrase = heading("", 1.35)
        self.phrase.setWordWrap(True)
        right.addWidget(self.phrase)
        count_row = QHBoxLayout()
        self.heard = QCheckBox(self.tr("Gehoord"))
        self.heard.setAccessibleName(self.tr("Dooddoener gehoord"))
        self.heard.toggled.connect(self._heard)
        count_row.addWidget(self.heard)
        count_row.addSpacing(20)
        count_row.addWidget(QLabel(self.tr("Hoe vaak:")))
        self.minus = QPushButton("−")
        self.minus.setAccessibleName(self.tr("Eén keer minder gehoord"))
        self.minus.clicked.connect(lambda: self.bump(-1))
        self.count = QSpinBox()
        self.count.setRange(0, rollen.MAX_COUNT)
        self.count.setAccessibleName(self.tr("Hoe vaak gehoord"))
        self.count.valueChanged.connect(self._count)
        self.plus = QPushButton("+")
        self.plus.setAccessibleName(self.tr("Eén keer vaker gehoord"))
        self.plus.clicked.connect(lambda: self.bump(1))
        for button in (self.minus, self.plus):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") * 3 + 24)
            font = button.font()
            font.setBold(True)
            button.setFont(font)
        count_row.addWidget(self.minus)
        count_row.addWidget(self.count)
        count_row.addWidget(self.plus)
        count_row.addStretch(1)
        right.addLayout(count_row)
        answer_label = QLabel(self.tr("Wat &zeggen we terug?"))
        self.answer = SavingTextEdit(self._answer, ctx.session.seal)
        self.answer.setAccessibleName(self.tr("Antwoord van de zaal op de dooddoener"))
        self.answer.setPlaceholderText(self.tr("Een antwoord dat het gesprek weer opent"))
        answer_label.setBuddy(self.answer)
        right.addWidget(answer_label)
        right.addWidget(self.answer, 1)
        self.remove_button = QPushButton(self.tr("Eigen dooddoener verwijderen"))
        self.remove_button.clicked.connect(self.remove_own)
        right.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(right, 6)

        for keys, step in (("+", 1), ("=", 1), ("-", -1)):
            QShortcut(
                QKeySequence(keys), self.list, lambda s=step: self.bump(s), context=Qt.ShortcutContext.WidgetShortcut
            )
        QShortcut(
            QKeySequence.StandardKey.Delete, self.list, self.remove_own, context=Qt.ShortcutContext.WidgetShortcut
        )
        self.update_all()
        self.set_current_row(0)

    # ---------------------------------------------------------------- state
    def current(self) -> rollen.KillerPhrase | None:
        index = self.list.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def current_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def set_current_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(row))

    def update_all(self) -> None:
        """Reload the list from the session (keeping the current phrase) and the detail panel."""
        current = self.current()
        ref = phrase_ref(current) if current is not None else None
        row = self.current_row()
        self.model.reload()
        if ref is not None:
            found = self.model.row_of(ref)
            self.set_current_row(found if found >= 0 else min(row, self.model.rowCount() - 1))
        self.show_current()

    def show_current(self) -> None:
        phrase = self.current()
        self.loading = True
        try:
            enabled = phrase is not None
            for widget in (self.heard, self.count, self.minus, self.plus, self.answer):
                widget.setEnabled(enabled)
            self.phrase.setText(rollen.phrase_text(phrase, self.ctx.language) if phrase else "")
            self.heard.setChecked(bool(phrase and phrase.heard))
            self.count.setValue(phrase.count if phrase else 0)
            self.answer.set_text(phrase.answer if phrase else "")
            self.remove_button.setVisible(bool(phrase and not phrase.phrase_id))
        finally:
            self.loading = False

    def select_phrase(self, phrase_id: str) -> None:
        row = self.model.row_of(phrase_id if ":" in phrase_id else f"phrase:{phrase_id}")
        if row < 0:
            row = self.model.row_of(phrase_id)
        self.set_current_row(row)

    # ---------------------------------------------------------------- edits
    def _ref(self) -> str | None:
        phrase = self.current()
        return phrase_ref(phrase) if phrase is not None else None

    def _heard(self, on: bool) -> None:
        ref = self._ref()
        if not self.loading and ref:
            self.ctx.run(rollen.tick_phrase, self.ctx.session, ref, on)

    def _count(self, value: int) -> None:
        ref = self._ref()
        if not self.loading and ref:
            self.ctx.run(rollen.set_phrase_count, self.ctx.session, ref, value)

    def bump(self, step: int) -> None:
        phrase = self.current()
        ref = self._ref()
        if phrase is not None and ref:
            self.ctx.run(rollen.set_phrase_count, self.ctx.session, ref, phrase.count + step)

    def _answer(self, value: str) -> None:
        ref = self._ref()
        if not self.loading and ref:
            self.ctx.run(rollen.answer_phrase, self.ctx.session, ref, value, merge_key=f"rollen.phrase.{ref}")

    def add_own(self) -> None:
        value = self.own.text().strip()
        if not value:
            return
        record = self.ctx.run(rollen.add_own_phrase, self.ctx.session, value)
        if record is not None:
            self.own.clear()
            self.select_phrase(record.id)
            self.answer.setFocus()

    def remove_own(self) -> None:
        phrase = self.current()
        if phrase is not None and not phrase.phrase_id and self.ctx.session.get(rollen.KillerPhrase, phrase.id):
            self.ctx.run(rollen.remove, self.ctx.session, phrase)
