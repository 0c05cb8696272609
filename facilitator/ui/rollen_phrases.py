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
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain import rollen
from .context import SessionContext
from .widgets import SavingTextEdit, heading

ID_ROLE = Qt.ItemDataRole.UserRole


class PhrasesTab(QWidget):
    def __init__(self, ctx: SessionContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.loading = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)

        left = QVBoxLayout()
        intro = QLabel(self.tr("Vink aan wat jullie horen (spatie), tel met + en −. ✎ = er is een antwoord."))
        intro.setWordWrap(True)
        left.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("killerPhrases")
        self.list.setAccessibleName(self.tr("Dooddoeners"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _: self.show_current())
        self.list.itemChanged.connect(self._item_changed)
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
        self.list.setCurrentRow(0)

    # ---------------------------------------------------------------- state
    def current(self) -> rollen.KillerPhrase | None:
        item = self.list.currentItem()
        if item is None:
            return None
        ref = item.data(ID_ROLE)
        return next(
            (p for p in rollen.phrases(self.ctx.session) if p.id == ref or f"phrase:{p.phrase_id}" == ref), None
        )

    def update_all(self) -> None:
        """Rebuild the list from the session (keeps the current row) and the detail panel."""
        row = max(self.list.currentRow(), 0)
        current = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        items = rollen.phrases(self.ctx.session)
        self.loading = True
        try:
            self.list.blockSignals(True)
            self.list.clear()
            for p in items:
                # list phrases keep one id whether saved or not, so the selection survives the first tick
                ref = f"phrase:{p.phrase_id}" if p.phrase_id else p.id
                label = rollen.phrase_text(p, self.ctx.language)
                if p.count > 1:
                    label += f"   ({p.count}×)"
                if p.answer.strip():
                    label += "  ✎"
                item = QListWidgetItem(label)
                item.setData(ID_ROLE, ref)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if p.heard else Qt.CheckState.Unchecked)
                self.list.addItem(item)
                if ref == current:
                    row = self.list.count() - 1
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        finally:
            self.list.blockSignals(False)
            self.loading = False
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
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) in (phrase_id, f"phrase:{phrase_id}"):
                self.list.setCurrentRow(row)

    # ---------------------------------------------------------------- edits
    def _ref(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self.loading:
            return
        self.ctx.run(
            rollen.tick_phrase, self.ctx.session, str(item.data(ID_ROLE)), item.checkState() == Qt.CheckState.Checked
        )

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
