"""Three meetings of one village over five years, made from each other (domain and store, no Qt).

A first village evening in 2026, a progress meeting a year later made from it, and a
tussenbalans two years after that made from the progress meeting: what carried over, what
the room confirmed, changed or called gone, and the chain of each record back to 2026.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain import actieplan as ap
from facilitator.domain import card_check, lineage, meeting_kinds, rollen, scoring, themes
from facilitator.domain import eigenaarschap as eg
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import next_meeting as nm
from facilitator.domain import preparation as prep
from facilitator.domain import review as rv
from facilitator.handouts.handout import handout_bytes
from facilitator.store import next_meeting as store
from facilitator.store import review as store_review
from facilitator.store.library import Library
from facilitator.store.sessionfile import open_session
from tests.handouts import pdftext


def first_evening(library: Library) -> Path:
    path = library.create("Oosterwolde", "2026-03-12", municipality="Ooststellingwerf")
    sf, s = open_session(path)
    anna = prep.add_participant(s, "Anna de Vries", organisation="Dorpsbelang")
    prep.edit_participant(s, anna, consent=True, email="anna@example.nl")
    prep.add_participant(s, "Bert Zonder Ja")  # never agreed to be kept
    kk.set_vision(s, "Een dorp waar jong en oud blijven wonen", date="2026-03-12")
    kk.add_card(s, "Speeltuin aan de Vaart", "plekken")
    kk.add_card(s, "Ijsclub", "verenigingen")
    kk.add_card(s, "Bakkerij Hoekstra", "economie")
    ijs = kk.cards(s)[1]
    kk.add_dots(s, ijs, 4)
    eg.add_activity(s, "IJsbaan", current_type=2, card_id=ijs.id)
    rollen.set_score(s, rollen.current_set_id(s), "representatief", now=2, wanted=4)
    value = scoring.items("values")[0].id
    scoring.set_score(s, "values", value, now=1, wanted=3)
    ap.add_action(s, "Bankje bij de speeltuin")
    jongeren = ap.add_action(s, "Jongerenavond")
    ap.add_action(s, "Glasvezel aanvragen")
    jeugd = themes.add_theme(s, "Jeugd")
    themes.set_werkgroep(s, jeugd, [anna.id], contact_id=anna.id)
    themes.set_ambitions(s, jeugd, ["Een plek voor jongeren"])
    themes.set_theme(s, jongeren, jeugd.id)
    sf.close()
    return path


def test_three_meetings_over_five_years(tmp_path: Path) -> None:
    library = Library(tmp_path)
    p1 = first_evening(library)
    one = store.read_source(p1)

    # ------------------------------------------------ a year later: voortgang
    offer = nm.plan(one)
    assert (offer.participants_kept, offer.participants_left, offer.cards) == (1, 1, 3)
    assert offer.suggested_kind == "voortgang"
    assert len(offer.ticked) == 3
    p2 = store.make_next_meeting(library, one, nm.Choice("2027-03-11", "voortgang", offer.ticked))
    assert p2 != p1 and p2.parent == tmp_path
    sf, s = open_session(p2)
    m = prep.meeting(s)
    assert (m.place, m.municipality, m.date, m.meeting_kind) == (
        "Oosterwolde",
        "Ooststellingwerf",
        "2027-03-11",
        "voortgang",
    )
    assert [p.name for p in s.all(prep.Participant)] == ["Anna de Vries"]  # Bert never said yes
    assert s.all(prep.Participant)[0].email == "anna@example.nl"
    assert kk.vision(s).text == "Een dorp waar jong en oud blijven wonen"
    assert [c.confirm for c in kk.cards(s)] == ["te_bevestigen"] * 3
    assert all(c.dots == 0 for c in kk.cards(s))  # dots were that evening's vote
    activity = eg.activities(s)[0]
    assert (activity.title, activity.current_type) == ("IJsbaan", 2)
    assert kk.cards(s)[1].id == activity.card_id  # the activity still points at its (new) card
    before = nm.last_time(s)
    assert before is not None and before.date == "2026-03-12"
    assert nm.role_profile_last_time(s, rollen.current_set_id(s))["representatief"] == (2, 4)
    assert len(nm.scores_last_time(s, "values")) == 1
    assert not s.all(rollen.RoleScore)  # the new evening scores afresh, "vorige keer" beside it
    (jeugd,) = themes.themes(s)  # the theme came along with its werkgroep and ambitions
    assert (jeugd.name, jeugd.ambitions) == ("Jeugd", ["Een plek voor jongeren"])
    assert [p.name for p in themes.members(s, jeugd)] == ["Anna de Vries"]
    assert themes.contact_name(s, jeugd) == "Anna de Vries"
    assert next(a for a in ap.actions(s) if a.what == "Jongerenavond").theme == jeugd.id

    # the room: one card holds, one changed, one gone; actions progress
    speeltuin, ijsclub, bakker = kk.cards(s)
    card_check.confirm_card(s, speeltuin)
    card_check.change_card(s, ijsclub, "IJsclub De Vaart")
    card_check.card_gone(s, bakker)
    assert s.undo_label == "Kaart is weg"
    bankje, jongeren, glas = ap.actions(s)
    ap.set_status(s, bankje, "klaar")
    ap.set_status(s, jongeren, "bezig")
    ap.set_status(s, glas, "gestopt")
    kk.add_card(s, "Repair café", "verenigingen")
    sf.close()

    # ----------------------------------- two years after that: tussenbalans
    two = store.read_source(p2)
    offer = nm.plan(two, first_date="2026-03-12")
    assert offer.suggested_kind == "tussenbalans"
    assert meeting_kinds.opens_with_review("tussenbalans")
    listed = {a.what: a.id in offer.ticked for a in offer.actions}
    assert listed == {"Jongerenavond": True, "Glasvezel aanvragen": False}  # done is not offered; stopped not ticked
    p3 = store.make_next_meeting(library, two, nm.Choice("2029-03-15", "tussenbalans", offer.ticked))
    sf, s3 = open_session(p3)
    assert prep.meeting(s3).meeting_kind == "tussenbalans"
    assert [a.what for a in ap.actions(s3)] == ["Jongerenavond"]
    history = [h["text"] for h in ap.actions(s3)[0].history]
    assert history[-1] == "Overgenomen uit de bijeenkomst van 2027-03-11"
    assert "Overgenomen uit de bijeenkomst van 2026-03-12" in history
    assert sorted(c.title for c in kk.cards(s3)) == ["IJsclub De Vaart", "Repair café", "Speeltuin aan de Vaart"]
    assert {c.confirm for c in kk.cards(s3)} == {"te_bevestigen"}  # every card is asked again
    assert not card_check.gone_cards(s3)  # what went, went in 2027
    (jeugd3,) = themes.themes(s3)
    assert ap.actions(s3)[0].theme == jeugd3.id and jeugd3.carried_from.endswith(":" + jeugd.id)

    # the tussenbalans opens with then and now, on screen and in its handout
    meetings3, skipped = store_review.place_meetings(library, s3, sf.session_id, p3)
    assert not skipped
    then_now = rv.review(meetings3)
    assert [date for date, _kind in then_now.meetings] == ["2026-03-12", "2027-03-11", "2029-03-15"]
    assert [a.what for a in then_now.still_open] == ["Jongerenavond"]
    text = pdftext.text(handout_bytes(s3, review=then_now))
    assert "Toen en nu" in text and "Jongerenavond" in text
    sf.close()

    # ------------------------------------------------------ the chains
    meetings = store.place_meetings(library, "oosterwolde")
    assert [prep.meeting(x.session).date for x in meetings] == ["2026-03-12", "2027-03-11", "2029-03-15"]
    first = meetings[0]
    ijs_2026 = next(c for c in kk.cards(first.session) if c.title == "Ijsclub")
    chain = lineage.chain(meetings, first.session_id, ijs_2026.id)
    assert [getattr(link.record, "title", "") for link in chain] == ["Ijsclub", "IJsclub De Vaart", "IJsclub De Vaart"]
    assert [getattr(link.record, "confirm", "") for link in chain] == ["", "gewijzigd", "te_bevestigen"]
    # asked from the end, the chain is the same
    last = meetings[2]
    tip = chain[-1]
    assert tip.session_id == last.session_id
    assert lineage.chain(meetings, last.session_id, tip.record.id) == chain
    bakker_2026 = next(c for c in kk.cards(first.session) if c.title == "Bakkerij Hoekstra")
    gone = lineage.chain(meetings, first.session_id, bakker_2026.id)
    assert [link.record.KIND for link in gone] == ["asset_card", "gone_card"]
    jong = next(a for a in ap.actions(first.session) if a.what == "Jongerenavond")
    assert [link.date for link in lineage.chain(meetings, first.session_id, jong.id)] == [
        "2026-03-12",
        "2027-03-11",
        "2029-03-15",
    ]
    anna = lineage.chain(meetings, first.session_id, first.session.all(prep.Participant)[0].id)
    assert len(anna) == 3
    origin = lineage.origin(meetings, last.session_id, ap.actions(last.session)[0].id)
    assert origin is not None and origin.session_id == first.session_id


def test_the_earlier_file_is_never_changed(tmp_path: Path) -> None:
    library = Library(tmp_path)
    p1 = first_evening(library)
    before = p1.read_bytes()
    one = store.read_source(p1)
    store.make_next_meeting(library, one, nm.Choice("2027-03-11", "voortgang", frozenset()))
    assert p1.read_bytes() == before


def test_no_action_ticked_carries_none_and_an_unknown_kind_is_refused(tmp_path: Path) -> None:
    library = Library(tmp_path)
    one = store.read_source(first_evening(library))
    path = store.make_next_meeting(library, one, nm.Choice("2027-03-11", "voortgang", frozenset()))
    sf, s = open_session(path)
    assert ap.actions(s) == []
    sf.close()
    with pytest.raises(ValueError, match="unknown meeting kind"):
        store.make_next_meeting(library, one, nm.Choice("2027-03-11", "feest", frozenset()))
    assert len(library.sessions()) == 2  # the refused one left no file
    assert not list(tmp_path.glob(".*.deel"))


def test_a_carried_card_keeps_photo_and_map(tmp_path: Path) -> None:
    png = bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
    )
    library = Library(tmp_path)
    path = library.create("Ulrum", "2026-01-01")
    sf, s = open_session(path)
    kk.set_map_picture(s, png, "image/png", 1, 1, "kaart.png")
    card = kk.add_card(s, "Molen", "plekken")
    kk.add_photo(s, card, png, "image/png")
    kk.pin_card(s, kk.cards(s)[0], 0.5, 0.25)
    sf.close()
    new = store.make_next_meeting(library, store.read_source(path), nm.Choice("2027-01-01", "voortgang", frozenset()))
    sf, s = open_session(new)
    carried = kk.cards(s)[0]
    assert (carried.pinned, carried.pin_x, carried.pin_y) == (True, 0.5, 0.25)
    assert carried.photos and sf.get_blob(carried.photos[0]) == png
    picture = kk.map_picture(s)
    assert picture is not None and sf.get_blob(picture.blob_id) == png
    sf.close()
