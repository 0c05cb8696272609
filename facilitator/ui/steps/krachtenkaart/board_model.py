"""One list model per category column of the card board.

The board can hold thousands of cards, so a column never rebuilds itself for a new
card: :meth:`CardColumnModel.update` compares the card ids it shows with the new ones
and inserts rows at the end, signals changed rows, or (only when the order really
changed) resets. Dragging between columns goes through ``mimeData``/``dropMimeData``
with the card ids, and the drop is one ``move_cards`` operation (undoable).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from ....domain import krachtenkaart as kk
from ....domain.textfold import fold
from ...session.context import SessionContext

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
CARD_ROLE = Role.UserRole + 1
MIME = "application/x-kernkracht-card-ids"


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


class CardColumnModel(QAbstractListModel):
    def __init__(self, ctx: SessionContext, category: str, editable: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.category = category
        self.editable = editable
        self.rows: list[kk.AssetCard] = []
        self._ids: list[str] = []

    # ---------------------------------------------------------------- updating
    def update(self, rows: list[kk.AssetCard], touched: frozenset[str] | None = None) -> None:
        """Show ``rows``; with the fewest signals the change allows (see the module docstring)."""
        ids = [c.id for c in rows]
        old = self._ids
        if ids == old:
            self.rows = rows
            changed = [i for i, c in enumerate(rows) if touched is None or c.id in touched]
            if changed:
                self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))
            return
        if len(ids) > len(old) and ids[: len(old)] == old:
            self.beginInsertRows(QModelIndex(), len(old), len(ids) - 1)
            self.rows, self._ids = rows, ids
            self.endInsertRows()
            return
        self.beginResetModel()
        self.rows, self._ids = rows, ids
        self.endResetModel()

    def row_of(self, card_id: str) -> int:
        try:
            return self._ids.index(card_id)
        except ValueError:
            return -1

    # ---------------------------------------------------------------- reading
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        card = self.rows[index.row()]
        if role == CARD_ROLE:
            return card
        if role in (Role.DisplayRole, Role.EditRole):
            return card.title
        if role == Role.ToolTipRole:
            return f"{card.number}. {card.title[:300]}"
        if role == Role.AccessibleTextRole:
            star = ", kroonjuweel" if card.crown else ""
            return f"{card.number}. {card.title[:300]}{star}, {card.dots} stippen"
        return None

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
