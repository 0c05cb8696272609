"""Voortgang ("Hoe gaat het?"): walk every open action by keyboard, a few keys each.

Per action: D/1 klaar, B/2 bezig, S/3 gestopt, M/4 verschoven (then the new date), an
optional note, Enter to save and go to the next one. Enter without an answer skips the
action. Each saved answer is one undo step (``progress.record_progress``); Ctrl+Z takes
the last one back and shows that action again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain import actieplan as ap
from ....domain import progress, when
from ....domain import themes as th
from ...session.context import SessionContext

#: answer -> the keys that choose it
KEYS = {
    "klaar": (Qt.Key.Key_D, Qt.Key.Key_1),
    "bezig": (Qt.Key.Key_B, Qt.Key.Key_2),
    "gestopt": (Qt.Key.Key_S, Qt.Key.Key_3),
    "verschoven": (Qt.Key.Key_M, Qt.Key.Key_4),
}


def answer_labels() -> dict[str, str]:
    return {
        "klaar": QCoreApplication.translate("Voortgang", "Klaar (D of 1)"),
        "bezig": QCoreApplication.translate("Voortgang", "Bezig (B of 2)"),
        "gestopt": QCoreApplication.translate("Voortgang", "Gestopt (S of 3)"),
        "verschoven": QCoreApplication.translate("Voortgang", "Verschoven (M of 4)"),
    }


class ProgressDialog(QDialog):
    """The open actions one at a time, with the answer keys, a note and a new date."""

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Hoe gaat het? Voortgang van de acties"))
        self.todo = [a.id for a in progress.walk_order(ctx.session)]
        self.at = 0
        self.answer = ""
        self.saved: list[int] = []  # positions answered, for Ctrl+Z
        layout = QVBoxLayout(self)
        self.counter = QLabel()
        self.counter.setObjectName("voortgangCounter")
        self.what = QLabel()
        self.what.setObjectName("voortgangWhat")
        self.what.setWordWrap(True)
        font = self.what.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.what.setFont(font)
        self.facts = QLabel()
        self.facts.setObjectName("voortgangFacts")
        self.facts.setWordWrap(True)
        layout.addWidget(self.counter)
        layout.addWidget(self.what)
        layout.addWidget(self.facts)
        row = QHBoxLayout()
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        self.answer_buttons: dict[str, QPushButton] = {}
        for answer, text in answer_labels().items():
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # chosen with its key; the note keeps the focus
            button.clicked.connect(lambda _=False, a=answer: self.choose(a))
            self.buttons.addButton(button)
            self.answer_buttons[answer] = button
            row.addWidget(button)
        layout.addLayout(row)
        form = QFormLayout()
        self.note = QLineEdit()
        self.note.setObjectName("voortgangNote")
        self.note.setAccessibleName(self.tr("Notitie over hoe het gaat"))
        self.note.setPlaceholderText(self.tr("Eerst een letter, dan eventueel een notitie; Enter: volgende"))
        self.note.setMaxLength(500)
        self.due = QLineEdit()
        self.due.setObjectName("voortgangDue")
        self.due.setAccessibleName(self.tr("Nieuwe datum"))
        self.due.setPlaceholderText(self.tr("bijvoorbeeld 1-9-2027, najaar 2027 of 2028"))
        form.addRow(self.tr("&Notitie:"), self.note)
        form.addRow(self.tr("Nieuwe &datum:"), self.due)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("voortgangMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        help_text = QLabel(
            self.tr(
                "Eerst een letter: D klaar, B bezig, S gestopt, M verschoven (of 1 tot 4). Dan eventueel een "
                "notitie. Enter: opslaan en naar de volgende. Enter zonder letter: overslaan. Backspace: andere "
                "letter kiezen. Ctrl+Z: vorige terug. Esc: stoppen."
            )
        )
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        close = QPushButton(self.tr("Sl&uiten"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.note.returnPressed.connect(self.save_and_next)
        self.due.returnPressed.connect(self.save_and_next)
        self.note.installEventFilter(self)
        self.due.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_last)
        self.resize(760, 380)
        self.show_current()

    # ------------------------------------------------------------------ keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The first letter or digit in the note field chooses the answer (it is not typed); after
        that the keys type the note. Backspace in the empty note takes the answer back."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            field = self.note
            if event.matches(QKeySequence.StandardKey.Undo) and not (watched is self.note and field.text()):
                self.undo_last()  # nothing typed here to take back: the last answer goes back
                return True
        if watched is self.note and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if not self.note.text() and plain and self.answer and event.key() == Qt.Key.Key_Backspace:
                self.clear_answer()  # to choose another answer
                return True
            if not self.note.text() and plain and not self.answer:
                for answer, keys in KEYS.items():
                    if event.key() in keys:
                        self.choose(answer)
                        return True
        return super().eventFilter(watched, event)

    def choose(self, answer: str) -> None:
        if self.current() is None:
            return
        self.answer = answer
        self.answer_buttons[answer].setChecked(True)
        self.message.clear()
        if answer == "verschoven":
            self.due.setFocus()
            self.due.selectAll()
        else:
            self.note.setFocus()

    # --------------------------------------------------------------- walking
    def current(self) -> ap.Action | None:
        while self.at < len(self.todo):
            action = self.ctx.session.get(ap.Action, self.todo[self.at])
            if action is not None:
                return action
            self.at += 1  # removed meanwhile
        return None

    def clear_answer(self) -> None:
        self.answer = ""
        self.buttons.setExclusive(False)
        for button in self.answer_buttons.values():
            button.setChecked(False)
        self.buttons.setExclusive(True)

    def show_current(self) -> None:
        action = self.current()
        self.clear_answer()
        for button in self.answer_buttons.values():
            button.setEnabled(action is not None)
        self.note.clear()
        self.due.setEnabled(action is not None)
        if action is None:
            self.counter.setText(self.tr("Klaar: alle {0} open acties zijn langs geweest.").format(len(self.todo)))
            self.what.setText(self.tr("Geen open acties meer.") if self.todo else self.tr("Er zijn geen open acties."))
            self.facts.clear()
            self.due.clear()
            self.note.setFocus()
            return
        self.counter.setText(self.tr("Actie {0} van {1}").format(self.at + 1, len(self.todo)))
        self.what.setText(action.what)
        self.due.setText(when.short(action.due, self.ctx.language))
        self.facts.setText(self._facts(action))
        self.note.setFocus()

    def _facts(self, action: ap.Action) -> str:
        lang = self.ctx.language
        theme = th.find(self.ctx.session, action.theme)
        parts = [
            self.tr("Thema: {0}").format(th.theme_name(theme, lang)) if theme else self.tr("Geen thema"),
            self.tr("Trekker: {0}").format(action.trekker) if action.trekker else self.tr("Nog geen trekker"),
            self.tr("Status: {0}").format(ap.label("statuses", action.status, lang)),
        ]
        if action.due:
            late = progress.is_overdue(action)
            shown = when.show(action.due, lang)
            parts.append(self.tr("⚠ Te laat: {0}").format(shown) if late else self.tr("Wanneer: {0}").format(shown))
        notes = [h for h in action.history if not str(h.get("text", "")).startswith("Status:")]
        if len(notes) > 1:
            parts.append(self.tr("Laatst: {0}").format(notes[-1].get("text", "")))
        return " · ".join(parts)

    def save_and_next(self) -> None:
        action = self.current()
        if action is None:
            self.accept()
            return
        if self.answer:
            due_text = self.due.text().strip()
            shown_before = when.short(action.due, self.ctx.language)
            new_due = due_text if due_text != shown_before or self.answer == "verschoven" else None
            self.ctx.run(
                progress.record_progress,
                self.ctx.session,
                action,
                self.answer,
                note=self.note.text(),
                due=new_due,
                say=self.message.setText,
            )
            if self.ctx.last_refusal is not None:
                return  # the message says what is missing; nothing is lost
            self.saved.append(self.at)
        self.at += 1
        self.show_current()

    def undo_last(self) -> None:
        if not self.saved or self.ctx.session.undo_label != "Voortgang bijwerken":
            self.ctx.run(self.ctx.session.undo)
            return
        self.ctx.run(self.ctx.session.undo)
        self.at = self.saved.pop()
        self.show_current()


def open_progress(ctx: SessionContext, parent: QWidget | None = None) -> ProgressDialog:
    dialog = ProgressDialog(ctx, parent)
    dialog.setModal(True)
    dialog.show()
    dialog.activateWindow()
    dialog.note.setFocus()
    return dialog
