"""How the record tables behave under the keyboard: the focus stays in the table when it
redraws, the current cell is framed (not only its row coloured), and a choice cell never
changes its value just because a letter was typed into it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

#: width of the frame around the current cell, in pixels
FRAME = 3


def keep_focus_through_reset(view: QAbstractItemView) -> None:
    """When the model is rebuilt while the table (or a cell editor in it) has the focus, give
    the focus back to the table. Without this, the closed editor hands the focus to the next
    widget in line (the step list), and the next arrow key changes the step."""
    model = view.model()
    had_focus = [False]

    def before() -> None:
        widget = QApplication.focusWidget()
        had_focus[0] = widget is not None and (widget is view or view.isAncestorOf(widget))

    def after() -> None:
        if had_focus[0]:
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    model.modelAboutToBeReset.connect(before)
    model.modelReset.connect(after)


class CurrentCellDelegate(QStyledItemDelegate):
    """Paints a cell as usual and frames the current one, so the keyboard's place is visible
    even when the whole row is selected."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        view = self.parent()
        if not isinstance(view, QAbstractItemView) or view.currentIndex() != index:
            return
        painter.save()
        colour = option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        if option.state & QStyle.StateFlag.State_Selected:
            colour = option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        pen = QPen(colour, FRAME)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FRAME // 2
        rect: QRect = option.rect.adjusted(half, half, -half - 1, -half - 1)
        painter.drawRect(rect)
        painter.restore()


class ChoiceEditor(QComboBox):
    """The editor of a choice cell (status, scale, role). A typed letter opens the list with
    the matching choice marked instead of choosing it: the value only changes when the user
    picks it (Enter or a click in the list, or the arrow keys in the closed box)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if text and text.isprintable() and not text.isspace() and plain:
            self.showPopup()
            self.view().keyboardSearch(text)
            event.accept()
            return
        super().keyPressEvent(event)
