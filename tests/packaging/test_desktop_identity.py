"""Kernkracht's face towards the desktop: names, icon on every window, WM_CLASS, .desktop file."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.packaging import x11
from tests.packaging.scenario import ROOT, clean_env

LINUX = ROOT / "packaging" / "linux"

IDENTITY = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from facilitator.demo import write_demo
from facilitator.store.library import Library
from facilitator.ui.app import create_app
from facilitator.ui.common.about import AboutDialog
from facilitator.ui.common.settings import AppSettings
from facilitator.ui.common.settings_dialog import SettingsDialog
from facilitator.ui.library.window import LibraryWindow
from facilitator.ui.session.projector import ProjectorWindow
from facilitator.ui.session.window import SessionWindow

tmp = Path(sys.argv[1])
settings = AppSettings(tmp / "settings.ini")
app = create_app(settings, "nl")
print("names", app.arguments()[0], app.applicationName(), app.organizationName(), app.desktopFileName())
print("sizes", sorted(s.width() for s in app.windowIcon().availableSizes()))
library = Library(tmp / "library")
library.ensure()
demo = write_demo(library.root)
lib = LibraryWindow(library.root, settings, "nl")
session = SessionWindow.open(demo, library, settings, "nl")
windows = [lib, session, ProjectorWindow(session), AboutDialog(lib), SettingsDialog(settings, library.root, lib)]
for w in windows:
    w.show()
app.processEvents()
key = app.windowIcon().cacheKey()
print("icons", [type(w).__name__ for w in windows if w.windowIcon().isNull() or w.windowIcon().cacheKey() != key])
"""


def test_every_window_carries_the_kernkracht_icon_and_names(tmp_path: Path):
    env = {**clean_env(tmp_path), "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", IDENTITY, str(tmp_path)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert lines["names"] == "kernkracht Kernkracht Kernkracht kernkracht"
    assert lines["sizes"] == "[16, 24, 32, 48, 64, 128, 256, 512]"
    assert lines["icons"] == "[]"  # no window without the icon, none with another one


def test_the_desktop_file_and_metainfo_point_at_the_same_program():
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(LINUX / "kernkracht.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "Kernkracht"
    assert entry["Exec"].split()[0] == "kernkracht" and entry["Icon"] == "kernkracht"
    assert entry["StartupWMClass"] == "kernkracht" and entry["Terminal"] == "false"
    from facilitator.ui.app import DESKTOP_NAME

    assert DESKTOP_NAME == "kernkracht"  # setDesktopFileName: kernkracht.desktop
    meta = ET.parse(LINUX / "kernkracht.metainfo.xml").getroot()
    assert meta.findtext("launchable") == "kernkracht.desktop"
    assert meta.findtext("project_license") == "EUPL-1.2"
    assert meta.findtext("provides/binary") == "kernkracht"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (ROOT / "resources" / "icons" / f"kernkracht-{size}.png").is_file()
    for name in ("kernkracht.ico", "kernkracht.icns", "kernkracht.svg"):
        assert (ROOT / "resources" / "icons" / name).stat().st_size > 500


def test_the_icon_files_hold_every_size():
    from PIL import Image

    with Image.open(ROOT / "resources" / "icons" / "kernkracht.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ROOT / "resources" / "icons" / "kernkracht.icns") as icns:
        assert {(16, 16, 2), (128, 128, 1), (512, 512, 1)} <= set(icns.info["sizes"])


@pytest.mark.skipif(not x11.available(), reason="Xvfb, xwininfo and xprop are needed (.ci/run installs them)")
def test_the_window_manager_sees_wm_class_kernkracht(tmp_path: Path):
    env = {**clean_env(tmp_path), "KERNKRACHT_LIBRARY": str(tmp_path / "library")}
    env.pop("QT_QPA_PLATFORM")
    wm_class = x11.wm_class_of([sys.executable, str(ROOT / "main.py")], env)
    assert wm_class == '"kernkracht", "Kernkracht"'
    assert os.path.isdir(tmp_path / "library")
