"""Does the window freeze while it exports, imports, copies, merges, opens a big meeting or
makes its handout?

A 10 ms timer on the GUI thread notes every gap between its ticks; a gap over 100 ms is a
stall (tests/benchmarks/stallmeter.py). Each path runs through the real window (its own
method, with the file dialog answered), and next to it the same work made straight on the GUI
thread, as the window did before: the baseline. Printed per path: the longest stall and the
total stalled time, ours and the baseline's. ``KERNKRACHT_STALL_CARDS`` sets the size (5,000
by default, to keep the suite short; the closing notes give the figures at 20,000).

- **open**: the library window opens the meeting (read in a worker, then the window built);
  baseline: :meth:`SessionWindow.open` on the GUI thread, as before.
- **handout**: Afronding's "opslaan" (a child process) until the PDF is there; baseline for
  the stalls: the 100 ms budget. Its wall time is compared with the command line
  ``main.py handout`` on the same file (issue 16 §5 found the app 3.7× the command line).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from facilitator.domain import krachtenkaart as kk
from facilitator.store.merge import merge_files
from facilitator.store.sessionfile import open_session
from tests.benchmarks.stallmeter import STALL_S, StallMeter, settle

CARDS = int(os.environ.get("KERNKRACHT_STALL_CARDS", "5000"))

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.benchmark


def select_first(window) -> None:  # type: ignore[no-untyped-def]
    """Choose the first meeting as a click does (selectRow would follow modifier keys held by Qt)."""
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    window.table.selectionModel().setCurrentIndex(window.table.model().index(0, 0), flags)
    assert window.selected() is not None


def big_meeting(library) -> Path:  # type: ignore[no-untyped-def]
    """A meeting in the library with CARDS cards of 200 characters each."""
    path = library.create("Grootdorp")
    sf, s = open_session(path)
    try:
        with s.batch("veel kaarten"):
            for n in range(CARDS):
                kk.add_card(s, f"Kaart {n}", "plekken", description="x" * 200)
    finally:
        sf.close()
    return path


def test_export_import_copy_and_merge_keep_the_window_alive(qtbot, library, tmp_path, monkeypatch, report):
    path = big_meeting(library)
    from facilitator.ui.common.settings import AppSettings
    from facilitator.ui.library.window import LibraryWindow

    library_window = LibraryWindow(library.root, AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(library_window)
    library_window.show()
    qtbot.waitExposed(library_window)
    settle(qtbot)
    library_window.reload()
    select_first(library_window)
    out = tmp_path / "groot.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    meter = StallMeter()
    copy = library.duplicate(path)
    paths = {
        "export": (library_window.export_selected, lambda: library.export_json(path, out)),
        "import": (library_window.import_file, lambda: library.import_json(out)),
        "copy": (library_window.duplicate_selected, lambda: library.duplicate(path)),
        "merge": (
            lambda: (library_window.table.selectAll(), library_window.tools.merge()),
            lambda: merge_files([path, copy], tmp_path / "samen.kernkracht"),
        ),
    }
    library.export_json(path, out)
    lines = []
    for name, (ours, plain) in paths.items():
        base_longest, base_total = meter.measure(plain)
        longest, total = meter.measure(ours)
        if library_window.tools.last_report is not None:
            library_window.tools.last_report.close()
        select_first(library_window)
        lines.append(
            f"{name}: langste hapering {longest * 1000:.0f} ms, samen {total * 1000:.0f} ms "
            f"(op de GUI-thread: {base_longest * 1000:.0f} ms, samen {base_total * 1000:.0f} ms)"
        )
        report(f"stall_{name}_{CARDS}_cards_longest_ms", longest * 1000, base_longest * 1000)
    print(f"\n{CARDS} kaarten:\n  " + "\n  ".join(lines))
    assert Path(out).is_file()


def test_open_and_handout_of_a_big_meeting_keep_the_window_alive(qtbot, library, tmp_path, report):
    from facilitator.ui.common.settings import AppSettings
    from facilitator.ui.library.window import LibraryWindow
    from facilitator.ui.session.window import SessionWindow

    path = big_meeting(library)
    settings = AppSettings(tmp_path / "settings.ini")
    library_window = LibraryWindow(library.root, settings)
    qtbot.addWidget(library_window)
    library_window.show()
    qtbot.waitExposed(library_window)
    meter = StallMeter()

    # open: the old way first (on the GUI thread), then through the library window
    def old_open() -> None:
        window = SessionWindow.open(path, library, settings)
        window.show()
        QApplication.processEvents()
        window.close()
        window.deleteLater()

    # first a small meeting both ways, so neither measurement pays the first imports of the pages
    small = library.create("Klein")
    warm = SessionWindow.open(small, library, settings)
    warm.show()
    QApplication.processEvents()
    warm.close()
    warm.deleteLater()
    assert library_window.open_path(small)
    assert library_window.session_window is not None
    library_window.session_window.close()
    QApplication.processEvents()
    base_longest, base_total = meter.measure(old_open)
    QApplication.processEvents()
    longest, total = meter.measure(lambda: library_window.open_path(path))
    window = library_window.session_window
    assert window is not None
    qtbot.addWidget(window)
    report(f"stall_open_{CARDS}_cards_longest_ms", longest * 1000, base_longest * 1000)
    report(f"stall_open_{CARDS}_cards_total_ms", total * 1000, base_total * 1000)

    # handout: through Afronding, in its child process
    page = window.show_step("afronding")
    target = tmp_path / "app.pdf"
    meter.start()
    start = time.perf_counter()
    page.save_handout(target)
    qtbot.waitUntil(lambda: page.last_pdf is not None or page.busy is None, timeout=600_000)
    app_s = time.perf_counter() - start
    h_longest, h_total = meter.stop()
    assert page.last_pdf == target, page.status.text()
    report(f"stall_handout_{CARDS}_cards_longest_ms", h_longest * 1000, STALL_S * 1000)
    report(f"stall_handout_{CARDS}_cards_total_ms", h_total * 1000, STALL_S * 1000)
    window.close()
    QApplication.processEvents()

    # the command line on the same file, for the same handout
    cli_target = tmp_path / "cli.pdf"
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--library",
            str(library.root),
            "handout",
            str(path),
            "-o",
            str(cli_target),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    cli_s = time.perf_counter() - start
    ratio = report(f"handout_gui_vs_cli_{CARDS}_cards_s", app_s, cli_s)
    print(
        f"\n{CARDS} kaarten: openen langste hapering {longest * 1000:.0f} ms (oud {base_longest * 1000:.0f} ms), "
        f"hand-out langste {h_longest * 1000:.0f} ms, samen {h_total * 1000:.0f} ms; "
        f"hand-out app {app_s:.1f} s, opdrachtregel {cli_s:.1f} s"
    )
    assert cli_target.is_file() and target.stat().st_size > 10_000
    assert ratio < 3.0  # only a runaway: the printed figure is what counts
