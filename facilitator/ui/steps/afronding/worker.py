"""The Afronding step's background work: a job in the thread pool that reports progress,
its result or its failure back to the app's thread as queued signals, and writing a file
beside its target first so a failure never leaves half a file."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

log = logging.getLogger("kernkracht")


class JobSignals(QObject):
    progress = Signal(int)
    done = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Runs ``work(report)`` in the thread pool; results come back as queued signals."""

    def __init__(self, work: Callable[[Callable[[float, str], None]], Any], signals: JobSignals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        last = [-1]

        def report(fraction: float, _message: str) -> None:
            # one signal per whole percent: each one wakes the modal progress dialog, which
            # repaints and runs the event loop, so a signal per step slowed the build 4×
            value = max(0, min(100, int(fraction * 100)))
            if value != last[0]:
                last[0] = value
                self.signals.progress.emit(value)

        try:
            result = self.work(report)
        except OSError as exc:
            self.signals.failed.emit(exc.strerror or str(exc))
        except Exception as exc:  # a bug: logged with its traceback, and told to the user
            log.exception("Hand-out maken mislukt")
            self.signals.failed.emit(repr(exc))
        else:
            self.signals.done.emit(result)


def _write_file(path: Path, make: Callable[[Path], None]) -> Path:
    """Write beside the target first, so a failure never leaves half a PDF."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        make(tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
