"""Cold start to the meeting a facilitator waits for: the demo village's session window painted.

The baseline is a bare PySide6 window showing the same kind of content: a sidebar with the
six steps and six lists filled with the demo's card titles, read with plain sqlite3 from the
same file. Both start as fresh processes, alternating, several times; medians are compared and
the spread (max − min of the pair ratios) is printed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.benchmarks.conftest import report_line

ROOT = Path(__file__).resolve().parents[2]
REPEAT = 5

APP = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from facilitator.ui import app
from facilitator.ui.common.settings import AppSettings
from facilitator.store.library import Library
from facilitator.ui.session.window import SessionWindow


def peak():
    # the peak memory of this process so far, in MiB: VmHWM starts anew at exec (ru_maxrss
    # keeps the peak of the forked parent, e.g. a big pytest process)
    try:
        with open("/proc/self/status") as status:
            line = next(ln for ln in status if ln.startswith("VmHWM:"))
        return int(line.split()[1]) / 1024
    except (OSError, StopIteration):  # not Linux
        return 0.0

settings = AppSettings(Path(sys.argv[1]) / "settings.ini")
qapp = app.create_app(settings, "nl")
app.quiet_qt_messages()
library = Library(Path(sys.argv[1]) / "library")
window = SessionWindow.open(library.root / sys.argv[2], library, settings)
window.show_step("krachtenkaart")
real_paint = window.paintEvent
state = {"done": False}


def paint(event):
    real_paint(event)
    if not state["done"]:
        state["done"] = True
        QTimer.singleShot(0, lambda: (print("session-painted", peak(), flush=True), qapp.quit()))


window.paintEvent = paint
window.show()
qapp.exec()
"""

BARE = r"""
import sqlite3, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QListWidget, QMainWindow, QWidget


def peak():
    # the peak memory of this process so far, in MiB: VmHWM starts anew at exec (ru_maxrss
    # keeps the peak of the forked parent, e.g. a big pytest process)
    try:
        with open("/proc/self/status") as status:
            line = next(ln for ln in status if ln.startswith("VmHWM:"))
        return int(line.split()[1]) / 1024
    except (OSError, StopIteration):  # not Linux
        return 0.0

app = QApplication(sys.argv[:1])
rows = sqlite3.connect(Path(sys.argv[1]) / "library" / sys.argv[2]).execute(
    "SELECT category, title FROM rec_asset_card").fetchall()


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, lambda: (print("session-painted", peak(), flush=True), app.quit()))


window = Window()
body = QWidget()
layout = QHBoxLayout(body)
steps = QListWidget()
steps.addItems(["Voorbereiding", "Krachtenkaart", "Eigenaarschap", "Rollen", "Actieplan", "Afronding"])
layout.addWidget(steps)
columns = {}
for category, title in rows:
    if category not in columns:
        columns[category] = QListWidget()
        layout.addWidget(columns[category])
    columns[category].addItem(title)
window.setCentralWidget(body)
window.resize(1280, 800)
window.show()
app.exec()
"""


def seconds_until(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds until the window painted, and the process's peak memory then (MiB)."""
    start = time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    elapsed = time.perf_counter() - start
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("session-painted")), "")
    assert line, proc.stderr
    return elapsed, float(line.split()[1])


def compare(
    app_cmd: list[str], bare_cmd: list[str], env: dict[str, str], fresh_caches: Path | None
) -> dict[str, float]:
    """Interleaved cold starts; ``fresh_caches``: every start compiles anew (an empty cache folder)."""
    ours, base, ours_mb, base_mb = [], [], [], []
    for n in range(REPEAT):
        if fresh_caches is not None:
            env = {**env, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": str(fresh_caches / str(n))}
        b, b_mb = seconds_until(bare_cmd, env)
        o, o_mb = seconds_until(app_cmd, env)
        base.append(b)
        ours.append(o)
        base_mb.append(b_mb)
        ours_mb.append(o_mb)
    ratios = [o / b for o, b in zip(ours, base, strict=True)]
    return {
        "ours": statistics.median(ours),
        "base": statistics.median(base),
        "ratio": statistics.median(ratios),
        "spread": max(ratios) - min(ratios),
        "ours_mb": max(ours_mb),
        "base_mb": max(base_mb),
    }


@pytest.mark.benchmark
def test_session_window_cold_start_against_a_bare_window_with_the_same_content(tmp_path: Path, report):
    from facilitator.demo import write_demo

    library = tmp_path / "library"
    library.mkdir()
    demo = write_demo(library)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app_cmd = [sys.executable, "-c", APP, str(tmp_path), demo.name]
    bare_cmd = [sys.executable, "-c", BARE, str(tmp_path), demo.name]
    seconds_until(app_cmd, env)  # warm the disk cache (and the bytecode caches) for both
    seconds_until(bare_cmd, env)
    warm = compare(app_cmd, bare_cmd, env, None)
    cold = compare(app_cmd, bare_cmd, env, tmp_path / "pycache")
    for name, m in (("met", warm), ("zonder", cold)):
        print(
            f"\n{name} bytecode-caches: bijeenkomst geopend en getekend {m['ours']:.2f} s; kaal venster met "
            f"dezelfde kaarten {m['base']:.2f} s; verhouding {m['ratio']:.2f}× (spreiding {m['spread']:.2f}; "
            f"doel ≤ 1,5×); geheugen op zijn hoogst {m['ours_mb']:.0f} MiB tegen {m['base_mb']:.0f} MiB"
        )
    ratio = report_line("session_window_cold_start_s", warm["ours"], warm["base"], warm["spread"])
    report_line("session_window_cold_start_no_bytecode_cache_s", cold["ours"], cold["base"], cold["spread"])
    report_line("session_window_cold_start_peak_mib", warm["ours_mb"], warm["base_mb"])
    assert ratio < 10  # loose: the figure is the printed ratio
