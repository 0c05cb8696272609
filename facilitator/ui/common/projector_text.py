"""Large text for the room's views that are built from labels.

A label made by :func:`big` carries a ``scale`` property; the projector window turns
it into a point size from the picture's height (30 pt at 1080 lines, times the scale),
so every such view stays at least 28 pt on a 1080p projector.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

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


#: how a line of a list for the room starts
BULLET = "•  "


def bullet(value: str, scale: float = 1.0, colour: str = INK) -> QWidget:
    """A bullet and its text side by side: a line that wraps starts under the text, not under the bullet."""
    row = QWidget()
    row.setObjectName("bulletRow")
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.setSpacing(0)
    mark = big(BULLET, scale, colour=colour)
    mark.setWordWrap(False)
    line.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
    line.addWidget(big(value, scale, colour=colour), 1)
    return row
