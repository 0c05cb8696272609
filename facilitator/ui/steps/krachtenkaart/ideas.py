"""Ideeën (verbind de punten): tick two or more cards, name the idea, press Enter.

The list on the right shows every idea with its cards; the chosen one can be renamed,
described or removed (Delete; Ctrl+Z brings it back), and is drawn as a diagram.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....domain import krachtenkaart as kk
from ....domain.changes import ChangeEvent
from ...common.colors import tone
from ...common.widgets import SavingTextEdit, heading
from ...session.context import SessionContext
from .idea_widgets import CardCheckModel, IdeaDiagram, IdeaListDelegate


class IdeasTab(QWidget):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(heading(self.tr("Verbind de punten")))
        hint = QLabel(
            self.tr(
                "Vink twee of meer kaarten aan die elkaar sterker maken, geef het idee een naam "
                "en druk op Enter. Op het bord: kies kaarten met Ctrl-klik en druk op Ctrl+I."
            )
        )
        hint.setWordWrap(True)
        left_layout.addWidget(hint)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Kaarten zoeken"))
        self.filter.setAccessibleName(self.tr("Kaarten zoeken om te verbinden"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        left_layout.addWidget(self.filter)
        self.cards = CardCheckModel(ctx)
        self.card_view = QListView()
        self.card_view.setModel(self.cards)
        self.card_view.setUniformItemSizes(True)
        self.card_view.setAccessibleName(self.tr("Kaarten om te verbinden (spatie vinkt aan)"))
        left_layout.addWidget(self.card_view, 1)
        name_row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setObjectName("ideaName")
        self.name.setMaxLength(kk.MAX_TITLE)
        self.name.setPlaceholderText(self.tr("Naam van het idee, dan Enter"))
        self.name.setAccessibleName(self.tr("Naam van het nieuwe idee"))
        self.name.returnPressed.connect(self.connect_checked)
        connect = QPushButton(self.tr("Verbinden"))
        connect.setAccessibleName(self.tr("Aangevinkte kaarten verbinden tot een idee"))
        connect.clicked.connect(self.connect_checked)
        name_row.addWidget(self.name, 1)
        name_row.addWidget(connect)
        left_layout.addLayout(name_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"QLabel {{ color: {tone(self, 'error')}; }}")
        self.message.hide()
        left_layout.addWidget(self.message)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(heading(self.tr("Ideeën")))
        self.list = QListWidget()
        self.list.setObjectName("ideaList")
        self.list.setWordWrap(True)
        self.list.setItemDelegate(IdeaListDelegate(self.list))
        self.list.setAccessibleName(self.tr("Ideeën met hun kaarten (Delete verwijdert)"))
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        right_layout.addWidget(self.list, 2)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Naam van het gekozen idee"))
        self.title.setMaxLength(kk.MAX_TITLE)
        self.title.textEdited.connect(lambda v: self._save(title=v) if v.strip() else None)
        self.title.editingFinished.connect(ctx.session.seal)
        right_layout.addWidget(self.title)
        self.description = SavingTextEdit(lambda v: self._save(description=v), ctx.session.seal)
        self.description.setAccessibleName(self.tr("Beschrijving van het gekozen idee"))
        self.description.setPlaceholderText(self.tr("Wat gaan deze krachten samen doen?"))
        self.description.setMaximumHeight(90)
        right_layout.addWidget(self.description)
        remove = QPushButton(self.tr("Idee verwijderen"))
        remove.setToolTip(self.tr("Delete in de lijst; Ctrl+Z zet het terug"))
        remove.clicked.connect(self.remove_current)
        remove_row = QHBoxLayout()  # a button as wide as its text, like the other buttons of the page
        remove_row.addStretch(1)
        remove_row.addWidget(remove)
        right_layout.addLayout(remove_row)
        self.diagram = IdeaDiagram(ctx)
        right_layout.addWidget(self.diagram, 4)
        delete = QAction(self.tr("Idee verwijderen"), self.list)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_current)
        self.list.addAction(delete)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # ---------------------------------------------------------------- actions
    def start_with(self, card_ids: list[str]) -> None:
        """From the board (Ctrl+I): these cards ticked, the focus on the name."""
        self._reload_cards()
        self.cards.set_checked(card_ids)
        self.name.setFocus()

    def connect_checked(self) -> None:
        title = " ".join(self.name.text().split())
        chosen = [c for c in (self.ctx.session.get(kk.AssetCard, i) for i in self.cards.checked) if c]
        if len(chosen) < 2:
            self.show_message(self.tr("Vink minstens twee kaarten aan."))
            return
        if not title:
            self.show_message(self.tr("Geef het idee een naam."))
            return
        idea = self.ctx.run(kk.connect, self.ctx.session, chosen, title)
        if idea is None:
            return
        self.show_message("")
        self.name.clear()
        self.cards.set_checked([])
        self.select_idea(idea.id)

    def remove_current(self) -> None:
        idea = self.current_idea()
        if idea is not None:
            self.ctx.run(kk.remove_idea, self.ctx.session, idea)

    def _save(self, **fields: object) -> None:
        idea = self.current_idea()
        if idea is not None:
            key = f"idea.{idea.id}.{next(iter(fields))}"
            self.ctx.run(kk.edit_idea, self.ctx.session, idea, merge_key=key, **fields)

    def show_message(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _filter(self, text: str) -> None:
        self.cards.query = text
        self.cards.reload()

    # ---------------------------------------------------------------- showing
    def current_idea(self) -> kk.Idea | None:
        item = self.list.currentItem()
        return self.ctx.session.get(kk.Idea, item.data(Qt.ItemDataRole.UserRole)) if item else None

    def select_idea(self, idea_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == idea_id:
                self.list.setCurrentRow(i)

    def _show_current(self) -> None:
        idea = self.current_idea()
        self.diagram.show_idea(idea.id if idea else "")
        self.title.setEnabled(idea is not None)
        self.description.setEnabled(idea is not None)
        value = idea.title if idea else ""
        if self.title.text() != value and not (self.title.hasFocus() and not value.strip()):
            pos = self.title.cursorPosition()
            self.title.setText(value)
            self.title.setCursorPosition(min(pos, len(value)))
        self.description.set_text(idea.description if idea else "")

    def _reload_ideas(self) -> None:
        current = self.current_idea()
        self.list.blockSignals(True)
        self.list.clear()
        for idea in kk.ideas(self.ctx.session):
            names = ", ".join(f"{c.number}. {c.title[:60]}" for c in kk.cards_of_idea(self.ctx.session, idea))
            item = QListWidgetItem(f"{idea.title[:200]}\n    {names}")
            item.setData(Qt.ItemDataRole.UserRole, idea.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if current is not None:
            self.select_idea(current.id)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def _reload_cards(self) -> None:
        self.cards.reload()
        self._dirty = False

    def refresh(self, event: ChangeEvent) -> None:
        if event.touches("asset_card"):
            # rebuilding the whole card list on every new card would slow fast capture: only when seen
            self._dirty = True
            if self.isVisible():
                self._reload_cards()
        if event.touches("idea") or (event.touches("asset_card") and self.isVisible()):
            self._reload_ideas()

    def showEvent(self, event) -> None:
        if self._dirty:
            self._reload_cards()
        self._reload_ideas()
        super().showEvent(event)
