"""Issue 12 §3, §5, §6 as a facilitator uses them: typing, Enter, Tab, Space, Ctrl+Z,
closing and reopening the file; and the projector views at 1080 lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel

from facilitator.demo import write_demo
from facilitator.domain import actieplan as ap
from facilitator.domain import avond, opbrengst, rollen, room
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.store.sessionfile import open_session


def type_by_input_method(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def reopen(path, read):  # type: ignore[no-untyped-def]
    sf, session = open_session(path)
    try:
        return read(session)
    finally:
        sf.close()


def undo(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_the_room_names_who_is_missing_with_a_way_and_a_person(qtbot, library, open_window):
    path = library.create("Eesveen")
    window = open_window(path)
    page = window.pages["voorbereiding"]
    window.context.run(prep.add_participant, window.context.session, "Jan", "bewoner")
    page.tabs.setCurrentIndex(3)
    tab = page.room
    assert "Aan tafel: 1 persoon" in tab.make_up.text()
    assert QApplication.focusWidget() is tab.new_name
    qtbot.keyClicks(tab.new_name, "Jongeren <b>&</b>")
    qtbot.keyClick(tab.new_name, Qt.Key.Key_Return)
    # the new row's "Waarom" is next: F2, type, Enter, → to the way, and so on
    view = tab.view
    assert view.currentIndex().column() == 1
    for value in ("Ze werken 's avonds", "Via de sportclub", "Jan"):
        qtbot.keyClick(view, Qt.Key.Key_F2)
        qtbot.keyClicks(QApplication.focusWidget(), value)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view)  # the editor closed, the keyboard stays
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert tab.model.index(0, 0).data() == "Jongeren <b>&</b>"
    assert tab.model.index(0, 2).data() == "Via de sportclub" and tab.model.index(0, 3).data() == "Jan"
    assert page.tabs.tabText(3) == "Wie ontbreekt? (1)"
    # a suggestion from the data file
    tab.suggestion.setFocus()
    index = tab.suggestion.findData("huurders")
    tab.suggestion.setCurrentIndex(index)
    tab.suggestion.activated.emit(index)
    assert [m.name for m in room.missing_groups(window.context.session)] == ["Jongeren <b>&</b>", "Huurders"]
    assert tab.suggestion.findData("huurders") == -1  # not offered twice
    undo(qtbot, window)
    assert tab.model.rowCount() == 1
    window.close()
    rows = reopen(path, lambda s: [(m.name, m.why, m.way, m.who) for m in room.missing_groups(s)])
    assert rows == [("Jongeren <b>&</b>", "Ze werken 's avonds", "Via de sportclub", "Jan")]


def test_projector_shows_opening_and_missing_list_large_and_without_names(qtbot, library, open_window):
    window = open_window(write_demo(library.root))
    page = window.pages["voorbereiding"]
    window.show_step("voorbereiding")
    projector = window.projector.open()
    projector.resize(1920, 1080)
    page.tabs.setCurrentIndex(4)
    qtbot.waitUntil(lambda: projector.body is not None and projector.body.objectName() == "openingView")
    text = " ".join(label.text() for label in projector.body.findChildren(QLabel))
    assert "Wat wil de wethouder?" in text and "Wat willen wij?" in text and "Type 4" in text
    assert "Welkom en kennismaking" in text  # tonight's agenda
    assert min(label.font().pointSizeF() for label in projector.body.findChildren(QLabel)) >= 28
    page.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: projector.body.objectName() == "missingView")
    text = " ".join(label.text() for label in projector.body.findChildren(QLabel))
    assert "Huurders" in text and "huurdersvereniging" in text
    people = [p.name for p in window.context.session.all(prep.Participant)]
    assert not any(name in text for name in people)  # who reaches them stays off the wall
    assert min(label.font().pointSizeF() for label in projector.body.findChildren(QLabel)) >= 28
    # a new line on the list reaches the wall
    window.context.run(room.add_missing, window.context.session, "Schoolouders")
    qtbot.waitUntil(lambda: "Schoolouders" in " ".join(lb.text() for lb in projector.body.findChildren(QLabel)))


def test_a_young_peoples_group_scores_roles_from_its_own_button(qtbot, library, open_window):
    path = library.create("Eesveen")
    window = open_window(path)
    s = window.context.session
    p = window.context.run(prep.add_participant, s, "Daan")
    window.context.run(prep.edit_participant, s, p, group="jongeren")
    page = window.show_step("rollen")
    button = page.group_buttons["jongeren"]
    assert button.text() == "Jongeren"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.group == "jongeren"
    field = page.profile.first_field()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)  # the first role's "now" score up by one
    scores = [r for r in s.all(rollen.RoleScore) if r.group == "jongeren"]
    assert len(scores) == 1 and scores[0].now == 1
    window.close()
    assert reopen(path, lambda s2: [(r.group, r.now) for r in s2.all(rollen.RoleScore)]) == [("jongeren", 1)]


def test_tag_an_idea_check_principles_and_sign_up_from_the_keyboard(qtbot, library, open_window):
    path = library.create("Eesveen")
    window = open_window(path)
    s = window.context.session
    idea = window.context.run(ap.add_idea, s, "Dorpskeuken")
    page = window.show_step("actieplan")
    page.tabs.setCurrentIndex(2)
    tab = page.yields
    assert tab.heading.text() == "Dorpskeuken"
    for key in (("goals", "zorg"), ("goals", "ontmoeting"), ("principles", "samen"), ("yields", "geld_blijft")):
        box = tab.boxes[key]
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    t = opbrengst.tag(s, idea.id)
    assert (t.goals, t.principles, t.yields) == (["ontmoeting", "zorg"], ["samen"], ["geld_blijft"])
    assert "Meervoudige impact" in tab.impact.text() and "meervoudige impact" in tab.list.item(0).text()
    tab.new_signup.setFocus()
    qtbot.keyClicks(tab.new_signup, "Fatima")
    qtbot.keyClick(tab.new_signup, Qt.Key.Key_Return)
    assert tab.signups.count() == 1 and tab.signups.item(0).text() == "Fatima"
    undo(qtbot, window)
    assert tab.signups.count() == 0
    undo(qtbot, window)
    assert opbrengst.tag(s, idea.id).yields == [] and not tab.boxes[("yields", "geld_blijft")].isChecked()
    window.close()
    assert reopen(path, lambda s2: opbrengst.tag(s2, idea.id).goals) == ["ontmoeting", "zorg"]


def test_a_partners_answer_is_chosen_as_nu_ooit_or_nooit(qtbot, library, open_window):
    path = library.create("Eesveen")
    window = open_window(path)
    page = window.show_step("actieplan")
    page.tabs.setCurrentIndex(3)
    tab = page.partners
    index = tab.suggestion.findData("energie_samen")
    tab.suggestion.activated.emit(index)
    assert tab.model.index(0, 0).data() == "Energie Samen"
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "Hulp bij zonnedaken")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.view)
    qtbot.keyClick(tab.view, Qt.Key.Key_Right)  # to the answer: a list of nu / ooit / nooit
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.view)
    ask = opbrengst.asks(window.context.session)[0]
    assert (ask.ask, ask.answer) == ("Hulp bij zonnedaken", "nu")
    assert tab.model.index(0, 2).data() == "Nu: het kan"
    window.close()
    assert reopen(path, lambda s: opbrengst.asks(s)[0].answer) == "nu"


def test_closing_round_is_typed_checked_and_kept(qtbot, library, open_window):
    path = library.create("Eesveen")
    window = open_window(path)
    page = window.show_step("afronding")
    box = page.closing
    field = box.fields[("takes_home", "gemeente")]
    field.setFocus()
    qtbot.keyClicks(field, "Een spreekuur ")
    type_by_input_method(field, "🌻")  # emoji arrive through the input method
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Wethouder komt kijken")  # the next actor: de gemeenteraad
    box.next_date.setFocus()
    qtbot.keyClicks(box.next_date, "17-9-2026")
    qtbot.keyClick(box.next_date, Qt.Key.Key_Return)
    assert "jjjj-mm-dd" in box.message.text() and avond.closing(window.context.session).next_date == ""
    box.next_date.selectAll()
    qtbot.keyClicks(box.next_date, "2026-09-17")
    qtbot.keyClick(box.next_date, Qt.Key.Key_Return)
    c = avond.closing(window.context.session)
    assert (
        c.takes_home == {"gemeente": "Een spreekuur 🌻", "raad": "Wethouder komt kijken"}
        and c.next_date == "2026-09-17"
    )
    undo(qtbot, window)
    assert avond.closing(window.context.session).next_date == "" and box.next_date.text() == ""
    window.close()
    kept = reopen(path, lambda s: avond.closing(s).takes_home)
    assert kept == {"gemeente": "Een spreekuur 🌻", "raad": "Wethouder komt kijken"}


def test_an_interview_sheet_is_typed_back_in_as_gift_cards(qtbot, library, open_window):
    path = library.create("Eesveen")
    window = open_window(path)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.interview_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.holder, "Lotte")
    qtbot.keyClicks(dialog.answers["hoofd"], "subsidies")
    qtbot.keyClicks(dialog.answers["handen"], "koken")
    assert not dialog.contact.isEnabled()  # contact details only after the consent tick
    qtbot.keyClicks(dialog.answers["kent"], "de oud-kok")
    qtbot.keyClick(dialog.answers["kent"], Qt.Key.Key_Return)
    cards = kk.cards(window.context.session)
    assert [(c.hhh, c.title, c.holder) for c in cards] == [
        ("hoofd", "subsidies", "Lotte"),
        ("handen", "koken", "Lotte"),
    ]
    assert dialog.holder.text() == "" and "2 kaarten" in dialog.message.text()
    qtbot.keyClick(dialog.holder, Qt.Key.Key_Return)  # an empty sheet: a message, nothing saved
    assert "naam" in dialog.message.text() and len(kk.cards(window.context.session)) == 2
    dialog.close()
    undo(qtbot, window)  # the whole sheet in one step
    assert kk.cards(window.context.session) == []


def test_a_broken_content_file_shows_a_dutch_message_naming_it(qtbot, library, open_window, monkeypatch, tmp_path):
    import shutil

    from facilitator.content import data_dir
    from facilitator.domain import evening_content

    for name in ("wie_ontbreekt", "opbrengst", "avond"):
        shutil.copy(data_dir() / f"{name}.json", tmp_path / f"{name}.json")
    (tmp_path / "opbrengst.json").write_text('{"goals": []}', encoding="utf-8")
    (tmp_path / "wie_ontbreekt.json").write_text("{ kapot", encoding="utf-8")
    evening_content.clear_cache()
    monkeypatch.setattr(evening_content, "data_dir", lambda: tmp_path)
    try:
        window = open_window(library.create("Ulrum"))
        room_tab = window.show_step("voorbereiding").room
        yield_tab = window.show_step("actieplan").yields
        missing = room_tab.findChild(QLabel, "roomContentError")
        assert missing is not None and "wie_ontbreekt.json" in missing.text() and "geen geldige JSON" in missing.text()
        broken = yield_tab.findChild(QLabel, "yieldContentError")
        assert broken is not None and "opbrengst.json" in broken.text()
        # the rest of the meeting still works, and the handout leaves the broken parts out
        window.context.run(prep.add_participant, window.context.session, "Jan")
        assert window.show_step("voorbereiding").participants.rowCount() == 1
        window.show_step("afronding")
        assert window.current_step() == "afronding"
    finally:
        evening_content.clear_cache()
