"""The handout of a meeting: a cover, then one section per step that holds anything.

Used by the command line (``main.py handout``) and by the Afronding step, which
runs :func:`write_handout` in a worker thread and shows its progress.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from ..domain.session import Session
from . import layout
from .reading import Reader
from .sections import (
    actieplan,
    carried,
    cover,
    eigenaarschap,
    evening,
    gemeente,
    krachtenkaart,
    mapimage,
    review,
    rollen,
    spiegel,
    yields,
)
from .sections import room as room_section
from .words import long_date

Section = Callable[[Reader, dict[str, Any]], list[Flowable]]

#: (key, builder, room it needs on the page before it starts; 0: a new page), in meeting order
SECTIONS: list[tuple[str, Section, float]] = [
    ("review", review.build, 0),  # a later meeting starts with what changed (issue 15)
    ("room", room_section.build, 0),
    ("krachtenkaart", krachtenkaart.build, 0),
    ("map", mapimage.build, 200 * mm),
    ("ideas", krachtenkaart.build_ideas, 90 * mm),
    ("parkeerplaats", krachtenkaart.build_parked, 70 * mm),
    ("carried", carried.build, 70 * mm),
    ("eigenaarschap", eigenaarschap.build, 0),
    ("rollen", rollen.build, 0),
    ("spiegel", spiegel.build, 0),
    ("gemeente", gemeente.build, 0),
    ("actieplan", actieplan.build, 0),
    ("yields", yields.build, 90 * mm),
    ("evening", evening.build, 90 * mm),
]


def section_stories(reader: Reader, styles: dict[str, Any]) -> list[tuple[str, list[Flowable]]]:
    """The sections that have something in them, each as (key, flowables) with its page break."""
    out = []
    for key, builder, room in SECTIONS:
        story = builder(reader, styles)
        if story:
            out.append((key, [CondPageBreak(room) if room else PageBreak(), layout.SectionStart(key), *story]))
    return out


def _contents_name(reader: Reader, key: str) -> str:
    if key == "ideas":
        return " · ".join(reader.t(part) for part in krachtenkaart.ideas_parts(reader))
    return reader.t(key)


def write_handout(
    session: Session,
    target: str | Path | IO[bytes],
    language: str = "nl",
    anonymous: bool = False,
    progress: layout.Progress | None = None,
    photos: bool = False,
    review: Any = None,
) -> None:
    """Write the handout PDF of ``session`` to a path or binary stream; ``photos``: print the
    cards' photos in their rows (never in the anonymous handout); ``review``: the then-and-now
    of the place (``domain.review.Review``), printed first when there was an earlier meeting."""
    report = progress or (lambda fraction, message: None)
    report(0.02, "")
    reader = Reader(session, language, anonymous)
    reader.photos = photos
    reader.review = review
    styles = layout.make_styles()
    sections = section_stories(reader, styles)
    report(0.3, "")
    contents = [(key, _contents_name(reader, key)) for key, _story in sections]
    story: list[Flowable] = cover.build(reader, styles, contents)
    for _key, part in sections:
        story += part
    meeting = reader.single("meeting")
    place = reader.text(cover.title(reader))
    date = long_date(str(getattr(meeting, "date", "") or ""), reader.language)
    footer = " · ".join(s for s in ("Kernkracht", place, date) if s)
    if isinstance(target, Path):
        target = str(target)
    layout.build(story, target, footer, reader.language, f"{reader.t('handout')}: {place}", progress)
    report(1.0, "")


def handout_bytes(
    session: Session, language: str = "nl", anonymous: bool = False, photos: bool = False, review: Any = None
) -> bytes:
    out = io.BytesIO()
    write_handout(session, out, language=language, anonymous=anonymous, photos=photos, review=review)
    return out.getvalue()
