"""What a step shows instead of its exercise when a trainer's content file is broken."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout


def show_content_problem(layout: QVBoxLayout, title: str, problem: str, name: str) -> None:
    """The step's title line and the Dutch message naming the file; the rest of the app keeps working."""
    message = QLabel(title + "\n\n" + problem)
    message.setObjectName(name)
    message.setWordWrap(True)
    message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(message)
    layout.addStretch(1)
