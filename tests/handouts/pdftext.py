"""Reading back what a handout PDF says, for the tests (pypdf, no poppler needed)."""

from __future__ import annotations

import io
import re
import struct
import zlib
from typing import Any

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def pages(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in reader(data).pages]


def text(data: bytes) -> str:
    """All text, with runs of whitespace folded to one space (line breaks vary)."""
    return re.sub(r"\s+", " ", "\n".join(pages(data)))


def squeezed(data: bytes) -> str:
    """All text without any whitespace, for text that wraps at unknown places."""
    return re.sub(r"\s+", "", "".join(pages(data)))


def body(data: bytes, skip_cover: bool = True) -> str:
    """The text of the pages without their footers (and without the cover), whitespace folded."""
    out = []
    for n, page in enumerate(pages(data)):
        if skip_cover and n == 0:
            continue
        out.append(re.sub(r"^.*?(pagina|page) \d+", "", page, count=1, flags=re.S))
    return re.sub(r"\s+", " ", "\n".join(out))


def fonts(data: bytes) -> dict[str, dict[str, Any]]:
    """Base font name → its font dictionary, over all pages (descendants for Type0 fonts)."""
    found: dict[str, dict[str, Any]] = {}
    for page in reader(data).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            found[str(font.get("/BaseFont"))] = font
    return found


def embedded(font: dict[str, Any]) -> bool:
    descriptor = font.get("/FontDescriptor")
    if descriptor is None and "/DescendantFonts" in font:
        descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def images(data: bytes) -> list[tuple[int, int]]:
    sizes = []
    for page in reader(data).pages:
        xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
        for obj in xobjects.values():
            obj = obj.get_object()
            if obj.get("/Subtype") == "/Image":
                sizes.append((int(obj["/Width"]), int(obj["/Height"])))
    return sizes


def png(width: int, height: int) -> bytes:
    """A grey-striped RGB PNG made by hand (zlib), as a stand-in for a scanned map."""
    line = b"\x00" + b"".join(bytes((x % 256, 200, (x * 3) % 256)) for x in range(width))
    raw = line * height

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


def missing_in_order(text: str, items: list[str]) -> list[str]:
    """The items not found in this order in the text (each searched after the one before)."""
    at, missing = 0, []
    for item in items:
        found = text.find(item, at)
        if found < 0:
            missing.append(item)
        else:
            at = found + len(item)
    return missing
