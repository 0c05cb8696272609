"""Session files on disk: SQLite (the standard library), migrations, backups, import and export.

The names below are loaded on first use, so ``from facilitator.store.errors import
...`` stays cheap (the library window opens before the domain is imported).
"""

from __future__ import annotations

from typing import Any

__all__ = ["SessionFile", "StoreError", "open_session"]


def __getattr__(name: str) -> Any:
    if name == "StoreError":
        from .errors import StoreError

        return StoreError
    if name in ("SessionFile", "open_session"):
        from . import sessionfile

        return getattr(sessionfile, name)
    raise AttributeError(name)
