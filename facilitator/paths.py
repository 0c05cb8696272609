"""Where Kernkracht keeps its files (no Qt: the command line uses this too)."""

from __future__ import annotations

import os
from pathlib import Path

#: the ``facilitator`` package folder: in site-packages once installed, in the bundle when frozen
PACKAGE = Path(__file__).resolve().parent
CHECKOUT = PACKAGE.parent


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
    """The content, fonts, translations and icons: the one place every module looks them up.

    In a checkout (also an editable install) it is ``resources/`` beside ``main.py``. A wheel
    (setup.py) and the PyInstaller bundle (packaging/kernkracht.spec) carry the same folder as
    ``facilitator/resources``, next to this module.
    """
    if running_from_checkout():
        return CHECKOUT / "resources"
    return PACKAGE / "resources"


def licence_file() -> Path:
    """The EUPL-1.2 text: LICENSE at the top of a checkout, copied into resources/ when built."""
    if running_from_checkout():
        return CHECKOUT / "LICENSE"
    return PACKAGE / "resources" / "LICENSE"


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("Kernkracht", appauthor=False))
