"""Python's garbage collector and the store's big in-memory work (merge, import, export).

Such work holds hundreds of thousands of rows, plain dicts and lists without cycles: a full
(generation 2) collection finds nothing to free in them, but walks all of them each time.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

#: the third garbage-collection threshold while such work runs (Python's default is 10)
HELD_BACK = 1_000_000


@contextlib.contextmanager
def no_full_collections() -> Iterator[None]:
    """Hold back full (generation 2) collections; nested uses keep the outer setting.

    At 20,000 cards four of them took a quarter of a merge (and none at 5,000): the part that
    grew faster than the cards. The young generations are still collected. The app's worker
    threads hold them back too (``ui/common/background.py``): there a full collection in the
    worker also locks the window out."""
    first, second, third = gc.get_threshold()
    gc.set_threshold(first, second, max(third, HELD_BACK))
    try:
        yield
    finally:
        gc.set_threshold(first, second, third)
