"""The scaled map picture is made once per stored picture and embedded as JPEG."""

from __future__ import annotations

import io

from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from facilitator.handouts.sections import mapimage
from tests.handouts import pdftext


def test_a_picture_is_scaled_once_and_read_only_when_new():
    data = pdftext.png(2000, 1000)
    reads: list[int] = []

    def read() -> bytes:
        reads.append(1)
        return data

    first = mapimage.scaled("test-blob-once", read)
    second = mapimage.scaled("test-blob-once", read)
    assert first is not None and second is not None
    assert len(reads) == 1
    assert first[1:] == second[1:] == (1600, 800)
    assert first[0].getRGBData() == second[0].getRGBData()


def test_an_unreadable_picture_is_not_remembered():
    assert mapimage.scaled("test-blob-bad", lambda: b"no picture") is None
    assert mapimage.scaled("test-blob-bad", lambda: pdftext.png(10, 10)) is not None


def test_the_scaled_picture_is_embedded_as_jpeg_and_looks_the_same():
    prepared = mapimage.prepare(pdftext.png(4000, 3000))
    assert prepared is not None
    picture, width, height = prepared
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawImage(picture, 0, 0, 400, 300)
    canvas.save()
    assert b"/DCTDecode" in out.getvalue()
    jpeg = Image.open(io.BytesIO(picture.getRGBData()))
    assert jpeg.format == "JPEG" and jpeg.size == (width, height) == (1600, 1200)
    # the stripes of the stand-in map survive the scaling (green channel is 200 everywhere)
    assert abs(jpeg.convert("RGB").getpixel((800, 600))[1] - 200) < 12
