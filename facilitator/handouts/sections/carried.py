"""Klopt dit nog?: what the room said of the cards carried from the last meeting.

Printed after the Krachtenkaart in a meeting made from an earlier one: how many cards
still hold, changed or are gone, and the gone ones by name (they are no longer on the
board, so this is the only place they are still seen). Empty, and so left out, in a
first meeting.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from .. import fonts
from ..layout import CELL_LIMIT, TextPara, para, shorten, table
from ..reading import Reader
from .krachtenkaart import categories


def build(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    cards = [c for c in reader.all("asset_card") if str(getattr(c, "confirm", "") or "")]
    gone = list(reader.all("gone_card"))
    if not cards and not gone:
        return []
    counts = {"te_bevestigen": 0, "klopt": 0, "gewijzigd": 0}
    for card in cards:
        counts[str(card.confirm)] = counts.get(str(card.confirm), 0) + 1
    story: list[Flowable] = [
        Paragraph(fonts.markup(reader.t("carried")), styles["h1"]),
        Paragraph(
            fonts.markup(
                reader.t(
                    "carried_counts",
                    confirmed=counts["klopt"],
                    changed=counts["gewijzigd"],
                    gone=len(gone),
                    waiting=counts["te_bevestigen"],
                )
            ),
            styles["intro"],
        ),
    ]
    if gone:
        names = dict(categories(reader))
        rows: list[list[Any]] = [
            [para(h, styles["head"]) for h in (reader.t("gone_card"), reader.t("carried_category"))]
        ]
        for card in gone:
            lines = [f"<b>{fonts.markup(shorten(reader.text(card.title), CELL_LIMIT))}</b>"]
            if str(card.description).strip():
                lines.append(fonts.markup(shorten(reader.text(card.description), CELL_LIMIT)))
            rows.append(
                [
                    TextPara("<br/>".join(lines), styles["cell"]),
                    para(names.get(card.category, card.category), styles["cell"]),
                ]
            )
        story += [Paragraph(fonts.markup(reader.t("gone_intro")), styles["intro"]), table(rows, [128 * mm, 50 * mm])]
    return story
