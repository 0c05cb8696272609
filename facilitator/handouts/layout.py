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

from . import fonts, long_table
from .text_para import TextPara as TextPara  # re-exported: sections make TextPara cells

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
