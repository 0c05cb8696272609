"""Rolling backups keep each picture once, and a backup restores to a complete meeting."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.store.backups import PICTURES
from facilitator.store.library import KEEP_BACKUPS, Library
from facilitator.store.sessionfile import open_session


def photo(n: int, size: int = 1_000_000) -> bytes:
    """Distinct bytes that do not compress away (the file keeps them as they are)."""
    return b"\x89PNG" + hashlib.sha256(str(n).encode()).digest() * (size // 32)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def test_ten_backups_keep_each_picture_once_and_restore_whole(library: Library):
    path = library.create("Fotodorp")
    sf, session = open_session(path)
    try:
        card = kk.add_card(session, "Molen", "plekken")
        ids = [kk.add_photo(session, kk.cards(session)[0], photo(n), "image/png") for n in range(6)]
        for i in range(KEEP_BACKUPS + 2):
            prep.edit_meeting(session, notes=f"versie {i}")
            library.backup(sf)
        meeting_size = path.stat().st_size
    finally:
        sf.close()
    kept = library.backups(path)
    assert len(kept) == KEEP_BACKUPS
    folder = kept[0].parent
    pictures = sorted(p.name for p in (folder / PICTURES).iterdir())
    assert pictures == sorted(ids)  # each picture once, named by its SHA-256
    # ten full copies would be ten times the meeting; now the pictures once, plus the records ten times
    photos = sum(len(photo(n)) for n in range(6))
    assert folder_size(folder / PICTURES) == photos
    assert all(p.stat().st_size < meeting_size / 10 for p in kept), [p.stat().st_size for p in kept]
    assert folder_size(folder) < 2 * meeting_size

    restored = library.restore_backup(kept[-1])  # the oldest kept one
    assert restored.parent == library.root and restored != path
    sf, session = open_session(restored)
    try:
        assert prep.meeting(session).notes == "versie 2"
        assert [c.title for c in kk.cards(session)] == [card.title]
        for n, blob_id in enumerate(ids):
            assert sf.get_blob(blob_id) == photo(n)
    finally:
        sf.close()


def test_a_damaged_or_missing_picture_is_not_put_back_wrong(library: Library):
    path = library.create("Fotodorp")
    sf, session = open_session(path)
    try:
        kk.add_card(session, "Molen", "plekken")
        first = kk.add_photo(session, kk.cards(session)[0], photo(1, 4000), "image/png")
        second = kk.add_photo(session, kk.cards(session)[0], photo(2, 4000), "image/png")
        backup = library.backup(sf)
    finally:
        sf.close()
    pictures = backup.parent / PICTURES
    (pictures / first).write_bytes(b"kapot")
    (pictures / second).unlink()
    restored = library.restore_backup(backup)
    sf, _session = open_session(restored)
    try:
        assert sf.get_blob(first) is None and sf.get_blob(second) is None
    finally:
        sf.close()


def test_pictures_no_backup_needs_are_removed_with_the_old_backups(library: Library):
    path = library.create("Fotodorp")
    sf, session = open_session(path)
    try:
        card = kk.add_card(session, "Molen", "plekken")
        gone = kk.add_photo(session, card, photo(1, 4000), "image/png")
        library.backup(sf)
        sf.conn.execute("DELETE FROM blob WHERE id = ?", (gone,))  # as if the picture left the meeting
        for _ in range(KEEP_BACKUPS):
            library.backup(sf)
    finally:
        sf.close()
    assert not (library.backups(path)[0].parent / PICTURES / gone).exists()


def test_an_old_style_backup_with_pictures_inside_restores_as_it_is(library: Library):
    path = library.create("Fotodorp")
    sf, session = open_session(path)
    try:
        kk.add_card(session, "Molen", "plekken")
        blob_id = kk.add_photo(session, kk.cards(session)[0], photo(3, 4000), "image/png")
        old = library.backup_dir / path.stem / f"{path.stem}-20250101-000000-000000.kernkracht"
        sf.backup_to(old)  # the whole file, as backups were written before
    finally:
        sf.close()
    os.utime(old)
    restored = library.restore_backup(old)
    sf, _session = open_session(restored)
    try:
        assert sf.get_blob(blob_id) == photo(3, 4000)
    finally:
        sf.close()
