"""Shared fixtures: every test gets its own library folder, settings and app folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Move the library, settings, logs and data folders into a temp dir for each test."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("KERNKRACHT_LIBRARY", str(home / "library"))
    monkeypatch.setenv("KERNKRACHT_SETTINGS", str(home / "settings.ini"))
    return home


@pytest.fixture
def library_dir(isolated_folders: Path) -> Path:
    path = isolated_folders / "library"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture
def library(library_dir: Path):  # type: ignore[no-untyped-def]
    from facilitator.store.library import Library

    return Library(library_dir)


@pytest.fixture
def session_file(library):  # type: ignore[no-untyped-def]
    """A fresh session file, open, with its Session: (SessionFile, Session)."""
    from facilitator.store.sessionfile import open_session

    path = library.create("Teststad")
    sf, session = open_session(path)
    yield sf, session
    sf.close()
