"""Printing a PDF made by the handouts package: each page rendered at printer resolution.

PySide6-Essentials has QtPrintSupport but not QtPdf (that is in PySide6-Addons, a 59 MB
wheel); pypdfium2 (a 4 MB wheel with PDFium inside) renders the pages instead.
"""

from __future__ import annotations

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


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint the PDF's pages onto the printer (honouring a chosen page range); returns pages printed."""
    dpi = max(72, min(printer.resolution(), MAX_DPI))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("de printer kon niet worden gestart")
    printed = 0
    try:
        first, last = printer.fromPage(), printer.toPage()
        for image in page_images(data, dpi, first or 1, last or 0):
            if printed:
                printer.newPage()
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h), image)
            printed += 1
    finally:
        painter.end()
    return printed
