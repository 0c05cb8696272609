"""A library shared between two laptops with Syncthing, for real (two instances on 127.0.0.1).

- a meeting made and edited on one side appears on the other;
- the app with that file open on the receiving side notices the newer copy Syncthing
  renamed over it, writes nothing to it, and keeps its own edits in a rescue file;
- edits on both sides while they cannot see each other give a Syncthing conflict
  copy, which the library lists as a conflict of that meeting (not as a meeting of
  its own) and merges on request.
Bounded in time; the processes are stopped at the end whatever happens. Skipped only
where the ``syncthing`` program is not installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from facilitator.domain import krachtenkaart as kk
from facilitator.store.library import Library
from facilitator.store.readonly import read_only_session
from facilitator.store.sessionfile import open_session
from tests.store.syncthing_pair import available, pair, wait_for

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not available(), reason="Syncthing is not installed here (apt-get install syncthing)"),
]

SYNC = 90.0  # seconds one change may take to cross; a hang fails the test instead of blocking it


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cards(path: Path) -> set[str]:
    return {c.title for c in read_only_session(path).all(kk.AssetCard)}


def add_card(path: Path, title: str) -> None:
    sf, session = open_session(path)
    try:
        kk.add_card(session, title, "plekken")
    finally:
        sf.close()


def test_two_laptops_share_a_library_with_syncthing(tmp_path: Path):
    with pair(tmp_path) as (a, b):
        lib_a, lib_b = Library(a.folder), Library(b.folder)
        lib_a.ensure()  # writes .stignore: journals and backups stay on each laptop
        path_a = lib_a.create("Syncdorp")
        add_card(path_a, "Van laptop A")
        path_b = b.folder / path_a.name

        # 1. made on A, it appears on B
        wait_for(lambda: "Van laptop A" in cards(path_b), SYNC, "the meeting to reach laptop B")

        # 2. open on B while A edits: Syncthing renames A's newer copy over B's open file
        sf, session = open_session(path_b)
        told = []
        sf.on_divert = told.append
        try:
            kk.add_card(session, "Van laptop B, voor de wijziging", "plekken")
            wait_for(lambda: "Van laptop B, voor de wijziging" in cards(path_a), SYNC, "B's edit to reach A")
            add_card(path_a, "Tweede van A")
            wait_for(lambda: "Tweede van A" in cards(path_b), SYNC, "A's newer copy to arrive on B")
            arrived = digest(path_b)
            kk.add_card(session, "Van laptop B, na de wijziging", "plekken")  # the app on B edits on
            assert told, "the app on B did not notice the newer copy"
            assert digest(path_b) == arrived  # ... and wrote nothing into it
            rescue = sf.path
            assert rescue != path_b and "gered" in rescue.name
        finally:
            sf.close()
        assert "Van laptop B, na de wijziging" in cards(rescue)
        assert "Van laptop B, na de wijziging" not in cards(path_a)  # A's file was not overwritten

        # 3. both edit while they cannot see each other: Syncthing makes a conflict copy
        for p in (rescue, b.folder / rescue.name):
            p.unlink(missing_ok=True)
        a.stop()
        b.stop()
        add_card(path_a, "A zonder verbinding")
        add_card(path_b, "B zonder verbinding")
        a.start()  # each scans its own change at start, before the two meet again
        b.start()

        def conflict_listed() -> object:
            for lib in (lib_a, lib_b):
                infos = [i for i in lib.sessions() if i.place == "Syncdorp"]
                if len(infos) == 1 and infos[0].conflicts:
                    return lib, infos[0]
            return None

        lib, info = wait_for(conflict_listed, SYNC, "a Syncthing conflict copy listed with its meeting")  # type: ignore[misc]
        assert ".sync-conflict-" in info.conflicts[0].name
        report = lib.merge_conflicts(info)
        merged = cards(report.output)
        assert {"A zonder verbinding", "B zonder verbinding", "Tweede van A"} <= merged
    assert a.process is None and b.process is None  # both stopped
