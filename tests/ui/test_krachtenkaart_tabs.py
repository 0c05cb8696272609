"""Krachtenkaart beyond the board: photos, ideas, vision and support, projector, map tab, models."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from facilitator.domain import krachtenkaart as kk
from facilitator.domain import support as partners
from facilitator.store.sessionfile import open_session
from facilitator.ui.steps.krachtenkaart.board_model import CardColumnModel
from tests.ui.krachtenkaart_helpers import CTRL, enter_card, open_board


def test_photos_are_stored_with_the_card_and_bad_files_get_a_message(qtbot, library, open_window, tmp_path):
    path = library.create("Ees")
    window, page = open_board(open_window, path)
    enter_card(qtbot, page, "Pastorie")
    page.board.select_card(page.board.columns["gaven"].model.rows[0].id)
    picture = tmp_path / "pastorie.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a8a3a"))
    image.save(str(picture))
    bad = tmp_path / "notities.png"
    bad.write_text("geen foto")
    assert not page.details.add_photo_file(bad)
    assert not page.details.message.isHidden() and "foto" in page.details.message.text()
    assert page.details.add_photo_file(picture)
    assert page.details.photos.count() == 1
    card = kk.cards(window.context.session)[0]
    assert window.context.blob(card.photos[0]) == picture.read_bytes()
    window.close()


def test_vision_and_outside_support(qtbot, library, open_window):
    path = library.create("Ees")
    window, page = open_board(open_window, path)
    s = window.context.session
    a, b = kk.add_card(s, "A", "gaven"), kk.add_card(s, "B", "plekken")
    kk.connect(s, [a, b], "Samen")
    page.tabs.setCurrentWidget(page.vision)
    assert QApplication.focusWidget() is page.vision.text
    qtbot.keyClicks(page.vision.text, "Een dorp waar iedereen meedoet")
    assert kk.vision(s).text == "Een dorp waar iedereen meedoet" and kk.vision(s).date
    page.vision.partner.setFocus()
    qtbot.keyClick(page.vision.partner, Qt.Key.Key_Return)
    assert page.vision.message.isVisible()
    qtbot.keyClicks(page.vision.partner, "Gemeente")
    page.vision.ask.setText("Meedenken over vergunning")
    qtbot.keyClick(page.vision.partner, Qt.Key.Key_Return)
    assert page.vision.model.rowCount() == 1
    page.vision.table.selectRow(0)
    page.vision.links.item(0).setCheckState(Qt.CheckState.Checked)
    need = partners.asks(s)[0]
    assert (need.partner, need.ask, need.idea_ids) == ("Gemeente", "Meedenken over vergunning", [kk.ideas(s)[0].id])
    assert page.vision.model.index(0, 2).data() == "Samen"
    window.close()
    sf, session = open_session(path)
    try:
        assert kk.vision(session).text == "Een dorp waar iedereen meedoet"
        assert partners.asks(session)[0].idea_ids
    finally:
        sf.close()


def test_projector_board_is_large_follows_changes_and_hides_contacts(qtbot, library, open_window):
    from PySide6.QtWidgets import QWidget

    path = library.create("Ees")
    window, page = open_board(open_window, path)
    s = window.context.session
    kk.add_card(s, "Buurtkamer", "plekken", contact="", holder="Els")
    card = kk.add_card(s, "Geheim nummer", "gaven", contact_consent=True, contact="06-99999999")
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(1920, 1080)
    projector = page.projector_widget(holder)
    assert projector is not None
    projector.resize(1920, 1080)
    holder.show()
    qtbot.waitExposed(holder)
    view = projector.columns[0].view
    assert view.font().pointSizeF() >= 28
    assert view.focusPolicy() == Qt.FocusPolicy.NoFocus
    shown = [
        m.model.data(m.model.index(r, 0), role)
        for m in projector.columns
        for r in range(m.model.rowCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    assert not any("06-99999999" in str(x) for x in shown)
    kk.set_crown(s, card, True)
    assert projector.columns[0].model.rows[0].crown
    kk.add_card(s, "Nieuw", "cultuur")
    assert projector.columns[5].model.rowCount() == 1
    assert projector.columns[5].more.isHidden()
    for i in range(30):  # more than fit: the room is told how many are not shown
        kk.add_card(s, f"Extra {i}", "cultuur")
    assert not projector.columns[5].more.isHidden() and "meer" in projector.columns[5].more.text()
    window.close()


def test_models_pass_the_model_tester(qtmodeltester, library, open_window, qtbot):
    from facilitator.ui.steps.krachtenkaart.idea_widgets import CardCheckModel
    from facilitator.ui.steps.krachtenkaart.vision import SupportModel

    path = library.create("Ees")
    window, page = open_board(open_window, path)
    s = window.context.session
    for i in range(5):
        kk.add_card(s, f"Kaart {i}", "gaven")
    model = CardColumnModel(window.context, "gaven")
    model.update(kk.cards(s, "gaven"))
    qtmodeltester.check(model)
    model.update(kk.cards(s, "gaven") + [kk.add_card(s, "Extra", "gaven")])
    qtmodeltester.check(model)
    checks = CardCheckModel(window.context)
    checks.reload()
    qtmodeltester.check(checks)
    partners.ask_partner(s, "Fonds", ask="geld")
    support = SupportModel(window.context)
    support.reload()
    qtmodeltester.check(support)
    window.close()


def test_painting_the_board_keeps_python_alive(qtbot, library, open_window):
    """PySide6 6.12.0 under Python 3.11 dropped a reference to None on every void call; a board
    painted a few hundred times then aborted the whole app. This guards the pinned version."""
    import sys

    path = library.create("Ees")
    window, page = open_board(open_window, path)
    s = window.context.session
    for i in range(30):
        kk.add_card(s, f"Kaart {i}", kk.category_ids()[i % 6], hhh="hart" if i % 6 == 0 else "")
    import gc

    page.board.columns_area.repaint()  # caches filled before counting
    gc.collect()
    gc.disable()  # a collection freeing unrelated objects would also lower the count
    try:
        before = sys.getrefcount(None)
        for _ in range(20):
            page.board.columns_area.repaint()
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert after - before > -200
    window.close()


def test_the_map_tab_follows_the_board(qtbot, library, open_window, monkeypatch):
    from PySide6.QtWidgets import QWidget

    followed: list[tuple[str, str]] = []
    redraws: list[str] = []

    class MapPanel(QWidget):
        def __init__(self, ctx, parent=None):  # type: ignore[no-untyped-def]
            super().__init__(parent)
            ctx.focus_changed.connect(lambda step, card: followed.append((step, card)))
            ctx.changed.connect(self.refresh)

        def refresh(self, event):  # type: ignore[no-untyped-def]
            redraws.append(event.origin)

    from facilitator.ui.steps.krachtenkaart import map_view

    monkeypatch.setattr(map_view, "MapPanel", MapPanel)  # a panel that records what it is told
    path = library.create("Ees")
    window, page = open_board(open_window, path)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())][:2] == ["Bord", "Plattegrond"]
    enter_card(qtbot, page, "Molen")
    enter_card(qtbot, page, "Kerk")
    card = page.board.columns["gaven"].model.rows[0]
    page.board.select_card(card.id)
    assert followed[-1] == ("krachtenkaart", card.id)
    # and the other way round: a card chosen on the map is chosen on the board
    other = page.board.columns["gaven"].model.rows[1]
    window.context.focus_changed.emit("krachtenkaart", other.id)
    assert page.board.columns["gaven"].current_card().id == other.id
    assert page.details.card_id == other.id
    # the page passes every change on; the real panel keeps itself cheap while hidden
    # (tests/ui/test_map_panel_lazy.py)
    assert redraws == ["do", "do"]
    window.close()


def test_rename_and_remove_an_idea_with_undo(qtbot, library, open_window):
    path = library.create("Ees")
    window, page = open_board(open_window, path)
    s = window.context.session
    a, b = kk.add_card(s, "A", "gaven"), kk.add_card(s, "B", "plekken")
    kk.connect(s, [a, b], "Eerste naam")
    page.tabs.setCurrentWidget(page.ideas)
    # tick cards in the list with the keyboard, name, Enter
    page.ideas.card_view.setFocus()
    page.ideas.card_view.setCurrentIndex(page.ideas.cards.index(0))
    qtbot.keyClick(page.ideas.card_view, Qt.Key.Key_Space)
    qtbot.keyClick(page.ideas.card_view, Qt.Key.Key_Down)
    qtbot.keyClick(page.ideas.card_view, Qt.Key.Key_Space)
    assert len(page.ideas.cards.checked) == 2
    page.ideas.name.setFocus()
    qtbot.keyClicks(page.ideas.name, "Tweede")
    qtbot.keyClick(page.ideas.name, Qt.Key.Key_Return)
    assert [i.title for i in kk.ideas(s)] == ["Eerste naam", "Tweede"]
    page.ideas.select_idea(kk.ideas(s)[0].id)
    page.ideas.title.setFocus()
    page.ideas.title.selectAll()
    qtbot.keyClicks(page.ideas.title, "Samen sterk")
    assert kk.ideas(s)[0].title == "Samen sterk"
    page.ideas.list.setFocus()
    qtbot.keyClick(page.ideas.list, Qt.Key.Key_Delete)
    assert [i.title for i in kk.ideas(s)] == ["Tweede"]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert [i.title for i in kk.ideas(s)] == ["Samen sterk", "Tweede"]
    assert page.ideas.list.count() == 2
    window.close()


def test_outside_support_is_one_list_in_the_krachtenkaart_and_the_actieplan(qtbot, library, open_window):
    path = library.create("Ees")
    window, page = open_board(open_window, path)
    page.tabs.setCurrentWidget(page.vision)
    page.vision.partner.setFocus()
    qtbot.keyClicks(page.vision.partner, "Provincie <b>&")
    qtbot.keyClick(page.vision.partner, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.vision.ask
    qtbot.keyClicks(page.vision.ask, "Geld voor het dak")
    qtbot.keyClick(page.vision.ask, Qt.Key.Key_Return)
    assert page.vision.model.index(0, 0).data() == "Provincie <b>&"

    # the same partner in the Actieplan; its answer typed there
    plan = window.show_step("actieplan")
    plan.tabs.setCurrentWidget(plan.partners)
    tab = plan.partners
    assert [tab.model.index(0, c).data() for c in (0, 1)] == ["Provincie <b>&", "Geld voor het dak"]
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, 2))
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: partners.asks(window.context.session)[0].answer == "nu")
    # a partner added in the Actieplan shows on the Krachtenkaart too; undo takes it off both
    tab.new_partner.setFocus()
    qtbot.keyClicks(tab.new_partner, "LSA")
    qtbot.keyClick(tab.new_partner, Qt.Key.Key_Return)
    assert page.vision.model.rowCount() == 2 and page.vision.model.index(1, 0).data() == "LSA"
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, CTRL)
    assert page.vision.model.rowCount() == 1 and tab.model.rowCount() == 1
    window.close()
    sf, session = open_session(path)
    try:
        assert [(a.partner, a.ask, a.answer) for a in partners.asks(session)] == [
            ("Provincie <b>&", "Geld voor het dak", "nu")
        ]
    finally:
        sf.close()
