"""The map picture with numbered pins, and a legend of what each pin is.

The picture is stored in the session as a blob; a big photo or scan (4000×3000) is
scaled down to print resolution and stored as JPEG in the PDF, so the handout stays
small and quick to make.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from typing import Any

from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph

from .. import fonts
from ..layout import INK, para, table
from ..reading import Reader
from .krachtenkaart import card_label

#: longest side in pixels of the picture put into the PDF (about 230 dpi across A4)
MAX_PIXELS = 1600
MAX_HEIGHT = 150 * mm

#: scaled pictures by blob id (a sha256 of the stored bytes, so an id never changes meaning):
#: the Afronding step makes a handout more than once (look, print, save), and decoding and
#: scaling a 4000×3000 photo is the slowest single part of a handout
_SCALED: dict[str, tuple[bytes, int, int]] = {}
_SCALED_KEEP = 4
_LOCK = threading.Lock()  # handouts are made in a worker thread


class JpegPicture(ImageReader):
    """JPEG bytes that reportlab embeds as they are, named by those bytes.

    reportlab names every ImageReader image by an md5 of its decoded pixels, which for a
    1600×1200 JPEG means decoding it again (5.7 MB) just to name it; the JPEG bytes are as
    unique. They are only used for that name: a JPEG is embedded from its file handle.
    """

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._jpeg = data
        self._dataA = None  # a JPEG has no alpha (reportlab sets this in getRGBData)

    def getRGBData(self) -> bytes:
        return self._jpeg


def scaled(blob_id: str, read: Callable[[], bytes | None]) -> tuple[JpegPicture, int, int] | None:
    """:func:`prepare` for a stored picture, remembered by its blob id (read only when new)."""
    with _LOCK:
        known = _SCALED.get(blob_id)
    if known is None:
        data = read()
        made = _jpeg(data) if data else None
        if made is None:
            return None
        with _LOCK:
            while len(_SCALED) >= _SCALED_KEEP:
                _SCALED.pop(next(iter(_SCALED)))
            _SCALED[blob_id] = known = made
    jpeg, width, height = known
    return JpegPicture(jpeg), width, height


def prepare(data: bytes) -> tuple[ImageReader, int, int] | None:
    """The picture scaled down and compressed for print, or None when it cannot be read."""
    made = _jpeg(data)
    if made is None:
        return None
    jpeg, width, height = made
    return JpegPicture(jpeg), width, height


def _jpeg(data: bytes) -> tuple[bytes, int, int] | None:
    """JPEG bytes of the picture scaled down for print, with its size; None when unreadable."""
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.draft("RGB", (MAX_PIXELS, MAX_PIXELS))  # JPEG: decode at reduced size already
            img.load()
            picture = img.convert("RGB") if img.mode != "RGB" else img
    except Exception:  # any unreadable or foreign picture: the section says so instead
        return None
    factor = max(picture.width, picture.height) // MAX_PIXELS
    if factor >= 2:
        picture = picture.reduce(factor)  # a fast box filter first, then a smooth final step
    picture.thumbnail((MAX_PIXELS, MAX_PIXELS), Image.Resampling.BILINEAR)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=82, optimize=False)
    return out.getvalue(), picture.width, picture.height


class PinnedMap(Flowable):
    """The picture, fitted to the frame, with a numbered circle at every pinned card."""

    def __init__(self, picture: ImageReader, width: int, height: int, pins: list[tuple[float, float, int]]) -> None:
        super().__init__()
        self.picture = picture
        self.pixels = (max(width, 1), max(height, 1))
        self.pins = pins
        self.draw_width = self.draw_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        w, h = self.pixels
        scale = min(avail_width / w, min(MAX_HEIGHT, max(avail_height, 60 * mm)) / h)
        self.draw_width, self.draw_height = w * scale, h * scale
        return self.draw_width, self.draw_height

    def draw(self) -> None:
        c = self.canv
        c.drawImage(self.picture, 0, 0, self.draw_width, self.draw_height)
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.rect(0, 0, self.draw_width, self.draw_height)
        for x, y, number in self.pins:
            px, py = x * self.draw_width, (1 - y) * self.draw_height
            label = str(number)
            radius = 2.6 * mm if len(label) < 3 else 3.2 * mm
            c.setFillColorRGB(1, 1, 1)
            c.setLineWidth(1.1)
            c.circle(px, py, radius, stroke=1, fill=1)
            c.setFillColor(INK)
            c.setFont(fonts.BOLD, 7 if len(label) < 3 else 6)
            c.drawCentredString(px, py - 2.4, label)


def build(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    pic = reader.single("map_picture")
    blob_id = str(getattr(pic, "blob_id", "") or "")
    if not blob_id:
        return []
    pinned = sorted((c for c in reader.all("asset_card") if c.pinned), key=lambda c: int(c.number or 0))
    story: list[Flowable] = [Paragraph(fonts.markup(reader.t("map")), styles["h1"])]
    prepared = scaled(blob_id, lambda: reader.blob(blob_id))
    if prepared is None:
        story.append(Paragraph(fonts.markup(reader.t("map_missing")), styles["body"]))
    else:
        image, w, h = prepared
        pins = [(float(c.pin_x), float(c.pin_y), int(c.number or 0)) for c in pinned]
        story.append(PinnedMap(image, w, h, pins))
    if pinned:
        story.append(Paragraph(fonts.markup(reader.t("map_legend")), styles["h2"]))
        cells = [para(reader.text(card_label(c)), styles["small"], limit=160) for c in pinned]
        columns = 3
        rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
        rows[-1] += [""] * (columns - len(rows[-1]))
        story.append(table(rows, [178 * mm / columns] * columns, header=False, zebra=False))
    return story
