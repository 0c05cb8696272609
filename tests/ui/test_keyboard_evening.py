"""The whole demo evening with the keyboard only: no mouse, no direct calls into the pages.

A new meeting from the library (Ctrl+N), preparation in three tabs, the agenda timer,
each step that exists (reached with Ctrl+PgDown and worked with its own keys), the
projector (F5), the handout when it exists, and back to the library (Ctrl+W). What
was typed is on disk afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.domain import preparation as prep
from facilitator.store.sessionfile import open_session

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus got lost"
    return widget


def key(qtbot, k, modifier=NONE) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focus(), k, modifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focus(), text)


def answer_next_dialog(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the modal dialog that the next key opens, then press Enter."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        qtbot.keyClicks(dialog.focusWidget(), text)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(50, fill)


def work_voorbereiding(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["voorbereiding"]
    assert focus() is page.place
    key(qtbot, Qt.Key.Key_End)
    type_text(qtbot, " (oefenavond)")
    key(qtbot, Qt.Key.Key_Tab)  # the kind of place
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Het Hogeland")
    # next tab: participants; the name field gets the focus
    key(qtbot, Qt.Key.Key_Tab, CTRL)
    assert focus() is page.new_name
    for name in ("Jan Bakker", "Ria Dijkstra", "Sander Mulder"):
        type_text(qtbot, name)
        key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Tab, CTRL)
    assert focus() is page.new_block
    for title, step_key in (("Welkom", Qt.Key.Key_V), ("Rollen van Dorpsbelang", Qt.Key.Key_R)):
        type_text(qtbot, title)
        key(qtbot, Qt.Key.Key_Tab)  # minutes
        type_text(qtbot, "20")  # Tab selected the old value: typing replaces it
        key(qtbot, Qt.Key.Key_Tab)  # the step of the block: its first letter chooses it
        qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not "VR"
        key(qtbot, step_key)
        key(qtbot, Qt.Key.Key_Tab, SHIFT)
        key(qtbot, Qt.Key.Key_Tab, SHIFT)
        assert focus() is page.new_block
        key(qtbot, Qt.Key.Key_Return)


def work_rollen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["rollen"]
    first = focus()
    for _ in range(2):
        key(qtbot, Qt.Key.Key_Up)  # now: 2
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_4)  # wanted: 4
    assert first is not focus()
    assert page.isVisible()


def work_krachtenkaart(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["krachtenkaart"]
    assert focus() is page.board.entry
    type_text(qtbot, "Gerrit bakt brood")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_4, CTRL)  # Ctrl+4: the fourth category (places)
    type_text(qtbot, "Dorpshuis De Vaart")
    key(qtbot, Qt.Key.Key_Return)
    assert focus() is page.board.entry  # fast capture: the field stays ready


def work_eigenaarschap(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from facilitator.domain import eigenaarschap as eig

    page = window.pages["eigenaarschap"]
    assert focus() is page.entry
    type_text(qtbot, "Dorpshuis De Vaart")
    key(qtbot, Qt.Key.Key_Return)
    (activity,) = eig.activities(window.context.session)
    column = activity.current_type
    key(qtbot, getattr(Qt.Key, f"Key_{column}"), CTRL)  # Ctrl+<n>: to that column
    assert focus() is page.columns[column].view
    target = column + 1 if column < 4 else column - 1
    key(qtbot, Qt.Key.Key_Right if target > column else Qt.Key.Key_Left, CTRL)  # move the card
    assert eig.activities(window.context.session)[0].current_type == target


def tab_to(qtbot, target, limit: int = 15) -> None:  # type: ignore[no-untyped-def]
    """Press Tab until the focus reaches ``target`` (as a person would)."""
    for _ in range(limit):
        if focus() is target:
            return
        key(qtbot, Qt.Key.Key_Tab)
    assert focus() is target, f"Tab never reached {target!r}"


def work_actieplan(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["actieplan"]
    votes = page.votes
    assert focus() is votes.new_idea
    type_text(qtbot, "Wensbus naar Winsum")
    key(qtbot, Qt.Key.Key_Return)
    tab_to(qtbot, votes.view)
    key(qtbot, Qt.Key.Key_Plus)  # a dot for the idea
    key(qtbot, Qt.Key.Key_Plus)
    key(qtbot, Qt.Key.Key_Tab, CTRL)  # to the actions tab
    assert focus() is page.actions_tab.new_action
    type_text(qtbot, "Rijschema maken")
    key(qtbot, Qt.Key.Key_Return)
    # after Enter the trekker cell is current: typing there names who leads it
    tab_to(qtbot, page.actions_tab.view)
    type_text(qtbot, "R")
    type_text(qtbot, "ia Dijkstra")
    key(qtbot, Qt.Key.Key_Return)
    QApplication.processEvents()


def work_afronding(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Print: the save button has the focus; Space presses it (the system's file dialog answers)."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    target = Path(window.context.path).with_name("hand-out.pdf")
    original = QFileDialog.getSaveFileName
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(target), ""))  # type: ignore[method-assign]
    try:
        key(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: target.is_file() and target.read_bytes()[:4] == b"%PDF", timeout=20000)
        page = window.pages["afronding"]
        qtbot.waitUntil(lambda: getattr(page, "busy", None) is None, timeout=20000)
        # the progress window is gone; the offscreen platform has no window manager to hand
        # activation back to the session window, as a desktop does: do that, then the keyboard is back
        if QApplication.activeWindow() is None:
            window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
        assert page.isAncestorOf(focus())
    finally:
        QFileDialog.getSaveFileName = original  # type: ignore[method-assign]


#: step -> how the facilitator works it with the keyboard (steps not listed are visited)
SCRIPTS = {
    "voorbereiding": work_voorbereiding,
    "krachtenkaart": work_krachtenkaart,
    "eigenaarschap": work_eigenaarschap,
    "rollen": work_rollen,
    "actieplan": work_actieplan,
    "afronding": work_afronding,
}


def test_the_evening_with_the_keyboard_only(qtbot, library, library_window):
    library_window.table.setFocus()
    answer_next_dialog(qtbot, "Eenrum")
    key(qtbot, Qt.Key.Key_N, CTRL)
    window = library_window.session_window
    assert window is not None
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    path = window.context.path
    visited = []
    steps = window.step_ids()
    for index, step_id in enumerate(steps):
        if index:
            key(qtbot, Qt.Key.Key_PageDown, CTRL)  # to the next step
        assert window.current_step() == step_id
        page = window.pages[step_id]
        assert page.isAncestorOf(focus()), f"{step_id}: the focus is not in the page"
        SCRIPTS.get(step_id, lambda *_: None)(qtbot, window)
        visited.append(step_id)
        if step_id == "voorbereiding":
            key(qtbot, Qt.Key.Key_T, CTRL)  # the agenda timer starts
            assert window.agenda_timer.model.running
    assert visited == steps
    # the projector for the room, and closed again
    key(qtbot, Qt.Key.Key_F5)
    assert window.projector.projector is not None and window.projector.projector.isVisible()
    key(qtbot, Qt.Key.Key_F5)
    assert window.projector.projector is None
    # Alt+1 back to the first step; Ctrl+Shift+N moves the timer to the next block and its step
    key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.current_step() == "voorbereiding"
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    assert window.agenda_timer.model.current.title == "Rollen van Dorpsbelang"
    if "rollen" in steps:
        assert window.current_step() == "rollen"
    key(qtbot, Qt.Key.Key_W, CTRL)  # back to the library
    assert library_window.isVisible()

    sf, s = open_session(path)
    try:
        m = prep.meeting(s)
        assert m.place == "Eenrum (oefenavond)" and m.municipality == "Het Hogeland"
        assert [p.name for p in s.all(prep.Participant)] == ["Jan Bakker", "Ria Dijkstra", "Sander Mulder"]
        blocks = s.all(prep.AgendaBlock)
        assert [(b.title, b.minutes, b.step) for b in blocks] == [
            ("Welkom", 20, "voorbereiding"),
            ("Rollen van Dorpsbelang", 20, "rollen"),
        ]
        if "krachtenkaart" in steps:
            from facilitator.domain import krachtenkaart as kk

            cards = {(c.title, c.category) for c in kk.cards(s)}
            assert cards == {("Gerrit bakt brood", "gaven"), ("Dorpshuis De Vaart", "plekken")}
        if "eigenaarschap" in steps:
            from facilitator.domain import eigenaarschap as eig

            assert [a.title for a in eig.activities(s)] == ["Dorpshuis De Vaart"]
        if "actieplan" in steps:
            from facilitator.domain import actieplan as ap

            (idea,) = ap.ideas(s)
            assert idea.title == "Wensbus naar Winsum" and ap.total(s, idea) == 2
            assert [(a.what, a.trekker) for a in ap.actions(s)] == [("Rijschema maken", "Ria Dijkstra")]
        if "rollen" in steps:
            from facilitator.domain import rollen

            scored = [r for r in rollen.profile(s, rollen.current_set_id(s)) if r.now or r.wanted]
            assert [(r.now, r.wanted) for r in scored] == [(2, 4)]
    finally:
        sf.close()
