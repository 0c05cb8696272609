"""Large text for the room's views that are built from labels.

A label made by :func:`big` carries a ``scale`` property; the projector window turns
it into a point size from the picture's height (30 pt at 1080 lines, times the scale),
so every such view stays at least 28 pt on a 1080p projector.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

INK = "#111111"
MUTED = "#5c5c5c"


def big(value: str, scale: float = 1.0, bold: bool = False, colour: str = INK) -> QLabel:
    label = QLabel(value)
    label.setTextFormat(Qt.TextFormat.PlainText)  # typed text is shown as typed
    label.setWordWrap(True)
    label.setProperty("scale", scale)
    font = label.font()
    font.setBold(bold)
    label.setFont(font)
    label.setStyleSheet(f"QLabel {{ color: {colour}; }}")
    return label
