"""The card board: an entry line for fast capture, a search line, the prompts, six columns.

The facilitator types a title and presses Enter: the card lands in the current category
and the field is empty again for the next one. Ctrl+1…Ctrl+7 choose the category (7: the
parkeerplaats, for worries and problems, set apart from the six categories of strengths).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ....content import text
from ....domain import krachtenkaart as kk
from ....domain.changes import ChangeEvent
from ....domain.textfold import fold
from ...common.colors import tone
from ...session.context import SessionContext
from .board_model import matches
from .columns import CardListView, CategoryColumn
from .idea_overlay import IdeaOverlay

# a change of more cards than this (a big undo, a merge) reads the whole board again
FOLLOW_LIMIT = 500


def category_list(language: str) -> list[dict]:
    cats = kk.categories(language)
    for c in cats:
        c["short_name"] = text(c.get("short", c["label"]), language)
    return cats


class BoardWidget(QWidget):
    #: the card whose details should show ("" = none)
    current_card_changed = Signal(str)
    category_changed = Signal(str)
    #: Enter on a card: focus to the details
    open_details = Signal()

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.categories = category_list(ctx.language)
        self.current_category = self.categories[0]["id"]
        self.query = ""
        # every card's category and each category's number of cards, kept up to date per change
        self._category_of: dict[str, str] = {}
        self._totals: Counter[str] = Counter()

        self.entry = QLineEdit()
        self.entry.setObjectName("cardEntry")
        self.entry.setMaxLength(kk.MAX_TITLE)
        self.entry.setAccessibleName(self.tr("Titel van een nieuwe kaart"))
        self.entry.setToolTip(
            self.tr("Typ een titel en druk op Enter. Ctrl+1 … Ctrl+{0} kiest de categorie.").format(
                len(self.categories)
            )
        )
        big = QFont(self.entry.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.entry.setFont(big)
        self.entry.returnPressed.connect(self.add_from_entry)
        self.category_chip = QLabel()
        self.category_chip.setObjectName("currentCategory")
        self.category_chip.setFont(big)
        self.search = QLineEdit()
        self.search.setObjectName("cardSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Zoeken (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Kaarten zoeken"))
        self.search.setToolTip(self.tr("Filtert alle kolommen op titel, beschrijving, wie, labels of nummer"))
        self.search.textChanged.connect(self.set_query)
        self.message = QLabel()
        self.message.setObjectName("boardMessage")
        self.message.setStyleSheet(f"QLabel {{ color: {tone(self, 'error')}; }}")
        self.message.hide()

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.category_chip)
        entry_row.addWidget(self.entry, 3)
        entry_row.addWidget(self.search, 1)

        self.prompts = QLabel()
        self.prompts.setObjectName("categoryPrompts")
        self.prompts.setTextFormat(Qt.TextFormat.PlainText)
        self.prompts.setWordWrap(True)
        self.prompts.setAccessibleName(self.tr("Vragen bij de categorie"))

        colors = {c["id"]: c["color"] for c in self.categories}
        self.columns: dict[str, CategoryColumn] = {}
        columns_row = QHBoxLayout()
        columns_row.setSpacing(2)
        self.columns_area = QWidget()
        self.columns_area.setObjectName("boardColumns")
        self.columns_area.setLayout(columns_row)
        for number, cat in enumerate(self.categories, start=1):
            column = CategoryColumn(ctx, cat, colors)
            column.key_hint = self.tr(" — kiezen met Ctrl+{0}").format(number)
            column.header.clicked.connect(lambda _=False, c=cat["id"]: self.set_category(c))
            view = column.view
            view.plain_press.connect(lambda v=view: self._clear_other_selections(v))
            view.open_details.connect(self.open_details)
            view.focused.connect(lambda c=cat["id"], v=view: self._view_focused(c, v))
            view.selectionModel().currentChanged.connect(
                lambda cur, _prev: self.current_card_changed.emit(
                    cur.data(Qt.ItemDataRole.UserRole + 1).id if cur.isValid() else ""
                )
            )
            self.columns[cat["id"]] = column
            if cat.get("parked"):
                columns_row.addSpacing(12)  # the parkeerplaats stands apart from the strengths
            columns_row.addWidget(column, 1)

        self.overlay = IdeaOverlay(ctx, self.columns, self.columns_area)
        self.columns_area.installEventFilter(self)
        self.current_card_changed.connect(self.overlay.show_for)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry_row)
        layout.addWidget(self.message)
        layout.addWidget(self.prompts)
        layout.addWidget(self.columns_area, 1)
        self.set_category(self.current_category)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.columns_area and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.overlay.follow_parent()
        return False

    # ---------------------------------------------------------------- category
    def category(self, category_id: str) -> dict:
        return next(c for c in self.categories if c["id"] == category_id)

    def set_category(self, category_id: str) -> None:
        self.current_category = category_id
        cat = self.category(category_id)
        for cid, column in self.columns.items():
            column.header.setChecked(cid == category_id)
        from .columns import text_color

        self.category_chip.setText(f" {cat['short_name']} ")
        self.category_chip.setStyleSheet(
            f"QLabel {{ background: {cat['color']}; color: {text_color(cat['color'])}; border-radius: 4px; }}"
        )
        self.category_chip.setToolTip(
            self.tr("Huidige categorie; Ctrl+1 … Ctrl+{0} kiest een andere").format(len(self.categories))
        )
        self.entry.setPlaceholderText(self.tr("Nieuwe kaart bij {0}: titel, dan Enter").format(cat["name"]))
        prompts = [text(p, self.ctx.language) for p in cat.get("prompts", [])]
        explain = text(cat.get("explain", ""), self.ctx.language)
        self.prompts.setText(f"{cat['name']}: {explain}\n" + "   ".join(f"• {p}" for p in prompts))
        self.prompts.setStyleSheet(
            f"QLabel {{ border-left: 6px solid {cat['color']}; padding: 2px 8px; background: palette(alternate-base); }}"
        )
        self.category_changed.emit(category_id)

    def step_category(self, offset: int) -> None:
        ids = [c["id"] for c in self.categories]
        self.set_category(ids[(ids.index(self.current_category) + offset) % len(ids)])

    def _view_focused(self, category_id: str, view: CardListView) -> None:
        if category_id != self.current_category:
            self.set_category(category_id)
        index = view.currentIndex()
        if index.isValid():
            self.current_card_changed.emit(index.data(Qt.ItemDataRole.UserRole + 1).id)

    # ---------------------------------------------------------------- capture
    def add_from_entry(self) -> None:
        title = " ".join(self.entry.text().split())
        card = self.ctx.run(kk.add_card, self.ctx.session, title, self.current_category, say=self.show_message)
        if card is None:
            return  # refused or not saved: the message says why; the text stays in the field
        self.show_message("")
        self.entry.clear()
        view = self.columns[self.current_category].view
        row = view.column_model().row_of(card.id)
        if row >= 0:
            view.scrollTo(view.column_model().index(row, 0))

    def show_message(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # ---------------------------------------------------------------- selection
    def views(self) -> list[CardListView]:
        return [c.view for c in self.columns.values()]

    def _clear_other_selections(self, keep: CardListView) -> None:
        for view in self.views():
            if view is not keep:
                view.clearSelection()

    def selected_cards(self) -> list[kk.AssetCard]:
        result: list[kk.AssetCard] = []
        for view in self.views():
            result.extend(view.selected_cards())
        return result

    def focused_cards(self) -> list[kk.AssetCard]:
        """The selection, or else the card with the keyboard cursor."""
        cards = self.selected_cards()
        if cards:
            return cards
        card = self.columns[self.current_category].current_card()
        return [card] if card is not None else []

    def first_shown_cards(self) -> list[kk.AssetCard]:
        """The first card the board shows (in the current category first): after a search,
        the card Ctrl+D opens when none is selected."""
        order = [self.current_category] + [c for c in self.columns if c != self.current_category]
        for cid in order:
            rows = self.columns[cid].model.rows
            if rows:
                return [rows[0]]
        return []

    def select_card(self, card_id: str, focus: bool = True) -> None:
        card = self.ctx.session.get(kk.AssetCard, card_id)
        if card is None:
            return
        if card.category != self.current_category:
            self.set_category(card.category)
        for view in self.views():
            view.clearSelection()
        view = self.columns[card.category].view
        row = view.column_model().row_of(card_id)
        if row < 0:
            return
        index = view.column_model().index(row, 0)
        view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        view.scrollTo(index)
        if focus:
            view.setFocus()

    # ---------------------------------------------------------------- search and redraw
    def set_query(self, query: str) -> None:
        self.query = query
        self.reload(None)

    def reload(self, event: ChangeEvent | None) -> None:
        """Redraw what the change touched, keeping each column's selection, cursor and scroll position.

        An edit, a new card, a move or an undo of a few cards is followed card by card (a binary
        search per card, no scan of the board); a reload, a search or a large change reads every
        card again.
        """
        if event is None or event.origin == "reload" or len(event.ids) > FOLLOW_LIMIT:
            self._reload_all()
        else:
            self._follow(event.ids)
        self.overlay.refresh()

    def _reload_all(self) -> None:
        q = fold(self.query.strip())
        groups: dict[str, list[kk.AssetCard]] = {c: [] for c in self.columns}
        cards = self.ctx.session.all(kk.AssetCard)
        self._category_of = {card.id: card.category for card in cards}
        self._totals = Counter(self._category_of.values())
        for card in cards:  # one pass; without a search, no text is looked at (20,000 cards at open)
            if card.category in groups and (not q or matches(card, q)):
                groups[card.category].append(card)
        for cid, column in self.columns.items():
            view = column.view
            selected = {c.id for c in view.selected_cards()}
            current = column.current_card()
            scroll = view.verticalScrollBar().value()
            column.model.update(groups[cid])
            if selected or current is not None:
                view.select_ids(selected, current.id if current else "")
            view.verticalScrollBar().setValue(scroll)
            column.set_count(len(groups[cid]), self._totals[cid])

    def _follow(self, ids: frozenset[str]) -> None:
        session = self.ctx.session
        q = fold(self.query.strip())
        # a card that moves is removed and inserted: remember whether it was chosen, to choose it again
        chosen = {c.id for view in self.views() for c in view.selected_cards() if c.id in ids}
        current = {
            cid: card.id for cid, column in self.columns.items() if (card := column.current_card()) and card.id in ids
        }
        changed: set[str] = set()
        for card_id in ids:
            card = session.get(kk.AssetCard, card_id)
            old = self._category_of.get(card_id)
            new = card.category if card is not None else None
            if old is None and new is None:
                continue  # not a card (an idea changed in the same step)
            if old != new:
                if old is not None:
                    self._totals[old] -= 1
                    del self._category_of[card_id]
                if new is not None:
                    self._totals[new] += 1
                    self._category_of[card_id] = new
                changed.update(c for c in (old, new) if c in self.columns)
            shown = card if card is not None and matches(card, q) else None
            for cid in {old, new}:
                if cid in self.columns and self.columns[cid].model.follow(card_id, shown if cid == new else None):
                    changed.add(cid)
        for cid in changed:
            column = self.columns[cid]
            column.set_count(len(column.model.rows), self._totals[cid])
            lost = {i for i in chosen if i in column.model} - {c.id for c in column.view.selected_cards()}
            cursor = current.get(cid, "")
            if lost or (cursor and cursor in column.model):
                column.view.add_to_selection(lost, cursor)
