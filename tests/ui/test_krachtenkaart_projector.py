"""The Krachtenkaart board on the projector: every text >= 28 pt at 1920×1080, the best cards first."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel

from facilitator.demo import write_demo
from facilitator.domain import krachtenkaart as kk
from facilitator.ui.steps.krachtenkaart.projector import ProjectorBoard


def painted_points(widget, monkeypatch) -> list[float]:  # type: ignore[no-untyped-def]
    """The point size of every text drawn while ``widget`` paints itself (tiles and headers)."""
    sizes: list[float] = []
    original = QPainter.drawText

    def recording(painter, *args):  # type: ignore[no-untyped-def]
        sizes.append(painter.font().pointSizeF())
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    widget.grab()
    monkeypatch.setattr(QPainter, "drawText", original)
    return sizes


def demo_projector(qtbot, library, open_window):  # type: ignore[no-untyped-def]
    window = open_window(write_demo(library.root))
    window.show_step("krachtenkaart")
    projector = window.projector.open()
    projector.resize(1920, 1080)
    projector.rebuild()  # as the projector does after a resize
    board = projector.body
    assert isinstance(board, ProjectorBoard)
    qtbot.waitUntil(lambda: board.isVisible() and board.height() > 700)
    board._fit()
    return window, projector, board


def test_every_painted_text_is_at_least_28_pt_at_1920x1080(qtbot, library, open_window, monkeypatch):
    window, projector, board = demo_projector(qtbot, library, open_window)
    sizes = painted_points(board, monkeypatch)
    tiles = sum(column.model.rowCount() for column in board.columns)
    # a number line and a title per tile, a header per column: all of it was painted and measured
    assert tiles >= 12 and len(sizes) >= 2 * tiles + 6
    assert min(sizes) >= 28, sorted(sizes)[:5]
    labels = [label for label in projector.findChildren(QLabel) if label.isVisibleTo(projector) and label.text()]
    assert any("meer" in label.text() for label in labels)
    assert min(label.font().pointSizeF() for label in labels) >= 28


def test_columns_show_crown_jewels_and_most_dots_first_and_count_the_rest(qtbot, library, open_window):
    window, projector, board = demo_projector(qtbot, library, open_window)
    session = window.context.session
    for column in board.columns:
        if column.category.get("parked"):
            assert not column.isVisibleTo(board)  # worries are not among the strengths' columns
            continue
        everything = [c for c in kk.cards(session) if c.category == column.category["id"]]
        shown = column.model.rows
        best = sorted(everything, key=lambda c: (not c.crown, -c.dots, c.number))
        assert shown == best[: len(shown)]
        hidden = len(everything) - len(shown)
        assert column.more.isVisible() == (hidden > 0)
        if hidden:
            assert column.more.text() == f"+ {hidden} meer"
        # only whole tiles: the room never sees half a card
        viewport = column.view.viewport().rect()
        for row in range(len(shown)):
            assert viewport.contains(column.view.visualRect(column.model.index(row, 0)))
        # a long category name is cut, its count never
        assert column.header.text().endswith(f" {len(everything)}")
    # a new crown jewel moves to the top of its column at once
    last = [c for c in kk.cards(session) if c.category == "cultuur"][-1]
    assert not last.crown
    window.context.run(kk.set_crown, session, last, True)
    cultuur = next(c for c in board.columns if c.category["id"] == "cultuur")
    assert cultuur.model.rows[0].id == last.id


def test_a_5000_character_title_stays_within_three_lines(qtbot, library, open_window, monkeypatch):
    window, projector, board = demo_projector(qtbot, library, open_window)
    session = window.context.session
    card = window.context.run(kk.add_card, session, "Lang <b>& 🌳 " + "woord " * 900, "gaven")
    window.context.run(kk.set_crown, session, card, True)
    gaven = board.columns[0]
    row = [c.id for c in gaven.model.rows].index(card.id)  # among the crown jewels, so shown
    tile = gaven.view.visualRect(gaven.model.index(row, 0))
    line = gaven.view.fontMetrics().lineSpacing()
    assert tile.height() <= 4 * line + 30  # the number line and three title lines
    assert min(painted_points(board, monkeypatch)) >= 28


def test_f8_shows_the_current_category_large_and_follows_the_facilitator(qtbot, library, open_window, monkeypatch):
    window, projector, board = demo_projector(qtbot, library, open_window)
    page = window.pages["krachtenkaart"]
    strengths = [c for c in board.columns if not c.category.get("parked")]
    assert board.only == "" and all(column.isVisibleTo(board) for column in strengths)
    assert board.parked.isVisibleTo(board)  # the worries: a band apart, not a column
    window.activateWindow()  # the facilitator works in the session window, the room watches
    qtbot.waitUntil(window.isActiveWindow)
    page.board.entry.setFocus()
    qtbot.keyClick(page.board.entry, Qt.Key.Key_F8)
    assert page.one_button.isChecked()
    current = page.board.current_category
    shown = [column for column in board.columns if column.isVisibleTo(board)]
    assert [column.category["id"] for column in shown] == [current]
    qtbot.waitUntil(lambda: shown[0].width() > 1000)
    board._fit()
    column = shown[0]
    session = window.context.session
    everything = [c for c in kk.cards(session) if c.category == current]
    assert 1 <= column.model.rowCount() <= len(everything)
    rects = [column.view.visualRect(column.model.index(r, 0)) for r in range(column.model.rowCount())]
    assert len({r.top() for r in rects}) < len(rects)  # cards side by side
    assert all(column.view.viewport().rect().contains(r) for r in rects)
    assert column.header.text() == f"{column.category['name']} {len(everything)}"  # the full name now
    assert min(painted_points(board, monkeypatch)) >= 28
    if os.environ.get("KK_PROJECTOR_SHOT"):
        board.window().grab().save(os.environ["KK_PROJECTOR_SHOT"])
    # the facilitator picks another category: the room follows
    qtbot.keyClick(page.board.entry, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert page.board.current_category != current
    assert [c.category["id"] for c in board.columns if c.isVisibleTo(board)] == [page.board.current_category]
    # a new projector view (step change, resize) keeps the choice; F8 again: all six columns
    projector.rebuild()
    assert projector.body.only == page.board.current_category
    qtbot.keyClick(page.board.entry, Qt.Key.Key_F8)
    assert projector.body.only == ""
    assert all(c.isVisibleTo(projector.body) == (not c.category.get("parked")) for c in projector.body.columns)


def test_the_projector_follows_changes_card_by_card_as_a_fresh_board_would_show_them(qtbot):
    """Cards move in the room's order one by one (no reading of the whole board per change);
    after every kind of change it shows what a board built anew shows."""
    import random

    from PySide6.QtWidgets import QWidget

    from facilitator.domain.session import Session
    from facilitator.ui.session.context import SessionContext

    session = Session()
    ctx = SessionContext(session)
    categories = kk.category_ids()
    for i in range(40):
        kk.add_card(session, f"Kaart {i}", categories[i % 6])
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(1280, 720)
    live = ProjectorBoard(ctx, holder)
    live.resize(1280, 720)
    holder.show()
    qtbot.waitExposed(holder)

    def shown(board: ProjectorBoard) -> list[list[tuple[str, str]]]:
        return [[(c.id, c.title) for c in col.model.rows] for col in board.columns]

    rnd = random.Random(3)
    for step in range(80):
        cards = kk.cards(session)
        roll = rnd.random()
        card = rnd.choice(cards)
        if roll < 0.2:
            kk.add_card(session, f"Nieuw {step}", rnd.choice(categories))
        elif roll < 0.4:
            kk.add_dots(session, card, rnd.choice([1, 2, -1]))
        elif roll < 0.5:
            kk.set_crown(session, card, not card.crown)
        elif roll < 0.6:
            kk.edit_card(session, card, title=f"Andere titel {step}")
        elif roll < 0.7:
            kk.move_card(session, card, rnd.choice(categories))
        elif roll < 0.8:
            kk.remove_cards(session, card)
        else:
            session.undo()
        fresh_holder = QWidget()
        fresh_holder.resize(1280, 720)
        fresh = ProjectorBoard(ctx, fresh_holder)
        fresh.resize(1280, 720)
        fresh_holder.show()
        qtbot.waitExposed(fresh_holder)
        assert shown(live) == shown(fresh), step
        assert live.heading.text() == fresh.heading.text()
        assert [c.header.text() for c in live.columns] == [c.header.text() for c in fresh.columns]
        ctx.changed.disconnect(fresh.refresh)
        fresh_holder.close()
        fresh_holder.deleteLater()
