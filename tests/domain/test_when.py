""" "Wanneer" of an action: typed as real plans say it, kept with its precision, sorted and shown."""

from __future__ import annotations

import pytest

from facilitator.domain import actieplan as ap
from facilitator.domain import when
from facilitator.domain.session import Session


@pytest.mark.parametrize(
    ("typed", "stored", "kind"),
    [
        ("10-3-2026", "2026-03-10", "day"),
        ("10/3/26", "2026-03-10", "day"),
        ("2026-03-10", "2026-03-10", "day"),
        ("10 maart 2026", "2026-03-10", "day"),
        ("10 mrt. 2026", "2026-03-10", "day"),
        ("1 okt 2026", "2026-10-01", "day"),
        ("juli 2026", "2026-07", "month"),
        ("Jul 2026", "2026-07", "month"),
        ("7-2026", "2026-07", "month"),
        ("september 2026", "2026-09", "month"),
        ("sept 2026", "2026-09", "month"),
        ("najaar 2026", "2026-najaar", "season"),
        ("Herfst 2026", "2026-najaar", "season"),
        ("lente 2027", "2027-voorjaar", "season"),
        ("Q3 2026", "2026-Q3", "quarter"),
        ("3e kwartaal 2026", "2026-Q3", "quarter"),
        ("2026", "2026", "year"),
        ("jaarlijks", "jaarlijks", "recurring"),
        ("Elk jaar", "jaarlijks", "recurring"),
        ("doorlopend", "doorlopend", "recurring"),
        ("  na de   zomer ", "na de zomer", "text"),
        ("als de subsidie <b>&</b> rond is 🌻", "als de subsidie <b>&</b> rond is 🌻", "text"),
        ("", "", ""),
    ],
)
def test_typed_forms_are_stored_with_their_precision(typed, stored, kind):
    assert when.parse(typed) == stored
    assert when.precision(stored) == kind
    assert when.parse(stored) == stored  # the stored form reads back as itself
    assert when.check_stored(stored)


@pytest.mark.parametrize("typed", ["31-2-2026", "2026-02-30", "13-2026", "2026-13", "0-1-2026"])
def test_a_date_that_does_not_exist_is_refused_and_named(typed):
    with pytest.raises(when.WhenError, match=typed[:5]):
        when.parse(typed)


def test_import_check_refuses_broken_stored_dates():
    assert not when.check_stored("2026-02-31")
    assert not when.check_stored("2026-13")
    assert not when.check_stored("x" * (when.MAX_TEXT + 1))
    assert when.check_stored("na de zomer")


def test_shown_in_dutch_and_english():
    assert when.show("2026-03-10") == "10 maart 2026"
    assert when.show("2026-03-10", "en") == "March 10, 2026"
    assert when.short("2026-03-10") == "10-3-2026"
    assert when.show("2026-07") == "juli 2026"
    assert when.show("2026-Q3") == "3e kwartaal 2026" and when.show("2026-Q3", "en") == "Q3 2026"
    assert when.show("2026-najaar") == "najaar 2026" and when.show("2026-najaar", "en") == "autumn 2026"
    assert when.show("jaarlijks") == "jaarlijks" and when.show("doorlopend", "en") == "ongoing"
    assert when.show("na de zomer") == "na de zomer"


def test_sorted_by_the_last_day_they_cover_then_recurring_text_and_none():
    typed = ["", "doorlopend", "2027", "na de zomer", "najaar 2026", "juli 2026", "15-7-2026", "Q3 2026", "jaarlijks"]
    stored = sorted((when.parse(t) for t in typed), key=when.sort_key)
    assert stored == [
        "2026-07-15",
        "2026-07",
        "2026-Q3",
        "2026-najaar",
        "2027",
        "jaarlijks",
        "doorlopend",
        "na de zomer",
        "",
    ]


def test_an_action_keeps_what_was_typed_and_a_trekkers_actions_come_by_date():
    s = Session()
    late = ap.add_action(s, "Ijsbaan", trekker="Ijsclub", due="jaarlijks")
    soon = ap.add_action(s, "Bankjes", trekker="Ijsclub", due="juli 2026")
    ap.add_action(s, "Website", trekker="Ijsclub", due="als er iemand is")
    assert [a.due for a in ap.actions(s)] == ["jaarlijks", "2026-07", "als er iemand is"]
    assert [a.what for a in ap.actions_by_trekker(s)["Ijsclub"]] == ["Bankjes", "Ijsbaan", "Website"]
    with pytest.raises(ap.PlanError, match="31-2-2026"):
        ap.edit_action(s, soon, due="31-2-2026")
    assert s.get(ap.Action, soon.id).due == "2026-07"
    ap.edit_action(s, late, due="")
    assert s.get(ap.Action, late.id).due == ""


def test_a_meeting_is_on_one_day():
    assert when.parse_day("10 maart 2026") == "2026-03-10"
    assert when.parse_day("") == ""
    for typed in ("maart 2026", "jaarlijks", "morgen"):
        with pytest.raises(when.WhenError, match="geen dag"):
            when.parse_day(typed)


def test_what_belongs_to_the_meeting_takes_its_date():
    from facilitator.domain import preparation as prep

    s = Session()
    prep.edit_meeting(s, date="2026-03-10")
    a = ap.add_action(s, "Bankjes")
    ap.set_status(s, a, "bezig")
    ap.add_note(s, a, "Offerte gevraagd")
    assert [h["date"] for h in s.get(ap.Action, a.id).history] == ["2026-03-10"] * 3
    prep.edit_meeting(s, date="")
    assert prep.meeting_day(s) == ap.today()  # no date yet: today
