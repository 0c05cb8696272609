"""The projector view follows the session window: step, edits, agenda timer, text size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QLabel

from facilitator.demo import write_demo
from facilitator.domain import preparation as prep
from facilitator.domain.records import KINDS
from facilitator.ui.session.projector import ProjectorWindow, projector_views, step_label
from facilitator.ui.shots import grab


def shown_text(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def open_demo(library, open_window):  # type: ignore[no-untyped-def]
    return open_window(write_demo(library.root))


def test_f5_opens_the_projector_as_a_window_on_one_screen_and_esc_closes_it(qtbot, library, open_window):
    window = open_demo(library, open_window)
    assert len(QGuiApplication.screens()) == 1  # offscreen: no second screen
    qtbot.keyClick(window, Qt.Key.Key_F5)
    projector = window.projector.projector
    assert projector is not None and projector.isVisible()
    assert not projector.isFullScreen()  # a movable window to drag to the projector
    assert window.projector.action.isChecked()
    assert window.isActiveWindow() or QGuiApplication.focusWindow() is not projector.windowHandle()
    assert "Ulrum aan de Vaart" in shown_text(projector)
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()
    assert not window.projector.action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.projector.projector.isVisible()
    projector = window.projector.projector
    # the session window's shortcuts work from the projector window too
    projector.activateWindow()
    qtbot.waitUntil(lambda: projector.isActiveWindow())
    qtbot.keyClick(projector, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.agenda_timer.model.running
    qtbot.keyClick(projector, Qt.Key.Key_F5)  # F5 again closes it
    assert window.projector.projector is None and not projector.isVisible()
    assert not window.projector.action.isChecked()


def test_projector_follows_step_changes_and_edits(qtbot, library, open_window):
    window = open_demo(library, open_window)
    projector = window.projector.open()
    for step_id in window.step_ids():
        window.show_step(step_id)
        assert projector.step_id == step_id
        assert step_label(step_id, "nl") in projector.step_title.full_text
    window.show_step("voorbereiding")
    window.context.run(prep.edit_meeting, window.context.session, place="Ulrum-Zuid")
    qtbot.waitUntil(lambda: "Ulrum-Zuid" in shown_text(projector.body))
    window.context.run(prep.add_agenda_block, window.context.session, "Koffie <b>&", 5)
    qtbot.waitUntil(lambda: "Koffie <b>&" in shown_text(projector.body))  # shown as typed
    # a selection on a page (e.g. a card) redraws the room's view too
    body = projector.body
    window.context.focus_changed.emit("voorbereiding", "")
    qtbot.waitUntil(lambda: projector.body is not body)


def test_projector_never_shows_contact_details_or_participant_names(qtbot, library, open_window):
    window = open_demo(library, open_window)
    session = window.context.session
    people = session.all(prep.Participant)
    contacts = [v for p in people for v in (p.email, p.phone) if v]
    if "asset_card" in KINDS:
        contacts += [c.contact for c in session.all(KINDS["asset_card"]) if c.contact]
    assert any("@" in v for v in contacts)
    projector = window.projector.open()
    for step_id in window.step_ids():
        window.show_step(step_id)
        projector.rebuild()
        text = shown_text(projector)
        for value in contacts:
            assert value not in text, (step_id, value)
        if step_id == "voorbereiding":
            # the room sees the meeting and the agenda, not who signed up
            assert all(p.name not in text for p in people)


def test_projector_marks_the_current_agenda_block_and_shows_the_time(qtbot, library, open_window):
    window = open_demo(library, open_window)
    projector = window.projector.open()
    timer = window.agenda_timer
    assert projector.clock.isHidden()  # nothing started yet: no clock
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert timer.model.running
    assert projector.clock.isVisible() and "15:00" in projector.clock.text()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    projector.rebuild()
    window.show_step("voorbereiding")
    projector.rebuild()
    current = projector.body.findChild(QFrame, "currentAgendaBlock")
    assert current is not None and "Krachtenkaart: wat is er al sterk?" in shown_text(current)


def test_projector_text_is_large_at_1080p_and_grows_with_the_text_size_setting(
    qtbot, library, open_window, keep_app_font
):
    window = open_demo(library, open_window)
    projector = window.projector.open()
    projector.resize(1920, 1080)
    sizes = [label.font().pointSizeF() for label in projector.body.findChildren(QLabel)]
    assert min(sizes) >= 28
    window.agenda_timer.toggle()
    assert projector.clock.font().pointSizeF() >= 28 and projector.step_title.font().pointSizeF() >= 28
    before = projector.points
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: projector.points > before)
    qtbot.waitUntil(
        lambda: min(label.font().pointSizeF() for label in projector.body.findChildren(QLabel)) > min(sizes)
    )


def test_projector_shots_render_every_step_at_1920x1080(qtbot, library, open_window, tmp_path):
    from PySide6.QtGui import QImage

    window = open_demo(library, open_window)
    written = [grab(view, tmp_path / f"{name}.png") for name, view in projector_views(window)]
    assert [p.name.split("-projector-")[1] for p in written] == [f"{s}.png" for s in window.step_ids()]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1920, 1080)
    assert not any(isinstance(w, ProjectorWindow) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_the_projector_goes_to_the_screen_that_is_not_the_facilitators():
    from facilitator.ui.session.projector import projector_screen

    laptop, beamer = object(), object()
    assert projector_screen(laptop, [laptop, beamer]) is beamer
    assert projector_screen(laptop, [beamer, laptop]) is beamer
    assert projector_screen(laptop, [laptop]) is None


def test_a_pages_own_view_redraws_itself_and_is_not_rebuilt_on_every_edit(qtbot, library, open_window):
    window = open_demo(library, open_window)
    projector = window.projector.open()
    own = []
    for step in window.step_ids():
        view = window.page(step).projector_widget(projector)
        if view is not None:
            own.append(step)
            view.deleteLater()
    assert own, "no step has its own projector view yet"
    timer = projector._rebuild_timer
    for step_id in own:
        window.show_step(step_id)
        qtbot.waitUntil(lambda: not timer.isActive())  # the new step's view is built
        body = projector.body
        window.context.run(prep.edit_meeting, window.context.session, purpose=f"Doel voor {step_id}")
        assert not timer.isActive(), step_id  # no rebuild was even scheduled: the view redraws itself
        assert projector.body is body, step_id
    # the plain view of a step without its own view is rebuilt after an edit (so the check above can fail)
    plain = next((s for s in window.step_ids() if s not in own), None)
    if plain is not None:
        window.show_step(plain)
        qtbot.waitUntil(lambda: not timer.isActive())
        window.context.run(prep.edit_meeting, window.context.session, purpose="Nog een doel")
        assert timer.isActive()


def test_afronding_view_sums_up_the_evening_without_names():
    from facilitator.domain import actieplan as ap
    from facilitator.domain import krachtenkaart as kk
    from facilitator.domain.session import Session
    from facilitator.ui.session.projector_views import evening_summary

    s = Session()
    assert evening_summary(s) == []
    card = kk.add_card(s, "Dorpshuis", "plekken")
    kk.set_crown(s, card, True)
    kk.add_card(s, "Koor", "verenigingen")
    for i in range(7):
        ap.add_action(s, f"Actie {i} <b>&", trekker="Jan Bakker")
    lines = evening_summary(s)
    assert lines[0] == "2 krachten op de Krachtenkaart, 1 kroonjuwelen"
    assert "7 acties afgesproken:" in lines and "•  Actie 0 <b>&" in lines and lines[-1] == "en nog 2 meer"
    assert not any("Jan" in line for line in lines)


@pytest.fixture
def keep_app_font():  # type: ignore[no-untyped-def]
    """Ctrl++ changes the application's font: put it back so later tests see the usual size."""
    from PySide6.QtWidgets import QApplication

    font = QApplication.font()
    yield
    QApplication.setFont(font)


def test_the_projector_is_paper_white_under_its_lists_on_a_dark_desktop(qtbot, library, open_window):
    """A dark desktop palette gave the Krachtenkaart's columns on the projector a black ground
    below the cards (lists take the palette's Base colour, which the projector did not set)."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QAbstractItemView

    app = QApplication.instance()
    old = app.palette()
    dark = QPalette(old)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        dark.setColor(group, QPalette.ColorRole.Base, QColor("#1e1e1e"))
        dark.setColor(group, QPalette.ColorRole.Window, QColor("#2b2b2b"))
    app.setPalette(dark)
    try:
        window = open_demo(library, open_window)
        projector = window.projector.open()
        projector.resize(1280, 720)
        window.show_step("krachtenkaart")
        qtbot.waitUntil(lambda: projector.step_id == "krachtenkaart")

        def shown() -> list[QAbstractItemView]:
            return [v for v in projector.findChildren(QAbstractItemView) if v.isVisibleTo(projector)]

        qtbot.waitUntil(lambda: len(shown()) >= 6)  # the six columns of strengths
        views = shown()
        for view in views:
            image = view.viewport().grab().toImage()
            corner = image.pixelColor(image.width() // 2, image.height() - 3)
            assert corner.name() == "#ffffff", corner.name()
    finally:
        app.setPalette(old)
