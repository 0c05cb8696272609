"""Small helpers for code that runs before the library window's first paint.

PySide builds a type's enums the first time the type is used, and every enum of the ``Qt``
namespace (~20 ms) the first time anything touches it, including overload checks: the
check of ``QAction.setShortcut`` considers ``Qt.Key``, that of ``QAction(text, parent)``
tries ``QIcon``. The library window avoids both until it is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def set_shortcut(action: QAction, key: QKeySequence | QKeySequence.StandardKey | str) -> None:
    """``action.setShortcut(key)`` without touching ``Qt``: setShortcuts takes a list."""
    action.setShortcuts([key if isinstance(key, QKeySequence) else QKeySequence(key)])


def new_action(text: str, parent: QObject) -> QAction:
    """``QAction(text, parent)`` without its overload check trying ``QIcon`` for the text
    (that builds QIcon's enums, ~3 ms)."""
    action = QAction(parent)
    action.setText(text)
    return action
