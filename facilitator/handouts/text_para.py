"""The paragraph that carries user text on paper (see :func:`layout.para`).

It skips reportlab's markup parser for our own shapes of text (:mod:`.fast_text`),
hyphenates Dutch words too wide for their column (pyphen), remembers its line breaks per
width, draws right-to-left lines in visual order (python-bidi), and turns on HarfBuzz
shaping for scripts that need it (Myanmar, :func:`fonts.needs_shaping`).
"""

from __future__ import annotations

import copy
import re
import weakref
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from ..domain import hyphenation
from . import fast_text, fonts, rtl


class TextPara(Paragraph):
    """A Paragraph of user text that hyphenates words too wide for its column, and remembers
    its line breaks for the last width it was wrapped to.

    A word wider than the column gets soft hyphens at its Dutch syllables (pyphen), so it
    breaks as "Dorpsvereni-" / "ging" rather than reportlab's cut "Dorpsverenigin" / "g".
    A table wraps each cell several times at the same width (to size columns and rows,
    to split across pages, to draw); breaking the lines once makes long handouts about
    twice as fast.
    """

    _wrapped: tuple[float, tuple[Any, ...]] | None = None

    def __init__(
        self, text: str | None, style: ParagraphStyle, plain: str = "", prefix: str = "", **kwargs: Any
    ) -> None:
        # reportlab makes the halves of a split paragraph through this class (text None, frags)
        if text is not None and fonts.needs_shaping(text) and fonts.can_shape():
            style = fonts.shaped(style)  # Myanmar: vowels and medials put in place by HarfBuzz
        # a paragraph that opens with our own Dutch label ("Waarom: …") stays on the left
        if text is not None and style.alignment == TA_LEFT and reads_from_the_right(prefix + (plain or text)):
            style = _right_aligned(style)
        super().__init__(prefix + text if text is not None else None, style, **kwargs)
        self._plain = plain
        self._prefix = prefix
        self._hyphen_width = -1.0

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:  # noqa: N803
        """Plain text skips reportlab's markup parser (see :mod:`.fast_text`)."""
        fast = fast_text.frags(text, style) if frags is None and isinstance(text, str) and not bulletText else None
        if fast is None:
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        self.text, self.frags = fast
        self.style = style
        self.bulletText = bulletText
        self.debug = 0

    def _hyphenate(self, width: float) -> None:
        """Rebuild the text with soft hyphens in words wider than ``width``, once per width."""
        if not self._plain or width == self._hyphen_width or width < 1:
            return
        self._hyphen_width = width
        style = self.style
        room = width - style.leftIndent - style.rightIndent
        font = fonts.BOLD if "<b>" in self._prefix else style.fontName

        if pdfmetrics.stringWidth(self._plain, font, style.fontSize) <= room:
            return  # the whole text fits on one line: no word can be too wide

        def width_of(word: str) -> float:
            return pdfmetrics.stringWidth(word, font, style.fontSize) if len(word) > 3 else 0.0

        hyphenated = hyphenation.soft_hyphens(self._plain, width_of, room)
        if hyphenated != self._plain:
            Paragraph.__init__(self, self._prefix + fonts.markup(hyphenated), style)
            self._plain = ""  # hyphenated for this column; a table wraps a cell at one width

    def draw(self) -> None:
        """Draw with every right-to-left line in visual order (python-bidi), line by line:
        the lines were broken in logical order, so a long Hebrew or Arabic paragraph keeps
        its first line on top. The wrapped lines themselves are left as they are (a split
        paragraph is made from them)."""
        lines = getattr(self, "blPara", None)
        if lines is None or not any(rtl.has_rtl(t) for t in _line_texts(lines)):
            super().draw()
            return
        self.blPara = _visual(lines)
        try:
            super().draw()
        finally:
            self.blPara = lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            self.width, self._wrapWidths, self.blPara, self.height = self._wrapped[1]
            return self.width, self.height
        self._hyphenate(availWidth)
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if availWidth >= 1:  # reportlab's "does not fit" answer is not worth remembering
            self._wrapped = (availWidth, (self.width, self._wrapWidths, self.blPara, self.height))
        return size


def _line_texts(lines: Any) -> list[str]:
    if lines.kind == 0:
        return [" ".join(words) for _extra, words in lines.lines]
    return ["".join(getattr(f, "text", "") for f in line.words) for line in lines.lines]


def _visual(lines: Any) -> Any:
    """A copy of reportlab's wrapped lines with each line in visual order."""
    out = copy.copy(lines)
    if lines.kind == 0:
        out.lines = [(extra, rtl.visual_line(" ".join(words)).split(" ")) for extra, words in lines.lines]
        return out
    new_lines = []
    for line in lines.lines:
        text = "".join(getattr(f, "text", "") for f in line.words)
        if not rtl.has_rtl(text):
            new_lines.append(line)
            continue
        # a line of several runs (fonts, bold): each run in visual order, the runs turned
        # around when the line reads from the right
        base = rtl.base_direction(text)
        frags = []
        for f in line.words:
            g = copy.copy(f)
            if hasattr(g, "text"):
                g.text = rtl.visual_line(g.text, base)
            frags.append(g)
        turned = copy.copy(line)
        turned.words = frags[::-1] if base == "R" else frags
        new_lines.append(turned)
    out.lines = new_lines
    return out


_TAGS = re.compile(r"<[^>]*>")
_right: weakref.WeakKeyDictionary[ParagraphStyle, ParagraphStyle] = weakref.WeakKeyDictionary()


def reads_from_the_right(text: str) -> bool:
    """True when the first letter with a direction (markup left out) is Hebrew or Arabic:
    such a paragraph starts at the right edge of its column."""
    return rtl.has_rtl(text) and rtl.base_direction(_TAGS.sub("", text)) == "R"


def _right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    found = _right.get(style)
    if found is None:
        found = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        _right[style] = found
    return found
