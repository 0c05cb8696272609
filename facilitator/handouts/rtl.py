"""Right-to-left text (Hebrew, Arabic) in visual order, for reportlab's left-to-right lines.

reportlab draws characters in the order they are stored; Hebrew and Arabic are stored
first-letter-first but read from the right. Each run of right-to-left words is turned
around here, and Arabic letters get their joined forms (initial, medial, final), read
from Unicode's presentation forms, so a name typed in Arabic prints legibly. This is a
small subset of the Unicode bidi algorithm: enough for names and short phrases inside
Dutch text; a long right-to-left paragraph that wraps over lines reads line by line.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_RTL_LETTER = re.compile(r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]")
#: a run of right-to-left words, with the spaces and marks between them
_RTL_RUN = re.compile(
    r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]"
    r"(?:[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff \t.,:;!?،؛؟\-]*"
    r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff])?"
)
_MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<"}


@functools.cache
def _forms() -> dict[str, dict[str, str]]:
    """Arabic letter → its presentation forms by position (isolated/final/initial/medial)."""
    table: dict[str, dict[str, str]] = {}
    for code in range(0xFE70, 0xFF00):
        decomposition = unicodedata.decomposition(chr(code)).split()
        if len(decomposition) == 2 and decomposition[0] in ("<isolated>", "<final>", "<initial>", "<medial>"):
            base = chr(int(decomposition[1], 16))
            table.setdefault(base, {})[decomposition[0].strip("<>")] = chr(code)
    return table


def _joins_forward(ch: str) -> bool:
    """Whether a letter connects to the letter after it (dual-joining letters do)."""
    return "initial" in _forms().get(ch, {})


def _joins(ch: str) -> bool:
    return ch in _forms()


def shape_arabic(text: str) -> str:
    """Arabic letters in their joined forms (logical order in, logical order out)."""
    out = []
    for i, ch in enumerate(text):
        forms = _forms().get(ch)
        if not forms:
            out.append(ch)
            continue
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        from_right = bool(before) and _joins_forward(before)
        to_left = bool(after) and _joins(after) and _joins_forward(ch)
        if from_right and to_left:
            out.append(forms.get("medial", forms.get("final", ch)))
        elif from_right:
            out.append(forms.get("final", ch))
        elif to_left:
            out.append(forms.get("initial", ch))
        else:
            out.append(forms.get("isolated", ch))
    return "".join(out)


def visual(text: str) -> str:
    """The text with every right-to-left run shaped and turned around for display."""
    if not _RTL_LETTER.search(text):
        return text

    def turn(match: re.Match[str]) -> str:
        run = shape_arabic(match.group(0))
        return "".join(_MIRROR.get(ch, ch) for ch in reversed(run))

    return _RTL_RUN.sub(turn, text)
