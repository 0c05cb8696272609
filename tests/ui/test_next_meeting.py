"""The next meeting of a place, made from the library or from an open meeting, by keyboard;
then "Klopt dit nog?" on the carried cards with K, W, G and Ctrl+Z — checked on screen and on disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from facilitator.domain import actieplan as ap
from facilitator.domain import card_check
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.store.library import Library
from facilitator.store.sessionfile import open_session

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def first_evening(library: Library) -> Path:
    path = library.create("Eesveen", "2026-03-12")
    sf, s = open_session(path)
    kept = prep.add_participant(s, "Anna")
    prep.edit_participant(s, kept, consent=True)
    prep.add_participant(s, "Bert")
    for title in ("Molen", "Kerk", "Bakker"):
        kk.add_card(s, title, "plekken")
    ap.add_action(s, "Bankje")
    stopped = ap.add_action(s, "Glasvezel")
    ap.set_status(s, stopped, "gestopt")
    ap.add_action(s, "Jongerenavond")
    sf.close()
    return path


def in_dialog(qtbot, owner, keys) -> list[str]:  # type: ignore[no-untyped-def]
    """Run ``keys(dialog)`` once the modal dialog is up; returns what it saw."""
    seen: list[str] = []

    def act() -> None:
        dialog = getattr(owner, "next_meeting_dialog", None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, act)
            return
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        seen.extend(dialog.action_list.item(r).text() for r in range(dialog.action_list.count()))
        try:
            keys(dialog)
        finally:
            if dialog.isVisible():  # a failed check must not leave a modal dialog waiting forever
                seen.append("(still open)")
                dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def test_from_the_library_by_keyboard(qtbot, library: Library, library_window) -> None:
    first_evening(library)
    library_window.reload()
    library_window.table.setFocus()

    def keys(dialog) -> None:  # type: ignore[no-untyped-def]
        field = dialog.date
        assert QApplication.focusWidget() is field
        qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(field, "11-3-2027")
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.kind
        assert dialog.kind.currentData() == "voortgang"
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
        listing = dialog.action_list
        assert QApplication.focusWidget() is listing
        qtbot.keyClick(listing, Qt.Key.Key_Space)  # "Bankje" off
        qtbot.keyClick(listing, Qt.Key.Key_Down)
        qtbot.keyClick(listing, Qt.Key.Key_Space)  # the stopped "Glasvezel" on after all
        qtbot.keyClick(listing, Qt.Key.Key_Return)

    seen = in_dialog(qtbot, library_window, keys)
    qtbot.keyClick(library_window.table, Qt.Key.Key_N, CTRL | ALT)
    window = library_window.session_window
    assert window is not None, "the new meeting was not opened"
    qtbot.addWidget(window)
    assert seen == ["Bankje (Open)", "Glasvezel (Gestopt)", "Jongerenavond (Open)"]
    s = window.context.session
    assert prep.meeting(s).date == "2027-03-11" and prep.meeting(s).meeting_kind == "voortgang"
    assert [a.what for a in ap.actions(s)] == ["Glasvezel", "Jongerenavond"]
    qtbot.waitUntil(lambda: "voorbereiding" in window.pages)  # the page is built once the window painted
    assert window.pages["voorbereiding"].place.text() == "Eesveen"
    path = window.context.file.path
    window.close()
    sf, again = open_session(path)  # reopened from disk
    try:
        assert [p.name for p in again.all(prep.Participant)] == ["Anna"]
        assert [(c.title, c.confirm) for c in kk.cards(again)] == [
            (t, "te_bevestigen") for t in ("Molen", "Kerk", "Bakker")
        ]
        assert [a.what for a in ap.actions(again)] == ["Glasvezel", "Jongerenavond"]
    finally:
        sf.close()
    assert len(library.sessions()) == 2


def test_escape_makes_nothing(qtbot, library: Library, library_window) -> None:
    first_evening(library)
    library_window.reload()
    in_dialog(qtbot, library_window, lambda d: qtbot.keyClick(d.action_list, Qt.Key.Key_Escape))
    library_window.next_meeting_action.trigger()
    assert library_window.session_window is None
    assert len(library.sessions()) == 1


def test_a_date_that_does_not_exist_keeps_the_dialog_open(qtbot, library: Library, library_window) -> None:
    first_evening(library)
    library_window.reload()
    said: list[str] = []

    def keys(dialog) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClick(dialog.date, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.date, "31-2-2027")
        qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
        said.append(dialog.date_problem.text())
        assert dialog.isVisible()
        qtbot.keyClick(dialog.date, Qt.Key.Key_Escape)

    in_dialog(qtbot, library_window, keys)
    library_window.next_meeting_action.trigger()
    assert said and said[0] and "2027" not in library_window.windowTitle()
    assert len(library.sessions()) == 1


def test_from_an_open_meeting_then_klopt_dit_nog(qtbot, library: Library, library_window, open_window) -> None:
    window = open_window(first_evening(library))
    in_dialog(qtbot, window, lambda d: qtbot.keyClick(d.action_list, Qt.Key.Key_Return))
    window.next_meeting_action.trigger()
    new = library_window.session_window
    assert new is not None and new is not window, "the new meeting did not open"
    qtbot.addWidget(new)
    new.show()
    page = new.show_step("krachtenkaart")
    assert page.confirm_bar.isVisibleTo(page)
    assert "3 kaart(en)" in page.confirm_bar.label.text()
    walk = page.open_confirm_walk()
    qtbot.waitExposed(walk)
    assert walk.title.text() == "Molen"
    qtbot.keyClick(walk, Qt.Key.Key_K)  # Molen holds
    assert walk.title.text() == "Kerk"
    qtbot.keyClick(walk, Qt.Key.Key_W)
    assert not walk.title.isReadOnly()
    qtbot.keyClicks(walk.title, "Kerk en toren")
    qtbot.keyClick(walk.title, Qt.Key.Key_Return)
    assert walk.title.text() == "Bakker"
    assert walk.state.text() == "Nog niet nagelopen"  # the Enter that kept the change did not answer this one
    qtbot.keyClick(walk, Qt.Key.Key_G)  # the bakery is gone
    assert "Alle kaarten" in walk.where.text()
    qtbot.keyClick(walk.title, Qt.Key.Key_Z, CTRL)  # the bakery comes back
    s = new.context.session
    assert [c.title for c in card_check.to_confirm(s)] == ["Bakker"]
    qtbot.keyClick(walk, Qt.Key.Key_Left)
    qtbot.keyClick(walk, Qt.Key.Key_Right)
    assert walk.title.text() == "Bakker"
    qtbot.keyClick(walk, Qt.Key.Key_G)
    qtbot.keyClick(walk, Qt.Key.Key_Escape)
    assert not page.confirm_bar.isVisibleTo(page)
    shown = [c.title for c in page.board.columns["plekken"].model.rows]
    assert shown == ["Molen", "Kerk en toren"]
    rows = list(new.context.file.conn.execute("SELECT title, confirm FROM rec_asset_card ORDER BY position"))
    assert rows == [("Molen", "klopt"), ("Kerk en toren", "gewijzigd")]
    assert list(new.context.file.conn.execute("SELECT title FROM rec_gone_card")) == [("Bakker",)]
    path = new.context.file.path
    new.close()
    sf, again = open_session(path)
    try:
        assert [g.title for g in card_check.gone_cards(again)] == ["Bakker"]
        assert card_check.answer_counts(again) == {"te_bevestigen": 0, "klopt": 1, "gewijzigd": 1, "weg": 1}
    finally:
        sf.close()


def test_last_time_is_shown_beside_the_new_scores_and_board(qtbot, library: Library, open_window) -> None:
    from facilitator.domain import eigenaarschap as eg
    from facilitator.domain import next_meeting as nm
    from facilitator.domain import rollen, scoring
    from facilitator.store import next_meeting as store

    path = first_evening(library)
    sf, s = open_session(path)
    set_id = rollen.current_set_id(s)
    rollen.set_score(s, set_id, "representatief", now=2, wanted=4)
    value = scoring.items("values")[0].id
    scoring.set_score(s, "values", value, now=1, wanted=5)
    eg.add_activity(s, "IJsbaan", current_type=3)
    eg.set_wanted_type(s, eg.activities(s)[0], 2)
    sf.close()
    new = store.make_next_meeting(library, store.read_source(path), nm.Choice("2027-03-11", "voortgang", frozenset()))
    window = open_window(new)
    rows = window.show_step("rollen").profile.rows
    assert rows["representatief"].before.isVisibleTo(rows["representatief"])
    assert rows["representatief"].before.text() == "Vorige keer: nu 2, gewenst 4"
    assert rows["representatief"].now.value() == 0  # the evening scores afresh
    others = [r for rid, r in rows.items() if rid != "representatief"]
    assert not any(r.before.isVisibleTo(r) for r in others)  # nothing was scored for them last time
    values = window.show_step("spiegel").values.rows
    assert values[value].before.text() == "Vorige keer: nu 1, gewenst 5"
    details = window.show_step("eigenaarschap").details
    details.show_activity(eg.activities(window.context.session)[0].id)
    assert details.before.text() == "Vorige keer (2026-03-12): Type 3, gewenst Type 2"
