"""The online backup (Library.backup_online): made from a copy taken in small steps through the
meeting's own connection while another thread goes on writing through it (as the window does)."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from facilitator.domain import krachtenkaart as kk
from facilitator.store.backups import BackupStopped, restore
from facilitator.store.library import Library
from facilitator.store.sessionfile import open_session
from tests.meetings import card_titles
from tests.store.test_backups import photo


def test_edits_written_during_the_copy_are_in_the_backup(library: Library, tmp_path, monkeypatch):
    path = library.create("Stapdorp")
    sf, session = open_session(path)
    try:
        kk.add_card(session, "Molen", "plekken")
        for n in range(3):  # a few MB: the copy takes many steps
            kk.add_photo(session, kk.cards(session)[0], photo(n), "image/png")
        steps: list[int] = []
        paused, go_on = threading.Event(), threading.Event()

        def stop() -> bool:
            steps.append(1)
            if len(steps) == 2:  # half-way through the copy: let the other thread edit
                paused.set()
                go_on.wait(10)
            return False

        done: list[object] = []
        worker = threading.Thread(target=lambda: done.append(library.backup_online(sf, stop=stop)))
        worker.start()
        assert paused.wait(10)
        for n in range(5):  # written through the same connection while the copy is under way
            kk.add_card(session, f"Tijdens {n}", "plekken")
        go_on.set()
        worker.join(30)
        assert not worker.is_alive()
    finally:
        sf.close()
    assert len(steps) > 10  # really in small steps
    newest = library.backups(path)[0]
    assert done == [newest]
    assert card_titles(newest) == sorted(["Molen", *(f"Tijdens {n}" for n in range(5))])
    assert not list(newest.parent.glob(".*"))  # the scratch copy is gone
    restored = restore(newest, tmp_path / "terug.kernkracht")
    assert len(restored["missing"]) == 0 and restored["pictures"] == 3


def test_a_stopped_backup_leaves_nothing_and_keeps_the_older_ones(library: Library):
    path = library.create("Stopdorp")
    sf, session = open_session(path)
    try:
        kk.add_card(session, "Molen", "plekken")
        for n in range(2):
            kk.add_photo(session, kk.cards(session)[0], photo(n), "image/png")
        first = library.backup(sf)
        with pytest.raises(BackupStopped):
            library.backup_online(sf, stop=lambda: True)
        kk.add_card(session, "Daarna", "plekken")  # the file is as usable as before
    finally:
        sf.close()
    assert library.backups(path) == [first]
    assert sorted(p.name for p in first.parent.iterdir() if p.is_file()) == [first.name]


def test_a_full_disk_during_the_copy_is_a_store_error_and_leaves_nothing(library: Library, monkeypatch):
    from facilitator.store import errors

    path = library.create("Voldorp")
    sf, session = open_session(path)
    try:
        kk.add_card(session, "Molen", "plekken")

        def full(*_args: object) -> bool:
            raise sqlite3.OperationalError("database or disk is full")

        with pytest.raises(errors.StoreError):
            library.backup_online(sf, stop=full)
    finally:
        sf.close()
    assert library.backups(path) == []
    assert not list((library.backup_dir / path.stem).glob(".*"))


def test_a_small_meeting_is_copied_in_memory_a_large_one_on_disk(library: Library, monkeypatch):
    from facilitator.store import backups

    path = library.create("Geheugendorp")
    sf, session = open_session(path)
    scratch: list[list[str]] = []
    folder = library.backup_dir / path.stem

    def look() -> bool:
        scratch.append([p.name for p in folder.iterdir() if p.name.startswith(".")])
        return False

    try:
        kk.add_card(session, "Molen", "plekken")
        library.backup_online(sf, stop=look)
        assert scratch and not any(scratch)  # nothing written beside the backups
        scratch.clear()
        monkeypatch.setattr(backups, "IN_MEMORY_BYTES", 0)
        library.backup_online(sf, stop=look)
        assert scratch and all(names and names[0].startswith(".momentopname") for names in scratch)
    finally:
        sf.close()
    assert len(library.backups(path)) == 2
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_a_file_with_larger_pages_is_copied_in_memory_too(library: Library):
    path = library.create("Bladdorp")
    sf, session = open_session(path)
    kk.add_card(session, "Molen", "plekken")
    sf.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA page_size = 8192")
    conn.execute("VACUUM")
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 8192
    conn.close()
    sf, session = open_session(path)
    try:
        newest = library.backup_online(sf)
    finally:
        sf.close()
    assert card_titles(newest) == ["Molen"]
