"""Actieplan → "Wat levert het op?": per idea the principles it was checked against
(before the dots), the goals it serves, what it yields, why it is worth it, and who joins in.

An idea that serves two or more goals is marked *meervoudige impact* in the list.
Every tick is an undoable edit through :mod:`facilitator.domain.opbrengst` or
:mod:`facilitator.domain.avond`; the tab redraws from the session's announcements.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....content import ContentError
from ....domain import actieplan as ap
from ....domain import avond, evening_content, opbrengst
from ....domain.changes import ChangeEvent
from ...common.entry_row import content_error
from ...common.widgets import SavingTextEdit
from ...session.context import SessionContext

KINDS = ("plan_idea", "idea_yield", "signup", "vote_setup")


class YieldTab(QWidget):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("yieldTab")
        self.idea_id = ""
        self.boxes: dict[tuple[str, str], QCheckBox] = {}
        outer = QHBoxLayout(self)
        self.content_error = ""
        try:
            content = evening_content.yields()
        except ContentError as exc:
            self.content_error = str(exc)
            outer.addWidget(
                content_error(self.tr("Dit onderdeel kan niet worden geladen."), str(exc), "yieldContentError")
            )
            return
        self.list = QListWidget()
        self.list.setObjectName("yieldIdeas")
        self.list.setAccessibleName(self.tr("Ideeën"))
        self.list.currentItemChanged.connect(
            lambda item, _old: self._show(item.data(Qt.ItemDataRole.UserRole) if item else "")
        )
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.list, 2)

        right = QWidget()
        form = QVBoxLayout(right)
        self.heading = QLabel()
        self.heading.setObjectName("yieldHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        form.addWidget(self.heading)
        lang = ctx.language
        check = QGroupBox(self.tr("Toets vóór de stippen: past het idee bij ons?"))
        grid = QGridLayout(check)
        for n, item in enumerate(content.principles):
            box = self._box("principles", item.id, item.label(lang))
            box.setToolTip(item.more(lang))
            grid.addWidget(box, 2 * n, 0)
            question = QLabel(item.more(lang))
            question.setWordWrap(True)
            question.setIndent(24)
            grid.addWidget(question, 2 * n + 1, 0)
        form.addWidget(check)
        goals = QGroupBox(self.tr("Welke doelen dient het?"))
        goal_grid = QGridLayout(goals)
        for n, item in enumerate(content.goals):
            goal_grid.addWidget(self._box("goals", item.id, item.label(lang)), n // 2, n % 2)
        form.addWidget(goals)
        self.impact = QLabel()
        self.impact.setObjectName("yieldImpact")
        form.addWidget(self.impact)
        yields = QGroupBox(self.tr("Wat levert het op?"))
        yield_grid = QGridLayout(yields)
        for n, item in enumerate(content.yields):
            yield_grid.addWidget(self._box("yields", item.id, item.label(lang)), n, 0)
        form.addWidget(yields)
        form.addWidget(QLabel(self.tr("Waarom is het de moeite waard? (voor de gemeente of een fonds)")))
        self.argument = SavingTextEdit(self._argument_typed, ctx.session.seal)
        self.argument.setObjectName("yieldArgument")
        self.argument.setAccessibleName(self.tr("Waarom het de moeite waard is"))
        self.argument.setMaximumHeight(80)
        form.addWidget(self.argument)
        signup = QGroupBox(self.tr("Wie doet mee?"))
        signup_layout = QVBoxLayout(signup)
        self.new_signup = QLineEdit()
        self.new_signup.setObjectName("newSignup")
        self.new_signup.setMaxLength(avond.MAX_NAME)
        self.new_signup.setPlaceholderText(self.tr("Naam, dan Enter"))
        self.new_signup.setAccessibleName(self.tr("Naam van wie meedoet"))
        self.new_signup.returnPressed.connect(self.add_signup)
        signup_layout.addWidget(self.new_signup)
        self.signups = QListWidget()
        self.signups.setObjectName("signupList")
        self.signups.setAccessibleName(self.tr("Wie doet mee"))
        self.signups.setMaximumHeight(110)
        QShortcut(QKeySequence.StandardKey.Delete, self.signups, self.remove_signup)
        signup_layout.addWidget(self.signups)
        form.addWidget(signup)
        form.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(right)
        outer.addWidget(scroll, 3)
        self.refresh(ChangeEvent("", "reload", frozenset(), frozenset()))

    def _box(self, kind: str, item_id: str, label: str) -> QCheckBox:
        box = QCheckBox(label)
        box.setObjectName(f"tag-{kind}-{item_id}")
        box.clicked.connect(lambda on, k=kind, i=item_id: self._toggle(k, i, on))
        self.boxes[(kind, item_id)] = box
        return box

    # ---------------------------------------------------------------- actions
    def idea(self) -> ap.PlanIdea | None:
        return self.ctx.session.get(ap.PlanIdea, self.idea_id) if self.idea_id else None

    def _toggle(self, kind: str, item_id: str, on: bool) -> None:
        idea = self.idea()
        if idea is not None:
            self.ctx.run(opbrengst.toggle_tag, self.ctx.session, idea, kind, item_id, on)

    def _argument_typed(self, value: str) -> None:
        idea = self.idea()
        if idea is not None:
            self.ctx.run(opbrengst.set_argument, self.ctx.session, idea, value, merge_key=f"yield.argument.{idea.id}")

    def add_signup(self) -> None:
        idea = self.idea()
        name = self.new_signup.text().strip()
        if idea is None or not name:
            return
        self.ctx.run(avond.sign_up, self.ctx.session, idea, name)
        self.new_signup.clear()

    def remove_signup(self) -> None:
        item = self.signups.currentItem()
        record = self.ctx.session.get(avond.SignUp, item.data(Qt.ItemDataRole.UserRole)) if item else None
        if record is not None:
            self.ctx.run(avond.remove_signup, self.ctx.session, record)

    # ---------------------------------------------------------------- refresh
    def refresh(self, event: ChangeEvent) -> None:
        if self.content_error or not event.touches(*KINDS):
            return
        s = self.ctx.session
        keep = self.idea_id
        self.list.blockSignals(True)
        self.list.clear()
        for idea in ap.ranked(s):
            tag = opbrengst.tag(s, idea.id)
            title = idea.title
            if tag.multiple_impact:
                title += "  ★ " + self.tr("meervoudige impact")
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, idea.id)
            self.list.addItem(item)
            if idea.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        current = self.list.currentItem()
        self._show(current.data(Qt.ItemDataRole.UserRole) if current else "")

    def _show(self, idea_id: str) -> None:
        self.idea_id = idea_id
        idea = self.idea()
        s = self.ctx.session
        tag = opbrengst.tag(s, idea_id)
        for (kind, item_id), box in self.boxes.items():
            box.setEnabled(idea is not None)
            box.setChecked(item_id in getattr(tag, kind))
        self.heading.setText(idea.title if idea else self.tr("Nog geen ideeën: voeg ze toe op het tabblad Stemmen."))
        self.impact.setText(
            self.tr("★ Meervoudige impact: dit idee dient {0} doelen tegelijk.").format(len(tag.goals))
            if tag.multiple_impact
            else ""
        )
        self.argument.setEnabled(idea is not None)
        self.argument.set_text(tag.argument)
        self.new_signup.setEnabled(idea is not None)
        self.signups.clear()
        for record in avond.signups(s, idea_id) if idea else []:
            item = QListWidgetItem(record.name)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.signups.addItem(item)

    def focus_first(self) -> None:
        if not self.content_error:
            self.list.setFocus()
