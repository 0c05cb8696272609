"""The board for the room: six columns in large type, no controls and no contact details.

Every text is at least 28 pt on a 1920×1080 projector (the projector window's own text
size, which also follows the text-size setting). Six columns of about 300 pixels leave
room for only a few cards each, so every column shows its crown jewels and most-dotted
cards first, titles wrap over up to three lines (a tile is as tall as its title), and the rest is counted ("+ 3 meer"). The board
follows every change live through ``ctx.changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QStyleOptionViewItem, QVBoxLayout, QWidget

from ....domain import krachtenkaart as kk
from ....domain.changes import ChangeEvent
from ...session.context import SessionContext
from .board import category_list
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


def room_order(cards: list[kk.AssetCard]) -> list[kk.AssetCard]:
    """What the room should see first when a column is too short: crown jewels, then most dots."""
    return sorted(cards, key=lambda c: (not c.crown, -c.dots, c.number))


class ProjectorBoard(QWidget):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None, only: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: "" = all six columns; else the one category shown large (the facilitator's F8)
        self.only = ""
        self.points = 0.0
        self.groups: dict[str, list[kk.AssetCard]] = {}
        self.setObjectName("krachtenkaartProjector")
        self.setStyleSheet("#krachtenkaartProjector { background: #ffffff; }")
        self.categories = category_list(ctx.language)
        colors = {c["id"]: c["color"] for c in self.categories}
        self.heading = QLabel(self.tr("Krachtenkaart: wat is hier al sterk?"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.columns: list[CategoryColumn] = []
        row = QHBoxLayout()
        row.setSpacing(6)
        for cat in self.categories:
            column = CategoryColumn(ctx, cat, colors, editable=False, title_lines=TITLE_LINES)
            column.delegate.small_ratio = 0.95
            column.view.setUniformItemSizes(False)  # a handful of cards: each as tall as its title
            self.columns.append(column)
            row.addWidget(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(row, 1)
        ctx.changed.connect(self.refresh)
        self.refresh(ChangeEvent("", "reload", frozenset(), frozenset()))
        self._apply_size()
        if only:
            self.show_only(only)

    def refresh(self, event: ChangeEvent) -> None:
        if not event.touches("asset_card"):
            return
        groups = group_cards(self.ctx)
        self.groups = {cid: room_order(cards) for cid, cards in groups.items()}
        for column in self.columns:
            n = len(self.groups[column.category["id"]])
            column.set_count(n, n, short=True)  # also the tooltip with the full name
        self._fit(None if event.origin == "reload" else event.ids)
        jewels = len(kk.crown_jewels(self.ctx.session))
        self.heading.setText(self.tr("Krachtenkaart: wat is hier al sterk?") + (f"   ★ {jewels}" if jewels else ""))

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
        for widget, scale in ((self, 1.0), (self.heading, 1.15)):
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
        self._fit()

    def show_only(self, category_id: str) -> None:
        """An empty id shows all six columns; a category id shows that one large, cards side by side."""
        self.only = category_id
        for column in self.columns:
            one = column.category["id"] == category_id
            column.setVisible(not category_id or one)
            column.view.setWrapping(one)
            column.view.setFlow(QListView.Flow.LeftToRight if one else QListView.Flow.TopToBottom)
            column.delegate.tile_width = 0
        self.points = 0.0  # the cards get larger (or smaller again)
        self._apply_size()
        self._fit()

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

    def _fit(self, touched: frozenset[str] | None = None) -> None:
        """Show per column the cards that fit whole and count the others ("+ 3 meer")."""
        for column in self.columns:
            if column.isHidden() and self.only:
                continue
            cards = self.groups[column.category["id"]]
            shown = self._cards_that_fit(column, cards) if self.isVisible() else min(len(cards), MAX_SHOWN)
            column.model.update(cards[:shown], touched)
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
