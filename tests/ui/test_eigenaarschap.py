"""Eigenaarschap used as a facilitator uses it: type + Enter, drag, keys, wanted type, hands, undo, reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.domain import eigenaarschap as eig
from facilitator.store.sessionfile import open_session
from facilitator.ui.steps.eigenaarschap.models import MIME


def on_disk(path) -> list[tuple[str, int, int, dict]]:  # type: ignore[no-untyped-def]
    sf, session = open_session(path)
    try:
        return [(a.title, a.current_type, a.wanted_type, a.hands) for a in eig.activities(session)]
    finally:
        sf.close()


def column_titles(page, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.title for a in page.columns[n].model.rows]


def add_by_typing(qtbot, page, title: str, column: int) -> None:  # type: ignore[no-untyped-def]
    page.focus_column(column)  # Ctrl+<n> does the same from anywhere on the page
    page.entry.setFocus()
    qtbot.keyClicks(page.entry, title)
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)


# PySide marks the QPoint constructors of drag events deprecated, but Qt 6 offers no other
pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDrag.*deprecated:DeprecationWarning")


def drop_on(view, activity_id: str, row: int | None = None) -> None:  # type: ignore[no-untyped-def]
    """A real drop on a column's viewport: enter, move, drop, as Qt delivers them."""
    mime = QMimeData()
    mime.setData(MIME, activity_id.encode("ascii"))
    if row is None:
        pos = QPoint(view.viewport().width() // 2, view.viewport().height() - 5)
    else:
        pos = view.visualRect(view.model().index(row, 0)).center()
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), move)
    assert move.isAccepted()
    drop = QDropEvent(pos.toPointF(), actions, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), drop)


def test_board_in_a_meeting_typed_dragged_decided_undone_and_reopened(qtbot, library, open_window):
    path = library.create("Ulrum")
    window = open_window(path)
    page = window.show_step("eigenaarschap")
    assert QApplication.focusWidget() is page.entry

    add_by_typing(qtbot, page, "Koor Vaartklanken", 1)
    add_by_typing(qtbot, page, "Dorpshuis De Vaart", 3)
    add_by_typing(qtbot, page, "Stoep Kerkweg", 4)
    assert page.entry.text() == ""
    assert column_titles(page, 1) == ["Koor Vaartklanken"]
    assert column_titles(page, 3) == ["Dorpshuis De Vaart"]
    assert page.columns[3].count.text() == "1 activiteit"

    # drag the Dorpshuis from Type 3 and drop it in the Type 2 column
    dorpshuis = page.columns[3].model.rows[0]
    drop_on(page.columns[2].view, dorpshuis.id)
    assert column_titles(page, 2) == ["Dorpshuis De Vaart"] and column_titles(page, 3) == []
    assert window.context.session.undo_label == "Naar Type 2"

    # the room wants it in Type 1: choose it in the details with the keyboard
    page.select(dorpshuis.id, focus=True)
    page.details.wanted.setFocus()
    while page.details.wanted.currentData() != 1:
        qtbot.keyClick(page.details.wanted, Qt.Key.Key_Down)
    a = window.context.session.get(eig.Activity, dorpshuis.id)
    assert a.wanted_type == 1 and a.current_type == 2
    assert eig.shifts(window.context.session) == [a]
    assert page.tabs.tabText(1) == "Verschuivingen (1)"
    assert page.shift_model.index(0, 0).data() == "Dorpshuis De Vaart"
    assert page.columns[2].model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Dorpshuis De Vaart, → Type 1"
    )

    # what must change, and who gives money
    page.details.change.setFocus()
    qtbot.keyClicks(page.details.change, "Gebouw naar de stichting")
    page.details.contributions["money"].setFocus()
    qtbot.keyClicks(page.details.contributions["money"], "Gemeente: nieuw dak")
    assert "Geld: Gemeente: nieuw dak" in page.shift_model.index(0, 4).data()

    # disputed: count hands for Type 1 and 2 and decide
    for t, count in ((1, "11"), (2, "9")):
        spin = page.details.hands[t]
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, count)
    a = window.context.session.get(eig.Activity, dorpshuis.id)
    assert a.hands == {"1": 11, "2": 9}
    assert page.details.shares[1].text() == "55%"
    assert page.details.bars[2].share == 0.45
    assert page.details.decide.isEnabled() and page.details.decide.text() == "Besluit: Type 1"

    # Ctrl+Z in the spin box undoes the last count: Type 2 has no hands any more, on screen too
    qtbot.keyClick(page.details.hands[2], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.context.session.get(eig.Activity, dorpshuis.id).hands == {"1": 11}
    assert page.details.hands[2].value() == 0
    assert page.details.shares[1].text() == "100%"
    window.close()

    assert sorted(on_disk(path)) == [
        ("Dorpshuis De Vaart", 2, 1, {"1": 11}),
        ("Koor Vaartklanken", 1, 0, {}),
        ("Stoep Kerkweg", 4, 0, {}),
    ]
    window = open_window(path)
    page = window.show_step("eigenaarschap")
    assert column_titles(page, 2) == ["Dorpshuis De Vaart"]
    assert column_titles(page, 4) == ["Stoep Kerkweg"]
    assert page.tabs.tabText(1) == "Verschuivingen (1)"
    page.select(dorpshuis.id)
    assert page.details.change.toPlainText() == "Gebouw naar de stichting"
    assert page.details.contributions["money"].text() == "Gemeente: nieuw dak"


def test_drop_inside_a_column_reorders_and_the_model_round_trips_mime(qtbot, library, open_window):
    window = open_window(library.create("Ulrum"))
    page = window.show_step("eigenaarschap")
    for title in ("Een", "Twee", "Drie"):
        add_by_typing(qtbot, page, title, 2)
    model = page.columns[2].model
    drie = model.rows[2]
    drop_on(page.columns[2].view, drie.id, row=0)
    assert column_titles(page, 2) == ["Drie", "Een", "Twee"]
    # the model's own mime data dropped on another column's model
    mime = model.mimeData([model.index(1, 0)])
    target = page.columns[4].model
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, target.index(-1, 0))
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, target.index(-1, 0))
    assert column_titles(page, 4) == ["Een"] and column_titles(page, 2) == ["Drie", "Twee"]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert column_titles(page, 2) == ["Een", "Twee", "Drie"]


def test_keyboard_moves_cards_between_columns_and_removes(qtbot, library, open_window):
    path = library.create("Ulrum")
    window = open_window(path)
    page = window.show_step("eigenaarschap")
    add_by_typing(qtbot, page, "Wensbus", 4)
    add_by_typing(qtbot, page, "Buurtapp", 4)
    view = page.columns[4].view
    page.select(page.columns[4].model.rows[0].id, focus=True)
    assert QApplication.focusWidget() is view
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view, Qt.Key.Key_Left, ctrl)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, ctrl)
    assert column_titles(page, 2) == ["Wensbus"] and column_titles(page, 4) == ["Buurtapp"]
    assert QApplication.focusWidget() is page.columns[2].view
    assert page.columns[2].view.currentIndex().data() == "Wensbus"
    qtbot.keyClick(page.columns[2].view, Qt.Key.Key_Right)  # plain arrow: to the next column
    assert QApplication.focusWidget() is page.columns[3].view
    page.focus_column(4)
    qtbot.keyClick(page.columns[4].view, Qt.Key.Key_Delete)
    assert column_titles(page, 4) == []
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, ctrl)  # the delete
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, ctrl)  # the second move
    assert column_titles(page, 4) == ["Buurtapp"] and column_titles(page, 3) == ["Wensbus"]
    window.close()
    assert sorted(on_disk(path)) == [("Buurtapp", 4, 0, {}), ("Wensbus", 3, 0, {})]


def test_bad_input_gives_a_dutch_message_and_loses_nothing(qtbot, library, open_window):
    path = library.create("Ulrum")
    window = open_window(path)
    page = window.show_step("eigenaarschap")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert page.message.isVisible() and "naam" in page.message.text()
    assert window.context.session.count(eig.Activity) == 0
    huge = "Heel lang plan " * 340  # about 5,000 characters, pasted
    page.entry.setText(huge + "<b>&</b>")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert "ingekort" in page.message.text()
    a = eig.activities(window.context.session)[0]
    assert a.title.endswith("…") and "<b>&</b>" in a.description
    page.entry.setText("<b>Dorp</b> & 🌻")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert column_titles(page, 1)[-1] == "<b>Dorp</b> & 🌻"
    # emptying a title in the details keeps the old name
    page.select(eig.activities(window.context.session)[-1].id)
    page.details.title.setFocus()
    page.details.title.selectAll()
    qtbot.keyClick(page.details.title, Qt.Key.Key_Backspace)
    assert column_titles(page, 1)[-1] == "<b>Dorp</b> & 🌻"
    window.close()
    assert [t for t, *_ in on_disk(path)][-1] == "<b>Dorp</b> & 🌻"


def test_starter_list_ticked_in_the_dialog_is_one_undo_step(qtbot, library, open_window):
    window = open_window(library.create("Ulrum"))
    page = window.show_step("eigenaarschap")
    dialog = page.open_starters()
    dialog.filter.setText("brood")
    visible = [i.text() for i in dialog.items() if not i.isHidden()]
    assert visible == ["Broodfonds  ·  Type ?"]  # the room decides, the list does not
    dialog.list.setFocus()
    dialog.list.setCurrentItem(dialog.items()[[i.text() for i in dialog.items()].index(visible[0])])
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    dialog.filter.clear()
    dialog.check(["wensbus", "dorpsmolen"])
    assert sorted(dialog.checked_ids()) == ["broodfonds", "dorpsmolen", "wensbus"]
    dialog.accept()
    assert column_titles(page, eig.OPEN) == ["Broodfonds", "Wensbus of buurtbus", "Dorpsmolen"]
    assert page.columns[eig.OPEN].isVisible()
    # the room places the first one: Ctrl+→ from "?" puts it in Type 1
    page.select(page.columns[eig.OPEN].model.rows[0].id, focus=True)
    qtbot.keyClick(page.columns[eig.OPEN].view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert column_titles(page, 1) == ["Broodfonds"]
    window.undo_action.trigger()
    # ticked kinds are shown as already on the board next time
    again = page.open_starters()
    done = [i for i in again.items() if "staat al op het bord" in i.text()]
    assert len(done) == 3 and not (done[0].flags() & Qt.ItemFlag.ItemIsEnabled)
    again.reject()
    window.undo_action.trigger()
    assert window.context.session.count(eig.Activity) == 0


def test_cards_from_the_krachtenkaart(qtbot, library, open_window):
    from facilitator.domain import krachtenkaart as kk

    path = library.create("Ulrum")
    window = open_window(path)
    page = window.show_step("eigenaarschap")
    assert not page.cards_button.isEnabled()
    session = window.context.session
    kk.add_card(session, "Basisschool De Wieken", "instellingen")
    kk.add_card(session, "IJsclub Nooit Gedacht", "verenigingen")
    assert page.cards_button.isEnabled()
    dialog = page.open_cards()
    assert len(dialog.checked_ids()) == 2  # all ticked at first
    dialog.accept()
    # a school is not prejudged Type 4, nor a club Type 1: both wait in "?" for the room
    assert column_titles(page, eig.OPEN) == ["Basisschool De Wieken", "IJsclub Nooit Gedacht"]
    assert not page.cards_button.isEnabled()
    window.undo_action.trigger()
    assert page.cards_button.isEnabled() and session.count(eig.Activity) == 0


def test_projector_board_is_big_and_shows_every_card_of_the_demo(qtbot, library, open_window):
    from facilitator.demo import write_demo

    window = open_window(write_demo(library.root))
    page = window.show_step("eigenaarschap")
    board = page.projector_widget(None)
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.show()
    qtbot.waitExposed(board)
    board.grab()  # paints
    assert board.hidden_counts == {}
    assert "Van wie is het" in board.question  # the room's question, with nothing selected
    assert board.card_pt >= 28
    assert board.scaled_font(board.MIN_PT).pixelSize() >= 28 * 96 / 72 - 1
    assert board.findChildren(QWidget) == []  # no controls on the projector
    # edits on the page reach the projector at once
    session = window.context.session
    eig.add_activity(session, "Nieuw op het bord", 1)
    board.grab()
    assert board.hidden_counts == {}
    for n in range(15):
        eig.add_activity(session, f"Nog een plan nummer {n}", 1)
    board.grab()
    assert board.hidden_counts.get(1, 0) > 0  # counted, never cut
    assert 1 in board.compact  # a full column becomes a compact list before it hides cards


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (3840, 2160)])
def test_projector_shows_and_highlights_the_selected_activity_even_in_a_full_column(qtbot, library, open_window, size):
    from facilitator.demo import write_demo

    window = open_window(write_demo(library.root))
    page = window.show_step("eigenaarschap")
    session = window.context.session
    for n in range(25):
        eig.add_activity(session, f"Activiteit nummer {n}", 1)
    last = eig.column(session, 1)[-1]
    page.focus_column(1)
    for _ in range(30):  # the facilitator walks down the column with the arrow key
        qtbot.keyClick(page.columns[1].view, Qt.Key.Key_Down)
    assert page.selected_id == last.id
    board = page.projector_widget(None)
    qtbot.addWidget(board)
    board.resize(*size)
    board.show()
    qtbot.waitExposed(board)
    board.grab()
    assert board.hidden_counts.get(1, 0) > 0
    assert last.id in board.shown_ids[1]  # "+ n meer" never hides the card under discussion
    assert "Activiteit nummer 24" in board.question
    # an earlier card, once selected, shows instead
    page.select(eig.column(session, 1)[20].id)
    board.grab()
    assert eig.column(session, 1)[20].id in board.shown_ids[1]


def test_wanted_type_1_asks_who_pulls_it_and_the_board_says_when_nobody_does(qtbot, library, open_window):
    from facilitator.domain import preparation as prep

    path = library.create("Ulrum")
    window = open_window(path)
    session = window.context.session
    prep.add_participant(session, "Jan Bakker", organisation="Dorpsbelang Ulrum")
    page = window.show_step("eigenaarschap")
    page.details_button.setChecked(True)
    add_by_typing(qtbot, page, "Groenonderhoud jaagpad", 4)
    a = eig.column(session, 4)[0]
    page.select(a.id)
    details = page.details
    assert not details.puller.isVisibleTo(details)
    # a show of hands: 6 for Type 1, the facilitator decides
    details.hands[1].setFocus()
    qtbot.keyClicks(details.hands[1], "6")
    qtbot.keyClick(details.hands[1], Qt.Key.Key_Tab)
    qtbot.mouseClick(details.decide, Qt.MouseButton.LeftButton)
    a = session.get(eig.Activity, a.id)
    assert a.wanted_type == 1 and a.puller_missing
    # the question is asked at once: the cursor is in "Wie trekt het?", with the autonomy question beside it
    assert details.puller.isVisibleTo(details)
    assert "vrijwilligers opraken" in details.puller.question.text()
    assert details.puller.name.hasFocus() or details.puller.name.lineEdit().hasFocus()
    assert details.puller.warning.isVisibleTo(details)
    from facilitator.ui.steps.eigenaarschap.board import badge_texts

    assert "⚠ Geen trekker" in badge_texts(a)
    # the participants and their organisations are offered
    choices = [details.puller.name.itemText(i) for i in range(details.puller.name.count())]
    assert choices == ["Jan Bakker", "Dorpsbelang Ulrum"]
    # "nog niemand", said out loud: stored, and the board still warns
    qtbot.keyClick(details.puller.nobody, Qt.Key.Key_Space)
    assert session.get(eig.Activity, a.id).puller_nobody
    assert "⚠ Geen trekker" in badge_texts(session.get(eig.Activity, a.id))
    qtbot.keyClick(details.puller.nobody, Qt.Key.Key_Space)
    edit = details.puller.name.lineEdit()
    edit.setFocus()
    qtbot.keyClicks(edit, "Groengroep <b>&</b>")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    a = session.get(eig.Activity, a.id)
    assert a.puller == "Groengroep <b>&</b>" and not a.puller_missing
    assert "Trekker: Groengroep <b>&</b>" in badge_texts(a)
    # who runs it now, and how often
    details.runs_now.setFocus()
    qtbot.keyClicks(details.runs_now, "De gemeente")
    details.how_often.setFocus()
    qtbot.keyClicks(details.how_often, "twee keer per jaar")
    qtbot.keyClick(details.how_often, Qt.Key.Key_Tab)
    window.close()
    sf, reopened = open_session(path)
    try:
        stored = reopened.get(eig.Activity, a.id)
        assert (stored.puller, stored.runs_now, stored.how_often) == (
            "Groengroep <b>&</b>",
            "De gemeente",
            "twee keer per jaar",
        )
    finally:
        sf.close()


def test_extra_shots_prepare_details_and_shifts(qtbot, library, open_window):
    from facilitator.demo import write_demo

    window = open_window(write_demo(library.root))
    page = window.show_step("eigenaarschap")
    shots = dict(page.extra_shots())
    shots["details"]()
    assert page.selected() is not None and page.selected().hands
    assert page.details.body.isVisible()
    shots["verschuivingen"]()
    assert page.tabs.currentIndex() == 1 and page.shift_model.rowCount() >= 3


def test_models_pass_qtmodeltester(qtmodeltester):
    from facilitator.domain.session import Session
    from facilitator.ui.session.context import SessionContext
    from facilitator.ui.steps.eigenaarschap.models import ColumnModel, ShiftModel

    session = Session()
    a = eig.add_activity(session, "Dorpshuis", 2, wanted_type=1)
    eig.add_activity(session, "Koor", 2)
    eig.set_contribution(session, a, "space", "Gemeente: het gebouw")
    ctx = SessionContext(session)
    column = ColumnModel(ctx, 2)
    qtmodeltester.check(column)
    shifts = ShiftModel(ctx)
    qtmodeltester.check(shifts)
    assert shifts.index(0, ShiftModel.CONTRIBUTIONS).data() == "Ruimte: Gemeente: het gebouw"
    assert shifts.index(0, ShiftModel.NOW).data() == "Type 2" and shifts.index(0, ShiftModel.WANTED).data() == "Type 1"


def test_right_click_menu_moves_a_card_and_shifts_table_opens_it(qtbot, library, open_window):
    window = open_window(library.create("Ulrum"))
    page = window.show_step("eigenaarschap")
    add_by_typing(qtbot, page, "Groenonderhoud", 4)
    view = page.columns[4].view
    menu = page.card_menu(4, view.visualRect(page.columns[4].model.index(0, 0)).center())
    assert menu is not None
    labels = [a.text() for a in menu.actions() if a.text()]
    assert labels[1] == "Naar Type 2 – Van ons, met hulp" and "Kaart verwijderen" in labels
    assert not menu.actions()[3].isEnabled()  # its own type
    menu.actions()[1].trigger()
    menu.close()
    assert column_titles(page, 2) == ["Groenonderhoud"]
    a = page.columns[2].model.rows[0]
    eig.set_wanted_type(window.context.session, a, 1)  # (as the details would)
    page.tabs.setCurrentIndex(1)
    page.shift_view.setFocus()
    page.shift_view.setCurrentIndex(page.shift_model.index(0, 0))
    qtbot.keyClick(page.shift_view, Qt.Key.Key_Return)
    assert page.tabs.currentIndex() == 0 and page.selected().id == a.id
    assert QApplication.focusWidget() is page.columns[2].view
    # the page's keys are listed in the shortcut help (actions with text)
    texts = {act.text() for act in page.findChildren(QAction)}
    assert "Kaart naar links (meer gemeenschap)" in texts


def test_a_paste_past_the_title_limit_is_said_not_swallowed(qtbot, library, open_window):
    window = open_window(library.create("Ulrum"))
    page = window.show_step("eigenaarschap")
    add_by_typing(qtbot, page, "Dorpshuis", 2)
    title = page.details.title
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "x" * (eig.MAX_TITLE - len("Dorpshuis")))
    assert not page.details.message.isVisible()
    qtbot.keyClicks(title, "yz")  # one character too many: refused, and the facilitator is told
    assert page.details.message.isVisible() and "hooguit 200 tekens" in page.details.message.text()
    assert len(eig.activities(window.context.session)[0].title) == eig.MAX_TITLE


def test_deciding_by_hands_with_the_button(qtbot, library, open_window):
    window = open_window(library.create("Ulrum"))
    page = window.show_step("eigenaarschap")
    add_by_typing(qtbot, page, "Groenonderhoud", 2)
    a = page.columns[2].model.rows[0]
    eig.set_wanted_type(window.context.session, a, 1)
    assert not page.details.decide.isEnabled()  # no hands yet
    for t, count in ((1, 4), (2, 4)):
        page.details.hands[t].setValue(count)
    assert not page.details.decide.isEnabled() and page.details.decide.text() == "Nog geen meerderheid"
    page.details.hands[2].setValue(7)
    assert page.details.decide.text() == "Besluit: Type 2"
    qtbot.mouseClick(page.details.decide, Qt.MouseButton.LeftButton)
    # most hands say it stays in Type 2: no shift any more, on screen and on the tab
    assert window.context.session.get(eig.Activity, a.id).wanted_type == 0
    assert page.tabs.tabText(1) == "Verschuivingen (0)"
    assert page.columns[2].model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Groenonderhoud"
    assert window.context.session.undo_label == "Besluit: Type 2"


def test_view_switches_widen_the_board_and_are_remembered(qtbot, library, open_window):
    path = library.create("Ulrum")
    window = open_window(path)
    page = window.show_step("eigenaarschap")
    assert page.empty_hint.isVisible()
    add_by_typing(qtbot, page, "Koor", 1)
    assert not page.empty_hint.isVisible()
    width = page.columns[1].width()
    qtbot.keyClick(page.entry, Qt.Key.Key_F4)
    qtbot.keyClick(page.entry, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: page.columns[1].width() > width + 40)
    assert not page.details_scroll.isVisible() and not page.columns[1].asks.isVisible()
    window.close()
    window = open_window(path)
    page = window.show_step("eigenaarschap")
    assert not page.details_button.isChecked() and not page.details_scroll.isVisible()
    assert not page.explain.isChecked() and not page.columns[4].asks.isVisible()


def test_cards_close_up_when_the_board_gets_wider(qtbot, library, open_window, settings):
    """Hiding the details widens the columns; a scroll bar that goes with it used to leave
    cards at their old places (gaps), because the list only re-laid out on height changes."""
    from facilitator.demo import write_demo
    from facilitator.ui.common.settings import apply_font_size

    app = QApplication.instance()
    old_font = app.font()
    apply_font_size(app, settings.font_size)  # the app's own font, as create_app sets it
    window = open_window(write_demo(library.root))
    window.resize(1280, 720)
    page = window.show_step("eigenaarschap")
    page.details_button.setChecked(False)
    qtbot.wait(100)
    view = page.columns[4].view
    rects = [view.visualRect(view.model().index(i, 0)) for i in range(view.model().rowCount())]
    tops, bottoms = [r.top() for r in rects[1:]], [r.bottom() + 1 for r in rects[:-1]]
    window.close()
    app.setFont(old_font)
    assert len(rects) == 4
    assert tops == bottoms


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (3840, 2160)])
def test_projector_uses_its_space_for_a_full_type_1_column(qtbot, library, open_window, size):
    """A real plan: 13 Type-1 activities and nothing else. All of them show (the issue saw 3)."""
    window = open_window(library.create("Ulrum"))
    page = window.show_step("eigenaarschap")
    session = window.context.session
    names = ["IJsclub Nooit Gedacht", "Koffieochtend op dinsdag", "Buurtapp Hoofdstraat", "Oranjefeest",
             "Kerstmarkt", "Dorpskrant De Vaartbode", "Toneelvereniging", "Jeu de boules", "Zangkoor",
             "Buurtfeest Hoofdstraat", "Fietsclub", "Klaverjassen", "Oud papier ophalen"]  # fmt: skip
    for name in names:
        eig.add_activity(session, name, 1)
    board = page.projector_widget(None)
    qtbot.addWidget(board)
    board.resize(*size)
    board.show()
    qtbot.waitExposed(board)
    board.grab()
    assert board.hidden_counts == {}
    assert len(board.shown_ids[1]) == 13
    assert board.widths[0] > max(board.widths[1:])  # the full column took room from the empty ones
