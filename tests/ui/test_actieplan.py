"""Actieplan used as a facilitator uses it: type ideas, stick dots with keys, make actions, carry them over."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.content import data_dir
from facilitator.domain import actieplan as ap
from facilitator.domain import preparation as prep
from facilitator.store.sessionfile import open_session
from facilitator.ui.steps.actieplan.models import ActionModel, VoteModel
from facilitator.ui.steps.actieplan.projector import NUMBER_PT, TEXT_PT, PlanBoard


def reopen(path):  # type: ignore[no-untyped-def]
    sf, session = open_session(path)
    try:
        return ap.setup(session), ap.ideas(session), ap.actions(session)
    finally:
        sf.close()


def open_plan(open_window, path, tab: int = 0):  # type: ignore[no-untyped-def]
    window = open_window(path)
    page = window.show_step("actieplan")
    page.tabs.setCurrentIndex(tab)
    return window, page


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type as a person does; characters beyond ASCII (é, emoji) come through the input method."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def type_in_cell(qtbot, view, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the current cell: the first key opens the editor, which then has the focus."""
    qtbot.keyClicks(view, text[0])
    type_text(qtbot, QApplication.focusWidget(), text[1:])
    commit(qtbot)


def commit(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Enter in an open cell editor; the delegate hands the value over on the next event loop turn."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()


def type_enter(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    type_text(qtbot, widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_vote_with_keys_rank_undo_and_reopen(qtbot, library, open_window):
    path = library.create("Ulrum")
    window, page = open_plan(open_window, path)
    votes = page.votes
    assert QApplication.focusWidget() is votes.new_idea  # no ideas yet: start by typing one
    votes.groups.clear()
    type_enter(qtbot, votes.groups, "bewoners, gemeente")
    assert ap.groups(window.context.session) == ["bewoners", "gemeente"]
    for title in ("Bankjes bij de Vaart", "Wensbus", "Repaircafé <b>&</b> 🌻"):
        type_enter(qtbot, votes.new_idea, title)
    qtbot.keyClick(votes.new_idea, Qt.Key.Key_Return)  # empty: nothing added
    assert [i.title for i in votes.model.rows] == ["Bankjes bij de Vaart", "Wensbus", "Repaircafé <b>&</b> 🌻"]
    assert page.tabs.tabText(0) == "Stemmen (3 ideeën)"

    # the Wensbus row: + + for the residents (the group chosen), then → to the municipality and +
    view = votes.view
    view.setFocus()
    view.setCurrentIndex(votes.model.index(1, VoteModel.TITLE))
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    gemeente = votes.model.column_of("gemeente")
    view.setCurrentIndex(votes.model.index(1, gemeente))
    assert votes.group.currentData() == "gemeente"
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert votes.model.rows[1].votes == {"bewoners": 2, "gemeente": 1}
    # the Bankjes row: type a count for the residents
    view.setCurrentIndex(votes.model.index(0, VoteModel.TITLE))
    votes.group.setCurrentIndex(votes.group.findData("bewoners"))
    qtbot.keyClicks(view, "5")
    editor = QApplication.focusWidget()
    assert editor is not view
    commit(qtbot)
    assert votes.model.rows[0].votes == {"bewoners": 5}
    view.setCurrentIndex(votes.model.index(0, votes.model.column_of("bewoners")))
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert votes.model.rows[0].votes == {"bewoners": 4}
    # the ranking follows: Bankjes 4, Wensbus 3, Repaircafé 0
    ranking = votes.ranking
    assert [i.title for i in ranking.rows] == ["Bankjes bij de Vaart", "Wensbus", "Repaircafé <b>&</b> 🌻"]
    assert ranking.index(1, ranking.total_column).data() == "3  (2 + 1)"
    assert "bewoners: 6 stippen geplakt" in votes.usage.text()

    # undo takes back one dot at a time, on screen
    window.undo_action.trigger()
    assert votes.model.rows[0].votes == {"bewoners": 5}
    assert votes.model.index(0, votes.model.column_of("bewoners")).data() == "5"
    window.close()
    setup, ideas, _ = reopen(path)
    assert setup.groups == ["bewoners", "gemeente"]
    assert [(i.title, i.votes) for i in ideas] == [
        ("Bankjes bij de Vaart", {"bewoners": 5}),
        ("Wensbus", {"bewoners": 2, "gemeente": 1}),
        ("Repaircafé <b>&</b> 🌻", {}),
    ]


def test_a_count_that_is_not_a_number_is_refused_in_dutch(qtbot, library, open_window):
    path = library.create("Ulrum")
    window, page = open_plan(open_window, path)
    type_enter(qtbot, page.votes.new_idea, "Speeltuin")
    model = page.votes.model
    index = model.index(0, model.column_of(""))
    assert model.setData(index, "veel") is False
    assert "getal" in page.feedback.text()
    assert model.setData(index, "7") is True
    assert model.rows[0].votes == {"": 7} and page.feedback.text() == ""
    big = "x" * 5000
    type_enter(qtbot, page.votes.new_idea, big)
    assert model.rows[1].title == big
    window.close()
    _, ideas, _ = reopen(path)
    assert ideas[1].title == big


def test_make_actions_by_typing_and_edit_them_in_the_table(qtbot, library, open_window):
    path = library.create("Ulrum")
    window, page = open_plan(open_window, path, tab=1)
    actions = page.actions_tab
    assert QApplication.focusWidget() is actions.new_action
    type_enter(qtbot, actions.new_action, "Bankjes plaatsen")
    assert page.tabs.tabText(1) == "Acties (1)"
    view = actions.view
    # after Enter the trekker cell of the new action is current: type a name straight in
    assert view.currentIndex().column() == ActionModel.TREKKER
    view.setFocus()
    type_in_cell(qtbot, view, "Gerrit Hoekstra")
    assert actions.model.rows[0].trekker == "Gerrit Hoekstra"
    view.setCurrentIndex(actions.model.index(0, ActionModel.DUE))
    type_in_cell(qtbot, view, "1-5-2026")
    assert actions.model.rows[0].due == "2026-05-01"
    assert actions.model.index(0, ActionModel.DUE).data() == "1-5-2026"
    view.setCurrentIndex(actions.model.index(0, ActionModel.DUE))
    type_in_cell(qtbot, view, "morgen")
    assert "geen datum" in page.feedback.text()
    assert actions.model.rows[0].due == "2026-05-01"
    # an action keeps its description: emptying it is refused, a very long one is kept whole
    assert actions.model.setData(actions.model.index(0, ActionModel.WHAT), "   ") is False
    assert "omschrijving" in page.feedback.text() and actions.model.rows[0].what == "Bankjes plaatsen"
    long_text = "Bankjes <b>&</b> " + "x" * 5000
    assert actions.model.setData(actions.model.index(0, ActionModel.WHAT), long_text) is True
    assert actions.model.rows[0].what == long_text.strip()
    window.undo_action.trigger()
    # status through the model as the combo delegate does; the history records it
    actions.model.setData(actions.model.index(0, ActionModel.STATUS), "bezig")
    assert [h["text"] for h in actions.model.rows[0].history][-1] == "Status: Open → Bezig"
    assert actions.history.item(0).text().endswith("Status: Open → Bezig")
    # details: why, typed
    actions.why.setFocus()
    qtbot.keyClicks(actions.why, "Ouderen willen buiten zitten")
    assert actions.model.rows[0].why == "Ouderen willen buiten zitten"
    window.undo_action.trigger()  # the typing in one field is one step
    assert actions.model.rows[0].why == ""
    window.undo_action.trigger()
    assert actions.model.rows[0].status == "open"
    window.redo_action.trigger()
    window.close()
    _, _, saved = reopen(path)
    assert [(a.what, a.trekker, a.due, a.status) for a in saved] == [
        ("Bankjes plaatsen", "Gerrit Hoekstra", "2026-05-01", "bezig")
    ]


def test_action_from_an_idea_with_the_button_and_linked(qtbot, library, open_window):
    path = library.create("Ulrum")
    window, page = open_plan(open_window, path)
    type_enter(qtbot, page.votes.new_idea, "Wensbus")
    page.votes.view.setCurrentIndex(page.votes.model.index(0, VoteModel.TITLE))
    page.votes.make_action()
    assert page.tabs.currentIndex() == 1
    action = page.actions_tab.current_action()
    assert action is not None and action.what == "Wensbus"
    assert action.idea_ids == [page.votes.model.rows[0].id]
    assert page.actions_tab.links.item(0).checkState() == Qt.CheckState.Checked
    page.actions_tab.links.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert page.actions_tab.model.rows[0].idea_ids == []
    window.undo_action.trigger()
    assert page.actions_tab.model.rows[0].idea_ids == [page.votes.model.rows[0].id]
    window.close()


def test_carry_actions_over_to_a_new_meeting_in_the_same_place(qtbot, library, open_window):
    first = library.create("Ulrum aan de Vaart", date="2026-03-12")
    sf, s = open_session(first)
    app = ap.add_action(s, "Dorpsapp", trekker="Lotte")
    busy = ap.add_action(s, "Jeu de boules", trekker="Gerrit", due="2026-05-01")
    done = ap.add_action(s, "Flyer", trekker="Anna")
    ap.set_status(s, busy, "bezig")
    ap.set_status(s, done, "klaar")
    sf.close()

    second = library.create("Ulrum aan de vaart", date="2026-11-20")
    window, page = open_plan(open_window, second, tab=1)
    actions = page.actions_tab
    assert actions.carry.isVisible()
    assert "12-3-2026" in actions.carry.text() and "2 open" in actions.carry.text()
    qtbot.mouseClick(actions.carry, Qt.MouseButton.LeftButton)
    assert [(a.what, a.status) for a in actions.model.rows] == [("Dorpsapp", "open"), ("Jeu de boules", "bezig")]
    assert not actions.carry.isVisible()
    assert "2 acties overgenomen" in page.feedback.text()
    assert actions.history.item(0).text() == "20-11-2026  Overgenomen uit de bijeenkomst van 12-3-2026"
    window.undo_action.trigger()
    assert actions.model.rowCount() == 0 and actions.carry.isVisible()
    window.redo_action.trigger()
    assert actions.model.rowCount() == 2
    window.close()
    _, _, saved = reopen(second)
    assert [a.trekker for a in saved] == ["Lotte", "Gerrit"]
    assert [a.carried_from.split("/")[1] for a in saved] == [app.id, busy.id]

    # a meeting somewhere else is offered nothing
    other = library.create("Warffum", date="2026-11-21")
    window, page = open_plan(open_window, other, tab=1)
    assert not page.actions_tab.carry.isVisible()
    window.close()


@pytest.fixture
def demo_window(qtbot, library, open_window):  # type: ignore[no-untyped-def]
    from facilitator.demo import write_demo

    path = write_demo(library.root)
    window, page = open_plan(open_window, path)
    return window, page


def test_models_pass_the_model_tester(qtmodeltester, demo_window):
    _, page = demo_window
    for model in (page.votes.model, page.votes.ranking, page.actions_tab.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_demo_plan_on_screen_and_on_the_projector(qtbot, demo_window):
    window, page = demo_window
    assert page.votes.model.rowCount() >= 10 and page.actions_tab.model.rowCount() == 6
    assert page.votes.ranking.rows[0].title.startswith("Jeu-de-boulesbaan")
    assert page.votes.usage.text() == ("bewoners: 18 van 18 stippen geplakt\ngemeente: 6 van 6 stippen geplakt")
    assert TEXT_PT >= 28 and NUMBER_PT >= 28
    holder = QWidget()
    qtbot.addWidget(holder)
    board = page.projector_widget(holder)
    assert isinstance(board, PlanBoard)
    board.resize(1920, 1080)
    image = board.grab().toImage()
    assert not image.isNull()
    # something is painted in the group colours (the dot counts), not only white
    colours = {image.pixelColor(x, y).name() for x in range(0, 1920, 8) for y in range(0, 1080, 8)}
    assert "#1f6f8b" in colours and "#c2571a" in colours
    # a vote redraws the board from the change event
    idea = ap.ideas(window.context.session)[-1]
    window.context.run(ap.vote, window.context.session, idea, "gemeente", 1)
    assert board.grab().toImage() != image
    data = json.loads((data_dir() / "demo" / "voorbereiding.json").read_text(encoding="utf-8"))
    emails = [p["email"] for p in data["participants"] if p.get("email")]
    assert emails  # the board paints only titles and counts: nothing of the participants
    assert all(e not in " ".join(i.title for i in ap.ideas(window.context.session)) for e in emails)
    window.close()


def test_keyboard_reaches_everything_and_controls_are_named(qtbot, demo_window):
    window, page = demo_window
    unnamed = [
        w
        for w in page.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isVisibleTo(page)
        and not w.accessibleName()
        and type(w).__name__ not in ("QTabBar", "QScrollBar", "QSplitterHandle", "QWidget")
        and not (w.parent() and type(w.parent()).__name__ in ("QSpinBox", "QComboBox"))
    ]
    assert unnamed == []
    # Alt+digit in the session window reaches the step; the first idea row gets the focus
    assert QApplication.focusWidget() is page.votes.view
    assert page.votes.view.currentIndex().row() == 0
    window.close()


def test_participants_in_a_group_count_as_voters(qtbot, library, open_window):
    path = library.create("Ulrum")
    sf, s = open_session(path)
    for name in ("Anna", "Bert"):
        p = prep.add_participant(s, name)
        prep.edit_participant(s, p, group="Bewoners")
    ap.set_groups(s, "bewoners")
    ap.set_dots(s, 4)
    sf.close()
    window, page = open_plan(open_window, path)
    assert page.votes.usage.text() == "bewoners: 0 van 8 stippen geplakt"
    page.votes.dots.setValue(5)
    assert page.votes.usage.text() == "bewoners: 0 van 10 stippen geplakt"
    window.undo_action.trigger()
    assert page.votes.dots.value() == 4
    # thirty people came, only two were written down: type the number of voters
    box = page.votes.voter_boxes["bewoners"]
    assert box.text() == "bewoners: 2 (deelnemers)"
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "30")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert page.votes.usage.text() == "bewoners: 0 van 120 stippen geplakt"
    assert window.context.session.undo_label == "Aantal stemmers wijzigen"
    window.close()
    setup, _, _ = reopen(path)
    assert setup.voters == {"bewoners": 30} and setup.dots_per_person == 4


def test_fetch_ideas_from_the_other_steps_with_the_button(qtbot, library, open_window):
    from facilitator.domain.krachtenkaart import Idea

    path = library.create("Ulrum")
    window, page = open_plan(open_window, path)
    votes = page.votes
    assert votes.collect.text() == "Ideeën &ophalen uit de andere stappen"
    qtbot.mouseClick(votes.collect, Qt.MouseButton.LeftButton)
    assert "geen nieuwe ideeën" in page.feedback.text()
    window.context.run(window.context.session.add, Idea(title="Moestuin bij de school"), label="Idee maken")
    assert votes.collect.text().endswith("(1 nieuw)")
    qtbot.mouseClick(votes.collect, Qt.MouseButton.LeftButton)
    assert [(i.title, i.source_kind) for i in votes.model.rows] == [("Moestuin bij de school", "idea")]
    assert votes.model.index(0, votes.model.source_column).data(Qt.ItemDataRole.ToolTipRole) == "Krachtenkaart"
    assert not votes.model.index(0, votes.model.source_column).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert page.feedback.text() == "1 idee opgehaald uit de andere stappen."
    assert not votes.collect.text().endswith("nieuw)")
    window.undo_action.trigger()
    assert votes.model.rowCount() == 0
    window.close()


def test_delete_key_removes_only_from_the_table_it_is_pressed_in(qtbot, library, open_window):
    path = library.create("Ulrum")
    window, page = open_plan(open_window, path)
    votes = page.votes
    for title in ("Speeltuin", "Wensbus"):
        type_enter(qtbot, votes.new_idea, title)
    qtbot.keyClicks(votes.new_idea, "ab")
    qtbot.keyClick(votes.new_idea, Qt.Key.Key_Home)
    qtbot.keyClick(votes.new_idea, Qt.Key.Key_Delete)  # edits the text, removes no idea
    assert votes.new_idea.text() == "b" and votes.model.rowCount() == 2
    votes.view.setFocus()
    votes.view.setCurrentIndex(votes.model.index(0, VoteModel.TITLE))
    qtbot.keyClick(votes.view, Qt.Key.Key_Delete)
    assert [i.title for i in votes.model.rows] == ["Wensbus"]
    window.undo_action.trigger()
    assert [i.title for i in votes.model.rows] == ["Speeltuin", "Wensbus"]
    window.close()


def test_the_page_fits_a_1280_by_720_screen(qtbot, demo_window):
    window, page = demo_window
    for tab in (0, 1):
        page.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        window.resize(1280, 720)
        QApplication.processEvents()
        # room to spare: a larger font (Ctrl++) must not push the window off a 1280 screen at once
        assert window.minimumSizeHint().width() <= 1100, tab
        assert (window.width(), window.height()) == (1280, 720), tab  # not pushed wider by the page
    window.close()


def test_notes_in_the_history_and_a_board_for_one_group(qtbot, library, open_window):
    path = library.create("Ulrum")
    window, page = open_plan(open_window, path, tab=1)
    type_enter(qtbot, page.actions_tab.new_action, "Repaircafé starten")
    holder = QWidget()
    qtbot.addWidget(holder)
    board = page.projector_widget(holder)
    board.resize(1280, 720)
    empty = board.grab().toImage()  # "no ideas yet" is painted without a crash
    type_enter(qtbot, page.actions_tab.note, "Ruimte gevonden in de oude bakkerij")
    assert page.actions_tab.note.text() == ""
    assert page.actions_tab.history.item(0).text().endswith("Ruimte gevonden in de oude bakkerij")
    page.tabs.setCurrentIndex(0)
    type_enter(qtbot, page.votes.new_idea, "Repaircafé")
    page.votes.view.setCurrentIndex(page.votes.model.index(0, VoteModel.TITLE))
    page.votes.vote(1)
    assert page.votes.model.headerData(2, Qt.Orientation.Horizontal) == "Stippen"  # one group: everyone
    assert board.grab().toImage() != empty
    window.close()
    _, ideas, actions = reopen(path)
    assert ideas[0].votes == {"": 1}
    assert actions[0].history[-1]["text"] == "Ruimte gevonden in de oude bakkerij"


def test_the_previous_meeting_lookup_never_opens_the_windows_own_file(qtbot, library, open_window, monkeypatch):
    """Opening our own (locked) file a second time waited out SQLite's busy timeout on every typing pause."""
    from facilitator.store import library as library_module

    library.create("Ulrum aan de Vaart", date="2026-03-12")
    second = library.create("Ulrum aan de Vaart", date="2026-11-20")
    opened: list[str] = []
    real = library_module.read_info

    def recording(path):  # type: ignore[no-untyped-def]
        opened.append(path.resolve().name)
        return real(path)

    monkeypatch.setattr(library_module, "read_info", recording)
    window, page = open_plan(open_window, second, tab=1)
    assert page.actions_tab.previous is not None  # the earlier meeting was found …
    prep_page = window.show_step("voorbereiding")
    prep_page.place.setFocus()
    qtbot.keyClicks(prep_page.place, " ")  # a typing pause in a meeting field looks again
    qtbot.waitUntil(lambda: not page.actions_tab._find_timer.isActive())
    page.actions_tab.find_previous()
    assert opened and second.name not in opened  # … without ever opening this window's own file
    window.close()
