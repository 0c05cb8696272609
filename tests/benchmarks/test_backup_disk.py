"""Disk cost of ten kept backups of a meeting with 200 photos, and the time of one backup.

Ours: ``Library.backup`` ten times, with an edit before each (as the timer does during an
evening); the disk use of the backup folder is summed. The baseline is what the earlier backups
cost: ten whole copies of the file (SQLite's online backup, as ``SessionFile.backup_to`` makes
one; one is made and measured, and the ten are identical in size). Time: one backup of ours
against one whole copy, in interleaved pairs, median.
Printed: ``BENCH backup_disk_10_kept_mb ours baseline ratio`` and ``BENCH backup_time_ms ...``.
"""

from __future__ import annotations

import os
import statistics
import time

import pytest

from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.store.library import KEEP_BACKUPS
from facilitator.store.sessionfile import open_session

PHOTOS = int(os.environ.get("KERNKRACHT_BACKUP_PHOTOS", "200"))
PHOTO_BYTES = 1_200_000
MB = 1024 * 1024

pytestmark = pytest.mark.benchmark


def test_ten_backups_of_a_photo_meeting_keep_the_photos_once(library, tmp_path, report):
    path = library.create("Fotodorp")
    sf, session = open_session(path)
    try:
        kk.add_card(session, "Molen", "plekken")
        card = kk.cards(session)[0]
        for _ in range(PHOTOS):
            kk.add_photo(session, card, b"\xff\xd8" + os.urandom(PHOTO_BYTES), "image/jpeg")
        ours_times, full_times = [], []
        for n in range(KEEP_BACKUPS):
            prep.edit_meeting(session, notes=f"versie {n}")
            full = tmp_path / f"heel-{n}.kernkracht"
            pair = [
                ("ours", lambda: library.backup(sf)),
                ("full", lambda full=full: sf.backup_to(full)),
            ]
            for name, work in pair if n % 2 == 0 else pair[::-1]:
                start = time.perf_counter()
                work()
                (ours_times if name == "ours" else full_times).append(time.perf_counter() - start)
            whole = full.stat().st_size
            full.unlink()
    finally:
        sf.close()
    kept = library.backups(path)
    assert len(kept) == KEEP_BACKUPS
    folder = kept[0].parent
    ours = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    print(
        f"\n{KEEP_BACKUPS} backups of a {path.stat().st_size / MB:.0f} MiB meeting with {PHOTOS} photos: "
        f"{ours / MB:.0f} MiB (whole copies: {KEEP_BACKUPS * whole / MB:.0f} MiB)"
    )
    report("backup_disk_10_kept_mb", ours / MB, KEEP_BACKUPS * whole / MB)
    report("backup_time_ms", statistics.median(ours_times) * 1000, statistics.median(full_times) * 1000)
    assert ours < 0.2 * KEEP_BACKUPS * whole  # the photos once, not ten times
