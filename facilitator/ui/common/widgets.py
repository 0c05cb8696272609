"""Small shared widgets: a combo-box delegate, a section heading, a text field that saves as you type."""

from __future__ import annotations

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
    QApplication,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ...domain import hyphenation
from .background import worker
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
    field has the focus. Qt asks the focused widget first whether it wants a shortcut key
    (ShortcutOverride), so this filter sits on the widget with the focus inside the window,
    and moves along with the focus. It used to sit on the whole application, which sent every
    event of every widget (paints, timers, a disabled window's thousand change events) through
    Python: while a worker thread held the interpreter, each of those waited for it, and an
    export froze the window 0.1–0.3 s at 20,000 cards.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._watched: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window exists, so the application does
        app.focusChanged.connect(self._follow_focus)
        self._follow_focus(None, QApplication.focusWidget())

    def watched(self) -> QWidget | None:
        """The widget whose keys the filter looks at now (the focused one, if in the window)."""
        return self._watched

    def stop(self) -> None:
        """The window closes: let go of the focused widget and of the focus changes."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._follow_focus)
        self._follow_focus(None, None)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None:
            try:
                self._watched.removeEventFilter(self)
            except RuntimeError:
                pass  # the field is gone already (a page rebuilt), and its filter with it
        self._watched = new if new is not None and new.window() is self.window else None
        if self._watched is not None:
            self._watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
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
        reader = worker(lambda: _read_dictionary(_ready), "kernkracht-hyphens")
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
