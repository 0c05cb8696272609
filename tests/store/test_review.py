"""Then and now over three meetings of one place in five years, read from real files (no Qt)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from facilitator.domain import actieplan as ap
from facilitator.domain import actieplan_sources as src
from facilitator.domain import eigenaarschap as eig
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import rollen
from facilitator.domain.review import review
from facilitator.store.previous import read_actions
from facilitator.store.review import place_meetings
from facilitator.store.sessionfile import open_session


def _fill(path: Path, fill) -> str:  # type: ignore[no-untyped-def]
    sf, s = open_session(path)
    try:
        fill(s)
        return sf.session_id
    finally:
        sf.close()


def _role(s, now: int) -> None:  # type: ignore[no-untyped-def]
    set_id = rollen.current_set_id(s)
    rollen.set_score(s, set_id, rollen.profile(s, set_id)[0].role_id, now=now, wanted=5)


def test_three_meetings_over_five_years(library):
    first = library.create("Ulrum", date="2026-03-12")

    def evening(s) -> None:  # type: ignore[no-untyped-def]
        ap.add_action(s, "Bankjes plaatsen", due="2026-05-01")
        ap.add_action(s, "Wensbus opzetten", due="2026")
        ap.add_action(s, "Dorpsapp", due="2026")
        kk.add_card(s, "Dorpshuis De Vaart", "plekken")
        kk.add_card(s, "Bakkerij", "economie")
        eig.add_activity(s, "Groenonderhoud jaagpad", 4)
        _role(s, 2)

    _fill(first, evening)
    first_id, first_actions = read_actions(first)
    second = library.create("ulrum", date="2027-03-10")  # the same place, typed another way

    def update(s) -> None:  # type: ignore[no-untyped-def]
        made = src.carry_over(s, first_id, first_actions, "12-3-2026")
        bankjes, wensbus, app = made
        ap.set_status(s, bankjes, "klaar")
        ap.set_status(s, wensbus, "gestopt")
        ap.add_note(s, app, "Nog op zoek naar een bouwer")
        kk.add_card(s, "Dorpshuis De Vaart", "plekken")  # still there (no link: found by title)
        kk.add_card(s, "Repaircafé", "verenigingen")  # new
        eig.add_activity(s, "Groenonderhoud jaagpad", 2)  # moved to Type 2
        _role(s, 3)

    _fill(second, update)
    third = library.create("Ulrum", date="2031-03-01", place_kind="kern")
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (first, second)}
    sf, s = open_session(third)
    try:
        second_id, second_actions = read_actions(second)
        src.carry_over(s, second_id, second_actions, "10-3-2027")  # only the still open one comes along
        ap.set_status(s, ap.actions(s)[0], "klaar")
        kk.add_card(s, "Repaircafé", "verenigingen")
        _role(s, 4)
        meetings, skipped = place_meetings(library, s, sf.session_id, third)
        result = review(meetings)
    finally:
        sf.close()
    assert skipped == []
    assert [d for d, _kind in result.meetings] == ["2026-03-12", "2027-03-10", "2031-03-01"]
    # since the last one: the dorpsapp is done now (it was carried over, then finished)
    assert [a.what for a in result.achieved] == ["Dorpsapp"]
    assert [a.what for a in result.still_open] == []
    assert result.achieved[0].then == "open" and result.achieved[0].note == "Nog op zoek naar een bouwer"
    # cards that came and went since 2027
    assert result.cards_went == ("Dorpshuis De Vaart",) and result.cards_came == () and result.cards_kept == 1
    # the Type board: the jaagpad is gone from the board now
    assert [(c.title, c.then, c.now) for c in result.type_changes] == [("Groenonderhoud jaagpad", 2, 0)]
    assert result.types_then == (0, 1, 0, 0) and result.types_now == (0, 0, 0, 0)
    # the role profile of every year, in one chart
    assert [(p.date, p.values[0]) for p in result.roles] == [("2026-03-12", 2), ("2027-03-10", 3), ("2031-03-01", 4)]
    # the earlier files were read, never changed
    assert before == {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (first, second)}


def test_second_meeting_review_of_the_first(library):
    first = library.create("Ulrum", date="2026-03-12")
    _fill(
        first,
        lambda s: (ap.add_action(s, "Bankjes"), ap.add_action(s, "Wensbus"), kk.add_card(s, "Bakkerij", "economie")),
    )
    first_id, first_actions = read_actions(first)
    second = library.create("Ulrum", date="2027-03-10")
    sf, s = open_session(second)
    try:
        bankjes, _wensbus = src.carry_over(s, first_id, first_actions, "12-3-2026")
        ap.set_status(s, bankjes, "klaar")
        kk.add_card(s, "Repaircafé", "verenigingen")
        eig.add_activity(s, "Ijsbaan", 1)
        meetings, _ = place_meetings(library, s, sf.session_id, second)
        result = review(meetings)
    finally:
        sf.close()
    assert [a.what for a in result.achieved] == ["Bankjes"]
    assert [a.what for a in result.done] == ["Bankjes"] and [a.what for a in result.still_open] == ["Wensbus"]
    assert result.cards_came == ("Repaircafé",) and result.cards_went == ("Bakkerij",)
    assert [(c.title, c.then, c.now) for c in result.type_changes] == [("Ijsbaan", 0, 1)]


def test_a_file_that_cannot_be_read_is_named_not_hidden(library):
    first = library.create("Ulrum", date="2026-03-12")
    first.write_bytes(b"not a meeting file at all" * 100)
    second = library.create("Ulrum", date="2027-03-10")
    sf, s = open_session(second)
    try:
        meetings, skipped = place_meetings(library, s, sf.session_id, second)
    finally:
        sf.close()
    assert len(meetings) == 1
    assert review(meetings).has_previous is False
