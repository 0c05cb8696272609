"""Does the library window freeze while it exports, imports, copies or merges a big meeting?

A 10 ms timer on the GUI thread notes every gap between its ticks; a gap over 100 ms is a
stall. Each path runs through the real library window (its own method, with the file dialog
answered), and next to it the same store call made straight on the GUI thread, as the window
did before: the baseline. Printed per path: the longest stall and the total stalled time, ours
and the baseline's.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from facilitator.domain import krachtenkaart as kk
from facilitator.store.merge import merge_files
from facilitator.store.sessionfile import open_session
from tests.benchmarks.stallmeter import StallMeter

CARDS = int(os.environ.get("KERNKRACHT_STALL_CARDS", "5000"))

pytestmark = pytest.mark.benchmark


def select_first(window) -> None:  # type: ignore[no-untyped-def]
    """Choose the first meeting as a click does (selectRow would follow modifier keys held by Qt)."""
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    window.table.selectionModel().setCurrentIndex(window.table.model().index(0, 0), flags)
    assert window.selected() is not None


def test_export_import_copy_and_merge_keep_the_window_alive(qtbot, library, tmp_path, monkeypatch, report):
    path = library.create("Grootdorp")
    sf, s = open_session(path)
    try:
        with s.batch("veel kaarten"):
            for n in range(CARDS):
                kk.add_card(s, f"Kaart {n}", "plekken", description="x" * 200)
    finally:
        sf.close()
    from facilitator.ui.common.settings import AppSettings
    from facilitator.ui.library.window import LibraryWindow

    library_window = LibraryWindow(library.root, AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(library_window)
    library_window.show()
    qtbot.waitExposed(library_window)
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
