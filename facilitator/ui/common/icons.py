"""Icons from qtawesome, loaded after the first paint.

qtawesome's import costs about 0.2 s (it pulls in QtOpenGL and its fonts). Until it is
imported, :func:`icon` hands out icons that draw nothing; the first time one of them is
asked to draw, qtawesome is imported right after that paint and every window repaints with
the real icons. So a window paints first and shows its icons a moment later; once qtawesome
is loaded, icons are the real ones straight away. An unknown icon name draws nothing.
"""

from __future__ import annotations

import functools
import sys

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

_scheduled = False


def _real(name: str, color: str | None) -> QIcon:
    try:
        import qtawesome
    except ImportError:  # pragma: no cover - a broken install: fall back to no icons
        return QIcon()
    try:
        return qtawesome.icon(name, color=color) if color else qtawesome.icon(name)
    except Exception:  # an unknown icon name must never stop the app
        return QIcon()


real_icon = functools.cache(_real)


def load_now() -> None:
    """Import qtawesome and repaint every window, so the waiting icons show."""
    real_icon("mdi6.circle", None)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for window in app.topLevelWidgets():
            window.update()  # repaints the children in it too


def _schedule() -> None:
    global _scheduled
    if not _scheduled:
        _scheduled = True
        QTimer.singleShot(0, load_now)


class _Waiting(QIconEngine):
    """Draws nothing until qtawesome is loaded, then the real icon."""

    def __init__(self, name: str, color: str | None) -> None:
        super().__init__()
        self.name, self.color = name, color

    def _icon(self) -> QIcon | None:
        if "qtawesome" in sys.modules:
            return real_icon(self.name, self.color)
        _schedule()
        return None

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        real = self._icon()
        if real is not None:
            real.paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        real = self._icon()
        if real is not None:
            return real.pixmap(size, mode, state)
        empty = QPixmap(size)
        empty.fill(Qt.GlobalColor.transparent)
        return empty

    def clone(self) -> QIconEngine:
        return _Waiting(self.name, self.color)


@functools.cache
def icon(name: str, color: str | None = None) -> QIcon:
    if "qtawesome" in sys.modules:
        return real_icon(name, color)
    return QIcon(_Waiting(name, color))
