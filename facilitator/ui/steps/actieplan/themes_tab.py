"""Actieplan → "Thema's": the village's themes, each with its werkgroep, ambitions and yearly actielijst.

Usual themes come from ``resources/data/themes.json``; the village can add its own. Every
edit goes through :mod:`facilitator.domain.themes` (``ctx.run``), one undo step each.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....content import text
from ....domain import actieplan as ap
from ....domain import preparation as prep
from ....domain import progress, when
from ....domain import themes as th
from ....domain.changes import ChangeEvent
from ...common.text_fit import shorten
from ...common.widgets import SavingTextEdit
from ...session.context import SessionContext

ID_ROLE = Qt.ItemDataRole.UserRole


class ThemesTab(QWidget):
    message = Signal(str)

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        layout = QVBoxLayout(self)
        add_row = QHBoxLayout()
        self.usual = QComboBox()
        self.usual.setAccessibleName(self.tr("Gangbaar thema om toe te voegen"))
        self.usual.setMinimumContentsLength(22)
        self.add_usual = QPushButton(self.tr("Thema &toevoegen"))
        self.add_usual.setAccessibleName(self.tr("Het gekozen gangbare thema toevoegen"))
        self.add_usual.clicked.connect(self.add_from_list)
        self.own = QLineEdit()
        self.own.setObjectName("ownTheme")
        self.own.setMaxLength(th.MAX_NAME)
        self.own.setPlaceholderText(self.tr("Eigen thema van het dorp: naam, dan Enter"))
        self.own.setAccessibleName(self.tr("Naam van een eigen thema"))
        self.own.returnPressed.connect(self.add_own)
        add_row.addWidget(self.usual, 1)
        add_row.addWidget(self.add_usual)
        add_row.addSpacing(12)
        add_row.addWidget(self.own, 1)
        layout.addLayout(add_row)

        self.list = QListWidget()
        self.list.setObjectName("themeList")
        self.list.setAccessibleName(self.tr("Thema's"))
        self.list.setWordWrap(True)  # long names and the late count stay readable
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(300)
        self.list.currentItemChanged.connect(lambda *_: self._show_theme())
        QShortcut(
            QKeySequence.StandardKey.Delete, self.list, self.remove_current, context=Qt.ShortcutContext.WidgetShortcut
        )

        details = QWidget()
        grid = QGridLayout(details)
        grid.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Naam van het thema"))
        self.name.setMaxLength(th.MAX_NAME)
        self.name.editingFinished.connect(self._rename)
        self.ambitions = SavingTextEdit(self._set_ambitions, ctx.session.seal)
        self.ambitions.setAccessibleName(self.tr("Ambities, één per regel"))
        self.ambitions.setPlaceholderText(self.tr("Wat wil het dorp bereiken? Eén ambitie per regel."))
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Werkgroep: deelnemers aanvinken"))
        self.members.itemChanged.connect(lambda _: self._set_werkgroep())
        self.contact = QComboBox()
        self.contact.setAccessibleName(self.tr("Contactpersoon van de werkgroep"))
        self.contact.activated.connect(lambda _: self._set_werkgroep())
        self.yearly = QListWidget()
        self.yearly.setObjectName("themeActions")
        self.yearly.setAccessibleName(self.tr("Actielijst van dit thema"))
        self.yearly.setWordWrap(True)
        for row, (label, widget) in enumerate(
            (
                (self.tr("&Naam:"), self.name),
                (self.tr("&Ambities:"), self.ambitions),
                (self.tr("Wer&kgroep:"), self.members),
                (self.tr("&Contact:"), self.contact),
                (self.tr("Actielij&st:"), self.yearly),
            )
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, row, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(4, 2)
        self.details = details
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(details)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        hint = QLabel(
            self.tr("Een actie krijgt haar thema in de kolom Thema van de tabel Acties. Delete: thema weghalen.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.refresh(ChangeEvent("", "reload", frozenset(), frozenset()))

    # -------------------------------------------------------------- commands
    def current(self) -> th.Theme | None:
        item = self.list.currentItem()
        return th.find(self.ctx.session, item.data(ID_ROLE)) if item is not None else None

    def add_from_list(self) -> None:
        key = self.usual.currentData()
        if not key:
            return
        theme = self.ctx.run(th.add_theme, self.ctx.session, key=key, say=self.message.emit)
        if theme is not None:
            self.select(theme.id)
            self.usual.setFocus()

    def add_own(self) -> None:
        name = self.own.text()
        if not name.strip():
            return
        theme = self.ctx.run(th.add_theme, self.ctx.session, name=name, say=self.message.emit)
        if theme is not None:
            self.own.clear()
            self.select(theme.id)

    def remove_current(self) -> None:
        theme = self.current()
        if theme is not None:
            self.ctx.run(th.remove_theme, self.ctx.session, theme)

    def _rename(self) -> None:
        theme = self.current()
        if theme is None or self._loading or self.name.text() == theme.name:
            return
        self.ctx.run(th.rename_theme, self.ctx.session, theme, self.name.text(), say=self.message.emit)
        if self.ctx.last_refusal is not None:
            self.name.setText(theme.name)  # the old name stays; the message says why

    def _set_ambitions(self, value: str) -> None:
        theme = self.current()
        if theme is not None:
            self.ctx.run(
                th.set_ambitions,
                self.ctx.session,
                theme,
                value,
                merge_key=f"theme.{theme.id}.ambitions",
                say=self.message.emit,
            )

    def _set_werkgroep(self) -> None:
        theme = self.current()
        if theme is None or self._loading:
            return
        ids = [
            self.members.item(i).data(ID_ROLE)
            for i in range(self.members.count())
            if self.members.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.ctx.run(th.set_werkgroep, self.ctx.session, theme, ids, contact_id=self.contact.currentData() or "")

    def select(self, theme_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == theme_id:
                self.list.setCurrentRow(i)
                return

    # --------------------------------------------------------------- refresh
    def refresh(self, event: ChangeEvent) -> None:
        if event.touches("theme", "action"):
            self._show_list()
        elif event.touches("participant"):
            self._show_theme()

    def _show_list(self) -> None:
        s, lang = self.ctx.session, self.ctx.language
        chosen = self.usual.currentData()
        self.usual.clear()
        for usual in th.unused_usual(s):
            self.usual.addItem(text(usual["name"], lang), usual["id"])
        self.usual.setCurrentIndex(max(0, self.usual.findData(chosen)))
        self.add_usual.setEnabled(self.usual.count() > 0)
        current = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        self._loading = True
        self.list.blockSignals(True)  # one redraw of the details at the end, not one per row
        self.list.clear()
        for theme, acts in th.actions_by_theme(s):
            if theme is None:
                continue
            running = [a for a in acts if a.is_open]
            late = sum(1 for a in running if progress.is_overdue(a))
            words = self.tr("{0}  ({1} open)").format(th.theme_name(theme, lang), len(running))
            if late:
                words += " · " + self.tr("⚠ {0} te laat").format(late)
            item = QListWidgetItem(words)
            item.setData(ID_ROLE, theme.id)
            self.list.addItem(item)
        if current:
            self.select(current)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._loading = False
        self._show_theme()

    def _show_theme(self) -> None:
        theme = self.current()
        s, lang = self.ctx.session, self.ctx.language
        self.details.setEnabled(theme is not None)
        self._loading = True
        try:
            self.name.setText(theme.name if theme else "")
            typing = theme is not None and self.ambitions.hasFocus()
            if not (typing and th.parse_ambitions(self.ambitions.toPlainText()) == theme.ambitions):  # type: ignore[union-attr]
                self.ambitions.set_text("\n".join(theme.ambitions) if theme else "")
            self.members.clear()
            self.contact.clear()
            self.contact.addItem(self.tr("(nog niemand)"), "")
            for person in s.all(prep.Participant):
                item = QListWidgetItem(person.name or self.tr("(zonder naam)"))
                item.setData(ID_ROLE, person.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                )
                member = theme is not None and person.id in theme.member_ids
                item.setCheckState(Qt.CheckState.Checked if member else Qt.CheckState.Unchecked)
                self.members.addItem(item)
                self.contact.addItem(person.name or self.tr("(zonder naam)"), person.id)
            self.contact.setCurrentIndex(max(0, self.contact.findData(theme.contact_id if theme else "")))
            self.yearly.clear()
            acts = next(
                (a for t, a in th.actions_by_theme(s) if theme is not None and t is not None and t.id == theme.id), []
            )
            for action in acts:
                self.yearly.addItem(self._action_line(action, lang))
            if theme is not None and not acts:
                self.yearly.addItem(self.tr("Nog geen acties. Kies dit thema bij een actie in de tabel Acties."))
        finally:
            self._loading = False

    def _action_line(self, action: ap.Action, lang: str) -> str:
        parts = [shorten(action.what, 90), ap.label("statuses", action.status, lang)]
        if action.trekker:
            parts.append(action.trekker)
        if action.due:
            parts.append(when.short(action.due, lang))
        line = " · ".join(parts)
        return f"⚠ {self.tr('te laat')}: {line}" if progress.is_overdue(action) else line

    def focus_first(self) -> None:
        (self.list if self.list.count() else self.usual).setFocus()
