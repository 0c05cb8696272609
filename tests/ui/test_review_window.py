"""Toen en nu from the meeting window: menu and Ctrl+Shift+R, what it shows, the other files unchanged."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain import actieplan as ap
from facilitator.domain import eigenaarschap as eig
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import rollen, scoring
from facilitator.store.previous import read_actions
from facilitator.store.sessionfile import open_session
from facilitator.ui.session.review_window import ReviewWindow


def _scores(s, now: int) -> None:  # type: ignore[no-untyped-def]
    set_id = rollen.current_set_id(s)
    for row in rollen.profile(s, set_id)[:4]:
        rollen.set_score(s, set_id, row.role_id, now=now, wanted=5)
    for item in scoring.profile(s, "values")[:4]:
        scoring.set_score(s, "values", item.item_id, now=now, wanted=4)


def _two_meetings(library):  # type: ignore[no-untyped-def]
    first = library.create("Ulrum", date="2026-03-12")
    sf, s = open_session(first)
    try:
        ap.add_action(s, "Bankjes plaatsen")
        ap.add_action(s, "Wensbus opzetten")
        ap.add_action(s, "Dorpsapp")
        kk.add_card(s, "Bakkerij", "economie")
        kk.add_card(s, "Dorpshuis De Vaart", "plekken")
        eig.add_activity(s, "Groenonderhoud jaagpad", 4)
        _scores(s, 2)
    finally:
        sf.close()
    first_id, first_actions = read_actions(first)
    second = library.create("Ulrum", date="2027-03-10")
    sf, s = open_session(second)
    try:
        from facilitator.domain import actieplan_sources as src

        bankjes, wensbus, _app = src.carry_over(s, first_id, first_actions, "12-3-2026")
        ap.set_status(s, bankjes, "klaar")
        ap.add_note(s, bankjes, "Druk gebruikt <b>&")
        ap.set_status(s, wensbus, "gestopt")
        kk.add_card(s, "Dorpshuis De Vaart", "plekken")
        kk.add_card(s, "Repaircafé", "verenigingen")
        eig.add_activity(s, "Groenonderhoud jaagpad", 2)
        _scores(s, 4)
    finally:
        sf.close()
    return first, second


@pytest.mark.qt_log_ignore("does not support raise")
def test_review_from_the_menu_key_shows_then_and_now(qtbot, library, open_window, tmp_path):
    first, second = _two_meetings(library)
    before = hashlib.sha256(first.read_bytes()).hexdigest()
    window = open_window(second)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    review = window.review_window
    assert isinstance(review, ReviewWindow)
    qtbot.waitExposed(review)

    def lines(key: str) -> list[str]:
        view = review.lists[key]
        return [view.item(i).text() for i in range(view.count())]

    assert review.summary.text() == "Bijeenkomsten hier: 12-3-2026 (Dorpsavond) → 10-3-2027 (Dorpsavond) (nu)"
    assert lines("achieved") == ["✓ Bankjes plaatsen — Druk gebruikt <b>&"]
    assert lines("stopped") == ["✕ Wensbus opzetten"] and lines("open") == ["○ Dorpsapp"]
    assert lines("types")[3] == "Type 4: 1 → 0" and "Groenonderhoud jaagpad: Type 4 → 2" in lines("types")
    assert lines("cards") == ["+ Repaircafé", "− Bakkerij"]
    assert review.roles_chart is not None and review.values_chart is not None
    assert review.roles_chart.values("p0")[:4] == (2.0, 2.0, 2.0, 2.0)
    assert review.roles_chart.values("p1")[:4] == (4.0, 4.0, 4.0, 4.0)
    assert review.roles_chart.legend == {"p0": "2026", "p1": "2027"}
    for size in ((1280, 720), (1920, 1080)):
        review.resize(*size)
        QApplication.processEvents()
        review.grab().save(str(tmp_path / f"toen-en-nu-{size[0]}.png"))
    review.close()
    window.close()
    assert hashlib.sha256(first.read_bytes()).hexdigest() == before  # read, never changed


@pytest.mark.qt_log_ignore("does not support raise")
def test_review_of_a_first_meeting_says_there_is_nothing_yet(qtbot, library, open_window):
    path = library.create("Eenrum", date="2026-03-12")
    window = open_window(path)
    window.review_action.trigger()
    review = window.review_window
    qtbot.waitExposed(review)
    assert "nog geen eerdere bijeenkomst" in review.findChild(type(review.summary), "reviewEmpty").text()
    review.close()
    window.close()


@pytest.mark.qt_log_ignore("does not support raise")
def test_a_tussenbalans_opens_with_then_and_now(qtbot, library, library_window):
    from facilitator.domain import preparation as prep

    _first, second = _two_meetings(library)
    sf, s = open_session(second)
    try:
        prep.edit_meeting(s, meeting_kind="tussenbalans")
    finally:
        sf.close()
    assert library_window.open_path(second)
    window = library_window.session_window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: getattr(window, "review_window", None) is not None)
    assert window.review_window.isVisible()
    assert (
        window.review_window.summary.text()
        == "Bijeenkomsten hier: 12-3-2026 (Dorpsavond) → 10-3-2027 (Tussenbalans) (nu)"
    )
    window.review_window.close()
    window.close()


def test_an_ordinary_meeting_does_not_open_it_by_itself(qtbot, library, open_window):
    _first, second = _two_meetings(library)
    window = open_window(second)
    qtbot.wait(50)
    assert getattr(window, "review_window", None) is None
    window.close()
