"""Every control in every step page has a name a screen reader can say, and text can grow."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
    QWidgetAction,
)

from facilitator.demo import write_demo

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def is_part_of_another_control(widget: QWidget) -> bool:
    """Scroll bars, the edit line inside a spin or combo box, a clear button in a line, tab arrows, calendars."""
    if isinstance(widget, QScrollBar):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar, QCalendarWidget, QAbstractItemView, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def spoken_name(widget: QWidget) -> str:
    """What assistive technology reads: accessibleName, a buddy label, or a button's own text."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName()).replace("&", "").strip()


def unnamed_controls(page: QWidget) -> list[str]:
    missing = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or is_part_of_another_control(widget):
            continue
        if not spoken_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}")
    return missing


def test_every_control_of_every_step_has_an_accessible_name(qtbot, library, open_window):
    window = open_window(write_demo(library.root))
    problems = {}
    for step_id in window.step_ids():
        page = window.show_step(step_id)
        for _name, prepare in page.extra_shots():
            prepare()  # tabs and modes build their controls too
        missing = unnamed_controls(page)
        if missing:
            problems[step_id] = missing
    assert problems == {}


def test_the_session_window_toolbar_and_timer_have_names(qtbot, library, open_window):
    window = open_window(write_demo(library.root))
    assert window.agenda_timer.label.accessibleName()
    for action in window.toolbar.actions():
        if action.isSeparator():
            continue
        if isinstance(action, QWidgetAction) or not action.text():
            widget = window.toolbar.widgetForAction(action)
            assert widget is not None and spoken_name(widget), widget
        else:
            assert action.text().replace("&", "").strip(), action


def test_larger_text_reaches_the_pages_and_the_projector(qtbot, library, open_window, keep_app_font):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = open_window(write_demo(library.root))
    page = window.pages["voorbereiding"]
    projector = window.projector.open()
    size, before_page, before_projector = window.settings.font_size, page.place.font().pointSizeF(), projector.points
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.font_size == size + 3
    assert QApplication.font().pointSize() == size + 3
    qtbot.waitUntil(lambda: page.place.font().pointSizeF() > before_page)
    assert projector.points > before_projector
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert projector.points == before_projector


@pytest.fixture
def keep_app_font():  # type: ignore[no-untyped-def]
    """Ctrl++ changes the application's font: put it back so later tests see the usual size."""
    from PySide6.QtWidgets import QApplication

    font = QApplication.font()
    yield
    QApplication.setFont(font)
