"""Where Kernkracht keeps its files (no Qt: the command line uses this too)."""

from __future__ import annotations

import os
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent


def running_from_checkout() -> bool:
    return (CHECKOUT / "main.py").is_file() and (CHECKOUT / "pyproject.toml").is_file()


def default_library() -> Path:
    """``sessions/`` beside main.py in a checkout, else the user's data folder."""
    override = os.environ.get("KERNKRACHT_LIBRARY")
    if override:
        return Path(override)
    if running_from_checkout():
        return CHECKOUT / "sessions"
    import platformdirs  # imported here: only needed outside a checkout, and slow to import

    return Path(platformdirs.user_data_dir("Kernkracht", appauthor=False)) / "sessies"


def resources() -> Path:
    return CHECKOUT / "resources"


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("Kernkracht", appauthor=False))
