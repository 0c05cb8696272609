"""Krachtenkaart (ABCD asset mapping): the card board, the map, ideas, vision and outside support.

Tabs: Bord (six category columns, details and crown jewels beside them), Kaart (only
when the map panel module is installed), Ideeën (verbind de punten) and Visie en steun.
Every change goes through a domain operation in ``facilitator.domain.krachtenkaart``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ....domain import krachtenkaart as kk
from ....domain.changes import ChangeEvent
from ..base import StepPage
from . import confirm_walk, map_view
from .board import BoardWidget
from .crown import CrownList
from .details import DetailsPanel
from .ideas import IdeasTab
from .parking import take_up_menu
from .projector import ProjectorBoard
from .vision import VisionTab

CARD_KINDS = ("asset_card",)
#: below this page width the details panel is hidden until asked for (Ctrl+D, Enter, F9)
SIDE_PANEL_WIDTH = 1250


class KrachtenkaartPage(StepPage):
    step_id = "krachtenkaart"
    icon_name = "mdi6.cards-outline"
    #: what the projector shows: "" all six columns, or the id of the one category shown large
    projector_category = Signal(str)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.board = BoardWidget(ctx)
        self.details = DetailsPanel(ctx)
        self.crown = CrownList(ctx)
        self.side = QTabWidget()
        self.side.setObjectName("boardSide")
        self.side.addTab(self.details, self.tr("Kaart", "de gekozen kaart op het bord, niet de plattegrond"))
        self.side.addTab(self.crown, self.tr("Kroonjuwelen"))
        self.side.setMinimumWidth(260)
        self.side.setMaximumWidth(420)
        board_page = QSplitter()
        board_page.setObjectName("boardSplitter")
        board_page.addWidget(self.board)
        board_page.addWidget(self.side)
        board_page.setStretchFactor(0, 4)
        board_page.setStretchFactor(1, 1)
        board_page.setChildrenCollapsible(False)
        self.board_page = board_page

        self.map_panel = map_view.MapPanel(ctx, self)
        self.ideas = IdeasTab(ctx)
        self.vision = VisionTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van de krachtenkaart"))
        self.tabs.addTab(board_page, self.tr("Bord"))
        self.tabs.addTab(self.map_panel, self.tr("Plattegrond"))
        self.tabs.addTab(self.ideas, self.tr("Ideeën"))
        self.tabs.addTab(self.vision, self.tr("Visie en steun"))
        self.tabs.currentChanged.connect(lambda _: self.focus_first())
        self.side_button = QToolButton()
        self.side_button.setText(self.tr("Zijpaneel"))
        self.side_button.setCheckable(True)
        self.side_button.setChecked(True)
        self.side_button.setToolTip(self.tr("Details en kroonjuwelen tonen of verbergen (F9)"))
        self.side_button.setAccessibleName(self.tr("Zijpaneel tonen"))
        self.side_button.toggled.connect(self.side.setVisible)
        self.side_button.clicked.connect(self._side_chosen)
        # narrow screens (a 1280×720 projector) get the whole width for the board until details are asked
        self._side_chosen_by_user = False
        self._side_opened_for_details = False
        # F8: the projector shows the current category large (titles readable from the back row)
        self.one_button = QToolButton()
        self.one_button.setText(self.tr("Beamer: één categorie"))
        self.one_button.setCheckable(True)
        self.one_button.setToolTip(self.tr("Alleen de huidige categorie groot op de beamer tonen (F8)"))
        self.one_button.setAccessibleName(self.tr("Eén categorie groot op de beamer"))
        self.one_button.toggled.connect(lambda _: self.projector_category.emit(self.projector_choice()))
        self.board.category_changed.connect(lambda _: self.projector_category.emit(self.projector_choice()))
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        corner_row.addWidget(self.one_button)
        corner_row.addWidget(self.side_button)
        self.tabs.setCornerWidget(corner)
        self.tabs.currentChanged.connect(
            lambda _: self.side_button.setVisible(self.tabs.currentWidget() is self.board_page)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.confirm_bar = confirm_walk.install(self)  # "Klopt dit nog?" for cards carried from last time
        layout.addWidget(self.confirm_bar)
        layout.addWidget(self.tabs)

        self._following = False
        self.board.current_card_changed.connect(self._card_chosen)
        ctx.focus_changed.connect(self._follow)
        self.board.open_details.connect(self.open_details)
        self.details.leave.connect(self.back_to_board)
        self.crown.chosen.connect(lambda card_id: self.board.select_card(card_id))
        self._build_actions()
        self.refresh(ChangeEvent("", "reload", frozenset(), frozenset()))

    # ---------------------------------------------------------------- keyboard
    def _action(
        self, text: str, keys: str | QKeySequence | QKeySequence.StandardKey, slot: Callable[[], object], on: QWidget
    ) -> QAction:
        action = QAction(text, on)
        if isinstance(keys, str) and " " in keys:
            action.setShortcuts([QKeySequence(k) for k in keys.split()])
        else:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        on.addAction(action)
        return action

    def _build_actions(self) -> None:
        board, cols = self.board_page, self.board.columns_area
        for number, cat in enumerate(self.board.categories, start=1):
            self._action(
                self.tr("Categorie: {0}").format(cat["name"]),
                f"Ctrl+{number}",
                functools.partial(self.choose_category, cat["id"]),
                board,
            )
        self._action(self.tr("Volgende categorie"), "Alt+Right", lambda: self.board.step_category(1), board)
        self._action(self.tr("Vorige categorie"), "Alt+Left", lambda: self.board.step_category(-1), board)
        self._action(self.tr("Nieuwe kaart typen"), "Ctrl+N", self.board.entry.setFocus, board)
        self._action(self.tr("Kaarten zoeken"), QKeySequence.StandardKey.Find, self.focus_search, board)
        self._action(self.tr("Details van de kaart"), "Ctrl+D", self.open_details, board)
        self._action(self.tr("Zijpaneel tonen of verbergen"), "F9", self.side_button.click, board)
        self._action(self.tr("Eén categorie groot op de beamer"), "F8", self.one_button.click, self)
        self._action(self.tr("Kroonjuweel aan/uit"), "Ctrl+K", self.toggle_crown, board)
        self._action(self.tr("Kaarten verbinden tot een idee"), "Ctrl+I", self.connect_selection, board)
        self._action(
            self.tr("Zorg van de parkeerplaats oppakken: thema, idee of actie"), "Ctrl+Shift+P", self.take_up, board
        )
        self._action(self.tr("Stip erbij"), "+ =", lambda: self.vote(1), cols)
        self._action(self.tr("Stip eraf"), "-", lambda: self.vote(-1), cols)
        self._action(self.tr("Kaart verwijderen"), QKeySequence.StandardKey.Delete, self.remove_selection, cols)
        # the keyboard way to drag: up/down in the column, left/right to the next category
        self._action(self.tr("Kaart omhoog"), "Alt+Up", lambda: self.move_selection(0, -1), cols)
        self._action(self.tr("Kaart omlaag"), "Alt+Down", lambda: self.move_selection(0, 1), cols)
        self._action(
            self.tr("Kaart naar de vorige categorie"), "Ctrl+Shift+Left", lambda: self.move_selection(-1, 0), cols
        )
        self._action(
            self.tr("Kaart naar de volgende categorie"), "Ctrl+Shift+Right", lambda: self.move_selection(1, 0), cols
        )

    def _card_chosen(self, card_id: str) -> None:
        """The board's cursor moved: show the details, and let the map (and others) follow."""
        self.details.show_card(card_id)
        if card_id and not self._following:
            self.ctx.focus_changed.emit(self.step_id, card_id)

    def _follow(self, step_id: str, card_id: str) -> None:
        """A card chosen elsewhere (the map): choose it on the board, without echo."""
        if step_id != self.step_id or not card_id or card_id == self.details.card_id:
            return
        self._following = True
        try:
            self.board.select_card(card_id, focus=False)
        finally:
            self._following = False

    def open_confirm_walk(self) -> confirm_walk.ConfirmWalk:
        """The "Klopt dit nog?" walk through the carried cards, one by one (K, W, G, arrows)."""
        self.confirm_dialog = confirm_walk.ConfirmWalk(self)
        self.confirm_dialog.show()
        return self.confirm_dialog

    def choose_category(self, category_id: str) -> None:
        self.board.set_category(category_id)
        if not self.board.entry.hasFocus() and not any(v.hasFocus() for v in self.board.views()):
            self.board.entry.setFocus()

    def focus_search(self) -> None:
        self.board.search.setFocus()
        self.board.search.selectAll()

    def open_details(self) -> None:
        cards = self.board.focused_cards() or self.board.first_shown_cards()
        shown = {c.id for column in self.board.columns.values() for c in column.model.rows}
        if cards and self.details.card_id != cards[0].id:
            self.details.show_card(cards[0].id)
        elif not cards and self.details.card_id and self.details.card_id not in shown:
            self.details.show_card("")  # the search hides the card shown before: open none
        if not self.side_button.isChecked():
            self._side_opened_for_details = True
            self.side_button.setChecked(True)
        self.side.setCurrentWidget(self.details)
        self.details.enter()

    def _side_chosen(self) -> None:
        self._side_chosen_by_user = True
        self._side_opened_for_details = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._side_chosen_by_user and not self._side_opened_for_details:
            self.side_button.setChecked(event.size().width() >= SIDE_PANEL_WIDTH)

    def back_to_board(self) -> None:
        if self._side_opened_for_details:
            self._side_opened_for_details = False
            self.side_button.setChecked(False)
        if self.details.card_id:
            self.board.select_card(self.details.card_id)
        else:
            self.board.entry.setFocus()

    def toggle_crown(self) -> None:
        cards = self.board.focused_cards()
        if not cards:
            return
        if any(kk.is_parked(c) for c in cards):
            self.board.show_message(self.tr("Een zorg op de parkeerplaats is geen kroonjuweel."))
            return
        self.ctx.run(kk.crown_cards, self.ctx.session, cards, not all(c.crown for c in cards))

    def take_up(self) -> QMenu | None:
        """One key on a parked worry: a small menu to make it a theme, an idea or an action."""
        cards = [c for c in self.board.focused_cards() if kk.is_parked(c)]
        if not cards:
            self.board.show_message(
                self.tr("Kies eerst een kaart op de parkeerplaats (Ctrl+{0}).").format(len(self.board.categories))
            )
            return None
        return take_up_menu(self, cards[0])

    def vote(self, delta: int) -> None:
        for card in self.board.focused_cards()[:1]:
            self.ctx.run(kk.add_dots, self.ctx.session, card, delta)

    def remove_selection(self) -> None:
        cards = self.board.focused_cards()
        if cards:
            self.ctx.run(kk.remove_cards, self.ctx.session, *cards)
            self.board.show_message(self.tr("{0} kaart(en) verwijderd. Ctrl+Z zet ze terug.").format(len(cards)))

    def move_selection(self, columns: int, rows: int) -> None:
        """Move the chosen cards one place up/down, or to the neighbouring category (one undo step)."""
        cards = self.board.focused_cards()
        if not cards:
            return
        source = cards[0].category
        cards = [c for c in cards if c.category == source]
        ids = [c["id"] for c in self.board.categories]
        target = ids[(ids.index(source) + columns) % len(ids)]
        before: kk.AssetCard | None = None
        if rows:
            own = kk.cards(self.ctx.session, source)
            moving = {c.id for c in cards}
            places = [i for i, c in enumerate(own) if c.id in moving]
            if (rows < 0 and places[0] == 0) or (rows > 0 and places[-1] == len(own) - 1):
                return  # already at the top or the bottom
            if rows < 0:
                before = own[places[0] - 1]
            else:
                before = own[places[-1] + 2] if places[-1] + 2 < len(own) else None
        self.ctx.run(kk.move_cards, self.ctx.session, cards, target, before)
        self.board.select_card(cards[0].id)
        view = self.board.columns[target].view
        view.select_ids({c.id for c in cards}, cards[0].id)

    def connect_selection(self) -> None:
        ids = [c.id for c in self.board.selected_cards()]
        self.tabs.setCurrentWidget(self.ideas)
        self.ideas.start_with(ids)

    # ---------------------------------------------------------------- step page
    def title(self) -> str:
        return self.tr("Krachtenkaart")

    def refresh(self, event: ChangeEvent) -> None:
        if event.touches(*CARD_KINDS):
            self.board.reload(event)
            self.details.refresh(event)
            self.confirm_bar.refresh()
            if event.origin == "reload" or self._touches_crown(event):
                self.crown.reload()
        self.ideas.refresh(event)
        self.vision.refresh(event)
        if event.touches("idea"):
            self.board.overlay.refresh()
        if event.touches("idea"):
            # only when it changes: a tab text change lays out and repaints the whole page
            n = self.ctx.session.count(kk.Idea)
            self.tabs.setTabText(self.tabs.indexOf(self.ideas), self.tr("Ideeën ({0})").format(n))

    def _touches_crown(self, event: ChangeEvent) -> bool:
        """Only a crown card (or a card that just lost its crown) changes the ranking."""
        shown = set(self.crown.ids())
        for card_id in event.ids:
            card = self.ctx.session.get(kk.AssetCard, card_id)
            if card_id in shown or (card is not None and card.crown):
                return True
        return False

    def focus_first(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.board_page:
            self.board.entry.setFocus()
        elif current is self.ideas:
            self.ideas.name.setFocus()
        elif current is self.vision:
            self.vision.text.setFocus()
        elif current is not None:
            current.setFocus()

    def projector_choice(self) -> str:
        """The category the projector shows large (F8), or "" for the whole board."""
        return self.board.current_category if self.one_button.isChecked() else ""

    def projector_widget(self, parent: QWidget) -> QWidget | None:
        board = ProjectorBoard(
            self.ctx, parent, only=self.projector_choice(), category=lambda: self.board.current_category
        )
        self.board.category_changed.connect(board.show_question)  # a bound slot: gone with the board
        self.projector_category.connect(board.show_only)
        return board

    def extra_shots(self):
        def with_details() -> None:
            self.tabs.setCurrentWidget(self.board_page)
            jewels = kk.crown_jewels(self.ctx.session)
            cards = jewels or kk.cards(self.ctx.session)
            if cards:
                self.board.select_card(cards[0].id)
                self.open_details()

        def with_idea_lines() -> None:
            self.tabs.setCurrentWidget(self.board_page)
            ideas = kk.ideas(self.ctx.session)
            if ideas and ideas[0].card_ids:
                self.board.select_card(ideas[0].card_ids[0])

        shots = [("bord-details", with_details), ("bord-idee", with_idea_lines)]
        shots.append(("kaart", lambda: self.tabs.setCurrentWidget(self.map_panel)))
        shots.append(("ideeen", lambda: self.tabs.setCurrentWidget(self.ideas)))
        shots.append(("visie", lambda: self.tabs.setCurrentWidget(self.vision)))
        shots.append(
            (
                "kroonjuwelen",
                lambda: (self.tabs.setCurrentWidget(self.board_page), self.side.setCurrentWidget(self.crown)),
            )
        )
        return shots


PAGE = KrachtenkaartPage
