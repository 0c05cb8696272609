"""Does the window freeze while it merges, imports, exports or backs up a big meeting?

A 10 ms timer on the GUI thread notes every gap between its ticks; a gap over 100 ms is a
stall. Merge, import and export run through the real library window (its own methods, the
file dialog answered), the backup through the real session window's Reservekopie action, on a
meeting of 20,000 cards (``KERNKRACHT_STALL_CARDS``) and one with 200 photos
(``KERNKRACHT_STALL_PHOTOS``); then the purge of the backups a consent change sets off, and
the session window's own Exporteren and Anoniem exporteren (whose file must import back). The baseline is the same store call made straight on the GUI
thread (what a window that waits for it would show). Printed per path:
``BENCH stall_data_<path>_longest_ms ours baseline ratio`` and the total stalled time beside it;
garbage collections that ran meanwhile (any thread: they hold the GIL) are counted too, since
they are what a worker thread can still stall the window with.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog

from facilitator.domain import krachtenkaart as kk
from facilitator.store.merge import merge_files
from facilitator.store.sessionfile import open_session
from tests.benchmarks import stallmeter

CARDS = int(os.environ.get("KERNKRACHT_STALL_CARDS", "20000"))
PHOTOS = int(os.environ.get("KERNKRACHT_STALL_PHOTOS", "200"))
PHOTO_BYTES = 1_200_000

pytestmark = pytest.mark.benchmark


class StallMeter(stallmeter.StallMeter):
    """The shared stall meter, also noting the full garbage collections that ran meanwhile."""

    def __init__(self) -> None:
        super().__init__()
        self.gc_pauses: list[float] = []
        self._gc_start = 0.0

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
        elif info.get("generation") == 2:
            self.gc_pauses.append(time.perf_counter() - self._gc_start)

    def measure(self, work: Callable[[], object]) -> tuple[float, float]:
        """(longest gap, total stalled time) in seconds while ``work()`` runs on the GUI thread."""
        self.gc_pauses.clear()
        gc.callbacks.append(self._on_gc)
        try:
            return super().measure(work)
        finally:
            gc.callbacks.remove(self._on_gc)


def select_first(window) -> None:  # type: ignore[no-untyped-def]
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    window.table.selectionModel().setCurrentIndex(window.table.model().index(0, 0), flags)


def big_meeting(library, cards: int, photos: int):  # type: ignore[no-untyped-def]
    path = library.create("Grootdorp" if photos == 0 else "Fotodorp")
    sf, s = open_session(path)
    try:
        with s.batch("veel kaarten"):
            for n in range(cards):
                kk.add_card(s, f"Kaart {n}", "plekken", description="x" * 200)
        if photos:
            kk.add_card(s, "Molen", "plekken")
            card = kk.cards(s)[-1]
            for _ in range(photos):
                kk.add_photo(s, card, b"\xff\xd8" + os.urandom(PHOTO_BYTES), "image/jpeg")
    finally:
        sf.close()
    return path


@pytest.mark.parametrize("kind", ["cards", "photos"])
def test_merge_import_export_and_backup_keep_the_window_alive(kind, qtbot, library, tmp_path, monkeypatch, report):
    from facilitator.ui.common.settings import AppSettings
    from facilitator.ui.library.window import LibraryWindow
    from facilitator.ui.session.window import SessionWindow

    cards, photos = (CARDS, 0) if kind == "cards" else (0, PHOTOS)
    path = big_meeting(library, cards, photos)
    copy = library.duplicate(path)
    settings = AppSettings(tmp_path / "settings.ini")
    window = LibraryWindow(library.root, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    stallmeter.settle(qtbot)
    window.reload()
    out = tmp_path / "groot.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    library.export_json(path, out)
    meter = StallMeter()

    def merge_in_window() -> None:
        window.table.selectAll()
        window.tools.merge()
        if window.tools.last_report is not None:
            window.tools.last_report.close()

    def export_in_window() -> None:
        select_first(window)
        window.export_selected()

    paths: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
        "export": (export_in_window, lambda: library.export_json(path, tmp_path / "kaal.json")),
        "import": (window.import_file, lambda: library.import_json(out)),
        "merge": (merge_in_window, lambda: merge_files([path, copy], tmp_path / "kaal-samen.kernkracht")),
    }
    lines = []
    for name, (ours, plain) in paths.items():
        base_longest, base_total = meter.measure(plain)
        longest, total = meter.measure(ours)
        gc_longest = max(meter.gc_pauses, default=0.0)
        lines.append(
            f"{name}: langste hapering {longest * 1000:.0f} ms, samen {total * 1000:.0f} ms, langste "
            f"opruimronde (gc) {gc_longest * 1000:.0f} ms (op de GUI-thread: {base_longest * 1000:.0f} ms, "
            f"samen {base_total * 1000:.0f} ms)"
        )
        report(f"stall_data_{name}_{kind}_longest_ms", longest * 1000, base_longest * 1000)
        report(f"stall_data_{name}_{kind}_total_ms", total * 1000, max(base_total * 1000, 1e-3))

    session_window = SessionWindow.open(path, library, settings)
    qtbot.addWidget(session_window)
    session_window.show()
    qtbot.waitExposed(session_window)
    qtbot.wait(200)
    sf = session_window.context.file
    base_longest, base_total = meter.measure(lambda: sf.backup_to(tmp_path / "kaal-kopie.kernkracht"))

    def backup_in_window() -> None:
        session_window.backup_action.trigger()
        qtbot.waitUntil(lambda: not session_window.backups.busy(), timeout=120_000)

    longest, total = meter.measure(backup_in_window)
    assert "Reservekopie gemaakt" in session_window.statusBar().currentMessage()
    lines.append(
        f"backup: langste hapering {longest * 1000:.0f} ms, samen {total * 1000:.0f} ms "
        f"(een volle kopie op de GUI-thread: {base_longest * 1000:.0f} ms, samen {base_total * 1000:.0f} ms)"
    )
    report(f"stall_data_backup_{kind}_longest_ms", longest * 1000, base_longest * 1000)
    report(f"stall_data_backup_{kind}_total_ms", total * 1000, max(base_total * 1000, 1e-3))
    from facilitator.store.privacy_purge import purge_withdrawn

    def purge_in_window() -> None:  # what a consent change sets off 0.8 s later
        session_window.purge_timer.timeout.emit()
        qtbot.waitUntil(lambda: not session_window.backups.busy(), timeout=120_000)

    base_longest, base_total = meter.measure(lambda: purge_withdrawn(sf, library.backups(path)))
    longest, total = meter.measure(purge_in_window)
    lines.append(
        f"purge: langste hapering {longest * 1000:.0f} ms, samen {total * 1000:.0f} ms "
        f"(op de GUI-thread: {base_longest * 1000:.0f} ms, samen {base_total * 1000:.0f} ms)"
    )
    report(f"stall_data_purge_{kind}_longest_ms", longest * 1000, base_longest * 1000)
    report(f"stall_data_purge_{kind}_total_ms", total * 1000, max(base_total * 1000, 1e-3))

    from facilitator.store.anonymise import export_anonymised
    from facilitator.store.exchange import export_file

    exports = {
        "session_export": (session_window.export_action, lambda dest: export_file(sf, dest)),
        "anonymous_export": (session_window.export_anonymous_action, lambda dest: export_anonymised(sf, dest)),
    }
    for name, (action, plain_export) in exports.items():
        target = tmp_path / f"{name}.json"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        base_longest, base_total = meter.measure(lambda p=plain_export: p(tmp_path / "kaal-export.json"))
        longest, total = meter.measure(action.trigger)
        assert target.is_file() and session_window.context.last_error is None
        lines.append(
            f"{name}: langste hapering {longest * 1000:.0f} ms, samen {total * 1000:.0f} ms "
            f"(op de GUI-thread: {base_longest * 1000:.0f} ms, samen {base_total * 1000:.0f} ms)"
        )
        report(f"stall_data_{name}_{kind}_longest_ms", longest * 1000, base_longest * 1000)
        report(f"stall_data_{name}_{kind}_total_ms", total * 1000, max(base_total * 1000, 1e-3))
    session_window.close()
    back = library.import_json(tmp_path / "anonymous_export.json")  # an anonymised photo meeting imports back
    assert back.is_file()
    print(f"\n{cards} kaarten, {photos} foto's:\n  " + "\n  ".join(lines))
    assert Path(out).is_file()
