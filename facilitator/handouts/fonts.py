"""The fonts of every handout, shipped in ``resources/fonts`` and embedded in the PDF.

DejaVu Sans covers Latin (Ł, ő), Greek, Cyrillic, Arabic and Hebrew letters; Symbola
fills in what DejaVu lacks (emoji, dingbats). Right-to-left runs are put in visual
order first (see :mod:`.rtl`). :func:`markup` escapes user text and
switches font per character, so nothing a resident types becomes a black box or
reportlab markup.
"""

from __future__ import annotations

import functools
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resources
from .rtl import visual

REGULAR = "KKSans"
BOLD = "KKSans-Bold"
SYMBOLS = "KKSymbols"

FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    SYMBOLS: "Symbola.ttf",
}


@functools.cache
def register() -> None:
    """Register the fonts with reportlab (once per process)."""
    folder = resources() / "fonts"
    for name, file in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    addMapping(SYMBOLS, 0, 0, SYMBOLS)
    addMapping(SYMBOLS, 1, 0, SYMBOLS)
    addMapping(SYMBOLS, 0, 1, SYMBOLS)
    addMapping(SYMBOLS, 1, 1, SYMBOLS)
    # reportlab graphics start every drawing in Times-Roman, which would then be listed in
    # the PDF without being embedded; our drawings name their fonts, so start them in ours
    from reportlab.graphics.renderbase import STATE_DEFAULTS

    STATE_DEFAULTS["fontName"] = REGULAR
    # binary streams: ASCII85 (pure Python here) made the map picture slow and a quarter larger
    from reportlab import rl_config

    rl_config.useA85 = 0


@functools.cache
def _coverage(name: str) -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def clean(text: object) -> str:
    """Text as a string without control characters that have no place on paper."""
    value = "" if text is None else str(text)
    # fast path (nearly all text): str.isprintable() is False for every control, surrogate,
    # private-use and unassigned character, so printable text (apart from its line breaks
    # and tabs, which are kept) has nothing to remove
    if value.isprintable() or value.replace("\n", "").replace("\t", "").isprintable():
        return value
    return _clean_each(value)


def _clean_each(value: str) -> str:
    """:func:`clean` character by character (the slow path, also the reference in tests)."""
    out = []
    for ch in value:
        if ch in "\n\t":
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") or ch in "\ufffe\uffff":
            continue
        else:
            out.append(ch)
    return "".join(out)


@functools.cache
def _plain_chars() -> frozenset[str]:
    """Characters DejaVu draws as they are: no line break, tab, joiner or selector to handle."""
    dropped = {"\n", "\t", "\u200d", "\ufe0f", "\ufe0e"} | {chr(c) for c in range(0x1F3FB, 0x1F400)}
    return frozenset(chr(code) for code in _coverage(REGULAR)) - dropped


def markup(text: object, newlines: bool = True) -> str:
    """Escape user text for a reportlab Paragraph, with per-character font fallback.

    Characters that no shipped font has are left to DejaVu (its empty box), which is
    rare and never stops the build. Zero-width joiners and variation selectors are
    dropped because they would print as boxes.
    """
    value = visual(clean(text))
    if _plain_chars().issuperset(value):
        # fast path: every character is in DejaVu, so no font switches (the same result
        # as :func:`_switched`, which would make a single unswitched run)
        return escape(value)
    return _switched(value, newlines)


def _switched(value: str, newlines: bool = True) -> str:
    """:func:`markup` character by character, switching font where DejaVu lacks one."""
    regular = _coverage(REGULAR)
    symbols = _coverage(SYMBOLS)
    parts: list[str] = []
    run: list[str] = []
    in_symbols = False

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run))
        parts.append(f'<font face="{SYMBOLS}">{chunk}</font>' if in_symbols else chunk)
        run.clear()

    for ch in value:
        code = ord(ch)
        if ch == "\n":
            flush()
            parts.append("<br/>" if newlines else " ")
            continue
        if ch == "\t":
            ch, code = " ", 32
        if code in (0x200D, 0xFE0F, 0xFE0E) or 0x1F3FB <= code <= 0x1F3FF:
            continue
        wants_symbols = code not in regular and code in symbols
        if wants_symbols != in_symbols:
            flush()
            in_symbols = wants_symbols
        run.append(ch)
    flush()
    return "".join(parts)


def plain(text: object) -> str:
    """User text for canvas.drawString (no markup): unknown characters replaced by '?'."""
    regular = _coverage(REGULAR)
    return "".join(ch if ord(ch) in regular else "?" for ch in visual(clean(text).replace("\n", " ")))
