"""The handout PDF holds what the session holds, in the meeting's order; empty parts are left out."""

from __future__ import annotations

import io
import re

import pytest

from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.domain import support
from facilitator.domain.session import Session
from facilitator.handouts import handout_bytes, write_handout
from tests.handouts import pdftext


def village() -> Session:
    s = Session()
    prep.edit_meeting(
        s, place="Oosterwolde", date="2026-05-04", facilitator="Hanna Smit", purpose="Kijken wat er sterk is"
    )
    jan = prep.add_participant(s, "Jan Zwart", "bewoner", "IJsclub")
    prep.edit_participant(s, jan, consent=True, email="jan@example.org")
    prep.add_participant(s, "Els Groen", "ambtenaar", "Gemeente")
    a = kk.add_card(s, "Bakker Piet bakt voor iedereen", "gaven", holder="Piet de Bakker", description="Elke zaterdag")
    b = kk.add_card(s, "Het dorpshuis", "plekken")
    c = kk.add_card(s, "Koor Zingend Oost", "verenigingen")
    kk.set_crown(s, b, True, "Iedereen komt er")
    kk.set_dots(s, b, 3)
    kk.set_crown(s, c, True, "Al honderd jaar")
    kk.set_dots(s, c, 9)
    kk.set_dots(s, a, 2)
    idea = kk.connect(s, [a, b], "Broodmaaltijd in het dorpshuis", "Samen eten")
    kk.set_vision(s, "Een dorp waar iedereen meedoet")
    support.ask_partner(s, "Woningcorporatie", ask="Een sleutel van de zaal", idea_ids=[idea.id])
    return s


def test_empty_session_gives_only_a_cover():
    data = handout_bytes(Session())
    text = pdftext.text(data)
    assert len(pdftext.reader(data).pages) == 1
    assert "Hand-out" in text or "HAND-OUT" in text
    for heading in ("Krachtenkaart", "Kroonjuwelen", "Plattegrond van het dorp", "Onze visie", "Actieplan", "Rollen"):
        assert heading not in text


def test_krachtenkaart_sections_in_order_with_crown_jewels_ranked_first():
    data = handout_bytes(village())
    cover = pdftext.body(data.__class__(data), skip_cover=False)
    assert (
        cover.index("Oosterwolde") < cover.index("4 mei 2026") < cover.index("Wie waren er") < cover.index("Jan Zwart")
    )
    text = pdftext.body(data)
    order = [
        "Krachtenkaart",
        "Kroonjuwelen",
        "Koor Zingend Oost",  # 9 dots: first crown jewel
        "Het dorpshuis",  # 3 dots: second
        "Gaven van mensen",
        "Bakker Piet bakt voor iedereen",
        "Verenigingen en groepen",
        "Fysieke plekken",
        "Onze visie",
        "Een dorp waar iedereen meedoet",
        "Broodmaaltijd in het dorpshuis",
        "Steun van buiten",
        "Woningcorporatie",
    ]
    positions = [text.find(item) for item in order]
    assert all(p >= 0 for p in positions), [o for o, p in zip(order, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    assert "Al honderd jaar" in text and "Iedereen komt er" in text
    # the map is left out: there is no map picture
    assert "Plattegrond van het dorp" not in text
    # no empty categories
    for empty in ("Instellingen", "Lokale economie", "Cultuur en verhalen"):
        assert empty not in text


def test_english_handout():
    text = pdftext.text(handout_bytes(village(), language="en"))
    assert "Asset map" in text and "Crown jewels" in text and "May 4, 2026" in text
    assert "Krachtenkaart" not in text


def test_contact_details_only_with_consent_and_the_share_tick():
    s = village()
    # a record that somehow carries contact details without consent (an old import) stays private
    s.add(
        prep.Participant(name="Kees Wit", email="kees@example.org", phone="0600000000", share_contact=True), label="x"
    )
    text = pdftext.text(handout_bytes(s))
    assert "Jan Zwart" in text and "jan@example.org" not in text  # kept with consent, but not shared: names only
    jan = next(p for p in s.all(prep.Participant) if p.name == "Jan Zwart")
    prep.edit_participant(s, jan, share_contact=True)
    text = pdftext.text(handout_bytes(s))
    assert "Jan Zwart" in text and "jan@example.org" in text
    assert "Kees Wit" in text
    assert "kees@example.org" not in text and "0600000000" not in text


def test_anonymous_handout_names_nobody():
    s = village()
    kk.add_card(s, "Jan Zwart repareert fietsen", "gaven", holder="Jan Zwart")
    kk.add_card(s, "Els bakt taarten voor Januari-feest", "gaven")
    data = handout_bytes(s, anonymous=True)
    text = pdftext.text(data)
    for secret in ("Jan Zwart", "Els Groen", "Hanna Smit", "Piet de Bakker", "jan@example.org"):
        assert secret.lower() not in text.lower()
    assert "2 deelnemers" in text
    assert "repareert fietsen" in text  # the card itself stays, without the name
    # a first name alone too, not inside words; the same stand-in as the anonymised export gives
    assert re.search(r"Deelnemer \d bakt taarten voor Januari-feest", text)
    assert "Oosterwolde" in text


def test_map_picture_is_scaled_down_and_pins_are_listed():
    s = village()
    kk.set_map_picture(s, pdftext.png(4000, 3000), "image/png", 4000, 3000, "kaart.png")
    card = kk.cards(s, "plekken")[0]
    kk.pin_card(s, card, 0.25, 0.75)
    data = handout_bytes(s)
    text = pdftext.body(data)
    assert text.index("Plattegrond van het dorp") < text.index("Spelden op de plattegrond") < text.index("Onze visie")
    assert f"{card.number}. Het dorpshuis" in text
    sizes = pdftext.images(data)
    assert sizes and max(max(w, h) for w, h in sizes) <= 1600
    assert len(data) < 2_000_000


def test_unreadable_map_picture_is_said_not_fatal():
    s = village()
    damaged = pdftext.png(200, 100)[:80] + b"kapot" * 20  # a PNG header, then rubbish
    kk.set_map_picture(s, damaged, "image/png", 200, 100)
    text = pdftext.text(handout_bytes(s))
    assert "De plattegrond kon niet worden gelezen." in text
    # a picture missing from the file altogether says the same
    s.update(s.single(kk.MapPicture), "x", blob_id="0" * 64)
    assert "De plattegrond kon niet worden gelezen." in pdftext.text(handout_bytes(s))


def test_fonts_are_embedded_and_symbols_use_the_fallback():
    s = village()
    kk.add_card(s, "Feest 🎉 in Łódź ő", "cultuur")
    data = handout_bytes(s)
    found = pdftext.fonts(data)
    assert found, "no fonts"
    assert all(pdftext.embedded(f) for f in found.values()), list(found)
    names = " ".join(found)
    assert "DejaVuSans" in names and "DejaVuSans-Bold" in names and "Symbola" in names
    # only the 14 standard fonts could be left out; none of them is used
    assert "Helvetica" not in names and "Times" not in names


def test_writes_to_a_path(tmp_path):
    target = tmp_path / "uit.pdf"
    write_handout(village(), target)
    assert target.read_bytes().startswith(b"%PDF")


def test_progress_is_reported_from_start_to_end():
    seen: list[float] = []
    write_handout(village(), io.BytesIO(), progress=lambda fraction, _message: seen.append(fraction))
    assert seen[0] < 0.1 and seen[-1] == 1.0
    assert seen == sorted(seen)
    assert len(seen) > 5


@pytest.mark.parametrize("anonymous", [False, True])
def test_footer_has_place_date_and_page_numbers(anonymous):
    s = village()
    for n in range(60):
        kk.add_card(s, f"Kaart nummer {n}", "economie", description="lang verhaal " * 20)
    pages = pdftext.pages(handout_bytes(s, anonymous=anonymous))
    assert len(pages) > 2
    for n, page in enumerate(pages, start=1):
        assert f"pagina {n}" in page
        assert "Oosterwolde" in page and "4 mei 2026" in page


def test_anonymous_demo_village_names_nobody_anywhere():
    from facilitator.demo import build_demo

    s = Session()
    build_demo(s)
    people = {p.name for p in s.all(prep.Participant)} | {prep.meeting(s).facilitator}
    people |= {c.holder for c in kk.cards(s) if c.holder}
    assert len(people) > 5
    text = pdftext.text(handout_bytes(s, anonymous=True)).lower()
    for name in people:
        for part in name.split():
            if len(part) >= 3 and part[0].isupper() and part.lower() not in ("van", "der", "den"):
                assert not re.search(rf"(?<!\w){re.escape(part.lower())}(?!\w)", text), part
    emails = [p.email for p in s.all(prep.Participant) if p.email] + [
        p.phone for p in s.all(prep.Participant) if p.phone
    ]
    assert emails and not any(e.lower() in text for e in emails)
