"""Eigenaarschap: the Type 1–4 board (gemeenschap → gemeente), the shifts, and the details of a card.

Keys on the board: type a name in the entry line and press Enter to add it to the
chosen column; ←/→ go from column to column; Ctrl+←/→ move the selected card to the
next type; Ctrl+↑/↓ change its place in the column; Delete removes it.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain import eigenaarschap as eig
from ....domain import eigenaarschap_cards as cards
from ....domain.changes import ChangeEvent
from ....domain.records import KINDS
from ...common.colors import tone
from ..base import StepPage
from .board import OwnershipBoard
from .details import ActivityDetails
from .dialogs import ChecklistDialog, cards_dialog, starter_dialog
from .models import ID_ROLE, RECORD_ROLE, ShiftsPanel
from .projector import ProjectorBoard

RELOAD = ChangeEvent("", "reload", frozenset(), frozenset())


class OwnershipPage(StepPage):
    step_id = "eigenaarschap"
    icon_name = "mdi6.swap-horizontal-bold"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.selected_id = ""
        self.dialog: ChecklistDialog | None = None
        self._cards_stale = True
        types = eig.types(ctx.language)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 4)

        # ------------------------------------------------------------ entry row
        row = QHBoxLayout()
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Nieuwe activiteit, dan Enter"))
        self.entry.setAccessibleName(self.tr("Naam van een nieuwe activiteit"))
        self.entry.returnPressed.connect(self.add_from_entry)
        self.target = QComboBox()
        for t in types:
            self.target.addItem(f"{t['label']} – {t['short']}", t["number"])
        self.target.setAccessibleName(self.tr("Kolom voor de nieuwe activiteit"))
        add = QPushButton(self.tr("Toevoegen"))
        add.setAccessibleName(self.tr("Activiteit toevoegen"))
        add.clicked.connect(self.add_from_entry)
        self.starters_button = QPushButton(self.tr("Welke bestaan hier?…"))
        self.starters_button.setAccessibleName(self.tr("Bestaande initiatieven aanvinken"))
        self.starters_button.clicked.connect(self.open_starters)
        self.cards_button = QPushButton(self.tr("Uit Krachtenkaart…"))
        self.cards_button.setAccessibleName(self.tr("Activiteiten overnemen uit de Krachtenkaart"))
        self.cards_button.clicked.connect(self.open_cards)
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row.addWidget(self.entry, 1)
        row.addWidget(self.target)
        row.addWidget(add)
        row.addWidget(self.starters_button)
        row.addWidget(self.cards_button)
        outer.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("eigenaarschapMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {tone(self, 'warning')};")
        self.message.hide()
        outer.addWidget(self.message)

        # ---------------------------------------------------------------- board
        board = self.board = OwnershipBoard(ctx)
        self.columns = board.columns
        self.explain, self.details_button, self.empty_hint = board.explain, board.details_button, board.empty_hint
        for n, col in self.columns.items():
            view = col.view
            view.selectionModel().currentChanged.connect(lambda cur, _prev, n=n: self._current_changed(n, cur))
            view.clicked.connect(lambda index, n=n: self._current_changed(n, index))
            view.move_requested.connect(self.move_selected)
            view.step_requested.connect(self.step_column)
            view.reorder_requested.connect(self.reorder_selected)
            view.remove_requested.connect(self.remove_selected)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, n=n: self._popup_card_menu(n, pos))

        self.details = ActivityDetails(ctx)
        self.details_scroll = details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setWidget(self.details)
        details_scroll.setMinimumWidth(270)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details_scroll.setAccessibleName(self.tr("Details van de activiteit"))
        self.splitter = QSplitter()
        self.splitter.addWidget(board)
        self.splitter.addWidget(details_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.shifts = ShiftsPanel(ctx)
        self.shift_model, self.shift_view = self.shifts.model, self.shifts.view
        self.shift_view.activated.connect(self._open_shift)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van eigenaarschap"))
        self.tabs.addTab(self.splitter, self.tr("Bord"))
        self.tabs.addTab(self.shifts, self.tr("Verschuivingen"))
        outer.addWidget(self.tabs, 1)

        self.explain.setChecked(self._setting("explain"))
        self.board.show_explanation(self.explain.isChecked())
        self.details_button.setChecked(self._setting("details"))
        self.show_details(self.details_button.isChecked())
        self.explain.toggled.connect(self.show_explanation)
        self.details_button.toggled.connect(self.show_details)
        self._keys(board)
        self.refresh(RELOAD)

    def _key(self, owner: QWidget, text: str, keys: str, slot) -> QAction:
        action = QAction(text, owner)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        owner.addAction(action)
        return action

    def _keys(self, board: QWidget) -> None:
        """Keys as actions, so the shortcut list (F1) shows them; card keys work on the board only."""
        self._key(self, self.tr("Eigenaarschap: uitleg per type tonen of verbergen"), "F3", self.explain.toggle)
        self._key(self, self.tr("Eigenaarschap: details tonen of verbergen"), "F4", self.details_button.toggle)
        self._key(self, self.tr("Eigenaarschap: nieuwe activiteit typen"), "Ctrl+L", self.entry.setFocus)
        for n in eig.TYPES:
            self._key(
                self,
                self.tr("Eigenaarschap: naar kolom Type {0}").format(n),
                f"Ctrl+{n}",
                lambda _=False, n=n: self.focus_column(n),
            )
        self.card_actions = [
            self._key(
                board, self.tr("Kaart naar links (meer gemeenschap)"), "Ctrl+Left", lambda: self.move_selected(-1)
            ),
            self._key(board, self.tr("Kaart naar rechts (meer gemeente)"), "Ctrl+Right", lambda: self.move_selected(1)),
            self._key(board, self.tr("Kaart omhoog in de kolom"), "Ctrl+Up", lambda: self.reorder_selected(-1)),
            self._key(board, self.tr("Kaart omlaag in de kolom"), "Ctrl+Down", lambda: self.reorder_selected(1)),
            self._key(board, self.tr("Kaart verwijderen"), "Delete", self.remove_selected),
        ]

    def card_menu(self, type_number: int, pos) -> QMenu | None:
        """The right-click menu of a card: move it to another type, or remove it."""
        view = self.columns[type_number].view
        index = view.indexAt(pos)
        if not index.isValid():
            return None
        self.select(index.data(ID_ROLE), focus=True)
        menu = QMenu(view)
        for t in eig.types(self.ctx.language):
            n = int(t["number"])
            action = menu.addAction(self.tr("Naar {0} – {1}").format(t["label"], t["short"]))
            action.setEnabled(n != type_number)
            action.triggered.connect(lambda _=False, n=n: self.move_to(n))
        menu.addSeparator()
        menu.addAction(self.card_actions[-1])
        return menu

    def _popup_card_menu(self, type_number: int, pos) -> None:
        menu = self.card_menu(type_number, pos)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.columns[type_number].view.viewport().mapToGlobal(pos))

    # ---------------------------------------------------------------- helpers
    def title(self) -> str:
        return self.tr("Eigenaarschap")

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _do(self, op, *args, **kwargs):
        """Run a domain operation; a refused request becomes the message above the board."""
        self.say("")
        return self.ctx.run(op, self.ctx.session, *args, say=self.say, **kwargs)

    def _setting(self, name: str) -> bool:
        """A view choice kept between evenings (shown unless switched off)."""
        settings = self.ctx.settings
        return bool(settings.value(f"eigenaarschap/{name}", True, type=bool)) if settings is not None else True

    def show_explanation(self, shown: bool) -> None:
        self.board.show_explanation(shown)
        if self.ctx.settings is not None:
            self.ctx.settings.setValue("eigenaarschap/explain", shown)

    def show_details(self, shown: bool) -> None:
        self.details_scroll.setVisible(shown)
        if self.ctx.settings is not None:
            self.ctx.settings.setValue("eigenaarschap/details", shown)

    def selected(self) -> eig.Activity | None:
        return self.ctx.session.get(eig.Activity, self.selected_id) if self.selected_id else None

    def select(self, activity_id: str, focus: bool = False) -> None:
        """Select a card by id in whichever column it is now (the projector highlights it too)."""
        if activity_id != self.ctx.focused.get(self.step_id, ""):
            self.ctx.focus_changed.emit(self.step_id, activity_id)
        self.selected_id = activity_id
        for n, col in self.columns.items():
            row = col.model.row_of(activity_id) if activity_id else -1
            sel = col.view.selectionModel()
            if row >= 0:
                index = col.model.index(row, 0)
                sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                col.view.scrollTo(index)
                self._set_target(n)
                if focus:
                    col.view.setFocus()
            else:
                sel.clearSelection()
                sel.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.details.show_activity(activity_id)

    def _current_changed(self, type_number: int, index: QModelIndex) -> None:
        if not index.isValid():
            return
        activity_id = index.data(ID_ROLE)
        if activity_id and activity_id != self.selected_id:
            self.select(activity_id)
        self._set_target(type_number)

    def _set_target(self, type_number: int) -> None:
        """The entry's column follows the board; the "?" column is not a choice there."""
        found = self.target.findData(type_number)
        if found >= 0:
            self.target.setCurrentIndex(found)

    # ---------------------------------------------------------------- actions
    def add_from_entry(self) -> None:
        typed = self.entry.text()
        a = self._do(eig.add_activity, typed, self.target.currentData())
        if a is None:
            return
        if a.title != " ".join(typed.split()):
            self.say(self.tr("Een lange naam is ingekort; de hele tekst staat in de beschrijving."))
        self.entry.clear()
        self.select(a.id)
        self.entry.setFocus()

    def focus_column(self, type_number: int) -> None:
        col = self.columns[type_number]
        self._set_target(type_number)
        col.view.setFocus()
        if col.model.rowCount():
            row = max(0, col.view.currentIndex().row())
            self.select(col.model.rows[min(row, col.model.rowCount() - 1)].id, focus=True)

    def step_column(self, delta: int) -> None:
        current = self.selected()
        here = current.current_type if current else self.target.currentData()
        target = max(self._first_type(), min(4, int(here) + delta))
        self.focus_column(target)

    def _first_type(self) -> int:
        """The left-most column: "?" while it holds something, else Type 1."""
        return eig.OPEN if self.columns[eig.OPEN].model.rowCount() else 1

    def move_selected(self, delta: int) -> None:
        a = self.selected()
        if a is not None:
            self.move_to(max(self._first_type(), min(4, a.current_type + delta)))

    def move_to(self, target: int) -> None:
        a = self.selected()
        if a is not None and target != a.current_type:
            self._do(eig.move_to_type, a, target)
            self.select(a.id, focus=True)

    def reorder_selected(self, delta: int) -> None:
        a = self.selected()
        if a is None:
            return
        col = self.columns[a.current_type]
        row = col.model.row_of(a.id)
        target = row + delta
        if 0 <= target < col.model.rowCount():
            self._do(eig.move_to_type, a, a.current_type, target)
            self.select(a.id, focus=True)

    def remove_selected(self) -> None:
        a = self.selected()
        if a is None:
            return
        col = self.columns[a.current_type]
        row = col.model.row_of(a.id)
        self._do(eig.remove_activity, a)
        if col.model.rowCount():
            self.select(col.model.rows[min(row, col.model.rowCount() - 1)].id, focus=True)
        else:
            self.select("")
            col.view.setFocus()

    def open_starters(self) -> ChecklistDialog:
        self.dialog = starter_dialog(self.ctx.session, self.ctx.language, self)
        self.dialog.accepted.connect(lambda d=self.dialog: self._add_starters(d.checked_ids()))
        self.dialog.open()
        return self.dialog

    def _add_starters(self, ids: list[str]) -> None:
        added = self._do(eig.add_from_starter, ids, self.ctx.language)
        if added:
            self.select(added[-1].id)

    def open_cards(self) -> ChecklistDialog:
        self.dialog = cards_dialog(self.ctx.session, self)
        self.dialog.accepted.connect(lambda d=self.dialog: self._add_cards(d.checked_ids()))
        self.dialog.open()
        return self.dialog

    def _add_cards(self, ids: list[str]) -> None:
        added = self._do(cards.add_from_cards, ids)
        if added:
            self.select(added[-1].id)

    def _open_shift(self, index: QModelIndex) -> None:
        a = index.data(RECORD_ROLE) or self.shift_model.index(index.row(), 0).data(RECORD_ROLE)
        if a is not None:
            self.tabs.setCurrentIndex(0)
            self.select(a.id, focus=True)

    # ---------------------------------------------------------------- refresh
    def refresh(self, event: ChangeEvent) -> None:
        if event.touches("activity"):
            self.board.reload()
            n = self.shifts.reload()
            self.tabs.setTabText(1, self.tr("Verschuivingen ({0})").format(n))
            if self.selected_id and self.selected() is None:
                self.selected_id = ""
            self.select(self.selected_id)
        if event.touches("activity", "asset_card"):
            # counting the free cards reads every card: at once when this page shows, else when it is shown
            self._cards_stale = True
            if self.isVisible():
                self._update_cards_button()

    def showEvent(self, event: QShowEvent) -> None:
        if self._cards_stale:
            self._update_cards_button()
        super().showEvent(event)

    def _update_cards_button(self) -> None:
        self._cards_stale = False
        free = len(cards.cards_not_on_board(self.ctx.session))
        self.cards_button.setEnabled(free > 0)
        self.cards_button.setVisible("asset_card" in KINDS)
        self.cards_button.setToolTip(
            self.tr("{0} kaarten staan nog niet op het bord").format(free)
            if free
            else self.tr("Alle kaarten van de Krachtenkaart staan al op het bord (of er zijn er nog geen).")
        )

    def focus_first(self) -> None:
        self.entry.setFocus()

    def projector_widget(self, parent: QWidget) -> QWidget | None:
        return ProjectorBoard(self.ctx, parent)

    def extra_shots(self):
        def details() -> None:
            self.tabs.setCurrentIndex(0)
            disputed = [a for a in eig.activities(self.ctx.session) if a.hands]
            if disputed:
                self.select(disputed[0].id, focus=True)

        return [
            ("details", details),
            ("verschuivingen", lambda: self.tabs.setCurrentIndex(1)),
        ]


PAGE = OwnershipPage
