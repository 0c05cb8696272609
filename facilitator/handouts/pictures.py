"""PNG pictures for the village newsletter and website: the Type 1–4 board, the roles radar
and the map with its pins, drawn exactly as on the handout.

Each picture is drawn by reportlab on a page the size of the picture, and that page is
turned into pixels by pypdfium2 (already used to print), so no other drawing library is
needed and the picture always matches the paper.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from ..domain.session import Session
from . import fonts, layout
from .reading import Reader
from .sections import eigenaarschap, mapimage

KINDS = ("board", "radar", "map")
#: the width the picture is laid out at (the handout's text column)
WIDTH = 178 * mm
PAD = 6 * mm


class NothingToDraw(ValueError):
    """The session has nothing for this picture (no activities, no scores, no map)."""


def _flowables(reader: Reader, kind: str) -> list[Flowable]:
    styles = layout.make_styles()
    if kind == "board":
        activities = [a for a in reader.all("activity") if str(getattr(a, "title", "")).strip()]
        return [eigenaarschap.board(reader, styles, activities)] if activities else []
    if kind == "radar":
        from ..domain import rollen
        from .radar import radar

        set_id = rollen.current_set_id(reader.session)
        out: list[Flowable] = []
        for group in rollen.scored_groups(reader.session, set_id):
            rows = rollen.profile(reader.session, set_id, group, reader.language)
            out.append(radar([r.name for r in rows], [r.now for r in rows], [r.wanted for r in rows], 250, "", WIDTH))
        return out[:1]
    if kind == "map":
        story = mapimage.build(reader, styles)
        return [f for f in story if isinstance(f, mapimage.PinnedMap)]
    raise KeyError(kind)


def picture_pdf(session: Session, kind: str, language: str = "nl", anonymous: bool = False) -> bytes:
    """A one-page PDF exactly the size of the picture."""
    reader = Reader(session, language, anonymous)
    flowables = _flowables(reader, kind)
    if not flowables:
        raise NothingToDraw(kind)
    item = flowables[0]
    width, height = item.wrap(WIDTH, 260 * mm)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width + 2 * PAD, height + 2 * PAD), initialFontName=fonts.REGULAR)
    item.drawOn(canvas, PAD, PAD)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def picture_png(session: Session, kind: str, dpi: int = 200, language: str = "nl", anonymous: bool = False) -> bytes:
    """The picture as PNG bytes at ``dpi`` (200: sharp in a newsletter, small on a website)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(picture_pdf(session, kind, language, anonymous))
    try:
        page = pdf[0]
        image: Any = page.render(scale=dpi / 72).to_pil()
        page.close()
    finally:
        pdf.close()
    out = io.BytesIO()
    image.convert("RGB").save(out, "PNG", optimize=True)
    return out.getvalue()


def write_picture(session: Session, kind: str, target: str | Path, **options: Any) -> None:
    Path(target).write_bytes(picture_png(session, kind, **options))
