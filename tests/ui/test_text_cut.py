"""Long texts in the idea list and in the Afronding view for the room: cut with "…" so the
reader sees something was left out, and a wrapped bullet line starts under its text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from facilitator.domain import actieplan as ap
from facilitator.domain import krachtenkaart as kk
from facilitator.ui.common.text_fit import shorten

from .krachtenkaart_helpers import CTRL, click_card, enter_card, open_board

LONG = "Buurtkamer in de oude pastorie " + "met koffie en een leestafel voor iedereen " * 4


def test_shorten_cuts_at_a_word_and_says_so():
    assert shorten("Dorpshuis", 60) == "Dorpshuis"
    cut = shorten(LONG, 60)
    assert len(cut) <= 60 and cut.endswith("…") and LONG.startswith(cut[:-1])
    assert not cut[:-1].endswith(" ")
    assert shorten("x" * 100, 10) == "x" * 9 + "…"  # no space: cut mid-word


def test_the_idea_list_ends_a_cut_card_title_with_an_ellipsis(qtbot, library, open_window):
    window, page = open_board(open_window, library.create("Ulrum"))
    enter_card(qtbot, page, LONG)
    enter_card(qtbot, page, "Koor")
    click_card(qtbot, page, "Koor")
    click_card(qtbot, page, " ".join(LONG.split()), CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(page.ideas.name, "Samen koffie")
    qtbot.keyClick(page.ideas.name, Qt.Key.Key_Return)
    assert len(kk.ideas(window.context.session)) == 1
    names = page.ideas.list.item(0).text().split("\n", 1)[1]
    long_name = next(n for n in names.split(", ") if "pastorie" in n)
    assert long_name.endswith("…")
    assert len(long_name) < len(LONG)


def test_afronding_bullets_end_in_an_ellipsis_and_wrap_under_their_text(qtbot, library, open_window):
    window = open_window(library.create("Ulrum"))
    page = window.show_step("actieplan")
    page.tabs.setCurrentIndex(1)
    entry = page.actions_tab.new_action
    entry.setFocus()
    qtbot.keyClicks(entry, LONG)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert [a.what for a in ap.actions(window.context.session)] == [" ".join(LONG.split())]
    window.show_step("afronding")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    projector = window.projector.projector
    projector.resize(1280, 720)
    qtbot.wait(50)
    rows = [
        row
        for row in projector.findChildren(QWidget, "bulletRow")
        if any("pastorie" in label.text() for label in row.findChildren(QLabel))
    ]
    assert len(rows) == 1  # the action, among the closing questions
    bullet, text = sorted(rows[0].findChildren(QLabel), key=lambda label: label.x())
    assert text.text().endswith("…") and "pastorie" in text.text()
    assert text.x() >= bullet.x() + bullet.width()  # every line of the text starts right of the bullet
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
