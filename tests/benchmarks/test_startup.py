"""Cold start: the first painted library window, against a bare PySide6 window.

Both start as fresh processes in the same run, alternating, several times; the
medians are compared. The time runs from starting the process to the line the window
prints from its first paint (``KERNKRACHT_QUIT_AFTER_PAINT``), so Python's own start and
every import are included. The app reads the session files just after its first paint, so a
second figure runs until the list is filled (``listed``, the demo village in it), against the
same bare window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REPEAT = 5

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.done)

    def done(self):
        print("first-paint", flush=True)
        app.quit()


app = QApplication(sys.argv[:1])
window = Window()
window.resize(960, 600)
window.show()
app.exec()
"""


def times_until_lines(args: list[str], markers: tuple[str, ...], env: dict[str, str]) -> dict[str, float]:
    """Seconds from starting a process until each marker line, read from one run."""
    start = time.perf_counter()
    found: dict[str, float] = {}
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            for marker in markers:
                if line.startswith(marker) and marker not in found:
                    found[marker] = time.perf_counter() - start
            if len(found) == len(markers):
                break
        else:
            raise AssertionError(f"{args} ended without {markers}: {proc.stderr.read() if proc.stderr else ''}")
    finally:
        proc.kill()
        proc.wait(timeout=60)
    return found


@pytest.mark.benchmark
def test_cold_start_against_a_bare_qt_window(tmp_path: Path, report, bench_tools):
    from facilitator.demo import write_demo

    library = tmp_path / "library"
    library.mkdir()
    write_demo(library)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KERNKRACHT_QUIT_AFTER_PAINT": "1",
        "KERNKRACHT_SETTINGS": str(tmp_path / "settings.ini"),
        "KERNKRACHT_LIBRARY": str(library),
    }
    time_until_line = bench_tools.time_until_line
    app_cmd = [bench_tools.python, str(ROOT / "main.py")]
    bare_cmd = [bench_tools.python, "-c", BARE]
    markers = ("first-paint", "listed")
    # one of each first, unmeasured: the disk cache is warm for both
    times_until_lines(app_cmd, markers, env)
    time_until_line(bare_cmd, "first-paint", env)
    app_times, listed_times, bare_times = [], [], []
    for _ in range(REPEAT):
        bare_times.append(time_until_line(bare_cmd, "first-paint", env))
        app = times_until_lines(app_cmd, markers, env)
        app_times.append(app["first-paint"])
        listed_times.append(app["listed"])
    bare = statistics.median(bare_times)
    ratio = report("cold_start_s", statistics.median(app_times), bare)
    listed_ratio = report("cold_start_listed_s", statistics.median(listed_times), bare)
    assert ratio < 5, "the library window takes far longer than a bare Qt window to appear"
    assert listed_ratio < 5, "the library's sessions take far longer than a bare Qt window to appear"


@pytest.mark.benchmark
def test_cold_start_to_the_demo_meeting_against_a_bare_window_with_the_same_content(
    tmp_path: Path, report, bench_tools
):
    """What a facilitator waits for: the app started, the library listed, the demo meeting opened
    from it (as a double-click does, ``KERNKRACHT_OPEN_AFTER_LISTED``) until its page painted.

    The baseline is the bare window of tests/benchmarks/test_session_start.py: a sidebar of steps
    and a list per category filled with the demo's card titles, read with sqlite3 from the same
    file, started as a fresh process too. Alternating, the medians compared; spread = max − min
    of the pair ratios."""
    from facilitator.demo import write_demo
    from tests.benchmarks.test_session_start import BARE

    library = tmp_path / "library"
    library.mkdir()
    demo = write_demo(library)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KERNKRACHT_QUIT_AFTER_PAINT": "1",
        "KERNKRACHT_OPEN_AFTER_LISTED": demo.name,
        "KERNKRACHT_SETTINGS": str(tmp_path / "settings.ini"),
        "KERNKRACHT_LIBRARY": str(library),
    }
    app_cmd = [bench_tools.python, str(ROOT / "main.py")]
    bare_cmd = [bench_tools.python, "-c", BARE, str(tmp_path), demo.name]
    time_until_line = bench_tools.time_until_line
    time_until_line(app_cmd, "session-painted", env)  # unmeasured: warm disk and bytecode caches
    time_until_line(bare_cmd, "session-painted", env)
    ours, bare = [], []
    for _ in range(REPEAT):
        bare.append(time_until_line(bare_cmd, "session-painted", env))
        ours.append(time_until_line(app_cmd, "session-painted", env))
    ratios = [o / b for o, b in zip(ours, bare, strict=True)]
    ratio = report(
        "cold_start_to_demo_meeting_s", statistics.median(ours), statistics.median(bare), max(ratios) - min(ratios)
    )
    assert ratio < 12, "opening the demo meeting takes far longer than a bare window with its cards"
