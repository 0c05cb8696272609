"""Python's garbage collector and the store's big in-memory work (merge, import, export).

Such work holds hundreds of thousands of rows, plain dicts and lists without cycles: a full
(generation 2) collection finds nothing to free in them, but walks all of them each time.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

#: the third garbage-collection threshold while such work runs (Python's default is 10)
HELD_BACK = 1_000_000


_held = 0
_held_lock = threading.Lock()
_saved_third = 10


@contextlib.contextmanager
def no_full_collections() -> Iterator[None]:
    """Hold back full (generation 2) collections while any user of this is at work.

    At 20,000 cards four of them took a quarter of a merge (and none at 5,000): the part that
    grew faster than the cards. The young generations are still collected. The app's worker
    threads hold them back too (``ui/common/background.py``, ``ui/session/backup_runner.py``):
    there a full collection in the worker also locks the window out. Counted, so overlapping
    uses from different threads (a backup in its worker while an export runs) give back
    Python's own setting only when the last one ends; nested uses keep the outer setting."""
    global _held, _saved_third
    with _held_lock:
        if _held == 0:
            first, second, _saved_third = gc.get_threshold()
            gc.set_threshold(first, second, max(_saved_third, HELD_BACK))
        _held += 1
    try:
        yield
    finally:
        with _held_lock:
            _held -= 1
            if _held == 0:
                first, second, _third = gc.get_threshold()
                gc.set_threshold(first, second, _saved_third)
