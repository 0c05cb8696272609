"""Eigenaarschap under the keyboard, as a real plan met it: the wanted type reached with the
arrow keys, and the type beside "Nieuwe activiteit" kept as the facilitator chose it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.domain import eigenaarschap as eig
from facilitator.store.sessionfile import open_session


def wanted_on_disk(path) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    sf, session = open_session(path)
    try:
        return [(a.title, a.current_type, a.wanted_type) for a in eig.activities(session)]
    finally:
        sf.close()


def test_the_arrow_keys_reach_every_wanted_type(qtbot, library, open_window):
    path = library.create("Ulrum")
    window = open_window(path)
    page = window.show_step("eigenaarschap")
    page.focus_column(2)
    page.entry.setFocus()
    qtbot.keyClicks(page.entry, "Dorpshuis")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    wanted = page.details.wanted
    wanted.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(wanted, Qt.Key.Key_Down)
        seen.append(window.context.session.all(eig.Activity)[0].wanted_type)
    assert seen == [1, 3, 4, 4]  # Type 2 (where it is now) is skipped, not snapped back to "Blijft zo"
    for _ in range(2):
        qtbot.keyClick(wanted, Qt.Key.Key_Up)
    assert wanted.currentData() == 1
    window.close()
    assert wanted_on_disk(path) == [("Dorpshuis", 2, 1)]


def test_the_type_for_a_new_activity_keeps_the_facilitators_choice(qtbot, library, open_window):
    path = library.create("Ulrum")
    window = open_window(path)
    page = window.show_step("eigenaarschap")
    page.focus_column(4)
    page.entry.setFocus()
    qtbot.keyClicks(page.entry, "Gemeentehuis")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    # the facilitator picks Type 1 in the box beside the entry line, with the keyboard
    page.target.setFocus()
    while page.target.currentData() != 1:
        qtbot.keyClick(page.target, Qt.Key.Key_Up)
    # then clicks the card in Type 4 to look at it
    view = page.columns[4].view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
    assert page.details.title.text() == "Gemeentehuis"
    assert page.target.currentData() == 1
    page.entry.setFocus()
    qtbot.keyClicks(page.entry, "Ijsclub")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    window.close()
    assert sorted(wanted_on_disk(path)) == [("Gemeentehuis", 4, 0), ("Ijsclub", 1, 0)]
