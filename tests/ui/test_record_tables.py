"""The record tables under the keyboard, as a real plan was typed into them: the focus stays in
the table after Enter, the current cell is framed, and a letter typed into a choice cell does
not change the choice by itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox

from facilitator.domain import actieplan as ap
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.store.sessionfile import open_session
from facilitator.ui.common.record_view import FRAME
from facilitator.ui.steps.actieplan.models import ActionModel


def add_participants(qtbot, page, *names: str) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(1)
    for name in names:
        qtbot.keyClicks(page.new_name, name)
        qtbot.keyClick(page.new_name, Qt.Key.Key_Return)


def test_enter_then_down_in_the_participants_table_stays_in_the_table(qtbot, library, open_window):
    path = library.create("Ees")
    window = open_window(path)
    page = window.pages["voorbereiding"]
    add_participants(qtbot, page, "Anna", "Bert", "Carla")
    view = page.participant_view
    view.setFocus()
    view.setCurrentIndex(page.participants.index(0, 0))
    qtbot.keyClicks(view, "Z")  # opens the name cell's editor with "Z" in it
    qtbot.keyClicks(QApplication.focusWidget(), "oe")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)  # the closed editor is deleted on a later turn of the event loop
    assert QApplication.focusWidget() is view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.wait(20)
    assert window.current_step() == "voorbereiding"
    assert view.currentIndex().row() == 1
    qtbot.keyClicks(view, "B")
    qtbot.keyClicks(QApplication.focusWidget(), "as")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)
    assert window.current_step() == "voorbereiding"
    window.close()
    sf, session = open_session(path)
    try:
        assert sorted(p.name for p in session.all(prep.Participant)) == ["Bas", "Carla", "Zoe"]
        assert session.all(kk.AssetCard) == []  # nothing typed landed on the Krachtenkaart
    finally:
        sf.close()


def test_the_current_cell_is_framed_not_only_its_row(qtbot, library, open_window):
    path = library.create("Ees")
    window = open_window(path)
    page = window.pages["voorbereiding"]
    add_participants(qtbot, page, "Anna", "Bert")
    view = page.participant_view
    view.setFocus()
    view.setCurrentIndex(page.participants.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the keyboard moves to the role cell of Bert
    assert view.currentIndex().column() == 1
    image = view.viewport().grab().toImage()
    current = view.visualRect(view.currentIndex())
    beside = view.visualRect(page.participants.index(1, 0))  # same row, selected too
    frame = QColor(view.palette().color(view.palette().ColorRole.HighlightedText))

    def edge_colour(rect):  # type: ignore[no-untyped-def]
        return image.pixelColor(rect.left() + FRAME // 2 + 1, rect.center().y())

    assert edge_colour(current) == frame
    assert edge_colour(beside) != frame


# an open drop-down list asks the offscreen platform for things it cannot do
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_typing_a_letter_in_a_status_cell_does_not_change_the_status(qtbot, library, open_window):
    path = library.create("Ulrum")
    window = open_window(path)
    page = window.show_step("actieplan")
    page.tabs.setCurrentIndex(1)
    actions = page.actions_tab
    actions.new_action.setFocus()
    qtbot.keyClicks(actions.new_action, "Bankjes plaatsen")
    qtbot.keyClick(actions.new_action, Qt.Key.Key_Return)
    actions.model.setData(actions.model.index(0, ActionModel.STATUS), "bezig")
    view = actions.view
    view.setFocus()
    view.setCurrentIndex(actions.model.index(0, ActionModel.STATUS))
    qtbot.keyClicks(view, "G")  # a user who meant to type elsewhere
    combo = view.indexWidget(view.currentIndex())
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "Bezig"  # the list is open with "Gestopt" marked, nothing chosen
    assert combo.view().currentIndex().data() == "Gestopt"
    qtbot.keyClick(combo.view(), Qt.Key.Key_Escape)  # close the list
    qtbot.keyClick(combo, Qt.Key.Key_Tab)  # and leave the cell
    qtbot.wait(20)
    assert actions.model.rows[0].status == "bezig"
    # choosing on purpose still works: open with a letter, Enter picks the marked choice
    view.setFocus()
    view.setCurrentIndex(actions.model.index(0, ActionModel.STATUS))
    qtbot.keyClicks(view, "K")
    combo = view.indexWidget(view.currentIndex())
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert actions.model.rows[0].status == "klaar"
    window.close()
    sf, session = open_session(path)
    try:
        assert [a.status for a in ap.actions(session)] == ["klaar"]
    finally:
        sf.close()


def test_the_outside_support_table_frames_its_current_cell_too(qtbot, library, open_window):
    path = library.create("Ees")
    window = open_window(path)
    page = window.show_step("krachtenkaart")
    page.tabs.setCurrentWidget(page.vision)
    vision = page.vision
    for partner in ("Gemeente", "Fonds"):
        vision.partner.setFocus()
        qtbot.keyClicks(vision.partner, partner)
        qtbot.keyClick(vision.partner, Qt.Key.Key_Return)
    table = vision.table
    table.setFocus()
    table.setCurrentIndex(vision.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Right)
    image = table.viewport().grab().toImage()
    frame = QColor(table.palette().color(table.palette().ColorRole.HighlightedText))
    current = table.visualRect(table.currentIndex())
    beside = table.visualRect(vision.model.index(table.currentIndex().row(), 0))
    assert image.pixelColor(current.left() + FRAME // 2 + 1, current.center().y()) == frame
    assert image.pixelColor(beside.left() + FRAME // 2 + 1, beside.center().y()) != frame
