"""Helpers for the step page tests: read the meeting file on disk, type as an input method does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def read_file(path: Path, fn):  # type: ignore[no-untyped-def]
    """What ``fn(session)`` finds in the meeting file on disk (opened anew, then closed)."""
    from facilitator.store.sessionfile import open_session

    sf, session = open_session(path)
    try:
        return fn(session)
    finally:
        sf.close()


def type_by_input_method(widget: QWidget, text: str) -> None:
    """Non-ASCII text as a keyboard with an input method sends it (keyClicks only does ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
