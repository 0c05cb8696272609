"""Page layout shared by handouts and worksheets: A4, styles, footer, safe paragraphs.

Everything is black, white and greys so a handout copied on a black-and-white
printer reads the same. User text only reaches reportlab through :func:`para`, which
escapes it (see :mod:`.fonts`) and shortens it where a table cell must fit a page.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from ..domain import hyphenation
from . import fast_text, fonts, long_table, rtl

INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)
LINE = colors.Color(0.6, 0.6, 0.6)
SHADE = colors.Color(0.9, 0.9, 0.9)
LIGHT = colors.Color(0.96, 0.96, 0.96)

MARGIN = 16 * mm
#: the longest text put into a table cell; longer text is cut with "…" so a row fits a page
CELL_LIMIT = 700

Progress = Callable[[float, str], None]


def _style(name: str, size: float, bold: bool = False, **extra: Any) -> ParagraphStyle:
    # embeddedHyphenation: a line may break at a soft hyphen (see TextPara) or a word's own hyphen
    settings: dict[str, Any] = {"leading": size * 1.28, "textColor": INK, "embeddedHyphenation": 1, **extra}
    return ParagraphStyle(
        name, fontName=fonts.BOLD if bold else fonts.REGULAR, fontSize=size, splitLongWords=True, **settings
    )


def make_styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    return {
        "title": _style("title", 26, True, spaceAfter=4 * mm, leading=31),
        "subtitle": _style("subtitle", 13, textColor=GREY, spaceAfter=6 * mm),
        # a heading never stays alone at the foot of a page: it moves on with what follows
        "h1": _style("h1", 17, True, spaceBefore=2 * mm, spaceAfter=3 * mm, keepWithNext=1),
        "h2": _style("h2", 12.5, True, spaceBefore=4 * mm, spaceAfter=2 * mm, keepWithNext=1),
        "body": _style("body", 10, spaceAfter=2 * mm),
        "intro": _style("intro", 10, textColor=GREY, spaceAfter=3 * mm),
        "cell": _style("cell", 9),
        "cellbold": _style("cellbold", 9, True),
        "small": _style("small", 8, textColor=GREY),
        "head": _style("head", 8.5, True),
        "big": _style("big", 12, leading=16, spaceAfter=3.5 * mm),
        "label": _style("label", 7.5, True, textColor=GREY, spaceAfter=0.8 * mm),
        "quote": _style("quote", 12, leading=17, leftIndent=6 * mm, rightIndent=6 * mm),
        "center": _style("center", 9, alignment=TA_CENTER),
        "right": _style("right", 9, True, alignment=TA_RIGHT),
        "vision": _style(
            "vision",
            12.5,
            leading=18,
            borderWidth=1.2,
            borderColor=INK,
            borderPadding=(8, 10, 10, 10),
            leftIndent=10,
            rightIndent=10,
            spaceBefore=10,
            spaceAfter=14,
        ),
    }


def shorten(text: object, limit: int | None) -> str:
    value = fonts.clean(text)
    if limit is not None and len(value) > limit:
        return value[: limit - 1].rstrip() + "…"
    return value


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


def para(text: object, style: ParagraphStyle, limit: int | None = None, prefix: str = "") -> Paragraph:
    """A paragraph of user text: escaped, font-fallback per character, optionally cut,
    long words hyphenated where the column is too narrow for them.

    ``prefix`` is trusted markup (our own, e.g. ``<b>3.</b> ``) put before the text.
    """
    value = shorten(text, limit)
    return TextPara(fonts.markup(value), style, plain=value, prefix=prefix)


class SafeTable(Table):
    """A Table whose plain-string cells use our embedded font, not reportlab's Helvetica."""

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        # reportlab builds the halves of a split table with normalizedData=1 and copies the
        # cell styles over; setting the font again there would undo bold columns
        if not kwargs.get("normalizedData"):
            self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)]))


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    header: bool = True,
    zebra: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Flowable:
    """A ruled table that repeats its header row on every page and splits between rows.

    A long one (``long_table.LONG_ROWS`` rows or more, with a header) is a
    :class:`long_table.RowRun`: measured once and cut per page, so its time grows with
    its rows, not with rows × pages.
    """
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK)]
    if zebra:
        start = 1 if header else 0
        for row in range(start + 1, len(rows), 2):
            style.append(("BACKGROUND", (0, row), (-1, row), LIGHT))
    commands = style + list(extra)
    if header and len(rows) > long_table.LONG_ROWS and long_table.fits(commands):
        return long_table.RowRun(rows[0], list(rows[1:]), widths, commands, SafeTable)
    t = SafeTable(list(rows), colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    t.setStyle(TableStyle(commands))
    return t


class SafeDoc(BaseDocTemplate):
    """A4 document with a footer (left text, page number) and progress per flowable."""

    def __init__(
        self,
        target: str | IO[bytes],
        footer: str,
        language: str,
        title: str,
        progress: Progress | None = None,
        total: int = 0,
        wide: bool = False,
        page: tuple[float, float] | None = None,
    ) -> None:
        size = page or (landscape(A4) if wide else A4)
        super().__init__(
            target,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 6 * mm,
            title=fonts.plain(title)[:200],
            author="Kernkracht",
            creator="Kernkracht",
            lang="en" if language == "en" else "nl",
            # reportlab's default page font is Helvetica, which would not be embedded
            initialFontName=fonts.REGULAR,
        )
        self.footer = fonts.plain(footer)
        self.language = language
        self.progress = progress
        self.total = max(total, 1)
        self.done = 0
        self.reported = -1
        #: section key → the page it starts on (SectionStart), and the keys the cover refers to
        self.section_pages: dict[str, int] = {}
        self.page_refs: set[str] = set()
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._footer)])

    def _footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        from .words import word

        canvas.saveState()
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.5)
        y = MARGIN
        width, _height = self.pagesize
        canvas.line(MARGIN, y + 3.5 * mm, width - MARGIN, y + 3.5 * mm)
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(GREY)
        text = self.footer
        while text and canvas.stringWidth(text, fonts.REGULAR, 8) > width - 2 * MARGIN - 30 * mm:
            text = text[:-2]
        if text != self.footer:
            text = text.rstrip() + "…"
        canvas.drawString(MARGIN, y, text)
        canvas.drawRightString(width - MARGIN, y, word("page", self.language, n=doc.page))
        canvas.restoreState()

    def _endBuild(self) -> None:  # noqa: N802 (reportlab's name)
        """Before saving, draw the page numbers that the cover's contents refer to: the cover
        is laid out before the sections, so its numbers are forms filled in at the end."""
        self._doSave = 0
        super()._endBuild()
        for key in self.page_refs:
            canvas = self.canv
            canvas.beginForm(PageNumber.form(key))
            canvas.setFont(fonts.REGULAR, 10)
            canvas.setFillColor(INK)
            canvas.drawRightString(PageNumber.WIDTH, 0, str(self.section_pages.get(key, "")))
            canvas.endForm()
        self.canv.save()

    def afterFlowable(self, flowable: Flowable) -> None:
        """Report progress when it moved by a whole percent: a call per flowable (tens of
        thousands in a large handout) crossing into the app's thread made it 4× slower."""
        if self.progress is not None:
            self.done += 1
            percent = int(100 * min(0.99, 0.3 + 0.69 * self.done / self.total))
            if percent != self.reported:
                self.reported = percent
                self.progress(percent / 100, "")


class SectionStart(Flowable):
    """Takes no room; notes the page where a section starts, for the cover's contents."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        doc = getattr(self.canv, "_doctemplate", None)
        if isinstance(doc, SafeDoc):
            doc.section_pages.setdefault(self.key, self.canv.getPageNumber())


class PageNumber(Flowable):
    """The page number of a section, right-aligned; drawn as a form filled in at the end."""

    WIDTH = 14 * mm

    def __init__(self, key: str, size: float = 10) -> None:
        super().__init__()
        self.key = key
        self.size = size
        self.width, self.height = self.WIDTH, size * 1.28

    @staticmethod
    def form(key: str) -> str:
        return "kkpage" + "".join(ch for ch in key if ch.isalnum())

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        doc = getattr(self.canv, "_doctemplate", None)
        if isinstance(doc, SafeDoc):
            doc.page_refs.add(self.key)
            self.canv.saveState()
            self.canv.translate(0, self.height - self.size)  # on the first line's baseline
            self.canv.doForm(self.form(self.key))
            self.canv.restoreState()


def build(
    story: list[Flowable],
    target: str | IO[bytes],
    footer: str,
    language: str,
    title: str,
    progress: Progress | None = None,
    wide: bool = False,
    page: tuple[float, float] | None = None,
) -> None:
    """Lay out ``story``; ``page``: another paper size (e.g. A3 landscape for a poster)."""
    doc = SafeDoc(target, footer, language, title, progress, total=len(story), wide=wide, page=page)
    doc.build(story)
