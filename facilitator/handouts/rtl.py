"""Right-to-left text (Hebrew, Arabic, Persian, Urdu) on reportlab's left-to-right lines.

Two libraries made for it do the work:

- **arabic-reshaper** gives Arabic letters their joined forms (initial, medial, final,
  lam-alef ligatures, Persian and Urdu letters too), in logical order, *before* the text
  is wrapped, so the widths reportlab measures are those of the printed letters; vowel
  marks are kept.
- **python-bidi** (its Unicode bidi algorithm in pure Python, which also mirrors brackets)
  puts each line in visual order *after* wrapping (see ``layout.TextPara``), so a long
  paragraph reads top to bottom, and numbers (also Arabic-Indic digits) stay left-to-right
  inside right-to-left text.
"""

from __future__ import annotations

import functools
import re
from typing import Any

_RTL_LETTER = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile(r"[\u0600-\u08ff]")


def has_rtl(text: str) -> bool:
    return bool(_RTL_LETTER.search(text))


@functools.cache
def _reshaper() -> Any:
    import arabic_reshaper

    # keep the vowel marks (harakat): what was typed must come back out of the PDF
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False, "delete_tatweel": False})


def shape(text: str) -> str:
    """Arabic letters in their joined forms; logical order in, logical order out."""
    if not _ARABIC.search(text):
        return text
    return "\n".join(str(_reshaper().reshape(line)) for line in text.split("\n"))


def visual_line(text: str, base: str | None = None) -> str:
    """One line in visual (left-to-right drawing) order; ``base`` "L" or "R" forces the
    paragraph direction, else the first strong letter decides."""
    if not has_rtl(text):
        return text
    return _visual_line(text, base)


@functools.lru_cache(maxsize=4096)
def _visual_line(text: str, base: str | None) -> str:
    # python-bidi's algorithm is pure Python: a line drawn again (a repeated name, the same
    # handout made twice in Afronding) is reordered once
    from bidi.algorithm import get_display

    return str(get_display(text, base_dir=base) if base else get_display(text))


def base_direction(text: str) -> str:
    """ "R" when the first letter with a direction is right-to-left, else "L"."""
    from bidi.algorithm import get_base_level

    return "R" if get_base_level(text) == 1 else "L"


def visual(text: str) -> str:
    """A single line shaped and in visual order (for text drawn straight onto the canvas)."""
    return visual_line(shape(text)) if has_rtl(text) else text
