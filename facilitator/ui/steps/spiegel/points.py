"""Actiepunten: seed 000's action points per actor, as a checklist the group ticks,
with notes, and turned into an action of the plan (Ctrl+Enter)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ....domain import actieplan, spiegel
from ....domain.samenspel_content import spiegel as spiegel_content
from ...common.widgets import SavingTextEdit, heading
from ...session.context import SessionContext

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class PointsTab(QWidget):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loading = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setObjectName("pointsTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Actiepunten per actor (spatie vinkt aan)"))
        self.tree.setWordWrap(True)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(lambda *_: self._show_point())
        layout.addWidget(self.tree, 3)
        side = QVBoxLayout()
        self.title = heading("")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.notes = SavingTextEdit(self._notes, ctx.session.seal)
        self.notes.setObjectName("pointNotes")
        self.notes.setAccessibleName(self.tr("Notitie bij het actiepunt"))
        self.notes.setPlaceholderText(self.tr("Wat betekent dit bij ons?"))
        self.make = QPushButton(self.tr("Maak er een &actie van (Ctrl+Enter)"))
        self.make.setObjectName("pointMakeAction")
        self.make.clicked.connect(self.make_action)
        self.action_label = QLabel()
        self.action_label.setObjectName("pointAction")
        self.action_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet("QLabel { color: #a02020; }")
        self.message.setWordWrap(True)
        for w in (self.title, self.text, self.notes, self.make, self.action_label, self.message):
            side.addWidget(w)
        side.addStretch(1)
        layout.addLayout(side, 2)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.make_action)
        self._build()
        self.refresh()
        first = self.tree.topLevelItem(0)
        child = first.child(0) if first is not None else None
        if child is not None:
            self.tree.setCurrentItem(child)

    def _key(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        key = item.data(0, KEY_ROLE) if item is not None else None
        return (str(key[0]), str(key[1])) if key else None

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, KEY_ROLE)
        if self.loading or not key:
            return
        on = item.checkState(0) == Qt.CheckState.Checked
        self.ctx.run(spiegel.tick_point, self.ctx.session, key[0], key[1], on)

    def _notes(self, value: str) -> None:
        key = self._key()
        if key is not None and not self.loading:
            merge = f"spiegel.point.{key[0]}.{key[1]}"
            self.ctx.run(spiegel.note_point, self.ctx.session, key[0], key[1], value, merge_key=merge)

    def make_action(self) -> None:
        key = self._key()
        if key is None:
            return
        action = self.ctx.run(
            spiegel.action_from_point, self.ctx.session, key[0], key[1], self.ctx.language, say=self.message.setText
        )
        if action is not None:
            self.message.setText("")

    def _build(self) -> None:
        """The checklist's items, once: the points come from the content file and do not change."""
        lang = self.ctx.language
        self.items: dict[tuple[str, str], QTreeWidgetItem] = {}
        for actor in spiegel_content().actors:
            actor_item = QTreeWidgetItem([actor.label(lang)])
            actor_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = actor_item.font(0)
            font.setBold(True)
            actor_item.setFont(0, font)
            self.tree.addTopLevelItem(actor_item)
            for point in actor.points:
                child = QTreeWidgetItem([point.label(lang)])
                child.setData(0, KEY_ROLE, [actor.id, point.id])
                child.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                )
                child.setCheckState(0, Qt.CheckState.Unchecked)
                actor_item.addChild(child)
                self.items[(actor.id, point.id)] = child
        self.tree.expandAll()

    def refresh(self) -> None:
        """Show the session's ticks, notes and actions on the items (never rebuilt: no item is deleted
        while a key press on the tree is still being handled)."""
        lang = self.ctx.language
        self.loading = True
        try:
            for actor, point, tick in spiegel.points(self.ctx.session):
                item = self.items[(actor.id, point.id)]
                mark = "  ✎" if tick.notes.strip() else ""
                if tick.action_id:
                    mark += "  → " + self.tr("actie")
                item.setText(0, point.label(lang) + mark)
                item.setCheckState(0, Qt.CheckState.Checked if tick.ticked else Qt.CheckState.Unchecked)
        finally:
            self.loading = False
        self._show_point()

    def _show_point(self) -> None:
        key = self._key()
        lang = self.ctx.language
        found = next(((a, p, t) for a, p, t in spiegel.points(self.ctx.session) if key == (a.id, p.id)), None)
        self.make.setEnabled(found is not None)
        self.notes.setEnabled(found is not None)
        if found is None:
            self.title.setText("")
            self.text.setText("")
            self.action_label.setText("")
            return
        actor, point, tick = found
        self.loading = True
        try:
            self.title.setText(f"{actor.label(lang)}: {point.label(lang)}")
            self.text.setText(point.say("text", lang))
            self.notes.set_text(tick.notes)
        finally:
            self.loading = False
        action = self.ctx.session.get(actieplan.Action, tick.action_id) if tick.action_id else None
        self.action_label.setText(self.tr("In het actieplan: {0}").format(action.what) if action else "")
