"""Small shared widgets: a combo-box delegate, a section heading, a text field that saves as you type."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QKeyCombination, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)


class ComboDelegate(QStyledItemDelegate):
    """Edit a cell by choosing from (value, label) pairs."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.choices:
            combo.addItem(label, value)
        combo.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        i = editor.findData(value)
        editor.setCurrentIndex(max(i, 0))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def heading(text: str, scale: float = 1.3) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class SavingTextEdit(QPlainTextEdit):
    """A multi-line field that hands every change to ``on_edit`` and ends the undo step on focus out."""

    def __init__(self, on_edit: Callable[[str], None], on_done: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._on_edit = on_edit
        self._on_done = on_done
        self._setting = False
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._setting:
            self._on_edit(self.toPlainText())

    def set_text(self, text: str) -> None:
        """Show a value from the session without sending it back as an edit."""
        if text == self.toPlainText():
            return
        self._setting = True
        try:
            cursor = self.textCursor().position()
            self.setPlainText(text)
            c = self.textCursor()
            c.setPosition(min(cursor, len(text)))
            self.setTextCursor(c)
        finally:
            self._setting = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._on_done()
        super().focusOutEvent(event)


class SessionUndoKeys(QObject):
    """Leave Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y to the session's undo in every field of a window.

    A text field's own undo would turn "undo" into a new edit of the session (and clear
    redo); the session's undo puts back exactly what the last step changed, whichever
    field has the focus. Installed on the application by the session window, it only
    touches key presses aimed at widgets inside that window.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and watched.window() is self.window
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or event.keyCombination() == QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y)
            )
        ):
            event.ignore()  # not the field's: the window's undo/redo action takes it
            return True
        return False


#: a soft hyphen: an invisible break chance that shows as "-" when a line breaks there
SHY = "\u00ad"
VOWELS = set("aeiouyáéíóúäëïöüàèìòùâêîôû")
#: two consonants that start a Dutch syllable together ("Vaart-klanken", "Leeg-staande");
#: not s + consonant, which more often ends a compound's first part ("Dorps-plein")
ONSETS = {
    "bl", "br", "ch", "dr", "fl", "fr", "gl", "gr", "kl", "kn", "kr", "pl", "pr", "st", "th", "tr", "vl", "vr", "zw",
}  # fmt: skip


def hyphen_points(word: str) -> list[int]:
    """Where a long word may be broken: before a consonant (or a pair like "kl") that starts a
    syllable, never leaving fewer than two letters on either side. A rough rule that gets
    Dutch compounds mostly right ("Woning-corpo-ratie", "Voetbal-vereni-ging") without a dictionary."""
    low = word.lower()
    points: list[int] = []
    for j in range(2, len(low)):
        if low[j] in VOWELS and low[j - 1].isalpha() and low[j - 1] not in VOWELS:
            if j >= 4 and low[j - 3 : j] in ("sch", "str", "spr"):
                k = j - 3
            elif j >= 3 and low[j - 2 : j] in ONSETS:
                k = j - 2
            else:
                k = j - 1
            if 2 <= k <= len(low) - 2 and (not points or points[-1] != k):
                points.append(k)
    return points


def hyphenable(text: str, width_of: Callable[[str], float], width: float) -> str:
    """``text`` with soft hyphens in the words wider than ``width`` (measured by ``width_of``),
    so word wrap breaks them as "Woningcorpora-" / "tie" instead of cutting them off."""
    words = text.split(" ")
    if all(width_of(w) <= width for w in words):
        return text
    out = []
    for w in words:
        if width_of(w) > width:
            for k in reversed(hyphen_points(w)):
                w = w[:k] + SHY + w[k:]
        out.append(w)
    return " ".join(out)


def setup_record_view(view: QAbstractItemView, name: str) -> None:
    """A table of records as every step shows them: whole rows selected, edit by typing or F2,
    Tab leaves the table (so the keyboard can move on), no row numbers."""
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    if isinstance(view, QTableView):
        view.verticalHeader().hide()
