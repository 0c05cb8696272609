"""Opening a big meeting (issue 17): the window paints before its first page is built, and the
board fills its long columns in batches; typing a card while it still fills loses nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.domain import krachtenkaart as kk
from facilitator.domain.preparation import Meeting
from facilitator.ui.steps.krachtenkaart.board_model import FIRST_BATCH
from tests.ui.step_helpers import read_file

PER_COLUMN = 900


def big_meeting(library):  # type: ignore[no-untyped-def]
    path = library.create("Grootdorp")

    def fill(session):  # type: ignore[no-untyped-def]
        ids = kk.category_ids()
        cards = [
            kk.AssetCard(title=f"Kaart {i}", category=ids[i % len(ids)], position=float(i), number=i + 1)
            for i in range(len(ids) * PER_COLUMN)
        ]
        session.add(*cards, label="vullen")
        return session.single(Meeting).id

    return path, read_file(path, fill)


def shown_titles(column) -> list[str]:  # type: ignore[no-untyped-def]
    model = column.model
    return [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def test_the_window_paints_first_then_builds_its_page_and_fills_the_board(qtbot, library, settings, open_window):
    path, meeting_id = big_meeting(library)
    settings.set_value(f"last_step/{meeting_id}", "krachtenkaart")  # left there last time
    window = open_window(path)
    qtbot.waitUntil(lambda: "krachtenkaart" in window.pages)
    assert window.current_step() == "krachtenkaart"
    board = window.pages["krachtenkaart"].board
    qtbot.waitUntil(lambda: not any(c.model.filling() for c in board.columns.values()))
    for category in kk.category_ids():
        assert len(shown_titles(board.columns[category])) == PER_COLUMN
    plekken = board.columns["plekken"]
    assert shown_titles(plekken) == [c.title for c in plekken.model.rows]  # in board order
    window.close()


def test_a_card_typed_while_the_board_still_fills_is_kept_and_undone(qtbot, library, open_window):
    path, _ = big_meeting(library)
    window = open_window(path)
    page = window.show_step("krachtenkaart")  # built now, before the event loop fills the columns
    board = page.board
    column = board.columns[board.current_category]
    assert column.model.filling() and column.model.rowCount() == FIRST_BATCH
    board.entry.setFocus()
    qtbot.keyClicks(board.entry, "Nieuwe speeltuin")
    qtbot.keyClick(board.entry, Qt.Key.Key_Return)
    titles = shown_titles(column)
    assert len(titles) == PER_COLUMN + 1 and "Nieuwe speeltuin" in titles
    qtbot.waitUntil(lambda: not any(c.model.filling() for c in board.columns.values()))
    assert sum(c.model.rowCount() for c in board.columns.values()) == len(kk.category_ids()) * PER_COLUMN + 1
    on_disk = window.context.file.conn.execute("select count(*) from rec_asset_card").fetchone()[0]
    assert on_disk == len(kk.category_ids()) * PER_COLUMN + 1
    qtbot.keyClick(board.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Nieuwe speeltuin" not in shown_titles(column)
    window.close()
    assert read_file(path, lambda s: sorted(c.title for c in kk.cards(s) if c.title.startswith("Nieuwe"))) == []
