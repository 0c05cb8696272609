""" "Wanneer" typed into the action table as real plans say it: kept, shown and reopened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain import actieplan as ap
from facilitator.store.sessionfile import open_session
from facilitator.ui.steps.actieplan.models import ActionModel


def test_when_with_its_precision_typed_in_the_table(qtbot, library, open_window):
    path = library.create("Ulrum")
    window = open_window(path)
    page = window.show_step("actieplan")
    page.tabs.setCurrentIndex(1)
    actions = page.actions_tab
    typed = {"Bankjes": "juli 2026", "Ijsbaan": "jaarlijks", "Website": "najaar 2026", "Dorpsfeest": "10 maart 2026"}
    for what in typed:
        actions.new_action.setFocus()
        qtbot.keyClicks(actions.new_action, what)
        qtbot.keyClick(actions.new_action, Qt.Key.Key_Return)
    view = actions.view
    for row, when_typed in enumerate(typed.values()):
        view.setFocus()
        view.setCurrentIndex(actions.model.index(row, ActionModel.DUE))
        qtbot.keyClicks(view, when_typed[0])  # the first key opens the editor
        qtbot.keyClicks(QApplication.focusWidget(), when_typed[1:])
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        QApplication.processEvents()
    shown = [actions.model.index(r, ActionModel.DUE).data() for r in range(4)]
    assert shown == ["juli 2026", "jaarlijks", "najaar 2026", "10-3-2026"]
    # a date that does not exist is refused, says what was typed, and keeps the old value
    view.setCurrentIndex(actions.model.index(0, ActionModel.DUE))
    qtbot.keyClicks(view, "3")
    qtbot.keyClicks(QApplication.focusWidget(), "1-2-2026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert "31-2-2026" in page.feedback.text()
    assert actions.model.index(0, ActionModel.DUE).data() == "juli 2026"
    window.close()
    sf, session = open_session(path)
    try:
        assert [a.due for a in ap.actions(session)] == ["2026-07", "jaarlijks", "2026-najaar", "2026-03-10"]
    finally:
        sf.close()
