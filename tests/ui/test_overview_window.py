"""The overview of all kernen in the library window: built off the GUI thread, sorted, filtered, saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain import actieplan as ap
from facilitator.store.sessionfile import open_session


def add_meeting(library, place: str, date: str, actions: int):  # type: ignore[no-untyped-def]
    path = library.create(place, date=date)
    sf, s = open_session(path)
    try:
        for n in range(actions):
            ap.add_action(s, f"Actie {n}", trekker="Iemand", due="2020-01-01")
    finally:
        sf.close()
    return path


def test_the_overview_lists_every_kern_sorts_filters_and_saves(qtbot, library_window, library, tmp_path):
    add_meeting(library, "Warffum", "2026-02-01", 1)
    add_meeting(library, "Eenrum", "2026-03-01", 3)
    (library.root / "kapot.kernkracht").write_bytes(b"SQLite format 3\x00" + b"\x01" * 300)
    library_window.activateWindow()
    qtbot.keyClick(
        library_window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    view = library_window.tools.compare_windows[-1]
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.overview is not None, timeout=20_000)
    table = view.table
    column = {table.model().headerData(c, Qt.Orientation.Horizontal): c for c in range(table.model().columnCount())}
    places = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert set(places) >= {"Warffum", "Eenrum", "kapot"}
    assert "niet te lezen: 1" in view.status.text()
    # sort on the overdue column: the kern with most overdue actions first
    table.sortByColumn(column["Over tijd"], Qt.SortOrder.DescendingOrder)
    assert table.model().index(0, 0).data() == "Eenrum"
    # typing filters the rows
    view.filter.setFocus()
    qtbot.keyClicks(view.filter, "warf")
    assert table.model().rowCount() == 1 and table.model().index(0, 0).data() == "Warffum"
    saved = view.write(tmp_path / "overzicht", "xlsx")
    assert saved is not None and saved.suffix == ".xlsx" and saved.read_bytes()[:2] == b"PK"
    assert "Opgeslagen" in view.status.text()
    grab = view.grab()
    assert not grab.isNull()
    view.close()
    assert QApplication.activeModalWidget() is None
