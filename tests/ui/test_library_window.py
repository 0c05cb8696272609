"""The library window as a facilitator uses it: find, make, copy, remove and bring back meetings."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from facilitator.store.library import Library


def places(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.model.info(r).place for r in range(window.model.rowCount())]


def test_lists_sessions_and_searches_without_accents(qtbot, library: Library, library_window):
    library.create("Eesveen")
    library.create("Café De Hoven")
    library_window.reload()
    assert sorted(places(library_window)) == ["Café De Hoven", "Eesveen"]
    qtbot.keyClicks(library_window.search, "cafe")
    assert places(library_window) == ["Café De Hoven"]
    library_window.search.clear()
    assert len(places(library_window)) == 2


def test_new_session_opens_it_with_the_place_filled_in(qtbot, library, library_window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Nieuw-Buinen", True))
    library_window.file_actions["new"].trigger()
    window = library_window.session_window
    assert window is not None
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("Nieuw-Buinen")
    qtbot.waitUntil(lambda: "voorbereiding" in window.pages)  # the page is built once the window painted
    assert window.pages["voorbereiding"].place.text() == "Nieuw-Buinen"
    window.close()
    assert library_window.isVisible()
    assert places(library_window) == ["Nieuw-Buinen"]


def test_enter_opens_the_selected_session(qtbot, library, library_window):
    library.create("Eesveen")
    library_window.reload()
    library_window.table.setFocus()
    qtbot.keyClick(library_window.table, Qt.Key.Key_Return)
    window = library_window.session_window
    assert window is not None
    qtbot.addWidget(window)
    window.close()


def test_duplicate_then_delete_and_restore_from_trash(qtbot, library, library_window, monkeypatch):
    library.create("Eesveen")
    library_window.reload()
    library_window.file_actions["duplicate"].trigger()
    assert len(places(library_window)) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    library_window.delete_selected()
    assert len(places(library_window)) == 1
    assert len(library.trashed()) == 1
    library.restore(library.trashed()[0].path)
    library_window.reload()
    assert len(places(library_window)) == 2


def test_a_damaged_file_is_listed_with_its_problem_and_never_changed(qtbot, library, library_window, monkeypatch):
    bad = library.root / "kapot.kernkracht"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    library_window.reload()
    row = [library_window.model.info(r).path for r in range(library_window.model.rowCount())].index(bad)
    status = library_window.model.index(row, 4).data()
    assert status in ("Beschadigd", "Geen Kernkracht-bestand")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    assert not library_window.open_path(bad)
    assert shown and "kapot.kernkracht" in shown[0] and "niets aan veranderd" in shown[0]
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before


def test_a_session_open_elsewhere_is_refused_with_a_message(qtbot, library, library_window, monkeypatch):
    from facilitator.store.sessionfile import SessionFile

    path = library.create("Eesveen")
    other = SessionFile.open(path)  # another Kernkracht has it open
    try:
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
        assert not library_window.open_path(path)
        assert shown and "al geopend" in shown[0]
    finally:
        other.close()
