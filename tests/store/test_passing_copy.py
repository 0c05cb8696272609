"""The copy a child process makes its PDF from (``SessionFile.backup_to(..., passing=True)``), no Qt.

It is made in steps with a pause between, so the window's own statements get the connection
while a big meeting is copied, and it is still a whole, consistent copy of the file.
"""

from __future__ import annotations

import os
import sqlite3

from facilitator.domain import krachtenkaart as kk
from facilitator.store import sessionfile
from facilitator.store.sessionfile import open_session


def test_a_big_meeting_is_copied_in_steps_and_whole(library, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = library.create("Fotodorp")
    sf, session = open_session(path)
    pictures = [os.urandom(2_000_000) for _ in range(5)]  # 10 MB: more than two steps of 4 MB
    try:
        for n, data in enumerate(pictures):
            blob = sf.put_blob(data, "image/png")
            card = kk.add_card(session, f"Kaart {n}", "plekken")
            session.update(card, "foto", photos=[blob])
        pauses: list[int] = []
        real = sessionfile._let_others_in
        monkeypatch.setattr(sessionfile, "_let_others_in", lambda *a: (pauses.append(a[1]), real(*a)))
        copy = sf.backup_to(tmp_path / "kopie.kernkracht", passing=True)
        kk.add_card(session, "Na de kopie", "plekken")  # the open file goes on as before
    finally:
        sf.close()
    pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]
    assert len(pauses) >= pages // sessionfile.STEP_PAGES >= 2  # one pause after each step
    assert pauses[-1] == 0  # the last step copied what was left
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        titles = {r[0] for r in conn.execute("SELECT title FROM rec_asset_card")}
        blobs = {r[0] for r in conn.execute("SELECT data FROM blob")}
    finally:
        conn.close()
    assert titles == {f"Kaart {n}" for n in range(5)}  # as the file was when copied
    assert blobs == set(pictures)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopie.kernkracht"]  # no part or journal left


def test_a_backup_is_still_one_durable_copy(library, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = library.create("Dorp")
    sf, session = open_session(path)
    try:
        kk.add_card(session, "Kaart", "plekken")
        pauses: list[int] = []
        monkeypatch.setattr(sessionfile, "_let_others_in", lambda *a: pauses.append(1))
        copy = sf.backup_to(tmp_path / "reserve.kernkracht")
    finally:
        sf.close()
    assert pauses == []  # a backup is made in one go, with its flushes to disk
    conn = sqlite3.connect(copy)
    assert [r[0] for r in conn.execute("SELECT title FROM rec_asset_card")] == ["Kaart"]
    conn.close()
