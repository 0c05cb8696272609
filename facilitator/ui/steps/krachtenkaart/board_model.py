"""One list model per category column of the card board.

The board can hold thousands of cards, so a column never rebuilds itself for an edit:
:meth:`CardColumnModel.follow` takes one changed card and finds its row by a binary
search on the board order (a changed row, or one removed and one inserted row);
:meth:`CardColumnModel.update` shows a whole new list (a search) with the fewest signals. Dragging between columns goes through ``mimeData``/``dropMimeData``
with the card ids, and the drop is one ``move_cards`` operation (undoable).

A long column is filled in batches (issue 17): the first :data:`FIRST_BATCH` tiles at once (more
than a screen shows), the rest :data:`BATCH` at a time from the event loop, so opening a meeting
of 20,000 cards never holds the window for the whole list. ``rows`` always holds every card;
only the tiles lag behind until the fill is done.
"""

from __future__ import annotations

import bisect
from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ....domain import krachtenkaart as kk
from ....domain.textfold import fold
from ...common.row_sync import differs, edits
from ...session.context import SessionContext

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
CARD_ROLE = Role.UserRole + 1
MIME = "application/x-kernkracht-card-ids"
#: tiles made at once when a column is filled: more than a 4K screen shows (about 40 px a tile)
FIRST_BATCH = 120
#: tiles made per turn of the event loop after that (a few ms of work; the six columns take turns)
BATCH = 400


def matches(card: kk.AssetCard, query: str) -> bool:
    """The search line's rule (the same as kk.search), on a folded query."""
    if not query:
        return True
    return any(
        query in fold(t) for t in (card.title, card.description, card.holder, " ".join(card.tags), str(card.number))
    )


def group_cards(ctx: SessionContext, query: str = "") -> dict[str, list[kk.AssetCard]]:
    """Every category's cards in board order, filtered by the search text (one pass, one sort)."""
    q = fold(query.strip())
    groups: dict[str, list[kk.AssetCard]] = {c: [] for c in kk.category_ids()}
    for card in ctx.session.all(kk.AssetCard):
        if card.category in groups and matches(card, q):
            groups[card.category].append(card)
    return groups


def board_key(card: kk.AssetCard) -> tuple[float, str, str]:
    """A card's place in its column: the session's reading order (position, then creation)."""
    return (card.position, card.created, card.id)


def tile_roles(card: kk.AssetCard) -> dict[int, Any]:
    """What a tile's item holds: the card itself, and its title, tooltip and spoken text."""
    star = ", kroonjuweel" if card.crown else ""
    return {
        CARD_ROLE: card,
        Role.DisplayRole: card.title,
        Role.ToolTipRole: f"{card.number}. {card.title[:300]}",
        Role.AccessibleTextRole: f"{card.number}. {card.title[:300]}{star}, {card.dots} stippen",
    }


def tile_item(card: kk.AssetCard) -> QStandardItem:
    item = QStandardItem()
    for role, value in tile_roles(card).items():
        item.setData(value, role)
    return item


class CardColumnModel(QStandardItemModel):
    """The cards of one category column, a row each.

    A ``QStandardItemModel`` on purpose: ``QListView`` lays out every row again after each
    ``dataChanged`` and ``rowsInserted``, asking the model for each row's index, and with a
    Python ``rowCount``/``index`` that costs ~10 µs a row (35 ms for a column of 3,000
    cards on every keystroke). Here those stay in C++; Python keeps the cards in ``rows``
    and the board order in ``_keys`` beside the items, and only editing, flags and drag and
    drop are Python.
    """

    def __init__(self, ctx: SessionContext, category: str, editable: bool = True) -> None:
        super().__init__(0, 1)
        self.ctx = ctx
        self.category = category
        self.editable = editable
        self.rows: list[kk.AssetCard] = []
        # the shown cards' places (board order), for a binary search instead of a scan
        self._keys: list[tuple[float, str, str]] = []
        self._key_of: dict[str, tuple[float, str, str]] = {}
        self._indexed = True
        # tiles exist for rows[:rowCount()]; the rest are made in batches by _fill_timer
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_batch)

    # ---------------------------------------------------------------- filling
    def filling(self) -> bool:
        """True while tiles are still being made for the rows at the end."""
        return self.rowCount() < len(self.rows)

    def _append_tiles(self, count: int) -> None:
        start = self.rowCount()
        self.invisibleRootItem().appendRows([tile_item(c) for c in self.rows[start : start + count]])

    def _fill_batch(self) -> None:
        self._append_tiles(BATCH)
        if self.filling():
            self._fill_timer.start()

    def finish_filling(self) -> None:
        """Make every tile still to come now (before an edit that must find its row)."""
        self._fill_timer.stop()
        if self.filling():
            self._append_tiles(len(self.rows))

    # ---------------------------------------------------------------- updating
    def update(self, rows: list[kk.AssetCard], touched: frozenset[str] | None = None) -> None:
        """Show ``rows`` (any order), with the fewest signals: changed rows, inserted and removed ones.

        ``touched`` is kept for callers that know what changed; the rows themselves tell it
        (a changed card is a new object). A search that changes most of a long column resets it:
        one reset is cheaper than thousands of row signals.
        """
        rows = list(rows)
        old_keys: list[Hashable] = [c.id for c in self.rows]
        new_keys: list[Hashable] = [c.id for c in rows] if self.rows else []  # an empty column: no comparing
        if (not self.rows and rows) or (old_keys != new_keys and (len(rows) + len(self.rows) > 4000 or self.filling())):
            self._fill_timer.stop()
            self.beginResetModel()
            blocked = self.blockSignals(True)
            try:
                self.setRowCount(0)
                self._set(rows)
                self._append_tiles(FIRST_BATCH)
            finally:
                self.blockSignals(blocked)
                self.endResetModel()
            if self.filling():
                self._fill_timer.start()
            return
        self.finish_filling()  # the same cards still filling: the tiles below must all exist
        current = list(self.rows)
        self.rows = current  # changed below as the items are, so rows and items always agree
        for tag, i1, i2, j1, j2 in edits(old_keys, new_keys):
            if tag == "equal":
                for k in range(i2 - i1):
                    if differs(current[i1 + k], rows[j1 + k]):
                        current[i1 + k] = rows[j1 + k]
                        self.setItemData(self.index(i1 + k, 0), tile_roles(rows[j1 + k]))
                continue
            if tag in ("delete", "replace"):
                del current[i1:i2]
                self.removeRows(i1, i2 - i1)
            if tag in ("insert", "replace"):
                current[i1:i1] = rows[j1:j2]
                self.insert_items(i1, rows[j1:j2])
        self._set(rows)

    def insert_items(self, row: int, cards: list[kk.AssetCard]) -> None:
        if len(cards) == 1:
            self.insertRow(row, tile_item(cards[0]))
        else:
            self.invisibleRootItem().insertRows(row, [tile_item(c) for c in cards])

    def _set(self, rows: list[kk.AssetCard]) -> None:
        self.rows = list(rows)
        self._indexed = False  # the keys are made when an edit first needs them, not at the first show

    def _index(self) -> None:
        """The board keys of the rows, for the binary searches of :meth:`follow` and :meth:`row_of`."""
        if self._indexed:
            return
        # board_key written out: a call per card was half the time of a 20,000-card column
        self._key_of = {c.id: (c.position, c.created, c.id) for c in self.rows}
        self._keys = list(self._key_of.values())  # in the order of rows: each id once
        self._indexed = True

    def follow(self, card_id: str, card: kk.AssetCard | None) -> bool:
        """One card changed (``None``: gone, or not shown here): a dataChanged, a removed or an inserted row.

        For a column in board order only; costs a binary search, never a scan. True when a row
        came or went.
        """
        self.finish_filling()
        self._index()
        old_key = self._key_of.get(card_id)
        new_key = board_key(card) if card is not None else None
        if old_key is not None and old_key == new_key and card is not None:
            row = bisect.bisect_left(self._keys, old_key)
            self.rows[row] = card
            self.setItemData(self.index(row, 0), tile_roles(card))  # one dataChanged
            return False
        if old_key is None and new_key is None:
            return False
        if old_key is not None:
            row = bisect.bisect_left(self._keys, old_key)
            del self.rows[row], self._keys[row], self._key_of[card_id]
            self.removeRow(row)
        if card is not None and new_key is not None:
            row = bisect.bisect_left(self._keys, new_key)
            self.rows.insert(row, card)
            self._keys.insert(row, new_key)
            self._key_of[card_id] = new_key
            self.insertRow(row, tile_item(card))
        return True

    def row_of(self, card_id: str) -> int:
        self._index()
        key = self._key_of.get(card_id)
        if key is None:
            return -1
        self.finish_filling()  # the caller goes to the row: its tile must be there
        row = bisect.bisect_left(self._keys, key)
        if row < len(self._keys) and self._keys[row] == key:
            return row
        return next((i for i, c in enumerate(self.rows) if c.id == card_id), -1)  # not in board order

    def __contains__(self, card_id: object) -> bool:
        self._index()
        return card_id in self._key_of

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            base |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return base

    # ---------------------------------------------------------------- editing
    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or role != Role.EditRole or not self.editable:
            return False
        title = " ".join(str(value).split())
        if not title:
            return False  # a card keeps its title; the old one stays
        self.ctx.run(kk.edit_card, self.ctx.session, self.rows[index.row()], title=title)
        return True

    # ---------------------------------------------------------------- drag and drop
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME, QByteArray("\n".join(self.rows[r].id for r in rows).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return self.editable and data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = bytes(data.data(MIME).data()).decode().split("\n")
        session = self.ctx.session
        moving = [c for c in (session.get(kk.AssetCard, i) for i in ids if i) if c is not None]
        if not moving:
            return False
        if parent.isValid():  # dropped onto a card: land before it
            row = parent.row()
        before = self.rows[row] if 0 <= row < len(self.rows) else None
        self.ctx.run(kk.move_cards, session, moving, self.category, before)
        # the domain change redraws every column; the view must not remove rows itself
        return False
