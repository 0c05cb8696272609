"""The map tab does no work while hidden, is up to date when shown, and redraws only touched cards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from facilitator.domain import krachtenkaart as kk
from tests.ui.krachtenkaart_helpers import enter_card, open_board


def rows(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [widget.item(r).text() for r in range(widget.count())]


def with_map(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#cfe3c0"))
    assert image.save(str(tmp_path / "dorp.png"))
    assert page.map_panel.load_picture(tmp_path / "dorp.png")


def test_hidden_map_does_no_rebuild_on_card_edits_and_is_current_when_shown(qtbot, library, open_window, tmp_path):
    path = library.create("Ees")
    window, page = open_board(open_window, path)
    panel = page.map_panel
    s = window.context.session
    assert not panel.isVisible()
    start = panel.reloads
    # capture, rename, pin and remove cards while the board tab is shown
    enter_card(qtbot, page, "Molen")
    enter_card(qtbot, page, "Kerk")
    molen = next(c for c in kk.cards(s) if c.title == "Molen")
    kk.edit_card(s, molen, title="Molen De Hoop")
    kerk = next(c for c in kk.cards(s) if c.title == "Kerk")
    kk.pin_card(s, kerk, 0.5, 0.5)
    extra = kk.add_card(s, "Weg ermee", "plekken")
    kk.remove_cards(s, extra)
    assert panel.reloads == start and panel.stale
    assert rows(panel.unpinned) == []  # nothing was drawn yet

    page.tabs.setCurrentWidget(panel)
    assert panel.isVisible() and not panel.stale
    assert panel.reloads == start + 1
    assert rows(panel.unpinned) == [f"#{molen.number}  Molen De Hoop"]
    assert rows(panel.pinned) == [f"#{kerk.number}  Kerk"]
    assert panel.unpinned_label.text() == "&Zonder speld (1)"

    # back to the board: hidden again, so no work; showing once more catches up once
    page.tabs.setCurrentWidget(page.board_page)
    kk.edit_card(s, molen, title="Molen De Hoop (1850)")
    assert panel.reloads == start + 1
    page.tabs.setCurrentWidget(panel)
    assert panel.reloads == start + 2
    assert rows(panel.unpinned) == [f"#{molen.number}  Molen De Hoop (1850)"]
    window.close()


def test_shown_map_updates_only_the_touched_cards(qtbot, library, open_window, tmp_path):
    path = library.create("Ees")
    window, page = open_board(open_window, path)
    panel = page.map_panel
    s = window.context.session
    a, b, c = (kk.add_card(s, t, "plekken") for t in ("Aa", "Bb", "Cc"))
    page.tabs.setCurrentWidget(panel)
    with_map(page, tmp_path)
    start = panel.reloads
    item_a = panel.unpinned.item(0)
    panel.unpinned.setCurrentRow(2)

    kk.pin_card(s, s.get(kk.AssetCard, b.id), 0.25, 0.75)
    assert rows(panel.unpinned) == [f"#{a.number}  Aa", f"#{c.number}  Cc"]
    assert rows(panel.pinned) == [f"#{b.number}  Bb"]
    assert panel.unpinned.item(0) is item_a  # untouched rows are not rebuilt
    assert panel.unpinned.current_id() == c.id  # and the chosen card stays chosen
    pin = panel.view.pins[b.id]
    size = panel.view.picture.pixmap().size()
    assert (pin.pos().x(), pin.pos().y()) == (0.25 * size.width(), 0.75 * size.height())

    kk.edit_card(s, s.get(kk.AssetCard, b.id), title="Bb nieuw", category="gaven")
    assert panel.view.pins[b.id] is pin and pin.card.title == "Bb nieuw"
    assert pin.color == QColor(panel.colors["gaven"])
    assert rows(panel.pinned) == [f"#{b.number}  Bb nieuw"]

    # undo puts the card back in the unpinned list, in number order; removing drops pin and row
    s.undo()
    s.undo()
    assert rows(panel.unpinned) == [f"#{a.number}  Aa", f"#{b.number}  Bb", f"#{c.number}  Cc"]
    assert b.id not in panel.view.pins and panel.pinned.count() == 0
    kk.pin_card(s, s.get(kk.AssetCard, a.id), 0.5, 0.5)
    kk.remove_cards(s, s.get(kk.AssetCard, a.id))
    assert a.id not in panel.view.pins
    assert rows(panel.unpinned) == [f"#{b.number}  Bb", f"#{c.number}  Cc"]
    assert panel.pinned_label.text() == "&Op de plattegrond (0)"
    assert panel.reloads == start  # all of that without one full redraw
    # a card chosen on the board while the map is stale is chosen on the map when shown
    page.tabs.setCurrentWidget(page.board_page)
    kk.pin_card(s, s.get(kk.AssetCard, c.id), 0.1, 0.1)
    window.context.focus_changed.emit("krachtenkaart", c.id)
    page.tabs.setCurrentWidget(panel)
    assert panel.view.selected_id() == c.id
    assert panel.pinned.currentItem().data(Qt.ItemDataRole.UserRole) == c.id
    window.close()


def test_map_tab_left_open_catches_up_when_the_step_is_shown_again(qtbot, library, open_window):
    path = library.create("Ees")
    window, page = open_board(open_window, path)
    panel = page.map_panel
    s = window.context.session
    page.tabs.setCurrentWidget(panel)
    window.show_step("voorbereiding")
    assert not panel.isVisible()
    card = kk.add_card(s, "Nieuw terwijl een andere stap open is", "plekken")
    assert panel.stale and rows(panel.unpinned) == []
    window.show_step("krachtenkaart")
    assert panel.isVisible() and not panel.stale
    assert rows(panel.unpinned) == [f"#{card.number}  Nieuw terwijl een andere stap open is"]
    window.close()


def test_a_long_card_list_fills_in_batches_and_an_edit_meanwhile_lands(qtbot, library, open_window, tmp_path):
    from facilitator.ui.steps.krachtenkaart import map_cards

    path = library.create("Grootdorp")
    window, page = open_board(open_window, path)
    s = window.context.session
    count = map_cards.FIRST_BATCH + 2 * map_cards.BATCH + 7
    with s.batch("veel kaarten"):
        for n in range(count):
            kk.add_card(s, f"Kaart {n}", "plekken")
    panel = page.map_panel
    page.tabs.setCurrentWidget(panel)
    # shown at once: the first rows, and the label counts every card
    assert panel.unpinned.count() == map_cards.FIRST_BATCH and panel.unpinned.filling()
    assert panel.unpinned_label.text() == f"&Zonder speld ({count})"
    # an edit of a card whose row is not made yet, while the list fills: it lands in its place
    last = kk.cards(s)[-1]
    kk.edit_card(s, last, title="De laatste kaart")
    qtbot.waitUntil(lambda: not panel.unpinned.filling(), timeout=10_000)
    texts = rows(panel.unpinned)
    assert len(texts) == count and texts[-1] == f"#{last.number}  De laatste kaart"
    assert texts[0] == f"#{kk.cards(s)[0].number}  Kaart 0"
    # undo by keyboard gives the old title back in the list
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(panel.unpinned)[-1] == f"#{last.number}  Kaart {count - 1}"
    window.close()
