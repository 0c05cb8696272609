"""The stall meter the freeze benchmarks share: a 10 ms timer on the GUI thread notes every
gap between its ticks, and a gap over 100 ms counts as a stall (issue 17)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

STALL_S = 0.100


class StallMeter:
    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def start(self) -> None:
        self.gaps.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> tuple[float, float]:
        """(longest gap, total stalled time) in seconds since :meth:`start`."""
        self._tick()
        self.timer.stop()
        stalls = [g for g in self.gaps if g > STALL_S]
        return max(self.gaps, default=0.0), sum(stalls)

    def measure(self, work: Callable[[], object]) -> tuple[float, float]:
        """(longest stall, total stalled time) in seconds while ``work()`` runs on the GUI thread."""
        self.start()
        QApplication.processEvents()
        work()
        QApplication.processEvents()
        return self.stop()


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Let the window finish what it does once after its first paint (work it puts on the event
    loop for after that paint: icon fonts, lazy imports), as it has long before anyone clicks
    Exporteren: else that start-up work, run by the first event loop the measured path spins, is
    counted as the first path's stall (qtawesome's import did that: 0.2–0.8 s)."""
    qtbot.wait(500)
