"""Refusals and undo steps reach the user in the user's language, through ``ctx.run`` only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from facilitator.domain import krachtenkaart as kk
from facilitator.ui import app as app_module
from tests.ui.krachtenkaart_helpers import enter_card, open_board


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    translators = app_module.install_translators(qapp, "en")
    yield
    for t in translators:
        qapp.removeTranslator(t)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch))


def test_a_photo_over_the_domains_limit_is_refused_with_the_domains_message(qtbot, library, open_window, tmp_path):
    window, page = open_board(open_window, library.create("Ees"))
    enter_card(qtbot, page, "Pastorie")
    page.board.select_card(page.board.columns["gaven"].model.rows[0].id)
    big = tmp_path / "groot.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(kk.MAX_PICTURE_BYTES))
    assert not page.details.add_photo_file(big)
    limit = kk.MAX_PICTURE_BYTES // (1024 * 1024)
    assert page.details.message.text() == f"Deze foto is leeg of groter dan {limit} MB."
    assert kk.cards(window.context.session)[0].photos == []
    # a photo just over the old screen-only limit (25 MB) is no longer refused by a second rule
    picture = tmp_path / "pastorie.png"
    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a8a3a"))
    image.save(str(picture))
    assert page.details.add_photo_file(picture) and page.details.message.isHidden()


def test_in_english_a_refusal_and_the_undo_step_are_english(qtbot, library, open_window, english):
    window, page = open_board(open_window, library.create("Ees"))
    enter_card(qtbot, page, "Molen")
    assert window.undo_action.text() == "&Undo: Add card"
    window.context.run(kk.add_card, window.context.session, "  ", "gaven")
    assert window.statusBar().currentMessage() == "Give the card a title."
    assert window.context.last_refusal == "Give the card a title."
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Undone: Add card"


def test_a_refusal_goes_to_the_pages_own_message_line_when_it_asks(qtbot, library, open_window):
    window, page = open_board(open_window, library.create("Ees"))
    said: list[str] = []
    assert window.context.run(kk.add_card, window.context.session, "", "gaven", say=said.append) is None
    assert said == ["Geef de kaart een titel."] and window.statusBar().currentMessage() == ""
    assert window.context.run(kk.add_card, window.context.session, "Kerk", "gaven", say=said.append) is not None
    assert window.context.last_refusal is None and len(said) == 1
