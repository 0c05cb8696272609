"""The wijksafari form used while walking: type, tap big buttons, add a photo and a pin, Enter, reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from facilitator.domain import krachtenkaart as kk
from facilitator.store.sessionfile import open_session


def make_png(path, width, height, color="#cfe3c0"):  # type: ignore[no-untyped-def]
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path), "PNG")
    return path


CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def open_form(qtbot, window):  # type: ignore[no-untyped-def]
    """Ctrl+Shift+W in the session window, as the menu Bijeenkomst → Wijksafari… says."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.safari_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


@pytest.fixture
def walk(qtbot, library, open_window, tmp_path):  # type: ignore[no-untyped-def]
    path = library.create("Ulrum")
    window = open_window(path)
    picture = make_png(tmp_path / "kaart.png", 1000, 800)
    kk.set_map_picture(window.context.session, picture.read_bytes(), "image/png", 1000, 800, "kaart.png")
    return path, window


def test_capture_with_clicks_photo_and_pin_then_reopen(qtbot, walk, tmp_path, monkeypatch):
    path, window = walk
    s = window.context.session
    assert "Wijksafari" in window.safari_action.text() and window.safari_action in window.menus["meeting"].actions()
    dialog = open_form(qtbot, window)
    # big touch targets
    for button in (*dialog.categories.buttons(), *dialog.observations.buttons(), dialog.capture_button):
        assert button.height() >= 48
    qtbot.keyClicks(dialog.title, "Bankje <b>&</b> bij de brug")
    qtbot.mouseClick(dialog.categories.buttons()[3], Qt.MouseButton.LeftButton)  # Plekken
    qtbot.mouseClick(dialog.observations.buttons()[1], Qt.MouseButton.LeftButton)  # Kans
    qtbot.mouseClick(dialog.observations.buttons()[0], Qt.MouseButton.LeftButton)  # changed mind: Trots
    assert [b.isChecked() for b in dialog.observations.buttons()] == [True] + [False] * 5
    qtbot.keyClicks(dialog.description, "Uitzicht over het water")
    photo = make_png(tmp_path / "foto.png", 640, 480, "#88aadd")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(photo), "")))
    qtbot.mouseClick(dialog.photo_button, Qt.MouseButton.LeftButton)
    assert dialog.thumbnail.pixmap() is not None and not dialog.thumbnail.pixmap().isNull()
    tap = dialog.picker.point_for(0.25, 0.75).toPoint()
    qtbot.mouseClick(dialog.picker, Qt.MouseButton.LeftButton, pos=tap)
    assert dialog.picker.pin == pytest.approx((0.25, 0.75), abs=0.01)
    dialog.title.setFocus()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    (card,) = kk.cards(s)
    assert dialog.message.text() == "Vastgelegd: #1 Bankje <b>&</b> bij de brug"
    assert (card.category, card.observation, card.description) == ("plekken", "trots", "Uitzicht over het water")
    assert card.pinned and (card.pin_x, card.pin_y) == pytest.approx((0.25, 0.75), abs=0.01)
    assert s.undo_label == "Waarneming vastleggen"
    # the form is empty for the next find; the category stays chosen
    assert dialog.title.text() == "" and dialog.description.toPlainText() == ""
    assert dialog.photo is None and dialog.picker.pin is None and dialog.chosen(dialog.observations) == ""
    assert dialog.chosen(dialog.categories) == "plekken" and dialog.title.hasFocus()
    # one undo step takes the whole find away, redo brings it back
    window.undo_action.trigger()
    assert kk.cards(s) == []
    window.redo_action.trigger()
    dialog.close()
    window.close()

    sf, s2 = open_session(path)
    try:
        (again,) = kk.cards(s2)
        assert again.title == "Bankje <b>&</b> bij de brug" and again.pinned
        assert s2.storage.get_blob(again.photos[0]) == photo.read_bytes()
        assert s2.storage.get_blob(kk.map_picture(s2).blob_id) == (tmp_path / "kaart.png").read_bytes()
    finally:
        sf.close()


def test_capture_from_the_keyboard_only(qtbot, walk):
    _, window = walk
    s = window.context.session
    dialog = open_form(qtbot, window)
    assert dialog.title.hasFocus()
    qtbot.keyClicks(dialog.title, "Fatima kookt voor grote groepen")
    qtbot.keyClick(dialog, Qt.Key.Key_1, CTRL)  # Gaven
    qtbot.keyClick(dialog, Qt.Key.Key_4, ALT)  # Sleutelfiguur
    qtbot.keyClick(dialog, Qt.Key.Key_W, ALT)  # "Waar?" → the small map
    assert dialog.picker.hasFocus()
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Right)  # first arrow: a pin in the middle
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Right)
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Up)
    assert dialog.picker.pin == pytest.approx((0.52, 0.48))
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Return, CTRL)
    (card,) = kk.cards(s)
    assert (card.category, card.observation) == ("gaven", "sleutelfiguur")
    assert (card.pin_x, card.pin_y) == pytest.approx((0.52, 0.48))
    # the next one: Enter in the title is enough (no pin this time)
    qtbot.keyClicks(dialog.title, "x" * 5000)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    second = max(kk.cards(s), key=lambda c: c.number)
    assert len(second.title) == 5000 and not second.pinned and second.category == "gaven"
    assert dialog.message.text().startswith("Vastgelegd: #2 xxx")
    # stored by mistake: the form's own undo takes the last find back (Alt+O)
    assert dialog.undo_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_O, ALT)
    qtbot.waitUntil(lambda: len(kk.cards(s)) == 1)  # a mnemonic clicks the button after a short animation
    assert [c.number for c in kk.cards(s)] == [1] and dialog.message.text().startswith("Weggehaald: #2")
    assert not dialog.undo_button.isVisible()
    # after someone else changed the session, the form does not undo their work
    qtbot.keyClicks(dialog.title, "Kerk")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    kk.add_card(s, "Op het bord getypt", "cultuur")
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert len(kk.cards(s)) == 3 and "iets anders gewijzigd" in dialog.message.text()


@pytest.mark.qt_log_ignore("libpng", "QImage", "Corrupt", "Premature", "JPEG")
def test_missing_title_category_or_damaged_photo_gives_a_message_and_stores_nothing(qtbot, walk, tmp_path):
    _, window = walk
    s = window.context.session
    dialog = open_form(qtbot, window)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.message.text() == "Geef de waarneming een titel." and kk.cards(s) == []
    qtbot.keyClicks(dialog.title, "   ")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.message.text() == "Geef de waarneming een titel."
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Kerk")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.message.text() == "Kies een categorie." and kk.cards(s) == []
    assert dialog.title.text() == "Kerk"  # nothing typed is lost
    broken = tmp_path / "foto.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 kapot " * 10)
    assert not dialog.set_photo(broken)
    assert "beschadigd" in dialog.message.text() and dialog.photo is None
    text = tmp_path / "foto.png"
    text.write_text("<b>&</b> 🌻", encoding="utf-8")
    assert not dialog.set_photo(text)
    assert "geen PNG- of JPEG" in dialog.message.text()
    assert kk.cards(s) == [] and s.undo_label == "Plattegrond kiezen"


def test_form_without_a_map_captures_without_pin(qtbot, library, open_window):
    window = open_window(library.create("Zonder kaart"))
    dialog = open_form(qtbot, window)
    dialog.picker.setFocus()
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Right)
    assert dialog.picker.pin is None
    qtbot.mouseClick(dialog.picker, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))
    assert dialog.picker.pin is None
    qtbot.keyClicks(dialog.title, "Speeltuin")
    qtbot.keyClick(dialog, Qt.Key.Key_4, CTRL)
    qtbot.mouseClick(dialog.capture_button, Qt.MouseButton.LeftButton)
    (card,) = kk.cards(window.context.session)
    assert not card.pinned and card.category == "plekken" and card.observation == ""
    # closing only hides the form; Ctrl+Shift+W shows the same one again
    dialog.close()
    assert open_form(qtbot, window) is dialog and dialog.isVisible()
