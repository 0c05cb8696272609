"""Export, import, copy and merge run off the GUI thread; the window keeps painting meanwhile."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from facilitator.store import library as library_module
from facilitator.store import merge as merge_module
from facilitator.ui.common.background import run_in_background
from tests.meetings import with_cards


def select_first(window) -> None:  # type: ignore[no-untyped-def]
    """Choose the first meeting as a click does (selectRow would follow modifier keys held by Qt)."""
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    window.table.selectionModel().setCurrentIndex(window.table.model().index(0, 0), flags)
    assert window.selected() is not None


def test_the_work_runs_in_another_thread_and_the_event_loop_keeps_turning(qtbot):
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    seen: list[str] = []

    def work() -> int:
        seen.append(threading.current_thread().name)
        threading.Event().wait(0.3)  # a slow file on a USB stick
        return 42

    assert run_in_background(None, "Bezig…", work) == 42
    timer.stop()
    assert seen == ["kernkracht-work"] and len(ticks) >= 5  # the GUI thread was not held for 0.3 s


def test_an_error_in_the_work_comes_back_to_the_caller(qtbot):
    def broken() -> None:
        raise OSError("stick eruit getrokken")

    with pytest.raises(OSError, match="stick eruit"):
        run_in_background(None, "Bezig…", broken)


def test_the_library_windows_export_import_copy_and_merge_run_off_the_gui_thread(
    qtbot, library_window, library, tmp_path, monkeypatch
):
    with_cards(library, "Ulrum", 300)
    library_window.reload()
    threads: dict[str, str] = {}

    def watch(owner, name):  # type: ignore[no-untyped-def]
        real = getattr(owner, name)

        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            threads[name] = threading.current_thread().name
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, wrapper)

    for name in ("export_json", "import_json", "duplicate"):
        watch(library_module.Library, name)
    watch(merge_module, "merge_files")  # the library tools import it when they merge
    out = tmp_path / "ulrum.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    select_first(library_window)
    library_window.export_selected()
    assert out.is_file() and library_window.isEnabled()
    library_window.import_file()
    library_window.duplicate_selected()
    library_window.table.selectAll()
    library_window.tools.merge()
    assert threads == dict.fromkeys(("export_json", "import_json", "duplicate", "merge_files"), "kernkracht-work")
    assert len(list(library.root.glob("*.kernkracht"))) >= 4
    assert (
        QApplication.activeModalWidget() is None or QApplication.activeModalWidget() is library_window.tools.last_report
    )


def test_work_that_makes_many_objects_sets_off_no_full_garbage_collection(qtbot):
    """A full collection walks every object while holding the interpreter lock: at 20,000 cards
    one took about a second in the middle of a merge, with the window frozen (stall benchmark)."""
    import gc

    full: list[int] = []

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    def work() -> int:
        kept = [{"id": n, "tags": [n]} for n in range(600_000)]  # as a merge holds its records
        return len(kept)

    threshold = gc.get_threshold()
    gc.callbacks.append(on_gc)
    try:
        assert run_in_background(None, "Bezig…", work) == 600_000
    finally:
        gc.callbacks.remove(on_gc)
    assert full == []
    assert gc.get_threshold() == threshold  # the usual pace afterwards


def test_overlapping_holds_from_two_threads_give_back_the_usual_pace_when_the_last_ends():
    """A backup in its worker and an export in run_in_background overlap; whichever ends first
    must not leave the other without its hold, and the last must give the usual setting back."""
    import gc
    import threading

    from facilitator.store.memory import HELD_BACK, no_full_collections

    usual = gc.get_threshold()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()

    def backup() -> None:
        with no_full_collections():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    worker = threading.Thread(target=backup)
    worker.start()
    assert first_in.wait(5)
    with no_full_collections():
        second_in.set()
        assert first_out.wait(5)
        assert gc.get_threshold()[2] >= HELD_BACK  # still held: the export is at work
    worker.join(5)
    assert gc.get_threshold() == usual


def test_while_any_worker_runs_the_gui_thread_gets_the_interpreter_within_a_fraction_of_a_millisecond():
    """Qt calls into Python for every icon paint, timer and model row; with Python's own 5 ms
    switch interval each such call could wait that long for a busy worker, and a repaint of the
    session window froze it 0.1–0.3 s during an export at 20,000 cards (stall benchmark).
    Two workers overlap here: the interval stays short until the last one ends."""
    import sys

    from facilitator.ui.common.background import WORKER_SWITCH_S, worker

    usual = sys.getswitchinterval()
    assert usual > WORKER_SWITCH_S  # Python's own setting: 5 ms
    seen: dict[str, float] = {}
    first_in, second_done = threading.Event(), threading.Event()

    def first() -> None:
        seen["first"] = sys.getswitchinterval()
        first_in.set()
        second_done.wait(5)
        seen["first, after the second ended"] = sys.getswitchinterval()

    def second() -> None:
        seen["second"] = sys.getswitchinterval()

    one = worker(first, "kernkracht-test-1")
    one.start()
    assert first_in.wait(5)
    two = worker(second, "kernkracht-test-2")
    two.start()
    two.join(5)
    second_done.set()
    one.join(5)
    assert seen == pytest.approx(dict.fromkeys(("first", "second", "first, after the second ended"), WORKER_SWITCH_S))
    assert sys.getswitchinterval() == usual
    assert one.daemon and one.name == "kernkracht-test-1"


def test_the_export_and_the_backup_workers_run_with_the_short_switch_interval(
    qtbot, library, open_window, tmp_path, monkeypatch
):
    import sys

    from facilitator.store import copy_export
    from facilitator.ui.common.background import WORKER_SWITCH_S

    window = open_window(with_cards(library, "Ulrum", 20))
    seen: dict[str, float] = {}

    def watch(owner, name):  # type: ignore[no-untyped-def]
        real = getattr(owner, name)

        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            seen[name] = sys.getswitchinterval()
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, wrapper)

    watch(copy_export, "export_from_copy")
    watch(library_module.Library, "backup_online")
    out = tmp_path / "ulrum.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_action.trigger()
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: not window.backups.busy(), timeout=20_000)
    assert out.is_file()
    assert seen == pytest.approx({"export_from_copy": WORKER_SWITCH_S, "backup_online": WORKER_SWITCH_S})
    assert sys.getswitchinterval() > WORKER_SWITCH_S  # back to Python's own once they ended
