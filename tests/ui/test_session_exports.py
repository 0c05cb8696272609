"""The session window's own Exporteren and Anoniem exporteren run in a worker from a consistent
copy, stream the pictures, and write files that import back."""

from __future__ import annotations

import json
import threading

from PySide6.QtWidgets import QFileDialog

from facilitator.domain import krachtenkaart as kk
from facilitator.store import anonymise as anonymise_module
from facilitator.store import copy_export as copy_export_module
from facilitator.store.library import Library
from facilitator.store.sessionfile import open_session
from tests.meetings import with_bram_and_photos
from tests.ui.krachtenkaart_helpers import enter_card, open_board


def photo_meeting(library: Library, photos: int = 4):  # type: ignore[no-untyped-def]
    return with_bram_and_photos(library, "Fotodorp", photos, "Bram Hartman weet de sleutel")


def watch_thread(monkeypatch, module, name: str, seen: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    real = getattr(module, name)

    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen[name] = threading.current_thread().name
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapper)


def test_exporteren_runs_in_a_worker_and_the_file_imports_back(qtbot, library, open_window, monkeypatch, tmp_path):
    path = photo_meeting(library)
    window, page = open_board(open_window, path)
    page.board.entry.setFocus()
    enter_card(qtbot, page, "Net getypt")
    out = tmp_path / "export.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    seen: dict[str, str] = {}
    watch_thread(monkeypatch, copy_export_module, "export_from_copy", seen)
    window.export_action.trigger()
    assert seen == {"export_from_copy": "kernkracht-work"}
    assert window.isEnabled()
    assert "Geëxporteerd naar" in window.statusBar().currentMessage()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(c["title"] for c in data["records"]["asset_card"]) == ["Molen", "Net getypt"]
    assert len(data["blobs"]) == 5  # four photos and the map
    assert not [p for p in (library.backup_dir / path.stem).iterdir() if p.name.startswith(".")]
    window.close()
    imported = library.import_json(out)
    sf, session = open_session(imported)
    try:
        assert sorted(c.title for c in kk.cards(session)) == ["Molen", "Net getypt"]
        assert len(sf.blob_ids()) == 5
    finally:
        sf.close()


def test_anoniem_exporteren_streams_a_photo_meeting_that_imports_back(
    qtbot, library, open_window, monkeypatch, tmp_path
):
    path = photo_meeting(library, photos=6)
    window = open_window(path)
    out = tmp_path / "anoniem.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    seen: dict[str, str] = {}
    watch_thread(monkeypatch, anonymise_module, "export_anonymised", seen)
    window.export_anonymous_action.trigger()
    assert seen == {"export_anonymised": "kernkracht-work"}
    assert "Anoniem geëxporteerd naar" in window.statusBar().currentMessage()
    text = out.read_text(encoding="utf-8")
    assert "Hartman" not in text and "bram@voorbeeld.nl" not in text
    data = json.loads(text)
    (kept,) = data["blobs"]  # the map stays, the photos (faces) do not
    assert data["records"]["map_picture"][0]["blob_id"] == kept
    window.close()
    sf, session = open_session(library.import_json(out))
    try:
        assert [c.title for c in kk.cards(session)] == ["Molen"]
        assert sf.blob_ids() == [kept]
    finally:
        sf.close()


def test_an_export_that_cannot_be_written_says_so_and_leaves_nothing(
    qtbot, library, open_window, monkeypatch, tmp_path
):
    path = photo_meeting(library, photos=1)
    window = open_window(path)
    out = tmp_path / "bestaat-niet" / "export.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_action.trigger()
    assert window.context.last_error is not None
    assert window.isEnabled()
    assert not out.parent.exists()
    assert not [p for p in (library.backup_dir / path.stem).iterdir() if p.name.startswith(".")]
    window.close()
