"""Opening a meeting builds and imports only the step that is shown; the sidebar's list of
steps says the same ids and icons as the page classes themselves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from facilitator.ui.steps import STEPS, step_pages

ROOT = Path(__file__).resolve().parents[2]


def offscreen_python(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh Python (nothing imported yet), offscreen; it must succeed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env
    )
    assert result.returncode == 0, result.stderr
    return result


def test_the_sidebar_list_matches_the_page_classes():
    assert [(s.step_id, s.icon_name) for s in STEPS] == [(c.step_id, c.icon_name) for c in step_pages()]


def test_opening_the_window_imports_only_the_page_it_shows(tmp_path):
    from facilitator.demo import write_demo

    demo = write_demo(tmp_path / "library")
    code = f"""
import sys
from pathlib import Path
from facilitator.ui import app
from facilitator.ui.common.settings import AppSettings
from facilitator.store.library import Library
from facilitator.ui.session.window import SessionWindow
settings = AppSettings(Path({str(tmp_path)!r}) / "settings.ini")
qapp = app.create_app(settings, "nl")
library = Library(Path({str(tmp_path / "library")!r}))
window = SessionWindow.open(Path({str(demo)!r}), library, settings)
window.show_step("krachtenkaart")
window.show()
qapp.processEvents()
print("PAGES", sorted(m.split(".")[3] for m in sys.modules if m.startswith("facilitator.ui.steps.") and m.endswith(".page")))
print("BUILT", sorted(window.pages))
window.show_step("afronding")
print("AFTER", sorted(window.pages), "facilitator.ui.steps.afronding.page" in sys.modules)
"""
    result = offscreen_python(code)
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    # the step it opens on (the first, for a meeting never opened here) and the one asked for
    assert lines["BUILT"] == "['krachtenkaart', 'voorbereiding']"
    assert lines["PAGES"] == "['krachtenkaart', 'preparation']"
    assert lines["AFTER"] == "['afronding', 'krachtenkaart', 'voorbereiding'] True"


def test_icons_draw_from_the_first_paint_without_importing_qtawesome(tmp_path):
    """Issue 17: qtawesome's import (qtpy's enum set-up, QtOpenGL) cost 0.2–0.4 s; the icons are
    drawn from its font file instead, at once, and the unknown name draws nothing."""
    code = """
import sys
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
app = QApplication([])
from facilitator.ui.common.icons import icon
radar = icon("mdi6.radar")
first = radar.pixmap(QSize(32, 32)).toImage()
drawn = sum(first.pixelColor(x, y).alpha() > 0 for x in range(32) for y in range(32))
print("FIRST", drawn > 20)
disabled = radar.pixmap(QSize(32, 32), radar.Mode.Disabled).toImage()
print("DISABLED", disabled != first)
empty = icon("mdi6.no-such-icon-here").pixmap(QSize(16, 16)).toImage()  # never fails
print("UNKNOWN", sum(empty.pixelColor(x, y).alpha() > 0 for x in range(16) for y in range(16)))
print("QTAWESOME", "qtawesome" in sys.modules, "qtpy" in sys.modules)
"""
    result = offscreen_python(code)
    assert result.stdout.split("\n")[:4] == ["FIRST True", "DISABLED True", "UNKNOWN 0", "QTAWESOME False False"]
