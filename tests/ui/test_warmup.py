"""The session window imports the handout's reading code (reportlab) and the other steps' page
modules in a worker after it painted, so no page's first show waits for its import (issue 17)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys, threading, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication

    where = {}


    class Watch:  # notes which thread imports each step page (a finder that finds nothing itself)
        def find_spec(self, name, path=None, target=None):
            if name.startswith("facilitator.ui.steps.") and name.endswith(".page"):
                where[name] = threading.current_thread().name
            return None


    sys.meta_path.insert(0, Watch())
    app = QApplication([])
    from facilitator.store.library import Library
    from facilitator.ui.common.settings import AppSettings
    from facilitator.ui.session.window import SessionWindow
    from facilitator.ui.steps import STEPS
    library = Library(Path(sys.argv[1]))
    library.ensure()
    path = library.create("Ulrum")
    window = SessionWindow.open(path, library, AppSettings(Path(sys.argv[1]) / "s.ini"))
    window.show()
    app.processEvents()
    print("before", "reportlab.platypus" in sys.modules, "facilitator.ui.steps.krachtenkaart.page" in sys.modules)
    end = time.monotonic() + 20
    pages = [step.module for step in STEPS]
    while time.monotonic() < end and not all(m in sys.modules for m in pages + ["facilitator.handouts.summary"]):
        app.processEvents()
        time.sleep(0.01)
    for t in threading.enumerate():
        if t.name == "kernkracht-import":
            t.join(20)
    print("after", "reportlab.platypus" in sys.modules, "facilitator.handouts.summary" in sys.modules)
    print("pages", sorted(set(where.get(m, "-") for m in pages)))
    window.close()
    """
)


def test_the_handout_reading_code_is_imported_in_the_background_after_the_first_paint(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "lib")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    lines = dict(line.split(" ", 1) for line in run.stdout.splitlines() if " " in line)
    assert lines["before"] == "False False"  # the first paint waits neither for reportlab nor for other pages
    assert lines["after"] == "True True"  # a moment later it is there, imported by the worker
    assert lines["pages"] == "['MainThread']"  # every step's page too, on the GUI thread (PySide's lazy types)


def test_import_in_background_imports_each_module_once_and_survives_a_broken_one():
    from facilitator.ui.common import warmup

    thread = warmup.import_in_background(["json", "facilitator.no_such_module_here"])
    assert thread is not None
    thread.join(10)
    assert "json" in sys.modules
    assert warmup.import_in_background(["json"]) is None  # started before: not again
