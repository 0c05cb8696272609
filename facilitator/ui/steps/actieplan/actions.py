"""The Acties tab of the action plan: the action table, its details, and carrying actions over."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....domain import actieplan as ap
from ....domain import actieplan_sources as src
from ....domain.changes import ChangeEvent
from ....domain.preparation import meeting
from ....store.previous import PreviousMeeting, previous_meeting
from ...common.text_fit import shorten
from ...common.widgets import ComboDelegate, SavingTextEdit, setup_record_view
from ...session.context import SessionContext
from .models import RECORD_ROLE, ActionModel, show_date


class ActionsTab(QWidget):
    message = Signal(str)

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.previous: PreviousMeeting | None = None
        layout = QVBoxLayout(self)

        add_row = QHBoxLayout()
        self.new_action = QLineEdit()
        self.new_action.setPlaceholderText(self.tr("Nieuwe actie: wat gaan we doen? Dan Enter"))
        self.new_action.setAccessibleName(self.tr("Omschrijving van een nieuwe actie"))
        self.new_action.returnPressed.connect(self.add_action)
        add = QPushButton(self.tr("Toevoegen"))
        add.setAccessibleName(self.tr("Actie toevoegen"))
        add.clicked.connect(self.add_action)
        self.idea_choice = QComboBox()
        self.idea_choice.setAccessibleName(self.tr("Idee om een actie van te maken"))
        self.idea_choice.setMinimumContentsLength(18)
        self.idea_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.from_idea = from_idea = QPushButton(self.tr("Actie maken van &idee"))
        from_idea.setAccessibleName(self.tr("Actie maken van het gekozen idee"))
        from_idea.clicked.connect(self.make_from_idea)
        add_row.addWidget(self.new_action, 2)
        add_row.addWidget(add)
        add_row.addSpacing(12)
        add_row.addWidget(self.idea_choice, 1)
        add_row.addWidget(from_idea)
        layout.addLayout(add_row)

        carry_row = QHBoxLayout()
        self.carry = QPushButton()
        self.carry.setObjectName("carryOver")
        self.carry.setAccessibleName(self.tr("Acties overnemen van vorige bijeenkomst"))
        self.carry.clicked.connect(self.carry_over)
        carry_row.addWidget(self.carry)
        carry_row.addStretch(1)
        self.progress_button = QPushButton(self.tr("Hoe gaat het? Voor&tgang (Ctrl+Shift+H)"))
        self.progress_button.setObjectName("voortgang")
        self.progress_button.setAccessibleName(self.tr("Voortgang: alle open acties langslopen"))
        self.progress_button.clicked.connect(self.open_progress)
        carry_row.addWidget(self.progress_button)
        # an action, not a bare shortcut, so the F1 list shows it
        self.progress_action = QAction(self.tr("Hoe gaat het? Voortgang van de acties"), self)
        self.progress_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.progress_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.progress_action.triggered.connect(self.open_progress)
        self.addAction(self.progress_action)
        layout.addLayout(carry_row)

        self.model = ActionModel(ctx)
        self.model.error.connect(self.message)
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_record_view(self.view, self.tr("Acties"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        for column in (ActionModel.SCALE, ActionModel.FOR_WHOM, ActionModel.STATUS):
            self.view.setItemDelegateForColumn(
                column, ComboDelegate(list(self.model.choices[column].items()), self.view)
            )
        self.theme_picker = ComboDelegate(self.model.theme_choices(), self.view)
        self.view.setItemDelegateForColumn(ActionModel.THEME, self.theme_picker)
        header = self.view.horizontalHeader()
        header.setMaximumSectionSize(280)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (ActionModel.WHAT, ActionModel.WITH_WHOM, ActionModel.FIRST_STEP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # a long theme name must not squeeze "Wat"; the whole name is in the picker and the tab
        header.setSectionResizeMode(ActionModel.THEME, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(ActionModel.THEME, self.fontMetrics().horizontalAdvance("Zorg en welzijn") + 24)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.view,
            self.remove_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)

        # ------------------------------------------------------------ details
        details = QWidget()
        grid = QGridLayout(details)
        grid.setContentsMargins(0, 0, 0, 0)
        self.why = self._text("why", self.tr("Waarom"))
        self.means = self._text("means", self.tr("Middelen"))
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Gekoppelde ideeën"))
        self.links.itemChanged.connect(self._link_changed)
        self.links.setWordWrap(True)
        self.links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Geschiedenis van de actie"))
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Hoe gaat het? Notitie, dan Enter"))
        self.note.setAccessibleName(self.tr("Notitie bij de geschiedenis"))
        self.note.returnPressed.connect(self.add_note)
        for column, (label, widget) in enumerate(
            (
                (self.tr("Waa&rom"), self.why),
                (self.tr("&Middelen"), self.means),
                (self.tr("Gekoppelde i&deeën"), self.links),
                (self.tr("&Geschiedenis"), self.history),
            )
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
            grid.setColumnStretch(column, 1)
        grid.addWidget(self.note, 2, 3)
        self.details = details

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self._find_timer = QTimer(self)
        self._find_timer.setSingleShot(True)
        self._find_timer.setInterval(400)
        self._find_timer.timeout.connect(self.find_previous)
        self.refresh(ChangeEvent("", "reload", frozenset(), frozenset()))

    def _text(self, field: str, name: str) -> SavingTextEdit:
        edit = SavingTextEdit(lambda value: self._edit_current(field, value), self.ctx.session.seal)
        edit.setAccessibleName(name)
        edit.setMinimumHeight(60)
        return edit

    # -------------------------------------------------------------- commands
    def current_action(self) -> ap.Action | None:
        index = self.view.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def add_action(self) -> None:
        what = self.new_action.text().strip()
        if not what:
            return
        action = self.ctx.run(ap.add_action, self.ctx.session, what)
        if action is not None:
            self.new_action.clear()
            self.select(action.id, ActionModel.TREKKER)
        self.new_action.setFocus()

    def make_from_idea(self) -> None:
        idea = self.idea_choice.currentData()
        if idea is None:
            self.message.emit(self.tr("Er zijn nog geen ideeën; voeg ze toe bij Stemmen."))
            return
        current = self.ctx.session.get(ap.PlanIdea, idea)
        action = self.ctx.run(src.action_from_idea, self.ctx.session, current) if current else None
        if action is not None:
            self.select(action.id, ActionModel.TREKKER)
            self.view.setFocus()

    def open_progress(self) -> None:
        """The voortgang mode: every open action by keyboard (``voortgang.py``)."""
        from .voortgang import open_progress

        self.progress_dialog = open_progress(self.ctx, self)

    def remove_selected(self) -> None:
        action = self.current_action()
        if action is not None:
            self.ctx.run(ap.remove_action, self.ctx.session, action)

    def add_note(self) -> None:
        action = self.current_action()
        text = self.note.text().strip()
        if action is None or not text:
            return
        self.ctx.run(ap.add_note, self.ctx.session, action, text)
        self.note.clear()

    def carry_over(self) -> None:
        prev = self.previous
        if prev is None:
            return
        made = self.ctx.run(
            src.carry_over,
            self.ctx.session,
            prev.session_id,
            prev.actions,
            show_date(prev.date),
            date=meeting(self.ctx.session).date or None,  # taken over at this meeting
        )
        if made:
            when = show_date(prev.date)
            self.message.emit(
                self.tr("1 actie overgenomen uit de bijeenkomst van {0}.").format(when)
                if len(made) == 1
                else self.tr("{0} acties overgenomen uit de bijeenkomst van {1}.").format(len(made), when)
            )
            self.select(made[0].id)

    def select(self, action_id: str, column: int = ActionModel.WHAT) -> None:
        row = self.model.row_of(action_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, column))

    def _edit_current(self, field: str, value: str) -> None:
        action = self.current_action()
        if action is not None:
            self.ctx.run(
                ap.edit_action, self.ctx.session, action, merge_key=f"action.{action.id}.{field}", **{field: value}
            )

    def _link_changed(self, item: QListWidgetItem) -> None:
        action = self.current_action()
        if action is None or getattr(self, "_loading", False):
            return
        ids = [
            self.links.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.links.count())
            if self.links.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.ctx.run(ap.edit_action, self.ctx.session, action, idea_ids=ids)

    def _row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details()
        action = self.current_action()
        if action is not None and self.ctx.focused.get("actieplan") != action.id:
            self.ctx.focus_changed.emit("actieplan", action.id)  # the projector marks the action discussed

    # --------------------------------------------------------------- refresh
    def refresh(self, event: ChangeEvent) -> None:
        if event.touches("theme"):
            self.theme_picker.choices = self.model.theme_choices()
            self.model.theme_changed()
        if event.touches("action"):
            current = self.view.currentIndex()
            action = current.data(RECORD_ROLE) if current.isValid() else None
            self.model.reload()
            if action is not None and self.model.row_of(action.id) >= 0:
                self.select(action.id, current.column())
            elif current.isValid() and self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(min(current.row(), self.model.rowCount() - 1), 0))
        if event.touches("plan_idea"):
            if self.isVisible() or event.origin == "reload":
                self._show_ideas()
            else:
                self._stale = True  # the ideas changed while another tab is shown: redraw on show
        elif event.touches("action"):
            self._show_details()
        if event.origin == "reload":
            self.find_previous()
        elif event.touches("meeting"):
            self._find_timer.start()  # the place or date changed: look again, once typing pauses
        elif event.touches("action"):
            self._update_carry()

    def _show_ideas(self) -> None:
        self._stale = False
        chosen = self.idea_choice.currentData()
        self.idea_choice.clear()
        for idea in ap.ranked(self.ctx.session):
            self.idea_choice.addItem(shorten(idea.title, 80), idea.id)
        self.idea_choice.setCurrentIndex(max(0, self.idea_choice.findData(chosen)))
        self.idea_choice.setEnabled(self.idea_choice.count() > 0)
        self.from_idea.setEnabled(self.idea_choice.count() > 0)
        self._show_details()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._show_ideas()

    def _show_details(self) -> None:
        action = self.current_action()
        action = self.ctx.session.get(ap.Action, action.id) if action is not None else None
        self.details.setEnabled(action is not None)
        self.why.set_text(action.why if action else "")
        self.means.set_text(action.means if action else "")
        self._loading = True
        self.links.clear()
        linked_ids = action.idea_ids if action is not None else []
        # linked ideas on top, so what an action is about shows without scrolling
        for idea in sorted(ap.ideas(self.ctx.session), key=lambda i: i.id not in linked_ids):
            item = QListWidgetItem(shorten(idea.title, 120))
            item.setData(Qt.ItemDataRole.UserRole, idea.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            linked = action is not None and idea.id in action.idea_ids
            item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
            self.links.addItem(item)
        self._loading = False
        self.history.clear()
        for entry in reversed(action.history if action else []):
            self.history.addItem(f"{show_date(entry.get('date', ''))}  {entry.get('text', '')}")

    def find_previous(self) -> None:
        """Look in the library for the most recent earlier meeting in the same place."""
        self.previous = None
        if self.ctx.file is not None and self.ctx.file.conn is None:
            return  # the window is closing
        lib, path = self.ctx.library, self.ctx.path
        m = meeting(self.ctx.session)
        if lib is not None and path is not None:
            session_id = self.ctx.file.session_id if self.ctx.file is not None else ""
            self.previous = previous_meeting(lib, m.place, m.date, exclude=path, session_id=session_id)
        self._update_carry()

    def _update_carry(self) -> None:
        """Offer the open actions of the previous meeting that are not taken over yet."""
        todo = src.carryable(self.ctx.session, self.previous.session_id, self.previous.actions) if self.previous else []
        self.carry.setVisible(bool(todo))
        if self.previous is not None and todo:
            self.carry.setText(
                self.tr("Acties &overnemen van vorige bijeenkomst ({0}, {1} open)").format(
                    show_date(self.previous.date), len(todo)
                )
            )

    def focus_first(self) -> None:
        if self.model.rowCount():
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
        else:
            self.new_action.setFocus()
