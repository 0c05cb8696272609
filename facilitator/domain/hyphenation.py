"""Where Dutch words may be broken at a line end, for the screens and for paper alike.

The break points come from pyphen's ``nl_NL`` dictionary (the hyphenation patterns
LibreOffice uses): "Huis-art-sen", "Kin-der-op-vang", "Wijk-agent". Only words wider than
their column get soft hyphens, so ordinary text wraps between words as before.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

#: a soft hyphen: an invisible break chance that shows as "-" when a line breaks there
SHY = "\u00ad"
#: characters that are a hyphen already: no break point right before or after them
HYPHENS = frozenset("-\u2010\u2011\u00ad")
#: words longer than this get no break points (a look-up of a pasted blob is slow and
#: useless); they are broken anywhere instead
LIMIT = 80


@functools.cache
def _dictionary() -> Any:
    import pyphen

    # at least two letters on either side of a break, as Dutch typesetting does
    return pyphen.Pyphen(lang="nl_NL", left=2, right=2)


def loaded() -> bool:
    """True once the dictionary is read (reading it takes about 0.3 s)."""
    return _dictionary.cache_info().currsize > 0


def load() -> None:
    """Read the dictionary now (a worker thread may call this ahead of the first use)."""
    _dictionary()


@functools.lru_cache(maxsize=8192)
def _points(word: str) -> tuple[int, ...]:
    if len(word) < 4 or len(word) > LIMIT:
        return ()
    points = _dictionary().positions(word)
    return tuple(k for k in points if word[k - 1] not in HYPHENS and word[k] not in HYPHENS)


def points(word: str) -> list[int]:
    """Offsets inside ``word`` where it may be broken; never beside a hyphen it already has,
    so "dorpsvisie-werkgroep" never shows two hyphens at "dorpsvisie-"."""
    return list(_points(word))


def soft_hyphens(text: str, width_of: Callable[[str], float], width: float) -> str:
    """``text`` with soft hyphens in the words wider than ``width`` (measured by ``width_of``)."""
    words = text.split(" ")
    if all(width_of(w) <= width for w in words):
        return text
    out = []
    for w in words:
        if width_of(w) > width:
            for k in reversed(_points(w)):
                w = w[:k] + SHY + w[k:]
        out.append(w)
    return " ".join(out)
