"""One Qt blocker for the tests that prove a part of Kernkracht runs without Qt.

A child Python process calls :func:`install` before anything else; from then on any
import of PySide6, shiboken6 or qtawesome raises :class:`BlockedImport`, which names
the module being imported when it happened (``CURRENT``). ``PRELUDE`` is the line a
``python -c`` script starts with (run with the checkout as its working folder).
"""

from __future__ import annotations

import importlib.abc
import sys

BLOCKED = ("PySide6", "shiboken6", "qtawesome")
PRELUDE = "import tests.qt_blocker as _qt_blocker; _qt_blocker.install()\n"

#: what was being imported when a blocked import happened (set by the caller)
CURRENT = "?"


class BlockedImport(ImportError):
    pass


class QtBlocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):  # type: ignore[no-untyped-def]
        if name.split(".")[0] in BLOCKED:
            raise BlockedImport(f"{name} imported while importing {CURRENT}")
        return None


def install() -> None:
    if not any(isinstance(finder, QtBlocker) for finder in sys.meta_path):
        sys.meta_path.insert(0, QtBlocker())
