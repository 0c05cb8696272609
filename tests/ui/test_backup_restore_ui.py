"""Opening a backup from the file menu gives a new, complete meeting (pictures back), the backup unchanged."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import QFileDialog

from facilitator.domain import krachtenkaart as kk
from facilitator.store.backups import PICTURES
from facilitator.store.sessionfile import open_session


def test_a_backup_opened_from_the_menu_comes_back_whole(qtbot, library, library_window, monkeypatch):
    path = library.create("Fotodorp")
    sf, session = open_session(path)
    picture = b"\xff\xd8" + hashlib.sha256(b"molen").digest() * 2000
    try:
        kk.add_card(session, "Molen", "plekken")
        blob_id = kk.add_photo(session, kk.cards(session)[0], picture, "image/jpeg")
        backup = library.backup(sf)
    finally:
        sf.close()
    assert (backup.parent / PICTURES / blob_id).read_bytes() == picture
    sf, _ = open_session(backup)  # the backup alone holds no picture bytes
    try:
        assert sf.get_blob(blob_id) is None
    finally:
        sf.close()
    before = backup.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))

    library_window.menuBar().setFocus()
    menu = next(a.menu() for a in library_window.menuBar().actions() if a.menu() and a.text() == "&Bestand")
    item = next(a for a in menu.actions() if a.text().startswith("Bestand &buiten"))
    item.trigger()

    window = library_window.session_window
    assert window is not None
    qtbot.addWidget(window)
    restored = window.context.file.path
    assert restored.parent == library.root and "reservekopie" in restored.name
    assert window.context.file.get_blob(blob_id) == picture  # the picture is back in the meeting
    assert [c.title for c in kk.cards(window.context.session)] == ["Molen"]
    window.close()
    assert backup.read_bytes() == before  # the backup itself was not opened for writing
