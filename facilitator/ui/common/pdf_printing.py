"""Printing a PDF made by the handouts package: each page rendered at printer resolution.

PySide6-Essentials has QtPrintSupport but not QtPdf (that is in PySide6-Addons, a 59 MB
wheel); pypdfium2 (a 4 MB wheel with PDFium inside) renders the pages instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

#: enough for sharp text on paper, without gigabytes of bitmap for a long handout
MAX_DPI = 300


def page_images(data: bytes, dpi: int, first: int = 1, last: int = 0):
    """Yield each page (1-based range, 0 = to the end) as a QImage at ``dpi``."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        count = len(pdf)
        last = count if last <= 0 else min(last, count)
        for index in range(max(first, 1) - 1, last):
            page = pdf[index]
            bitmap = page.render(scale=dpi / 72)
            picture = bitmap.to_pil().convert("RGB")
            image = QImage(
                picture.tobytes(), picture.width, picture.height, picture.width * 3, QImage.Format.Format_RGB888
            )
            yield image.copy()  # copy: the bytes above go away with the PIL picture
            page.close()
    finally:
        pdf.close()


def page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def print_pdf(
    data: bytes,
    printer: QPrinter,
    copies: int = 1,
    told: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> int:
    """Paint the PDF's pages onto the printer (honouring a chosen page range), ``copies`` times
    over (each copy whole, in order); returns the pages printed. The pages are rendered once
    and painted again for every copy, so 30 copies of a summary cost little more than one.

    ``told(printed, total)`` hears each page as it is painted; when ``stop()`` says so before a
    page, the print run is aborted (the printer drops what it had) and the pages painted so far
    are returned."""
    dpi = max(72, min(printer.resolution(), MAX_DPI))
    first, last = printer.fromPage(), printer.toPage()
    count = page_count(data)
    end = count if last <= 0 else min(last, count)
    total = max(0, end - max(first, 1) + 1) * max(1, copies)
    images = list(page_images(data, dpi, first or 1, last or 0)) if copies > 1 else None
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("de printer kon niet worden gestart")
    printed = 0
    try:
        for _copy in range(max(1, copies)):
            for image in images if images is not None else page_images(data, dpi, first or 1, last or 0):
                if stop is not None and stop():
                    printer.abort()
                    return printed
                if printed:
                    printer.newPage()
                area = QRectF(painter.viewport())
                scale = min(area.width() / image.width(), area.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                painter.drawImage(QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h), image)
                printed += 1
                if told is not None:
                    told(printed, total)
    finally:
        painter.end()
    return printed
