"""The "Klopt dit nog?" walk: go through the cards carried from the last meeting, by keyboard.

A bar above the board says how many carried cards still wait, with a button (and
Ctrl+Shift+K) that opens the walk: one card at a time, large. K = klopt (still holds),
W = wijzigen (the title becomes editable in place; Enter keeps the change, Esc goes
back), G = weg (gone), ← and → to step, Esc to close. Each answer is one domain
operation (``domain/card_check.py``) and so one undo step; Ctrl+Z undoes the last one
while the walk stays open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain import card_check
from ....domain import krachtenkaart as kk
from ....domain.changes import ChangeEvent

if TYPE_CHECKING:
    from .page import KrachtenkaartPage

SHORTCUT = "Ctrl+Shift+K"


class ConfirmBar(QWidget):
    """The line above the board while carried cards wait: how many, and the way in."""

    def __init__(self, page: KrachtenkaartPage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("confirmBar")
        self.setStyleSheet("#confirmBar { background: #e8eef7; border: 1px dashed #7a869a; border-radius: 4px; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Kaarten &nalopen (Ctrl+Shift+K)"))
        self.button.clicked.connect(page.open_confirm_walk)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        # hidden until the page's first refresh counts the waiting cards (it counts once, not twice)
        self.setVisible(False)

    def refresh(self) -> None:
        waiting = len(card_check.to_confirm(self.page.ctx.session))
        self.label.setText(
            self.tr(
                "{0} kaart(en) van de vorige bijeenkomst: klopt dit nog? Kaarten met een stippellijn wachten nog."
            ).format(waiting)
        )
        self.setVisible(waiting > 0)


class ConfirmWalk(QDialog):
    """One carried card at a time; the answer keys act at once."""

    def __init__(self, page: KrachtenkaartPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.setObjectName("confirmWalk")
        self.setWindowTitle(self.tr("Klopt dit nog?"))
        #: the carried cards, as at the start (an answered card stays in the walk, to go back to)
        self.ids = [c.id for c in card_check.to_confirm(self.ctx.session)]
        self.index = 0
        self.gone: set[str] = set()
        layout = QVBoxLayout(self)
        self.where = QLabel()
        layout.addWidget(self.where)
        self.title = QLineEdit()
        self.title.setObjectName("confirmTitle")
        self.title.setReadOnly(True)
        self.title.setMaxLength(kk.MAX_TITLE)
        self.title.setAccessibleName(self.tr("Titel van de kaart"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.about)
        self.state = QLabel()
        self.state.setObjectName("confirmState")
        layout.addWidget(self.state)
        self.message = QLabel()
        self.message.setStyleSheet("color: #a00000;")
        layout.addWidget(self.message)
        keys = QLabel(
            self.tr("K = klopt · W = wijzigen (Enter bewaart) · G = weg · ← → = vorige/volgende · Esc = sluiten")
        )
        keys.setWordWrap(True)
        layout.addWidget(keys)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Klopt (K)"), self.confirm),
            (self.tr("Wijzigen (W)"), self.start_edit),
            (self.tr("Weg (G)"), self.gone_card),
            (self.tr("Sluiten"), self.close),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys act on the card, not on a button
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        # Ctrl+Z is the session's undo (the last answer), never the text field's own
        self.title.installEventFilter(self)
        self.ctx.changed.connect(self._changed)
        self.resize(640, 300)
        self.show_card()

    # ------------------------------------------------------------------ showing
    def current(self) -> kk.AssetCard | None:
        if not self.ids:
            return None
        return self.ctx.session.get(kk.AssetCard, self.ids[self.index])

    def show_card(self) -> None:
        self.title.setReadOnly(True)
        self.message.clear()
        if not self.ids:
            self.where.setText(self.tr("Er zijn geen kaarten om na te lopen."))
            self.title.clear()
            self.about.clear()
            self.state.clear()
            return
        card = self.current()
        self.where.setText(self.tr("Kaart {0} van {1}").format(self.index + 1, len(self.ids)))
        if card is None:
            self.title.setText(self.tr("(deze kaart is weg)"))
            self.about.clear()
            self.state.setText(self.tr("Weg"))
        else:
            names = {c["id"]: c["name"] for c in kk.categories(self.ctx.language)}
            self.title.setText(card.title)
            self.title.setCursorPosition(0)
            self.about.setText(" — ".join(t for t in (names.get(card.category, card.category), card.description) if t))
            self.state.setText(
                {
                    card_check.TO_CONFIRM: self.tr("Nog niet nagelopen"),
                    card_check.CONFIRMED: self.tr("Klopt"),
                    card_check.CHANGED: self.tr("Gewijzigd"),
                }.get(card.confirm, "")
            )
        self.title.setFocus()

    def step(self, offset: int) -> None:
        if self.ids:
            self.index = max(0, min(len(self.ids) - 1, self.index + offset))
            self.show_card()

    def next_waiting(self) -> None:
        """On to the next card that still waits (after the current one, then from the start)."""
        order = list(range(self.index + 1, len(self.ids))) + list(range(0, self.index + 1))
        for i in order:
            card = self.ctx.session.get(kk.AssetCard, self.ids[i])
            if card is not None and card.confirm == card_check.TO_CONFIRM:
                self.index = i
                break
        self.show_card()
        if not card_check.to_confirm(self.ctx.session):
            self.where.setText(self.tr("Alle kaarten zijn nagelopen. Esc sluit dit venster."))

    # ------------------------------------------------------------------ answers
    def confirm(self) -> None:
        card = self.current()
        if card is not None:
            self.ctx.run(card_check.confirm_card, self.ctx.session, card, say=self.message.setText)
            self.next_waiting()

    def gone_card(self) -> None:
        card = self.current()
        if card is not None:
            self.ctx.run(card_check.card_gone, self.ctx.session, card, say=self.message.setText)
            self.next_waiting()

    def start_edit(self) -> None:
        if self.current() is None:
            return
        self.title.setReadOnly(False)
        self.title.setFocus()
        self.title.selectAll()
        self.state.setText(self.tr("Wijzigen: typ de nieuwe tekst en druk op Enter (Esc: terug)"))

    def finish_edit(self) -> None:
        card = self.current()
        if card is None or self.title.isReadOnly():
            return
        self.ctx.run(card_check.change_card, self.ctx.session, card, self.title.text(), say=self.message.setText)
        if self.ctx.last_refusal is None:
            self.next_waiting()

    def undo(self) -> None:
        window = self.page.window()
        undo = getattr(window, "undo", None)
        if callable(undo):
            undo()
        else:
            self.ctx.session.undo()
        self.show_card()

    def _changed(self, event: ChangeEvent) -> None:
        if event.touches("asset_card") and self.title.isReadOnly():
            self.show_card()

    # ------------------------------------------------------------------ keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.title.isReadOnly()
        ):
            self.finish_edit()  # taken here: the same Enter must not also confirm the next card
            return True
        if isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Undo):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # deliver it as a key press, to be taken below
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.undo()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if not self.title.isReadOnly():
            if key == Qt.Key.Key_Escape:
                self.show_card()  # back, the card as it was
                return
            super().keyPressEvent(event)
            return
        if plain and key == Qt.Key.Key_K:
            self.confirm()
        elif plain and key == Qt.Key.Key_W:
            self.start_edit()
        elif plain and key == Qt.Key.Key_G:
            self.gone_card()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.step(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm()  # Enter on a card that is read: it holds
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: object) -> None:
        self.ctx.changed.disconnect(self._changed)
        super().closeEvent(event)  # type: ignore[arg-type]


def install(page: KrachtenkaartPage) -> ConfirmBar:
    """The bar above the board and Ctrl+Shift+K; the page calls ``bar.refresh()`` on card changes."""
    bar = ConfirmBar(page)
    action = QAction(QCoreApplication.translate("ConfirmWalk", "Klopt dit nog? Kaarten van vorige keer nalopen"), page)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _=False: page.open_confirm_walk())
    page.addAction(action)
    return bar
