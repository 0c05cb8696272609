"""Icons from qtawesome, loaded on first use.

qtawesome's import costs about 0.2 s, so the library window paints first and asks for
its icons afterwards; until then (and when an icon name is unknown) an empty icon is used.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon


@functools.cache
def icon(name: str, color: str | None = None) -> QIcon:
    try:
        import qtawesome
    except ImportError:  # pragma: no cover - a broken install: fall back to no icons
        return QIcon()
    try:
        return qtawesome.icon(name, color=color) if color else qtawesome.icon(name)
    except Exception:  # an unknown icon name must never stop the app
        return QIcon()
