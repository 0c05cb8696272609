"""Guard against a PySide6 release whose signals eat references (6.12.0 did, on True).

Every edit is announced by a Python signal; a signal that drops a reference each time
makes Python abort after a few thousand edits in one evening.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class Announcer(QObject):
    changed = Signal(object)
    named = Signal(str)
    bare = Signal()


def test_emitting_signals_keeps_reference_counts(qapp):
    a = Announcer()
    a.changed.connect(lambda _: None)
    gc.collect()
    gc.disable()  # a collection freeing unrelated objects would also change the counts
    try:
        before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
        for _ in range(200):
            a.changed.emit(object())
            a.named.emit("x")
            a.bare.emit()
        after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    finally:
        gc.enable()
    # a few references may come or go with caches; 600 emits must not cost 600 references
    assert all(abs(x - y) < 50 for x, y in zip(before, after, strict=True)), (before, after)
