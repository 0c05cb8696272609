"""Opening a meeting from the library: the file is read and checked in a worker thread while
the library window keeps painting; then the meeting's window is built and shown."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from facilitator.domain import krachtenkaart as kk
from facilitator.store.sessionfile import open_session
from facilitator.ui.session import window as window_module


def test_opening_reads_the_file_in_a_worker_while_the_library_window_paints(
    qtbot, library, library_window, monkeypatch
):
    path = library.create("Grootdorp")
    sf, s = open_session(path)
    with s.batch("kaarten"):
        for n in range(50):
            kk.add_card(s, f"Kaart {n}", "plekken")
    sf.close()
    library_window.reload()
    threads: list[str] = []
    real = window_module.open_session

    def slow_open(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        time.sleep(1.0)  # a big file: reading and checking it takes a while
        return real(*args, **kwargs)

    monkeypatch.setattr(window_module, "open_session", slow_open)
    ticks: list[float] = []
    seen_busy: set[str] = set()

    def tick() -> None:
        ticks.append(time.perf_counter())
        seen_busy.update(
            f"{d.labelText()} {'actief' if d.isEnabled() else 'grijs'}"
            for d in library_window.findChildren(QProgressDialog)
            if d.isVisible()
        )

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    library_window.table.setFocus()
    library_window.table.selectRow(0)
    qtbot.keyClick(library_window.table, Qt.Key.Key_Return)
    timer.stop()
    assert threads == ["kernkracht-open"]  # not the GUI thread
    assert len(ticks) > 20 and max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) < 0.3
    # shown after 0.4 s with the step that runs, and not greyed out with the disabled window behind it
    steps = {
        "Het bestand wordt gelezen en gecontroleerd…",
        "Er wordt een reservekopie gemaakt…",
        "De kaarten worden op volgorde gezet…",
        "Het venster wordt opgebouwd…",
    }
    assert "Het bestand wordt gelezen en gecontroleerd… actief" in seen_busy
    assert seen_busy <= {f"{step} actief" for step in steps}
    window = library_window.session_window
    assert window is not None and window.context.session is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert len(kk.cards(window.context.session)) == 50
    assert QApplication.activeWindow() is not library_window or not library_window.isVisible()
