"""Kroonjuwelen: the starred cards, ranked by the room's dots, beside the board."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ....domain import krachtenkaart as kk
from ...common.text_fit import shorten
from ...session.context import SessionContext


class CrownList(QWidget):
    #: a jewel was chosen (Enter / double-click): show it on the board
    chosen = Signal(str)

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("Ster een kaart met Ctrl+K. De zaal plakt stippen; tel ze met + en − op een gekozen kaart.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget()
        self.list.setObjectName("crownList")
        self.list.setAccessibleName(self.tr("Kroonjuwelen, meeste stippen eerst"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.list, 1)  # filled by the page's first refresh

    def reload(self) -> None:
        current = self.list.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else ""
        self.list.clear()
        for rank, card in enumerate(kk.crown_jewels(self.ctx.session), start=1):
            dots = self.tr("1 stip") if card.dots == 1 else self.tr("{0} stippen").format(card.dots)
            line = f"{rank}. ★ {card.title[:160]} — {dots}"
            if card.crown_reason:
                line += f"\n    {shorten(card.crown_reason, 200)}"
            item = QListWidgetItem(line)  # QListWidget shows plain text: no markup from titles
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            self.list.addItem(item)
            if card.id == current_id:
                self.list.setCurrentItem(item)
        if not self.list.count():
            empty = QListWidgetItem(self.tr("Nog geen kroonjuwelen."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)

    def ids(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).data(Qt.ItemDataRole.UserRole)
        ]
