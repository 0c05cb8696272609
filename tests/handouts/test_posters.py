"""A3 posters of the Krachtenkaart and the Type 1–4 board: one sheet, whatever the evening held."""

from __future__ import annotations

import io

from facilitator.domain import eigenaarschap as own
from facilitator.domain import krachtenkaart as kk
from facilitator.domain.session import Session
from facilitator.handouts.posters import write_poster
from tests.handouts import pdftext


def _pdf(s: Session, kind: str) -> bytes:
    out = io.BytesIO()
    write_poster(s, kind, out)
    return out.getvalue()


def test_krachtenkaart_poster_is_one_a3_sheet_with_jewels_on_top():
    s = Session()
    kk.add_card(s, "Bakkerij", "economie")
    jewel = kk.add_card(s, "Dorpshuis", "plekken")
    kk.add_card(s, "Molen", "plekken")
    kk.set_crown(s, jewel, True)
    data = _pdf(s, "krachtenkaart")
    page = pdftext.reader(data).pages[0]
    assert len(pdftext.reader(data).pages) == 1
    assert round(float(page.mediabox.width)) == 1191 and round(float(page.mediabox.height)) == 842  # A3 landscape
    text = pdftext.text(data)
    assert (
        pdftext.missing_in_order(text, ["Krachtenkaart van", "Fysieke plekken (2)", "★ 2. Dorpshuis", "3. Molen"]) == []
    )


def test_a_full_wall_still_fits_one_sheet_and_says_how_many_more():
    s = Session()
    for n in range(120):
        kk.add_card(s, f"Kaart {n} met een titel van een paar woorden", "gaven")
    data = _pdf(s, "krachtenkaart")
    assert len(pdftext.reader(data).pages) == 1
    text = pdftext.text(data)
    shown = len([n for n in range(120) if f"Kaart {n} met" in text])
    assert 8 <= shown < 120 and f"+ {120 - shown} meer" in text


def test_type_board_poster_shows_where_the_room_wants_each_activity():
    s = Session()
    huis = own.add_activity(s, "Dorpshuis", current_type=3)
    own.set_wanted_type(s, huis, 2)
    own.add_activity(s, "IJsbaan", current_type=1)
    data = _pdf(s, "eigenaarschap")
    assert len(pdftext.reader(data).pages) == 1
    text = pdftext.text(data)
    assert pdftext.missing_in_order(text, ["Type 1", "Type 3", "IJsbaan", "Dorpshuis → Type 2"]) == []
