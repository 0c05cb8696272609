"""The fonts of every handout, shipped in ``resources/fonts`` and embedded in the PDF.

DejaVu Sans covers Latin (Ł, ő), Greek, Cyrillic, Arabic and Hebrew letters; Symbola
fills in what DejaVu lacks (emoji, dingbats); Droid Sans Fallback (Chinese, Japanese,
Korean) and Pyidaungsu (Myanmar) are loaded when a text needs them. reportlab embeds only
the characters used (a subset of each font). Arabic is shaped here and right-to-left
lines are put in visual order after wrapping (see :mod:`.rtl` and ``layout.TextPara``). :func:`markup` escapes user text and
switches font per character, so nothing a resident types becomes a black box or
reportlab markup.
"""

from __future__ import annotations

import functools
import unicodedata
import weakref
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resources
from .rtl import shape, visual

REGULAR = "KKSans"
BOLD = "KKSans-Bold"
SYMBOLS = "KKSymbols"

FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    SYMBOLS: "Symbola.ttf",
}
CJK = "KKCJK"
MYANMAR = "KKMyanmar"
#: fonts loaded only when a text needs them (Droid Sans Fallback takes half a second to read):
#: name → (file, the Unicode ranges it is used for)
EXTRA: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {
    # Chinese, Japanese and Korean (Apache 2.0): 3.4 MB, against 16+ MB per weight for Noto CJK
    CJK: (
        "DroidSansFallback.ttf",
        (
            (0x1100, 0x11FF),
            (0x2E80, 0x9FFF),
            (0xA960, 0xA97F),
            (0xAC00, 0xD7FF),
            (0xF900, 0xFAFF),
            (0xFE30, 0xFE4F),
            (0xFF00, 0xFFEF),
            (0x20000, 0x2FA1F),
        ),
    ),  # fmt: skip
    # Myanmar (SIL Open Font License), Unicode encoded; its vowels and medials are put in
    # place by HarfBuzz (uharfbuzz), see :func:`needs_shaping`
    MYANMAR: ("Pyidaungsu-Regular.ttf", ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))),
}


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map of a font subset, with characters beyond U+FFFF (emoji)
    written as UTF-16 surrogate pairs, as the PDF standard asks: reportlab writes them as
    five hex digits, which readers reject ("invalid hex string"), so emoji could not be
    copied or searched."""

    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@functools.cache
def register() -> None:
    """Register the fonts with reportlab (once per process)."""
    from reportlab.pdfbase import ttfonts

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # see _to_unicode_cmap
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


@functools.cache
def _extra(name: str) -> frozenset[int]:
    """Register one of the fonts loaded on demand; its characters."""
    register()
    file, _ranges = EXTRA[name]
    pdfmetrics.registerFont(TTFont(name, str(resources() / "fonts" / file)))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, bold, italic, name)
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def _extra_for(code: int) -> str | None:
    """The on-demand font for a character DejaVu and Symbola lack, when one has it."""
    for name, (_file, ranges) in EXTRA.items():
        if any(low <= code <= high for low, high in ranges):
            return name if code in _extra(name) else None
    return None


def markup(text: object, newlines: bool = True) -> str:
    """Escape user text for a reportlab Paragraph, with per-character font fallback.

    Characters that no shipped font has are left to DejaVu (its empty box), which is
    rare and never stops the build. Zero-width joiners and variation selectors are
    dropped because they would print as boxes.
    """
    # Arabic is shaped here, in logical order; the line order is made after wrapping (TextPara)
    value = shape(clean(text))
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
    face: str | None = None  # None: the paragraph's own font (DejaVu)

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run))
        parts.append(f'<font face="{face}">{chunk}</font>' if face else chunk)
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
        wanted = None
        if code not in regular:
            wanted = SYMBOLS if code in symbols else _extra_for(code)
        if wanted != face:
            flush()
            face = wanted
        run.append(ch)
    flush()
    return "".join(parts)


def plain(text: object) -> str:
    """User text for canvas.drawString (no markup): unknown characters replaced by '?'."""
    regular = _coverage(REGULAR)
    return "".join(ch if ord(ch) in regular else "?" for ch in visual(clean(text).replace("\n", " ")))


#: the scripts (by their font) that read right on paper only when shaped by HarfBuzz:
#: Myanmar puts vowels before or around their consonant and stacks medials
SHAPED = (MYANMAR,)


def needs_shaping(text: str) -> bool:
    """True when ``text`` has characters of a script in :data:`SHAPED`."""
    if _plain_chars().issuperset(text):
        return False
    return any(_extra_for(ord(ch)) in SHAPED for ch in text)


def can_shape() -> bool:
    """True when reportlab found uharfbuzz (a dependency; without it text prints unshaped)."""
    from reportlab.pdfbase import ttfonts

    return getattr(ttfonts, "uharfbuzz", None) is not None


_shaped_styles: weakref.WeakKeyDictionary[ParagraphStyle, ParagraphStyle] = weakref.WeakKeyDictionary()


def shaped(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with reportlab's HarfBuzz shaping on (one copy per style)."""
    found = _shaped_styles.get(style)
    if found is None:
        found = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
        _shaped_styles[style] = found
    return found
