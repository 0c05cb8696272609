"""The map panel used as a facilitator uses it: choose a picture, drag cards on, move pins, undo, reopen."""

from __future__ import annotations

import warnings

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.domain import krachtenkaart as kk
from facilitator.store.sessionfile import open_session
from facilitator.ui.steps.krachtenkaart.map_scene import PIN_RADIUS
from facilitator.ui.steps.krachtenkaart.map_view import MapPanel


def make_png(path, width=800, height=600, color="#cfe3c0"):  # type: ignore[no-untyped-def]
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    painter = QPainter(image)
    painter.fillRect(width // 4, height // 3, width // 2, height // 10, QColor("#ffffff"))
    painter.end()
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture
def panel_for(qtbot, open_window):  # type: ignore[no-untyped-def]
    def make(path):  # type: ignore[no-untyped-def]
        window = open_window(path)
        panel = MapPanel(window.context)
        qtbot.addWidget(panel)
        panel.resize(1100, 720)
        panel.show()
        qtbot.waitExposed(panel)
        panel.activateWindow()  # keys and shortcuts go to the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
        return window, panel

    return make


def drop_card(panel, card_id: str, view_pos: QPoint) -> None:  # type: ignore[no-untyped-def]
    """What Qt delivers when a card from the side list is let go over the map."""
    row = next(
        i for i in range(panel.unpinned.count()) if panel.unpinned.item(i).data(Qt.ItemDataRole.UserRole) == card_id
    )
    mime: QMimeData = panel.unpinned.mimeData([panel.unpinned.item(row)])
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    viewport = panel.view.viewport()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # PySide marks these constructors deprecated
        QApplication.sendEvent(viewport, QDragEnterEvent(view_pos, *args))
        QApplication.sendEvent(viewport, QDragMoveEvent(view_pos, *args))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(view_pos), *args))


def pin_centre(panel, card_id: str) -> QPoint:  # type: ignore[no-untyped-def]
    """Where the round head of a pin is on screen (it sits above the pin's point)."""
    tip = panel.view.mapFromScene(panel.view.pins[card_id].pos())
    return tip - QPoint(0, PIN_RADIUS + 8)


def test_choose_picture_drag_card_on_move_pin_undo_and_reopen(qtbot, library, panel_for, tmp_path):
    path = library.create("Ulrum")
    window, panel = panel_for(path)
    s = window.context.session
    kerk = kk.add_card(s, "Kerk met actieve diaconie", "instellingen")
    koor = kk.add_card(s, "Koor Vaartklanken", "verenigingen")
    assert not panel.view.isVisible() and panel.empty.isVisible()
    assert panel.unpinned.count() == 2

    assert panel.load_picture(make_png(tmp_path / "dorp.png"))
    pic = kk.map_picture(s)
    assert pic is not None and (pic.width, pic.height, pic.name) == (800, 600, "dorp.png")
    assert panel.view.isVisible() and panel.view.picture.pixmap().width() == 800

    # drag the church from the list onto the middle of the map
    middle = panel.view.mapFromScene(QPointF(400, 300))
    drop_card(panel, kerk.id, middle)
    placed = s.get(kk.AssetCard, kerk.id)
    assert (
        placed.pinned and placed.pin_x == pytest.approx(0.5, abs=0.01) and placed.pin_y == pytest.approx(0.5, abs=0.01)
    )
    assert panel.unpinned.count() == 1 and panel.pinned.count() == 1 and kerk.id in panel.view.pins
    assert panel.unpinned_label.text() == "&Zonder speld (1)"
    # the choir cannot be dropped beside the picture
    panel.view.set_zoom(0.3)
    outside = panel.view.mapFromScene(QPointF(-200, -200))
    drop_card(panel, koor.id, outside)
    assert not s.get(kk.AssetCard, koor.id).pinned
    panel.view.fit()

    # move the pin with the mouse: one undo step, undo puts it back
    start = pin_centre(panel, kerk.id)
    viewport = panel.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(60, 10))
    qtbot.mouseMove(viewport, start + QPoint(120, 40))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(120, 40))
    moved = s.get(kk.AssetCard, kerk.id)
    zoom = panel.view.zoom()
    assert moved.pin_x == pytest.approx(0.5 + 120 / zoom / 800, abs=0.01)
    assert moved.pin_y == pytest.approx(0.5 + 40 / zoom / 600, abs=0.01)
    assert s.undo_label == "Speld verplaatsen"
    window.undo_action.trigger()
    back = s.get(kk.AssetCard, kerk.id)
    assert (back.pin_x, back.pin_y) == (placed.pin_x, placed.pin_y)
    assert panel.view.pins[kerk.id].pos().x() == pytest.approx(placed.pin_x * 800)
    # a click on the pin without moving changes nothing but selects it for other views
    with qtbot.waitSignal(window.context.focus_changed) as focus:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pin_centre(panel, kerk.id))
    assert focus.args == ["krachtenkaart", kerk.id]
    assert s.undo_label == "Speld op de plattegrond"

    # another picture, then undo: the first map is back, with the pin in place
    assert panel.load_picture(make_png(tmp_path / "ander.png", 400, 400, "#ffe0e0"))
    assert panel.view.picture.pixmap().width() == 400 and kk.map_picture(s).name == "ander.png"
    window.undo_action.trigger()
    assert kk.map_picture(s).name == "dorp.png" and panel.view.picture.pixmap().width() == 800

    window.close()
    sf, s2 = open_session(path)
    try:
        again = s2.get(kk.AssetCard, kerk.id)
        assert again.pinned and (again.pin_x, again.pin_y) == (placed.pin_x, placed.pin_y)
        assert s2.storage.get_blob(kk.map_picture(s2).blob_id) == (tmp_path / "dorp.png").read_bytes()
    finally:
        sf.close()
    # and on screen, in a freshly opened window
    panel.close()
    _, reopened = panel_for(path)
    assert reopened.view.picture.pixmap().size().toTuple() == (800, 600)
    assert list(reopened.view.pins) == [kerk.id] and reopened.unpinned.count() == 1
    assert reopened.view.pins[kerk.id].pos().x() == pytest.approx(placed.pin_x * 800)


def test_click_empty_spot_makes_new_card_there(qtbot, library, panel_for, tmp_path):
    path = library.create("Ulrum")
    window, panel = panel_for(path)
    s = window.context.session
    panel.load_picture(make_png(tmp_path / "dorp.png", 1000, 500))
    qtbot.mouseClick(panel.new_here, Qt.MouseButton.LeftButton)
    assert panel.view.new_card_mode
    spot = panel.view.mapFromScene(QPointF(250, 400))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    dialog = panel.new_card_dialog
    assert dialog is not None and dialog.isVisible()
    # an empty title is refused with a message; the dialog stays
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.text() == "Geef de kaart een titel."
    qtbot.keyClicks(dialog.title, "Bankje <b>&</b> bij de brug")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert not dialog.isVisible() and not panel.new_here.isChecked()
    (card,) = kk.cards(s)
    assert card.title == "Bankje <b>&</b> bij de brug" and card.category == "plekken"
    assert card.pin_x == pytest.approx(0.25, abs=0.01) and card.pin_y == pytest.approx(0.8, abs=0.01)
    assert panel.view.pins[card.id].toolTip() == "#1 Bankje <b>&</b> bij de brug"
    # card and pin are one undo step
    window.undo_action.trigger()
    assert kk.cards(s) == [] and panel.view.pins == {}
    window.redo_action.trigger()
    assert card.id in panel.view.pins
    # Delete on the selected pin takes the pin away (the card stays), undo brings it back
    panel.view.select(card.id)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert not s.get(kk.AssetCard, card.id).pinned and panel.unpinned.count() == 1
    window.undo_action.trigger()
    assert s.get(kk.AssetCard, card.id).pinned
    # double-click an empty spot also asks for a new card
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.mapFromScene(QPointF(800, 100)))
    panel.new_card_dialog.reject()
    assert len(kk.cards(s)) == 1


def test_keyboard_pins_a_card_and_zoom_keys_wheel_and_fit(qtbot, library, panel_for, tmp_path):
    path = library.create("Ulrum")
    window, panel = panel_for(path)
    s = window.context.session
    card = kk.add_card(s, "Molen De Hoop", "plekken")
    panel.load_picture(make_png(tmp_path / "dorp.png", 1600, 1200))
    qtbot.wait(20)  # the map appears in place of the "no map yet" text and is fitted to its new size
    fitted = panel.view.zoom()
    assert panel.view.viewport().width() >= 1600 * fitted - 2 or panel.view.viewport().height() >= 1200 * fitted - 2
    assert panel.zoom_label.text() == f"{round(fitted * 100)}%"
    # Enter on a card in the list pins it in the middle of what is shown
    panel.unpinned.setFocus()
    panel.unpinned.setCurrentRow(0)
    qtbot.keyClick(panel.unpinned, Qt.Key.Key_Return)
    pinned = s.get(kk.AssetCard, card.id)
    assert pinned.pinned and pinned.pin_x == pytest.approx(0.5, abs=0.02)
    assert panel.view.hasFocus() and panel.view.selected_id() == card.id
    panel.view.scene().clearSelection()
    qtbot.keyClick(panel.view, Qt.Key.Key_Plus)
    assert panel.view.zoom() == pytest.approx(fitted * 1.25)
    assert panel.slider.value() == round(fitted * 125)
    qtbot.keyClick(panel.view, Qt.Key.Key_Minus)
    qtbot.keyClick(panel.view, Qt.Key.Key_Minus)
    assert panel.view.zoom() == pytest.approx(fitted * 0.8)
    qtbot.mouseClick(panel.zoom_in, Qt.MouseButton.LeftButton)
    assert panel.view.zoom() == pytest.approx(fitted)
    wheel = QWheelEvent(
        QPointF(200, 200),
        QPointF(200, 200),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(panel.view.viewport(), wheel)
    assert panel.view.zoom() == pytest.approx(fitted * 1.25)
    panel.slider.setValue(300)
    assert panel.view.zoom() == pytest.approx(3.0)
    # zoomed in, the arrow keys pan
    before = panel.view.horizontalScrollBar().value()
    qtbot.keyClick(panel.view, Qt.Key.Key_Right)
    assert panel.view.horizontalScrollBar().value() > before
    qtbot.mouseClick(panel.fit, Qt.MouseButton.LeftButton)
    assert panel.view.zoom() == pytest.approx(fitted)
    # pins keep their size on screen when zooming (readable numbers)
    item = panel.view.pins[card.id]
    assert item.deviceTransform(panel.view.viewportTransform()).m11() == pytest.approx(1.0)


@pytest.mark.qt_log_ignore("libpng", "QImage", "Corrupt", "Premature", "JPEG")
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "leeg"),
        (b"<b>&</b> dit is tekst \xf0\x9f\x8c\xbb", "geen PNG- of JPEG"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x01kapot" * 40, "beschadigd"),
    ],
)
def test_bad_picture_files_give_a_dutch_message_and_change_nothing(
    qtbot, library, panel_for, tmp_path, content, expected
):
    path = library.create("Ulrum")
    window, panel = panel_for(path)
    s = window.context.session
    panel.load_picture(make_png(tmp_path / "goed.png"))
    blob = kk.map_picture(s).blob_id
    label = s.undo_label
    bad = tmp_path / "kaart.png"
    bad.write_bytes(content)
    assert not panel.load_picture(bad)
    box = panel.message
    assert isinstance(box, QMessageBox) and box.isVisible() and expected in box.text()
    assert kk.map_picture(s).blob_id == blob and s.undo_label == label
    box.accept()


def test_huge_picture_is_refused_and_big_one_is_shown_scaled(qtbot, library, panel_for, tmp_path, monkeypatch):
    path = library.create("Ulrum")
    window, panel = panel_for(path)
    s = window.context.session
    big = make_png(tmp_path / "groot.png", 5000, 2500)
    monkeypatch.setattr(kk, "MAX_PICTURE_PIXELS", 10_000_000)
    assert not panel.load_picture(big)
    assert "te groot" in panel.message.text() and kk.map_picture(s) is None
    panel.message.accept()
    monkeypatch.setattr(kk, "MAX_PICTURE_BYTES", 1000)
    assert not panel.load_picture(big) and "te groot" in panel.message.text()
    panel.message.accept()
    monkeypatch.undo()
    assert panel.load_picture(big)
    pic = kk.map_picture(s)
    assert (pic.width, pic.height) == (5000, 2500)
    # stored as is, shown at most 4096 px wide; pins still land on the same fraction
    assert s.storage.get_blob(pic.blob_id) == big.read_bytes()
    # 12.5 million pixels: decoded in a worker, the panel says so meanwhile (issue 17)
    assert panel.loading and panel.empty.isVisibleTo(panel) and "wordt geladen" in panel.empty.text()
    early = kk.add_pinned_card(s, "Molen", "plekken", 0.25, 0.5)  # pinned while the picture loads
    qtbot.waitUntil(lambda: not panel.loading, timeout=10_000)
    assert panel.view.picture.pixmap().width() == 4096 and not panel.empty.isVisibleTo(panel)
    assert panel.view.pins[early.id].pos() == QPointF(1024, 1024)
    card = kk.add_pinned_card(s, "Kerk", "instellingen", 0.5, 0.5)
    assert panel.view.pins[card.id].pos() == QPointF(2048, 1024)


def test_keyboard_moves_a_pin_in_one_undo_step_and_the_list_follows_other_views(qtbot, library, panel_for, tmp_path):
    path = library.create("Ulrum")
    window, panel = panel_for(path)
    s = window.context.session
    panel.load_picture(make_png(tmp_path / "dorp.png"))
    card = kk.add_pinned_card(s, "Sportveld", "plekken", 0.5, 0.5)
    other = kk.add_pinned_card(s, "Kerk", "instellingen", 0.2, 0.2)
    # another view (the board) selects the church: the map follows without echoing it back
    heard: list[tuple[str, str]] = []
    window.context.focus_changed.connect(lambda step, card_id: heard.append((step, card_id)))
    window.context.focus_changed.emit("krachtenkaart", other.id)
    assert heard == [("krachtenkaart", other.id)]
    assert panel.view.selected_id() == other.id and panel.pinned.current_id() == other.id
    # in the list of pinned cards: choose one, the map selects and centres its pin
    panel.pinned.setFocus()
    panel.pinned.setCurrentRow(0)  # #1 Sportveld
    assert panel.view.selected_id() == card.id
    panel.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(panel.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    moved = s.get(kk.AssetCard, card.id)
    assert (moved.pin_x, moved.pin_y) == pytest.approx((0.53, 0.51))
    assert panel.view.selected_id() == card.id  # still selected after the redraw
    window.undo_action.trigger()  # the four small moves were one step
    back = s.get(kk.AssetCard, card.id)
    assert (back.pin_x, back.pin_y) == (0.5, 0.5)
    # Delete in the list of pinned cards (the "Speld weghalen" action) takes the pin away
    panel.pinned.setFocus()
    panel.pinned.setCurrentRow(1)
    qtbot.keyClick(panel.pinned, Qt.Key.Key_Delete)
    assert not s.get(kk.AssetCard, other.id).pinned and other.id not in panel.view.pins
    assert panel.unpin_action.text() == "Speld &weghalen"


@pytest.mark.qt_log_ignore("libpng", "QImage")
def test_a_damaged_picture_inside_the_file_gives_a_message_instead_of_a_map(qtbot, library, panel_for):
    path = library.create("Ulrum")
    sf, s = open_session(path)
    kk.set_map_picture(s, b"\x89PNG\r\n\x1a\n" + b"kapot" * 20, "image/png", 800, 600, "kapot.png")
    kk.add_pinned_card(s, "Kerk", "instellingen", 0.5, 0.5)
    sf.close()
    _, panel = panel_for(path)
    assert not panel.view.isVisible() and panel.empty.isVisible()
    assert "kan niet getoond worden" in panel.empty.text()
    assert panel.pinned.count() == 1 and not panel.new_here.isEnabled()
