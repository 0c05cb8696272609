"""The Stemmen tab of the action plan: ideas, dots per group from the keyboard, the ranking."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....domain import actieplan as ap
from ....domain import actieplan_sources as src
from ....domain import themes as th
from ....domain.changes import ChangeEvent
from ...common.widgets import heading, setup_record_view
from ...session.context import SessionContext
from .models import RECORD_ROLE, VoteModel, group_label
from .vote_table import VoteTable, size_columns


class VotesTab(QWidget):
    #: the user asked for an action from this idea (the page shows the new action)
    action_made = Signal(str)
    message = Signal(str)

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)

        setup_row = QHBoxLayout()
        self.dots = QSpinBox()
        self.dots.setRange(1, ap.MAX_DOTS)
        self.dots.setAccessibleName(self.tr("Stippen per persoon"))
        self.dots.valueChanged.connect(self._dots_changed)
        dots_label = QLabel(self.tr("&Stippen per persoon:"))
        dots_label.setBuddy(self.dots)
        self.groups = QLineEdit()
        self.groups.setAccessibleName(self.tr("Groepen die apart stemmen"))
        self.groups.setPlaceholderText(self.tr("bijv. bewoners, gemeente (leeg: iedereen samen)"))
        self.groups.setToolTip(self.tr("Namen met komma's ertussen, dan Enter"))
        self.groups.editingFinished.connect(self._groups_changed)
        groups_label = QLabel(self.tr("&Groepen:"))
        groups_label.setBuddy(self.groups)
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Groep die nu stemt"))
        self.group.setToolTip(self.tr("+ en − geven of nemen een stip van deze groep"))
        group_label_ = QLabel(self.tr("Stemmen &voor:"))
        group_label_.setBuddy(self.group)
        setup_row.addWidget(dots_label)
        setup_row.addWidget(self.dots)
        setup_row.addSpacing(12)
        setup_row.addWidget(groups_label)
        setup_row.addWidget(self.groups, 1)
        setup_row.addSpacing(12)
        setup_row.addWidget(group_label_)
        setup_row.addWidget(self.group)
        layout.addLayout(setup_row)
        usage_row = QHBoxLayout()
        usage_row.addWidget(QLabel(self.tr("Aantal stemmers:")))
        # a grid, three groups a line, so six groups still fit a small screen
        self.voters_row = QGridLayout()
        usage_row.addLayout(self.voters_row)
        self.voter_boxes: dict[str, QSpinBox] = {}
        self.usage = QLabel()
        self.usage.setObjectName("dotUsage")
        self.usage.setAccessibleName(self.tr("Gebruikte stippen"))
        self.usage.setWordWrap(True)
        usage_row.addSpacing(12)
        usage_row.addWidget(self.usage, 1)
        layout.addLayout(usage_row)

        add_row = QHBoxLayout()
        self.new_idea = QLineEdit()
        self.new_idea.setPlaceholderText(self.tr("Nieuw idee, dan Enter"))
        self.new_idea.setAccessibleName(self.tr("Titel van een nieuw idee"))
        self.new_idea.returnPressed.connect(self.add_idea)
        add = QPushButton(self.tr("Toevoegen"))
        add.setAccessibleName(self.tr("Idee toevoegen"))
        add.clicked.connect(self.add_idea)
        self.collect = QPushButton(self.tr("Ideeën &ophalen uit de andere stappen"))
        self.collect.setAccessibleName(self.tr("Ideeën ophalen uit de andere stappen"))
        self.collect.clicked.connect(self.collect_ideas)
        add_row.addWidget(self.new_idea, 1)
        add_row.addWidget(add)
        add_row.addWidget(self.collect)
        layout.addLayout(add_row)

        self.model = VoteModel(ctx)
        self.model.error.connect(self.message)
        self.view = VoteTable()
        self.view.setModel(self.model)
        setup_record_view(self.view, self.tr("Ideeën met stippen per groep"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.vote_key.connect(self.vote)
        self.view.count_key.connect(self._to_group_column)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.view,
            self.remove_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.ranking = VoteModel(ctx, ranked=True)
        self.rank_view = QTableView()
        self.rank_view.setModel(self.ranking)
        self.rank_view.setAccessibleName(self.tr("Rangorde van de ideeën"))
        self.rank_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rank_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rank_view.verticalHeader().hide()
        self.rank_view.setTabKeyNavigation(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        plus = QPushButton(self.tr("+ stip"))
        plus.setAccessibleName(self.tr("Stip erbij voor de gekozen groep"))
        plus.setToolTip(self.tr("Toets +"))
        plus.clicked.connect(lambda: self.vote(1))
        minus = QPushButton(self.tr("− stip"))
        minus.setAccessibleName(self.tr("Stip eraf voor de gekozen groep"))
        minus.setToolTip(self.tr("Toets −"))
        minus.clicked.connect(lambda: self.vote(-1))
        make = QPushButton(self.tr("&Actie maken van idee"))
        make.setAccessibleName(self.tr("Actie maken van het gekozen idee"))
        make.clicked.connect(self.make_action)
        remove = QPushButton(self.tr("Verwijderen"))
        remove.setAccessibleName(self.tr("Gekozen idee verwijderen"))
        remove.setToolTip(self.tr("Delete"))
        remove.clicked.connect(self.remove_selected)
        for b in (plus, minus, make):
            buttons.addWidget(b)
        self.idea_theme = QComboBox()
        self.idea_theme.setObjectName("ideaTheme")
        self.idea_theme.setAccessibleName(self.tr("Thema van het gekozen idee"))
        self.idea_theme.activated.connect(self._theme_chosen)
        self.idea_theme.setMinimumContentsLength(16)
        self.idea_theme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        theme_label = QLabel(self.tr("&Thema:"))
        theme_label.setBuddy(self.idea_theme)
        buttons.addStretch(1)
        buttons.addWidget(remove)
        left_layout.addLayout(buttons)
        theme_row = QHBoxLayout()  # a row of its own: the page must still fit a 1280 screen
        theme_row.addWidget(theme_label)
        theme_row.addWidget(self.idea_theme)
        theme_row.addStretch(1)
        left_layout.addLayout(theme_row)
        hint = QLabel(
            self.tr(
                "Kies een idee en druk op + of − voor een stip van de gekozen groep. "
                "Typ een getal en Enter om het aantal in één keer in te vullen."
            )
        )
        hint.setWordWrap(True)
        left_layout.addWidget(hint)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(heading(self.tr("Rangorde"), 1.15))
        self.rank_note = QLabel()
        self.rank_note.setWordWrap(True)
        right_layout.addWidget(self.rank_note)
        right_layout.addWidget(self.rank_view, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        right.setMinimumWidth(360)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self.refresh(ChangeEvent("", "reload", frozenset(), frozenset()))

    # -------------------------------------------------------------- commands
    def current_idea(self) -> ap.PlanIdea | None:
        index = self.view.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def current_group(self) -> str:
        group = self.model.group_at(self.view.currentIndex().column())
        if group is None:
            group = self.group.currentData()
        return group if group in self.model.groups else self.model.groups[0]

    def vote(self, delta: int) -> None:
        idea = self.current_idea()
        if idea is None:
            self.message.emit(self.tr("Kies eerst een idee in de tabel."))
            return
        self.ctx.run(ap.vote, self.ctx.session, idea, self.current_group(), delta)

    def add_idea(self) -> None:
        title = self.new_idea.text().strip()
        if not title:
            return
        idea = self.ctx.run(ap.add_idea, self.ctx.session, title)
        if idea is not None:
            self.new_idea.clear()
            self.select(idea.id)
        self.new_idea.setFocus()

    def collect_ideas(self) -> None:
        new = self.ctx.run(src.collect_candidates, self.ctx.session)
        if new is None:
            return
        if len(new) == 1:
            self.message.emit(self.tr("1 idee opgehaald uit de andere stappen."))
        elif new:
            self.message.emit(self.tr("{0} ideeën opgehaald uit de andere stappen.").format(len(new)))
        else:
            self.message.emit(self.tr("Er zijn geen nieuwe ideeën in de andere stappen."))

    def make_action(self) -> None:
        idea = self.current_idea()
        if idea is None:
            self.message.emit(self.tr("Kies eerst een idee in de tabel."))
            return
        action = self.ctx.run(src.action_from_idea, self.ctx.session, idea)
        if action is not None:
            self.action_made.emit(action.id)

    def remove_selected(self) -> None:
        idea = self.current_idea()
        if idea is not None:
            self.ctx.run(ap.remove_idea, self.ctx.session, idea)

    def select(self, idea_id: str, column: int = VoteModel.TITLE) -> None:
        row = self.model.row_of(idea_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, column))

    def _to_group_column(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.model.group_at(index.column()) is None:
            column = self.model.column_of(self.current_group())
            self.view.setCurrentIndex(self.model.index(index.row(), column))

    def _theme_chosen(self, _index: int) -> None:
        idea = self.current_idea()
        if idea is not None:
            self.ctx.run(
                th.set_theme, self.ctx.session, idea, self.idea_theme.currentData() or "", say=self.message.emit
            )

    def _show_idea_theme(self) -> None:
        """The picker lists the themes and shows the current idea's (an action made from it takes it over)."""
        idea = self.current_idea()
        idea = self.ctx.session.get(ap.PlanIdea, idea.id) if idea is not None else None
        self.idea_theme.clear()
        self.idea_theme.addItem(self.tr("(geen thema)"), "")
        for theme in th.themes(self.ctx.session):
            self.idea_theme.addItem(th.theme_name(theme, self.ctx.language), theme.id)
        self.idea_theme.setCurrentIndex(max(0, self.idea_theme.findData(idea.theme if idea else "")))
        self.idea_theme.setEnabled(idea is not None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_idea_theme()
        idea = self.current_idea()
        if idea is not None and self.ctx.focused.get("actieplan") != idea.id:
            self.ctx.focus_changed.emit("actieplan", idea.id)  # the projector marks the idea discussed
        group = self.model.group_at(current.column())
        if group is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(group)))

    def _voter_boxes(self) -> None:
        """One number box per group: how many people vote (0: as many as the participants)."""
        groups = ap.groups(self.ctx.session)
        if list(self.voter_boxes) == groups:
            return
        for box in self.voter_boxes.values():
            self.voters_row.removeWidget(box)
            box.deleteLater()
        self.voter_boxes = {}
        for group in groups:
            box = QSpinBox()
            box.setRange(0, 9999)
            box.setKeyboardTracking(False)  # one undo step per number typed, not per digit
            box.setPrefix(f"{group_label(group)}: ")
            box.setAccessibleName(self.tr("Aantal stemmers van {0}").format(group_label(group)))
            box.setToolTip(self.tr("0: tel de deelnemers van deze groep"))
            box.valueChanged.connect(lambda value, g=group: self._voters_changed(g, value))
            self.voters_row.addWidget(box, len(self.voter_boxes) // 3, len(self.voter_boxes) % 3)
            self.voter_boxes[group] = box

    def _voters_changed(self, group: str, value: int) -> None:
        if not getattr(self, "_loading", False):
            self.ctx.run(ap.set_voters, self.ctx.session, group, value)

    def _dots_changed(self, value: int) -> None:
        if not getattr(self, "_loading", False) and value != ap.setup(self.ctx.session).dots_per_person:
            self.ctx.run(ap.set_dots, self.ctx.session, value)

    def _groups_changed(self) -> None:
        groups = self.ctx.run(ap.parse_groups, self.groups.text(), say=self.message.emit)
        if groups is None:
            return
        if groups != ap.setup(self.ctx.session).groups:
            self.ctx.run(ap.set_groups, self.ctx.session, groups)

    # --------------------------------------------------------------- refresh
    def refresh(self, event: ChangeEvent) -> None:
        s = self.ctx.session
        if event.touches("theme", "plan_idea"):
            self._show_idea_theme()
        if event.touches("vote_setup"):
            self._loading = True
            self.dots.setValue(ap.setup(s).dots_per_person)
            self._loading = False
            text = ", ".join(ap.setup(s).groups)
            if self.groups.text() != text and not self.groups.hasFocus():
                self.groups.setText(text)
            chosen = self.group.currentData()
            self.group.clear()
            for g in ap.groups(s):
                self.group.addItem(group_label(g), g)
            self.group.setCurrentIndex(max(0, self.group.findData(chosen)))
            self._voter_boxes()
        if event.touches("plan_idea", "vote_setup"):
            current = self.view.currentIndex()
            idea = current.data(RECORD_ROLE) if current.isValid() else None
            self.model.reload()
            self.ranking.reload()
            if idea is not None and self.model.row_of(idea.id) >= 0:
                self.select(idea.id, min(current.column(), self.model.columnCount() - 1))
            elif current.isValid() and self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(min(current.row(), self.model.rowCount() - 1), 1))
            for view, model in ((self.view, self.model), (self.rank_view, self.ranking)):
                size_columns(view, model)
            for column in range(self.ranking.columnCount()):
                hidden = column == self.ranking.source_column or self.ranking.group_at(column) is not None
                self.rank_view.setColumnHidden(column, hidden and len(self.ranking.groups) > 1)
            self.rank_view.setColumnHidden(self.ranking.source_column, True)
            several = len(self.ranking.groups) > 1
            self.rank_note.setVisible(several)
            self.rank_note.setText(
                self.tr("Stippen: het totaal, tussen haakjes {0}").format(
                    " + ".join(group_label(g) for g in self.ranking.groups)
                )
            )
        if event.touches("plan_idea", "vote_setup", "participant"):
            self.usage.setText(self.usage_text())
            self._loading = True
            for group, box in self.voter_boxes.items():
                box.setValue(int(ap.setup(s).voters.get(group, 0)))
                box.setSpecialValueText(
                    self.tr("{0}: {1} (deelnemers)").format(group_label(group), ap.voters(s, group))
                )
            self._loading = False
        if event.touches("plan_idea", "idea", "activity", "killer_phrase"):
            n = len(src.candidates(s))
            text = self.tr("Ideeën &ophalen uit de andere stappen")
            self.collect.setText(text + (self.tr(" ({0} nieuw)").format(n) if n else ""))

    def usage_text(self) -> str:
        s = self.ctx.session
        parts = []
        for g in ap.groups(s):
            used, available = ap.dots_used(s, g), ap.dots_available(s, g)
            name = group_label(g)
            if available:
                parts.append(self.tr("{0}: {1} van {2} stippen geplakt").format(name, used, available))
            else:
                parts.append(self.tr("{0}: {1} stippen geplakt").format(name, used))
        return "\n".join(parts)  # one group a line: no separator left dangling when it wraps

    def focus_first(self) -> None:
        if self.model.rowCount():
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, VoteModel.TITLE))
        else:
            self.new_idea.setFocus()
