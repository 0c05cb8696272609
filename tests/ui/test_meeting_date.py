"""The meeting's date typed like text, and used for what belongs to the meeting (data is often
typed in days after the evening, so the system's date is the wrong one)."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from facilitator.domain import actieplan as ap
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.store.sessionfile import open_session


def type_date(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_the_date_is_typed_and_tab_leaves_the_field(qtbot, library, open_window):
    path = library.create("Ulrum")
    window = open_window(path)
    page = window.pages["voorbereiding"]
    type_date(qtbot, page.date, "10 maart 2026")
    assert QApplication.focusWidget() is not page.date  # Tab left the field at once
    assert prep.meeting(window.context.session).date == "2026-03-10"
    assert page.date.text() == "10 maart 2026"
    type_date(qtbot, page.date, "11-3-2026")  # the month as a number
    assert prep.meeting(window.context.session).date == "2026-03-11"
    type_date(qtbot, page.date, "12 mrt 2026")
    assert prep.meeting(window.context.session).date == "2026-03-12"
    # a day that does not exist: said in Dutch, the typing kept, the date not changed
    type_date(qtbot, page.date, "31-2-2026")
    assert page.date.text() == "31-2-2026"
    assert "31-2-2026" in page.date_message.text() and page.date_message.isVisibleTo(page)
    assert prep.meeting(window.context.session).date == "2026-03-12"
    type_date(qtbot, page.date, "13-3-2026")
    assert not page.date_message.isVisibleTo(page)
    window.close()
    sf, session = open_session(path)
    try:
        assert prep.meeting(session).date == "2026-03-13"
    finally:
        sf.close()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_records_of_the_meeting_take_the_meetings_date(qtbot, library, open_window):
    path = library.create("Ulrum")
    window = open_window(path)
    assert datetime.date.today().isoformat() != "2026-03-10"
    type_date(qtbot, window.pages["voorbereiding"].date, "10-3-2026")
    # an action typed in later: its history starts on the evening
    page = window.show_step("actieplan")
    page.tabs.setCurrentIndex(1)
    page.actions_tab.new_action.setFocus()
    qtbot.keyClicks(page.actions_tab.new_action, "Bankjes plaatsen")
    qtbot.keyClick(page.actions_tab.new_action, Qt.Key.Key_Return)
    # the vision, written up afterwards, is dated on the evening too
    board = window.show_step("krachtenkaart")
    board.tabs.setCurrentWidget(board.vision)
    assert board.vision.date.text() == "10 maart 2026"
    board.vision.text.setFocus()
    qtbot.keyClicks(board.vision.text, "Een dorp waar iedereen meedoet")
    # and the handout and the export are named after the evening
    afronding = window.show_step("afronding")
    assert afronding._default_name("-handout").endswith("ulrum-2026-03-10-handout.pdf")
    offered: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        offered.extend(dialog.selectedFiles())
        dialog.reject()

    QTimer.singleShot(200, look)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(offered), timeout=3000)
    assert offered[0].endswith("ulrum-2026-03-10.json")
    window.close()
    sf, session = open_session(path)
    try:
        assert [h["date"] for h in ap.actions(session)[0].history] == ["2026-03-10"]
        assert kk.vision(session).date == "2026-03-10"
    finally:
        sf.close()
