"""The actielijst on the projector, per theme, with overdue actions flagged (on the Acties tab)."""

from __future__ import annotations

import pytest

from facilitator.domain import actieplan as ap
from facilitator.domain import progress
from facilitator.ui.steps.actieplan.projector import PlanBoard

from .test_projector_question import open_projector


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (3840, 2160)])
def test_acties_tab_shows_the_actielijst_with_late_ones_on_the_projector(qtbot, library, open_window, tmp_path, size):
    window, page, projector = open_projector(qtbot, library, open_window, "actieplan", size)
    board = projector.body
    assert isinstance(board, PlanBoard)
    board.grab()
    s = window.context.session
    action_ids = {a.id for a in ap.actions(s)}
    assert board.shown_ids and not set(board.shown_ids) & action_ids  # the ranking of ideas
    page.tabs.setCurrentWidget(page.actions_tab)
    image = board.grab()
    image.save(str(tmp_path / f"acties-{size[0]}.png"))
    assert set(board.shown_ids) <= action_ids and len(board.shown_ids) >= 4
    if size[1] >= 1080:
        assert set(board.shown_ids) == action_ids  # the demo's six actions all fit
    late = [a for a in ap.actions(s) if progress.is_overdue(a)]
    assert late  # the demo has late ones (its dates lie in 2026)
    # a late row has a red badge: the colour is on screen in the row of a late action
    red = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if image.toImage().pixelColor(x, y).name() == "#a3290f"
    )
    assert red > 50
    page.tabs.setCurrentWidget(page.votes)
    board.grab()
    assert board.shown_ids and not set(board.shown_ids) & action_ids
    window.close()


def test_the_action_under_discussion_is_marked_and_never_hidden(qtbot, library, open_window, tmp_path):
    from PySide6.QtCore import Qt

    from facilitator.ui.steps.actieplan.projector_actions import rows

    window, page, projector = open_projector(qtbot, library, open_window, "actieplan", (1280, 720))
    board = projector.body
    page.tabs.setCurrentWidget(page.actions_tab)
    view = page.actions_tab.view
    board.grab()
    s = window.context.session
    in_order = [x.id for k, x in rows(s, "nl") if k == "action"]
    hidden = [i for i in in_order if i not in board.shown_ids]
    assert hidden  # at 1280×720 not all six fit
    row = page.actions_tab.model.row_of(hidden[-1])
    view.setFocus()
    view.setCurrentIndex(page.actions_tab.model.index(0, 0))
    for _ in range(row):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.context.focused.get("actieplan") == hidden[-1]
    board.grab().save(str(tmp_path / "selected.png"))
    assert hidden[-1] in board.shown_ids
    window.close()
