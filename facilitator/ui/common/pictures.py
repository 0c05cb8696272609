"""Reading picture files for the map and for photos, and decoding stored pictures for display.

A map picture is stored with its original bytes in the session file, but shown from a
pixmap of at most :data:`MAX_DISPLAY` pixels on its long side: a 6000×4000 photo of a
paper map would otherwise take ~100 MB of memory just to sit on the screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from ...domain import krachtenkaart as kk
from .background import worker

MAX_DISPLAY = 4096
#: pictures up to this many pixels are decoded at once on the GUI thread (a few tens of ms);
#: larger ones in a worker thread (a 6000×4500 photo takes about 0.35 s)
DECODE_AT_ONCE = 2_000_000


@dataclass
class PictureFile:
    """A picture file that passed the checks: its bytes and what they are."""

    data: bytes
    mime: str
    width: int
    height: int
    name: str


class PictureError(Exception):
    """A picture file that cannot be used; ``str()`` is a message for the user."""


def read_picture(path: Path) -> PictureFile:
    """Read and check a PNG or JPEG file; raises PictureError with a Dutch message."""
    try:
        size = path.stat().st_size
        if size > kk.MAX_PICTURE_BYTES:
            raise PictureError(
                QCoreApplication.translate(
                    "Pictures", "Dit bestand is te groot ({0} MB). Kies een afbeelding tot {1} MB."
                ).format(size // (1024 * 1024), kk.MAX_PICTURE_BYTES // (1024 * 1024))
            )
        data = path.read_bytes()
    except OSError as exc:
        raise PictureError(
            QCoreApplication.translate("Pictures", "Het bestand kan niet gelezen worden: {0}").format(
                exc.strerror or exc
            )
        ) from exc
    if not data:
        raise PictureError(QCoreApplication.translate("Pictures", "Het bestand is leeg."))
    mime = kk.picture_mime(data)
    if mime is None:
        raise PictureError(
            QCoreApplication.translate(
                "Pictures", "Dit is geen PNG- of JPEG-afbeelding. Kies een foto of plattegrond in PNG of JPEG."
            )
        )
    reader = _reader(data)
    dims = reader.size()
    if not reader.canRead() or dims.width() <= 0 or dims.height() <= 0:
        raise PictureError(
            QCoreApplication.translate("Pictures", "Deze afbeelding is beschadigd en kan niet gelezen worden.")
        )
    if dims.width() * dims.height() > kk.MAX_PICTURE_PIXELS:
        raise PictureError(
            QCoreApplication.translate(
                "Pictures", "Deze afbeelding is te groot ({0} × {1} beeldpunten). Verklein hem eerst."
            ).format(dims.width(), dims.height())
        )
    # decode a small version: a file that only has a valid header fails here, not later on screen
    probe = decode(data, 64)
    if probe.isNull():
        raise PictureError(
            QCoreApplication.translate("Pictures", "Deze afbeelding is beschadigd en kan niet gelezen worden.")
        )
    return PictureFile(data, mime, dims.width(), dims.height(), path.name)


def _reader(data: bytes) -> QImageReader:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    reader._buffer = buffer  # type: ignore[attr-defined]  # keep the buffer alive with the reader
    return reader


def decode(data: bytes, longest: int = MAX_DISPLAY) -> QImage:
    """Decode stored picture bytes, scaled down while decoding so the long side is at most ``longest``."""
    reader = _reader(data)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > longest:
        reader.setScaledSize(size.scaled(QSize(longest, longest), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return image


def display_pixmap(data: bytes | None, longest: int = MAX_DISPLAY) -> QPixmap:
    """A pixmap for the screen (null when there are no bytes or they cannot be decoded)."""
    if not data:
        return QPixmap()
    image = decode(data, longest)
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


def decodes_quickly(data: bytes) -> bool:
    """Whether ``data`` is small enough to decode on the GUI thread without a stall."""
    size = _reader(data).size()
    return not size.isValid() or size.width() * size.height() <= DECODE_AT_ONCE


class PictureDecoder(QObject):
    """Decodes a large picture in a worker thread (Qt's decoders let go of the interpreter lock),
    so showing a big map does not freeze the window. ``decoded(key, image)`` comes on the GUI
    thread; only the newest request's answer is sent, so a picture chosen meanwhile wins."""

    decoded = Signal(str, QImage)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._newest = ""

    def request(self, key: str, data: bytes, longest: int = MAX_DISPLAY) -> None:
        self._newest = key

        def work() -> None:
            image = decode(data, longest)
            if key == self._newest:
                self.decoded.emit(key, image)

        worker(work, "kernkracht-picture").start()
