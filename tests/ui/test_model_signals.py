"""Every Qt model follows an edit made elsewhere with the smallest signal, never with a reset.

For each model of the demo village's pages: an edit through a domain operation (not through
the model) gives one ``dataChanged`` for that one row; a new record one ``rowsInserted``;
undo of it one ``rowsRemoved``. Qt's QAbstractItemModelTester watches every model while
that happens (``qtmodeltester``), so the signals also have to agree with the rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QTextCursor

from facilitator.domain import actieplan as ap
from facilitator.domain import eigenaarschap as eig
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.domain import rollen, support


class SignalLog:
    """The structural and data signals a model sent, as (name, first row, last row)."""

    def __init__(self, model: QAbstractItemModel) -> None:
        self.seen: list[tuple[str, int, int]] = []
        model.dataChanged.connect(lambda a, b, _roles=(): self.seen.append(("dataChanged", a.row(), b.row())))
        model.rowsInserted.connect(lambda _p, a, b: self.seen.append(("rowsInserted", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.seen.append(("rowsRemoved", a, b)))
        model.rowsMoved.connect(lambda *_: self.seen.append(("rowsMoved", -1, -1)))
        model.modelReset.connect(lambda: self.seen.append(("modelReset", -1, -1)))
        model.layoutChanged.connect(lambda *_: self.seen.append(("layoutChanged", -1, -1)))

    def take(self) -> list[tuple[str, int, int]]:
        seen, self.seen = self.seen, []
        return seen


@dataclass
class Case:
    step: str
    model: Callable[[Any], QAbstractItemModel]
    #: edit the record shown in a row, elsewhere than in the model (a domain operation)
    edit: Callable[[Any, Any], None]
    #: add one record that the model shows
    add: Callable[[Any], None]
    #: prepare the page (e.g. show the tab the model belongs to)
    prepare: Callable[[Any], None] = lambda page: None


CASES = {
    "participants": Case(
        "voorbereiding",
        lambda page: page.participants,
        lambda s, p: prep.edit_participant(s, p, organisation="Dorpsbelang <b>&</b>"),
        lambda s: prep.add_participant(s, "Nieuwe deelnemer"),
    ),
    "agenda": Case(
        "voorbereiding",
        lambda page: page.agenda,
        lambda s, b: prep.edit_agenda_block(s, b, title="Koffie en thee ☕"),
        lambda s: prep.add_agenda_block(s, "Afsluiting", 10),
    ),
    "support": Case(
        "krachtenkaart",
        lambda page: page.vision.model,
        lambda s, n: support.edit_ask(s, n, ask="Meedenken over de vergunning"),
        lambda s: support.ask_partner(s, "Provinciefonds", ask="geld"),
    ),
    "card column": Case(
        "krachtenkaart",
        lambda page: page.board.columns["plekken"].model,
        lambda s, c: kk.edit_card(s, c, description="Elke dinsdag open"),
        lambda s: kk.add_card(s, "Speeltuin aan de Vaart", "plekken"),
    ),
    "card ticks": Case(
        "krachtenkaart",
        lambda page: page.ideas.cards,
        lambda s, c: kk.edit_card(s, c, title=c.title + " (nieuw)"),
        # a card at the end of the last category: the tick list is ordered by category
        lambda s: kk.add_card(s, "Verhalen van de oude sluiswachter", kk.category_ids()[-1]),
        lambda page: page.tabs.setCurrentWidget(page.ideas),
    ),
    "ownership column": Case(
        "eigenaarschap",
        lambda page: page.columns[1].model,
        lambda s, a: eig.edit_activity(s, a, description="Vrijwilligers doen het zelf"),
        lambda s: eig.add_activity(s, "Moestuin bij de school", 1),
    ),
    "shifts": Case(
        "eigenaarschap",
        lambda page: page.shift_model,
        lambda s, a: eig.edit_activity(s, a, change_needed="Een vaste contactpersoon bij de gemeente"),
        lambda s: eig.add_activity(s, "Buurtbus", 4, wanted_type=2),
    ),
    "votes": Case(
        "actieplan",
        lambda page: page.votes.model,
        lambda s, i: ap.edit_idea(s, i, note="Besproken met de school"),
        lambda s: ap.add_idea(s, "Bankje bij de haven"),
    ),
    "ranking": Case(
        "actieplan",
        lambda page: page.votes.ranking,
        lambda s, i: ap.edit_idea(s, i, note="Besproken met de school"),
        lambda s: ap.add_idea(s, "Bankje bij de haven"),
    ),
    "actions": Case(
        "actieplan",
        lambda page: page.actions_tab.model,
        lambda s, a: ap.edit_action(s, a, trekker="Fenna"),
        lambda s: ap.add_action(s, "Folder maken"),
    ),
    "killer phrases": Case(
        "rollen",
        lambda page: page.phrases.model,
        lambda s, p: rollen.answer_phrase(s, f"phrase:{p.phrase_id}" if p.phrase_id else p.id, "Wij doen het gewoon."),
        lambda s: rollen.add_own_phrase(s, "Dat is niet van deze tijd."),
    ),
}


@pytest.fixture
def demo(qtbot, library, open_window):  # type: ignore[no-untyped-def]
    from facilitator.demo import write_demo

    return open_window(write_demo(library.root))


def _row_record(model: QAbstractItemModel) -> tuple[int, Any]:
    rows = model.rows  # type: ignore[attr-defined]
    assert len(rows) >= 2, "the demo village should fill this model"
    return 1, rows[1]


@pytest.mark.parametrize("name", list(CASES))
def test_an_edit_elsewhere_is_one_fine_grained_signal(name, qtbot, qtmodeltester, demo):  # type: ignore[no-untyped-def]
    case = CASES[name]
    window = demo
    page = window.show_step(case.step)
    case.prepare(page)
    qtbot.wait(10)
    model = case.model(page)
    qtmodeltester.check(model, force_py=True)  # stays attached: every signal below is checked too
    session = window.context.session
    log = SignalLog(model)

    row, record = _row_record(model)
    window.context.run(case.edit, session, record)
    assert log.take() == [("dataChanged", row, row)]
    assert model.rows[row] is not record  # type: ignore[attr-defined]  # the new, frozen record

    before = len(model.rows)  # type: ignore[attr-defined]
    window.context.run(case.add, session)
    seen = log.take()
    inserted = [s for s in seen if s[0] == "rowsInserted"]
    assert len(inserted) == 1 and inserted[0][1] == inserted[0][2], seen
    assert not [s for s in seen if s[0] in ("modelReset", "layoutChanged", "rowsRemoved")], seen
    assert len(model.rows) == before + 1  # type: ignore[attr-defined]

    window.undo()
    seen = log.take()
    removed = [s for s in seen if s[0] == "rowsRemoved"]
    assert removed == [("rowsRemoved", inserted[0][1], inserted[0][1])], seen
    assert not [s for s in seen if s[0] in ("modelReset", "layoutChanged", "rowsInserted")], seen


def test_typing_in_an_activity_resets_no_column(qtbot, demo):  # type: ignore[no-untyped-def]
    """The issue's case: each keystroke in an activity reset all four Eigenaarschap columns."""
    window = demo
    page = window.show_step("eigenaarschap")
    logs = {n: SignalLog(col.model) for n, col in page.columns.items()}
    shifts = SignalLog(page.shift_model)
    column = next(n for n, col in page.columns.items() if col.model.rowCount() >= 2)
    activity = page.columns[column].model.rows[1]
    page.select(activity.id)
    page.details.description.setFocus()
    page.details.description.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.details.description, "abc")
    assert session_text(window, activity.id).endswith("abc")
    assert logs[column].take() == [("dataChanged", 1, 1)] * 3
    for n, log in logs.items():
        if n != column:
            assert log.take() == []
    assert [s for s in shifts.take() if s[0] != "dataChanged"] == []


def session_text(window, activity_id: str) -> str:  # type: ignore[no-untyped-def]
    activity = window.context.session.get(eig.Activity, activity_id)
    assert activity is not None
    return activity.description


def test_a_moved_card_keeps_its_selection_and_the_board_does_not_reset(qtbot, demo):  # type: ignore[no-untyped-def]
    window = demo
    page = window.show_step("krachtenkaart")
    board = page.board
    column = board.columns["verenigingen"]
    assert column.model.rowCount() >= 3
    logs = {cid: SignalLog(col.model) for cid, col in board.columns.items()}
    card = column.model.rows[2]
    board.select_card(card.id)
    view = column.view
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [c.id for c in column.model.rows].index(card.id) == 1
    assert [c.id for c in view.selected_cards()] == [card.id]
    assert logs["verenigingen"].take() == [("rowsRemoved", 2, 2), ("rowsInserted", 1, 1)]
    assert all(log.take() == [] for cid, log in logs.items() if cid != "verenigingen")
