"""Small shared widgets: a combo-box delegate, a section heading, a text field that saves as you type."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QKeyCombination,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ...domain import hyphenation
from .record_view import ChoiceEditor, CurrentCellDelegate, keep_focus_through_reset


class ComboDelegate(CurrentCellDelegate):
    """Edit a cell by choosing from (value, label) pairs (a typed letter opens the list, it does not choose)."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = ChoiceEditor(parent)
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


def hyphen_points(word: str) -> list[int]:
    """Where a long word may be broken (Dutch dictionary; see :mod:`facilitator.domain.hyphenation`)."""
    return hyphenation.points(word)


def hyphenable(text: str, width_of: Callable[[str], float], width: float) -> str:
    """``text`` with soft hyphens in the words wider than ``width`` (measured by ``width_of``),
    so word wrap breaks them as "Woningcorpora-" / "tie" instead of cutting them off."""
    return hyphenation.soft_hyphens(text, width_of, width)


class _DictionaryReady(QObject):
    """Tells the GUI thread that the hyphenation dictionary, read in a worker, is there."""

    arrived = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.waiting: list[Callable[[], None]] = []
        self.arrived.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    def _tell(self) -> None:
        waiting, self.waiting = self.waiting, []
        for callback in waiting:
            callback()


_ready: _DictionaryReady | None = None


def _read_dictionary(ready: _DictionaryReady) -> None:
    hyphenation.load()
    ready.arrived.emit()


def hyphenable_soon(text: str, width_of: Callable[[str], float], width: float, on_ready: Callable[[], None]) -> str:
    """As :func:`hyphenable`, but never waits for the dictionary on the GUI thread (issue 17:
    reading it held the first paint 0.3 s). Until it is read (in a worker thread), a word too
    wide comes back without break points and ``on_ready`` is called once it is there, so the
    caller can draw again."""
    global _ready
    words = text.split(" ")
    if hyphenation.loaded() or all(width_of(w) <= width for w in words):
        return hyphenation.soft_hyphens(text, width_of, width)
    if _ready is None:
        _ready = _DictionaryReady()
        reader = threading.Thread(target=_read_dictionary, args=(_ready,), name="kernkracht-hyphens", daemon=True)
        # started when this paint is done: a Python worker beside a paint makes every delegate call wait for the GIL
        QTimer.singleShot(0, reader.start)
    if on_ready not in _ready.waiting:
        _ready.waiting.append(on_ready)
    return text


def setup_record_view(view: QAbstractItemView, name: str) -> None:
    """A table of records as every step shows them: whole rows selected with the current cell
    framed, edit by typing or F2, Tab leaves the table (so the keyboard can move on), no row
    numbers, and the focus kept in the table when it redraws. Call it after ``setModel``."""
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
    view.setItemDelegate(CurrentCellDelegate(view))
    keep_focus_through_reset(view)


def narrow_choice(box: QComboBox, characters: int = 16) -> None:
    """A choice box as wide as ``characters`` letters, not as its longest choice: a column of
    long choices otherwise pushes the column beside it off a 1280-wide screen. The list that
    opens still shows every choice whole."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
