"""Card photos on paper: each one scaled down for print and put in its card's row.

Photos are only printed when the facilitator ticks the choice in Afronding, and never in
the anonymous handout (a photo can show who someone is). A photo that cannot be read is
left out; the handout is still made.
"""

from __future__ import annotations

import io
from typing import Any

from PIL import Image as Picture
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image

from ..reading import Reader

#: longest side in pixels: about 300 dpi at the printed size
MAX_PIXELS = 500
PRINTED = 38 * mm
MAX_PER_CARD = 3


def _jpeg(data: bytes) -> tuple[bytes, int, int] | None:
    try:
        with Picture.open(io.BytesIO(data)) as img:
            img.draft("RGB", (MAX_PIXELS, MAX_PIXELS))
            img.load()
            picture = img.convert("RGB")
    except Exception:  # an unreadable or foreign file: left out
        return None
    picture.thumbnail((MAX_PIXELS, MAX_PIXELS), Picture.Resampling.BILINEAR)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=80)
    return out.getvalue(), picture.width, picture.height


def for_card(reader: Reader, card: Any) -> list[Flowable]:
    """The card's photos as images at most ``PRINTED`` wide, when the handout prints photos."""
    if not getattr(reader, "photos", False) or reader.anonymous:
        return []
    out: list[Flowable] = []
    for blob_id in list(getattr(card, "photos", []) or [])[:MAX_PER_CARD]:
        data = reader.blob(str(blob_id))
        made = _jpeg(data) if data else None
        if made is None:
            continue
        jpeg, width, height = made
        scale = min(PRINTED / width, PRINTED / height)
        out.append(Image(io.BytesIO(jpeg), width=width * scale, height=height * scale, hAlign="LEFT"))
    return out
