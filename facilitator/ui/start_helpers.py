"""Small helpers for code that runs before the library window's first paint.

PySide builds every enum of the ``Qt`` namespace (~20 ms) the first time anything
touches it, including overload checks such as ``QAction.setShortcut`` (which considers
``Qt.Key``). The library window avoids that until it is on screen.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def set_shortcut(action: QAction, key: QKeySequence | QKeySequence.StandardKey | str) -> None:
    """``action.setShortcut(key)`` without touching ``Qt``: setShortcuts takes a list."""
    action.setShortcuts([key if isinstance(key, QKeySequence) else QKeySequence(key)])
