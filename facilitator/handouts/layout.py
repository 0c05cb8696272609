"""Page layout shared by handouts and worksheets: A4, styles, footer, safe paragraphs.

Everything is black, white and greys so a handout copied on a black-and-white
printer reads the same. User text only reaches reportlab through :func:`para`, which
escapes it (see :mod:`.fonts`) and shortens it where a table cell must fit a page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from . import fonts

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
    settings: dict[str, Any] = {"leading": size * 1.28, "textColor": INK, **extra}
    return ParagraphStyle(
        name, fontName=fonts.BOLD if bold else fonts.REGULAR, fontSize=size, splitLongWords=True, **settings
    )


def make_styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    return {
        "title": _style("title", 26, True, spaceAfter=4 * mm, leading=31),
        "subtitle": _style("subtitle", 13, textColor=GREY, spaceAfter=6 * mm),
        "h1": _style("h1", 17, True, spaceBefore=2 * mm, spaceAfter=3 * mm),
        "h2": _style("h2", 12.5, True, spaceBefore=4 * mm, spaceAfter=2 * mm),
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
    """A Paragraph that remembers its line breaks for the last width it was wrapped to.

    A table wraps each cell several times at the same width (to size columns and rows,
    to split across pages, to draw); breaking the lines once makes long handouts about
    twice as fast.
    """

    _wrapped: tuple[float, tuple[Any, ...]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            self.width, self._wrapWidths, self.blPara, self.height = self._wrapped[1]
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if availWidth >= 1:  # reportlab's "does not fit" answer is not worth remembering
            self._wrapped = (availWidth, (self.width, self._wrapWidths, self.blPara, self.height))
        return size


def para(text: object, style: ParagraphStyle, limit: int | None = None, prefix: str = "") -> Paragraph:
    """A paragraph of user text: escaped, font-fallback per character, optionally cut.

    ``prefix`` is trusted markup (our own, e.g. ``<b>3.</b> ``) put before the text.
    """
    return TextPara(prefix + fonts.markup(shorten(text, limit)), style)


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
) -> Table:
    """A ruled table that repeats its header row on every page and splits between rows."""
    t = SafeTable(list(rows), colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
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
    t.setStyle(TableStyle(style + list(extra)))
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
    ) -> None:
        size = landscape(A4) if wide else A4
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

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.progress is not None:
            self.done += 1
            self.progress(min(0.99, 0.3 + 0.69 * self.done / self.total), "")


def build(
    story: list[Flowable],
    target: str | IO[bytes],
    footer: str,
    language: str,
    title: str,
    progress: Progress | None = None,
    wide: bool = False,
) -> None:
    doc = SafeDoc(target, footer, language, title, progress, total=len(story), wide=wide)
    doc.build(story)
