"""Views never show what is no longer so: the board repaints a card edited elsewhere, and the
card details follow undo (the next keystroke must not save the undone text again).

The board is checked on the window's real pixels: the offscreen screen's copy of the window
(what a user sees, painted or not) against a fresh rendering of the same tiles. A board that
missed the change keeps the old tile on screen and the two differ.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.domain import eigenaarschap as eig
from facilitator.domain import krachtenkaart as kk
from tests.ui.krachtenkaart_helpers import CTRL, card_index, click_card, enter_card, on_disk, open_board


def on_screen(qtbot, widget: QWidget) -> QImage:  # type: ignore[no-untyped-def]
    """The pixels of ``widget`` as the screen holds them now (nothing is painted for this)."""
    qtbot.wait(30)  # let pending paints happen, as they would for a user
    QApplication.processEvents()
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    shot = window.screen().grabWindow(window.winId())
    ratio = shot.devicePixelRatio()
    image = shot.toImage().copy(
        int(top_left.x() * ratio), int(top_left.y() * ratio), int(widget.width() * ratio), int(widget.height() * ratio)
    )
    return image.convertToFormat(QImage.Format.Format_RGB32)


def rendered(widget: QWidget) -> QImage:
    """The same widget painted afresh from its model now."""
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_the_board_repaints_a_card_edited_in_the_details_or_by_undo(qtbot, library, open_window):
    window, page = open_board(open_window, library.create("Ulrum"))
    for title in ("Bakker Gerrit", "Koor"):
        enter_card(qtbot, page, title)
    view = click_card(qtbot, page, "Koor")
    viewport = view.viewport()
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)  # the details open beside the board
    assert QApplication.focusWidget() is page.details.title
    before = on_screen(qtbot, viewport)

    # edited in the details panel: the tile on the board shows the new title
    qtbot.keyClicks(page.details.title, "Zangkoor Vaartklanken")
    after = on_screen(qtbot, viewport)
    assert after != before
    assert after == rendered(viewport)
    _, index = card_index(page, "Zangkoor Vaartklanken")
    assert view.visualRect(index).isValid()

    # a change from elsewhere (another view, through the domain): dots and a crown on the tile
    card = index.data(Qt.ItemDataRole.UserRole + 1)
    window.context.run(kk.add_dots, window.context.session, card, 3)
    window.context.run(kk.set_crown, window.context.session, window.context.session.get(kk.AssetCard, card.id), True)
    starred = on_screen(qtbot, viewport)
    assert starred != after and starred == rendered(viewport)

    # undo everything back to the first title: the screen follows every step
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert on_screen(qtbot, viewport) == rendered(viewport)
    assert on_disk(window, "select title from rec_asset_card order by number") == [("Bakker Gerrit",), ("Koor",)]
    assert on_screen(qtbot, viewport) == before  # the details panel is still open: the same board


def test_the_projector_board_repaints_a_card_edited_in_the_details(qtbot, library, open_window):
    window, page = open_board(open_window, library.create("Ulrum"))
    enter_card(qtbot, page, "Dorpshuis")
    from facilitator.ui.steps.krachtenkaart.projector import ProjectorBoard

    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(1280, 720)
    projector = ProjectorBoard(window.context, holder)
    projector.resize(1280, 720)
    holder.show()
    qtbot.waitExposed(holder)
    column = projector.columns[[c["id"] for c in projector.categories].index("gaven")]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = click_card(qtbot, page, "Dorpshuis")
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)
    assert QApplication.focusWidget() is page.details.title
    before = on_screen(qtbot, column.view.viewport())
    qtbot.keyClicks(page.details.title, "Het dorpshuis met de grote zaal")
    after = on_screen(qtbot, column.view.viewport())
    assert after != before and after == rendered(column.view.viewport())
    assert column.model.rows[0].title == "Het dorpshuis met de grote zaal"


def test_card_details_follow_undo_and_the_next_key_does_not_save_the_undone_text(qtbot, library, open_window):
    window, page = open_board(open_window, library.create("Ulrum"))
    enter_card(qtbot, page, "Bakker")
    view = click_card(qtbot, page, "Bakker")
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)
    details = page.details

    # the title: type, pause (a new undo step), undo, type on
    qtbot.keyClick(details.title, Qt.Key.Key_End)
    qtbot.keyClicks(details.title, " Gerrit")
    window.context.session.seal()
    qtbot.keyClick(details.title, Qt.Key.Key_Z, CTRL)
    assert details.title.text() == "Bakker"
    assert details.heading.text().endswith("Bakker")
    qtbot.keyClick(details.title, Qt.Key.Key_End)
    qtbot.keyClicks(details.title, "ij")
    assert details.title.text() == "Bakkerij"
    assert on_disk(window, "select title from rec_asset_card") == [("Bakkerij",)]

    # the description, with the focus in it
    details.description.setFocus()
    qtbot.keyClicks(details.description, "Vers brood")
    window.context.session.seal()
    qtbot.keyClick(details.description, Qt.Key.Key_Z, CTRL)
    assert details.description.toPlainText() == ""
    qtbot.keyClicks(details.description, "Koek")
    assert on_disk(window, "select description from rec_asset_card") == [("Koek",)]
    # redo puts the undone text back on screen as well
    qtbot.keyClick(details.description, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(details.description, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert details.description.toPlainText() == "Koek"


def test_activity_details_follow_undo(qtbot, library, open_window):
    window = open_window(library.create("Ulrum"))
    page = window.show_step("eigenaarschap")
    session = window.context.session
    activity = window.context.run(eig.add_activity, session, "Dorpsfeest", 1)
    page.select(activity.id)
    details = page.details
    details.description.setFocus()
    qtbot.keyClicks(details.description, "Elk jaar in juni")
    session.seal()
    qtbot.keyClick(details.description, Qt.Key.Key_Z, CTRL)
    assert details.description.toPlainText() == ""
    qtbot.keyClicks(details.description, "In juli")
    assert on_disk(window, "select description from rec_activity") == [("In juli",)]
