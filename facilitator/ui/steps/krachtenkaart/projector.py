"""The board for the room: six columns in large type, no controls and no contact details.

Above the columns the room reads its question: the prompt of the category chosen in the
main window. The card selected there is highlighted and always shown, even in a full
column. The parkeerplaats (worries) is not a seventh column here but a grey band at the
bottom, apart from the strengths; F8 on it shows it large like any category.

Every text is at least 28 pt on a 1920×1080 projector (the projector window's own text
size, which also follows the text-size setting). Six columns of about 300 pixels leave
room for only a few cards each, so every column shows its crown jewels and most-dotted
cards first, titles wrap over up to three lines (a tile is as tall as its title), and the rest is counted ("+ 3 meer"). The board
follows every change live through ``ctx.changed``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QStyleOptionViewItem, QVBoxLayout, QWidget

from ....content import text
from ....domain import krachtenkaart as kk
from ....domain.changes import ChangeEvent
from ...common.projector_colours import HIGHLIGHT
from ...session.context import SessionContext
from .board import FOLLOW_LIMIT, category_list
from .board_model import group_cards
from .columns import CategoryColumn

#: points at a 1080-pixel-high window when the window does not say (as the projector window does)
POINTS_AT_1080 = 30.0
#: title lines per card tile: one line cuts most titles too short to read from the back of the hall
TITLE_LINES = 3
#: never more tiles per column than this, however tall the screen
MAX_SHOWN = 12
#: cards side by side when one category is shown large
GRID_COLUMNS = 3
#: and their text this much larger than on the six-column board
ONE_CATEGORY_SCALE = 1.3


class _CardIndex:
    """Just enough of a model index for the delegate's size hint of a card not (yet) in the model."""

    def __init__(self, card: kk.AssetCard) -> None:
        self.card = card

    def data(self, role: int) -> kk.AssetCard:
        return self.card


def projector_point_size(height: int) -> float:
    """Text size in points for a window of this height: 30 pt at 1080 pixels."""
    return max(14.0, POINTS_AT_1080 * height / 1080)


def room_key(card: kk.AssetCard) -> tuple[bool, int, int, str]:
    """A card's place in the room's order: crown jewels first, then most dots, then by number."""
    return (not card.crown, -card.dots, card.number, card.id)


def room_order(cards: list[kk.AssetCard]) -> list[kk.AssetCard]:
    """What the room should see first when a column is too short: crown jewels, then most dots."""
    return sorted(cards, key=room_key)


#: the step whose selection the projector follows (ctx.focused)
STEP_ID = "krachtenkaart"
#: lines of the parkeerplaats band at the bottom
PARKED_LINES = 2


def with_selected(cards: list[kk.AssetCard], shown: int, selected_id: str) -> list[kk.AssetCard]:
    """The first ``shown`` cards, but never without the selected one: it takes the last place."""
    head = cards[:shown]
    if shown and selected_id and all(c.id != selected_id for c in head):
        chosen = next((c for c in cards if c.id == selected_id), None)
        if chosen is not None:
            head = [*head[:-1], chosen]
    return head


class ProjectorBoard(QWidget):
    def __init__(
        self,
        ctx: SessionContext,
        parent: QWidget | None = None,
        only: str = "",
        category: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: the category chosen in the main window (its prompt is the room's question)
        self.current_category = category or (lambda: "")
        #: "" = all six columns; else the one category shown large (the facilitator's F8)
        self.only = ""
        self.points = 0.0
        self.groups: dict[str, list[kk.AssetCard]] = {}
        # per column the room-order keys of ``groups``; per card its column and key; the crown count
        self._sort_keys: dict[str, list[tuple[bool, int, int, str]]] = {}
        self._place: dict[str, tuple[str, tuple[bool, int, int, str]]] = {}
        self._jewels = 0
        self.setObjectName("krachtenkaartProjector")
        self.setStyleSheet("#krachtenkaartProjector { background: #ffffff; }")
        self.categories = category_list(ctx.language)
        colors = {c["id"]: c["color"] for c in self.categories}
        self.heading = QLabel(self.tr("Krachtenkaart: wat is hier al sterk?"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.question = QLabel()
        self.question.setObjectName("roomQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setStyleSheet(f"QLabel {{ background: {HIGHLIGHT}; color: #111111; padding: 4px 10px; }}")
        self.parked_ids = set(kk.parked_ids())
        self.parked = QLabel()
        self.parked.setObjectName("parkedBand")
        self.parked.setTextFormat(Qt.TextFormat.PlainText)
        self.parked.setWordWrap(True)
        self.parked.setStyleSheet("QLabel { background: #ececec; color: #111111; padding: 4px 10px; }")
        self.columns: list[CategoryColumn] = []
        row = QHBoxLayout()
        row.setSpacing(6)
        for cat in self.categories:
            column = CategoryColumn(ctx, cat, colors, editable=False, title_lines=TITLE_LINES)
            column.delegate.small_ratio = 0.95
            column.view.setUniformItemSizes(False)  # a handful of cards: each as tall as its title
            palette = column.view.palette()  # the card under discussion: a clear blue frame
            palette.setColor(QPalette.ColorRole.Highlight, QColor("#1f4e9c"))
            column.view.setPalette(palette)
            # a column's width settles after the layout ran (F8, a resize): fit the cards again then
            column.view.viewport().installEventFilter(self)
            self.columns.append(column)
            row.addWidget(column, 1)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.question)
        layout.addLayout(row, 1)
        layout.addWidget(self.parked)
        ctx.changed.connect(self.refresh)
        self.refresh(ChangeEvent("", "reload", frozenset(), frozenset()))
        self._apply_size()
        self.show_only(only)

    def refresh(self, event: ChangeEvent) -> None:
        if not event.touches("asset_card"):
            return
        touched: set[str] | None = None
        if event.origin != "reload" and len(event.ids) <= FOLLOW_LIMIT:
            touched = self._follow(event.ids)
        if touched is None:
            self._reload_all()
        if touched is None or touched & self.parked_ids:
            band = (self.parked.isVisibleTo(self), self.parked.text())
            self._show_parked()
            if band != (self.parked.isVisibleTo(self), self.parked.text()):
                self.parked.adjustSize()
                touched = None  # the band's height changed: every column has another room
        for column in self.columns:
            if touched is None or column.category["id"] in touched:
                n = len(self.groups[column.category["id"]])
                column.set_count(n, n, short=True)  # also the tooltip with the full name
        self._fit(None if event.origin == "reload" else event.ids, touched)
        jewels = self._jewels
        self.heading.setText(self.tr("Krachtenkaart: wat is hier al sterk?") + (f"   ★ {jewels}" if jewels else ""))

    def _reload_all(self) -> None:
        groups = group_cards(self.ctx)
        self.groups = {cid: room_order(cards) for cid, cards in groups.items()}
        self._sort_keys = {cid: [room_key(c) for c in cards] for cid, cards in self.groups.items()}
        self._place = {
            c.id: (cid, key)
            for cid, keys in self._sort_keys.items()
            for c, key in zip(self.groups[cid], keys, strict=True)
        }
        self._jewels = sum(1 for cards in self.groups.values() for c in cards if c.crown)

    def _follow(self, ids: frozenset[str]) -> set[str] | None:
        """Move each changed card to its new place in the room's order (a binary search per card,
        no reading of every card). The columns that changed; None when a card belongs to a
        column this board lacks."""
        session = self.ctx.session
        touched: set[str] = set()
        for card_id in ids:
            card = session.get(kk.AssetCard, card_id)
            old = self._place.get(card_id)
            if card is not None and card.category not in self.groups:
                return None
            if old is not None:
                category, key = old
                touched.add(category)
                row = bisect.bisect_left(self._sort_keys[category], key)
                self._jewels -= self.groups[category][row].crown
                del self._sort_keys[category][row], self.groups[category][row], self._place[card_id]
            if card is not None:
                key = room_key(card)
                row = bisect.bisect_left(self._sort_keys[card.category], key)
                self._sort_keys[card.category].insert(row, key)
                self.groups[card.category].insert(row, card)
                self._place[card_id] = (card.category, key)
                self._jewels += card.crown
                touched.add(card.category)
        return touched

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QResizeEvent) and event.size().width() != event.oldSize().width():
            self._refit.start()
        return False

    def follow_focus(self) -> None:
        """Another card is under discussion in the main window: show and mark it."""
        self._fit()

    def selected_id(self) -> str:
        return self.ctx.focused.get(STEP_ID, "")

    def show_question(self, _category: str = "") -> None:
        """The prompts of the category chosen in the main window: the question the room answers."""
        cid = self.only or self.current_category() or self.categories[0]["id"]
        cat = next((c for c in self.categories if c["id"] == cid), self.categories[0])
        prompts = [text(p, self.ctx.language) for p in cat.get("prompts", [])]
        shown = prompts if self.only else prompts[:1]
        self.question.setText(f"{cat['name']}: " + "  ".join(shown) if shown else cat["name"])

    def _show_parked(self) -> None:
        """The worries as one grey band: as many titles as fit in two lines, the rest counted."""
        worries = [c for cid in self.parked_ids for c in self.groups.get(cid, [])]
        visible = bool(worries) and not self.only
        self.parked.setVisible(visible)
        if not visible:
            return
        name = next((c["name"] for c in self.categories if c["id"] in self.parked_ids), "")
        head = self.tr("Parkeerplaats — {0} ({1}): ").format(name, len(worries))
        metrics = self.parked.fontMetrics()
        room = max(200, self.width() - 40) * PARKED_LINES * 0.85
        titles: list[str] = []
        for card in worries:
            attempt = head + "  ·  ".join([*titles, card.title])
            if metrics.horizontalAdvance(attempt) > room:
                break
            titles.append(card.title)
        rest = len(worries) - len(titles)
        more = self.tr("  + {0} meer").format(rest) if rest else ""
        self.parked.setText(head + "  ·  ".join(titles) + more)

    def window_points(self) -> float:
        """The projector window's text size when there is one, else one from the window height."""
        window = self.window()
        points = float(getattr(window, "points", 0.0) or 0.0)
        return points or projector_point_size(window.height() or self.height() or 720)

    def _apply_size(self) -> None:
        points = self.window_points()
        if points == self.points:
            return
        self.points = points
        for widget, scale in ((self, 1.0), (self.heading, 1.15), (self.question, 1.0), (self.parked, 1.0)):
            font = widget.font()
            font.setPointSizeF(points * scale)
            widget.setFont(font)
        for column in self.columns:
            font = column.view.font()
            font.setPointSizeF(points * (ONE_CATEGORY_SCALE if self.only else 1.0))
            column.view.setFont(font)
            header = column.header.font()
            header.setPointSizeF(points)
            header.setBold(True)
            column.header.setFont(header)
            column.header.updateGeometry()
            column.more.setFont(header)
            column.view.doItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_size()
        self._show_parked()
        self._fit()

    def show_only(self, category_id: str) -> None:
        """An empty id shows all six columns; a category id shows that one large, cards side by side."""
        self.only = category_id
        for column in self.columns:
            one = column.category["id"] == category_id
            apart = column.category["id"] in self.parked_ids  # worries: the band, unless shown large
            column.setVisible(one if category_id else not apart)
            column.view.setWrapping(one)
            column.view.setFlow(QListView.Flow.LeftToRight if one else QListView.Flow.TopToBottom)
            column.delegate.tile_width = 0
        self.points = 0.0  # the cards get larger (or smaller again)
        self._apply_size()
        self._show_parked()
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the one column is wide now: measure the tiles at that width
        self._fit()
        self._refit.start()  # and once more when every nested layout has settled

    def _cards_that_fit(self, column: CategoryColumn, cards: list[kk.AssetCard]) -> int:
        """How many of ``cards`` fit whole under the header, leaving room for the "+ n meer" line."""
        view = column.view
        delegate = column.delegate
        per_row = GRID_COLUMNS if self.only else 1
        # the tile's text width: the item is the viewport less the list spacing, the text sits inside
        width = (view.viewport().width() - 1) // per_row - 2 * view.spacing()
        delegate.tile_width = width if per_row > 1 else 0
        item = QRectF(0, 0, width, 100).adjusted(3, 3, -3, -3)
        delegate.text_width = max(20.0, delegate.inner_rect(item).width())
        option = QStyleOptionViewItem()
        option.font = view.font()
        room = self.height() - view.mapTo(self, QPoint(0, 0)).y() - 8
        if self.parked.isVisibleTo(self):  # the parkeerplaats band sits below the columns
            layout = self.layout()
            room -= self.parked.heightForWidth(self.width()) + (layout.spacing() if layout is not None else 6)
        more = column.more.sizeHint().height() + 6
        limit = MAX_SHOWN * per_row
        # the delegate reads only data(CARD_ROLE): a stand-in index measures a card not (yet) in a model
        fake = [_CardIndex(card) for card in cards[:limit]]
        heights = [delegate.sizeHint(option, i).height() + 2 * view.spacing() for i in fake]  # type: ignore[arg-type]
        used = 0
        for start in range(0, len(heights), per_row):
            height = max(heights[start : start + per_row])
            left = len(cards) - start - per_row  # cards still to come after this row
            if used + height + (more if left > 0 else 0) > room:
                return max(1, start)  # one card always shows, even on a tiny window
            used += height
        return len(heights)

    def _fit(self, touched: frozenset[str] | None = None, categories: set[str] | None = None) -> None:
        """Show per column the cards that fit whole and count the others ("+ 3 meer"), never hiding
        the card selected in the main window.

        ``categories``: only these columns changed (the others are not measured or laid out again).
        """
        self.show_question()
        selected = self.selected_id()
        for column in self.columns:
            if column.isHidden():
                if column.model.rowCount():
                    column.model.update([], touched)  # a hidden column holds no tiles
                continue
            if categories is not None and column.category["id"] not in categories:
                continue
            cards = self.groups[column.category["id"]]
            shown = self._cards_that_fit(column, cards) if self.isVisible() else min(len(cards), MAX_SHOWN)
            column.model.update(with_selected(cards, shown, selected), touched)
            row = column.model.row_of(selected) if selected else -1
            selection = column.view.selectionModel()
            if row >= 0:
                selection.select(column.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            else:
                selection.clearSelection()
            hidden = len(cards) - shown
            column.more.setText(self.tr("+ {0} meer").format(hidden) if hidden > 0 else "")
            column.more.setVisible(hidden > 0)
            column.view.doItemsLayout()
            self._header_text(column, len(cards))

    def _header_text(self, column: CategoryColumn, count: int) -> None:
        """The category name, cut if it must, but always with its number of cards."""
        name = column.category["name"] if self.only else column.category.get("short_name", column.category["name"])
        header = column.header
        metrics = QFontMetricsF(header.font())
        room = header.width() - 14 - metrics.horizontalAdvance(f" {count}")
        if self.isVisible() and metrics.horizontalAdvance(name) > room:
            name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(0.0, room))
        header.setText(f"{name} {count}")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._apply_size()
        self._fit()
