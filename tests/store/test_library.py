"""The library folder: listing, searching, making, copying, trash, backups, import and export."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from facilitator.domain import preparation as prep
from facilitator.domain.preparation import Participant
from facilitator.store import errors
from facilitator.store.library import KEEP_BACKUPS, Library, fold, slug
from facilitator.store.sessionfile import SessionFile, open_session


def places(library: Library, query: str = "") -> list[str]:
    return [i.place for i in library.sessions(query)]


def ids(path: Path) -> set[str]:
    sf, session = open_session(path)
    try:
        return {r.id for r in session.records()} | {sf.session_id}
    finally:
        sf.close()


def test_empty_and_missing_library(tmp_path: Path):
    assert Library(tmp_path / "nergens").sessions() == []
    assert Library(tmp_path).sessions() == []


def test_list_newest_first_with_the_demo_on_top(library: Library):
    library.create("Eesveen", date="2025-03-01")
    library.create("Borger", date="2026-01-10")
    library.create("Demo", date="2020-01-01", demo=True)
    assert places(library) == ["Demo", "Borger", "Eesveen"]
    info = library.sessions()[0]
    assert info.demo and info.problem is None and info.title == "Demo"


def test_search_ignores_case_and_accents(library: Library):
    library.create("Café De Hoven", municipality="Súdwest-Fryslân")
    library.create("Eesveen")
    assert places(library, "cafe") == ["Café De Hoven"]
    assert places(library, "CAFÉ") == ["Café De Hoven"]
    assert places(library, "sudwest") == ["Café De Hoven"]
    assert places(library, "fryslan") == ["Café De Hoven"]
    assert set(places(library, "")) == {"Café De Hoven", "Eesveen"}
    assert places(library, "xyz") == []
    assert fold("Ĳsselmonde Ëé") == "ijsselmonde ee"


def test_new_file_names_are_safe_and_unique(library: Library):
    first = library.create("’s-Hertogenbosch / Noord?", date="2026-05-01")
    second = library.create("’s-Hertogenbosch / Noord?", date="2026-05-01")
    assert first.name == "s-hertogenbosch-noord-2026-05-01.kernkracht"
    assert second.name == "s-hertogenbosch-noord-2026-05-01-2.kernkracht"
    assert slug("🌻🌻") == "bijeenkomst"
    empty = library.create("")
    assert empty.name.startswith("bijeenkomst-")


def test_problems_are_listed_not_hidden(library: Library):
    library.create("Goed")
    (library.root / "kapot.kernkracht").write_bytes(b"\x00" * 300)
    (library.root / "tekst.kernkracht").write_text("dit is tekst\n" * 20)
    infos = {i.path.name: i for i in library.sessions()}
    assert infos["kapot.kernkracht"].problem is not None
    assert infos["tekst.kernkracht"].problem.code == "foreign"  # type: ignore[union-attr]
    assert [i.problem for i in infos.values() if i.place == "Goed"] == [None]


def test_duplicate_keeps_record_ids_and_content(library: Library):
    path = library.create("Eesveen")
    sf, session = open_session(path)
    prep.add_participant(session, "Anna")
    sf.close()
    copy = library.duplicate(path)
    assert copy != path and "kopie" in copy.name
    assert ids(copy) == ids(path)
    sf, session = open_session(copy)
    assert [p.name for p in session.all(Participant)] == ["Anna"]
    sf.close()


def test_trash_and_restore(library: Library):
    path = library.create("Eesveen")
    trashed = library.trash(path)
    assert not path.exists() and places(library) == []
    assert [i.path for i in library.trashed()] == [trashed]
    restored = library.restore(trashed)
    assert restored == path and places(library) == ["Eesveen"]
    assert library.trashed() == []


def test_trashed_names_are_not_reused_and_restore_never_overwrites(library: Library):
    first = library.trash(library.create("Ees", date="2026-01-01"))
    second = library.create("Ees", date="2026-01-01")
    assert second.name != first.name  # so restoring the first cannot collide with it
    (library.root / first.name).write_bytes(second.read_bytes())  # ...unless someone copies one in
    restored = library.restore(first)
    assert restored != library.root / first.name and restored.exists()
    assert (library.root / first.name).read_bytes() == second.read_bytes()


def test_a_damaged_file_can_go_to_the_trash_but_an_open_one_cannot(library: Library):
    bad = library.root / "kapot.kernkracht"
    bad.write_bytes(b"\x00" * 300)
    assert library.trash(bad).exists()
    path = library.create("Open")
    sf = SessionFile.open(path)
    try:
        with pytest.raises(errors.FileInUse):
            library.trash(path)
    finally:
        sf.close()
    assert path.exists()


def test_rolling_backups_keep_the_newest_ten(library: Library):
    path = library.create("Eesveen")
    sf, session = open_session(path)
    made = []
    try:
        for i in range(KEEP_BACKUPS + 3):
            prep.edit_meeting(session, notes=f"versie {i}")
            made.append(library.backup(sf))
    finally:
        sf.close()
    kept = library.backups(path)
    assert len(kept) == KEEP_BACKUPS
    assert set(kept) == set(made[-KEEP_BACKUPS:])  # the oldest three went
    newest = kept[0]
    sf, session = open_session(newest)  # a backup is a whole, openable session file
    try:
        assert prep.meeting(session).notes == f"versie {KEEP_BACKUPS + 2}"
        assert sf.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        sf.close()
    assert not Path(f"{newest}-wal").exists()


def test_export_then_import_makes_an_equal_new_file(library: Library, tmp_path: Path):
    path = library.create("Eesveen", date="2026-04-01")
    sf, session = open_session(path)
    prep.add_participant(session, "Anna")
    prep.add_agenda_block(session, "Welkom", 10)
    sf.close()
    out = library.export_json(path, tmp_path / "eesveen.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "kernkracht-sessie" and data["format_version"] == 1
    imported = library.import_json(out)
    assert imported != path and imported.parent == library.root
    assert ids(imported) == ids(path)
    again = library.export_json(imported, tmp_path / "again.json")
    assert again.read_bytes() == out.read_bytes()


def test_export_of_a_missing_session_is_a_store_error(library: Library, tmp_path: Path):
    with pytest.raises(errors.MissingFile):
        library.export_json(library.root / "weg.kernkracht", tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


def test_find_by_path_name_stem_or_place(library: Library):
    path = library.create("Nieuw-Büinen", date="2026-02-02")
    assert library.find(str(path)) == path
    assert library.find(path.name) == path
    assert library.find(path.stem) == path
    assert library.find("nieuw-buinen") == path
    with pytest.raises(errors.MissingFile):
        library.find("Atlantis")


def test_listing_reads_without_writing(library: Library):
    path = library.create("Eesveen")
    before = path.stat().st_mtime_ns, path.read_bytes()
    library.sessions()
    library.sessions("ees")
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_listing_remembers_unchanged_files_and_sees_changes(library: Library, monkeypatch: pytest.MonkeyPatch):
    import facilitator.store.library as library_module

    path = library.create("Eesveen")
    library.sessions()
    reads: list[Path] = []
    real = library_module.read_info
    monkeypatch.setattr(library_module, "read_info", lambda p: reads.append(p) or real(p))
    for query in ("e", "ee", "ees", ""):
        assert places(library, query) == ["Eesveen"]
    assert reads == []  # searching filters what was read before
    sf, session = open_session(path)
    prep.edit_meeting(session, place="Eesveen-Noord")
    assert library.sessions()[0].problem is not None  # open here: in use, not remembered
    sf.close()
    assert places(library) == ["Eesveen-Noord"]
    assert places(library) == ["Eesveen-Noord"]
    assert len(reads) == 2


def test_a_library_folder_that_cannot_be_made_is_a_store_error(tmp_path: Path):
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")
    library = Library(blocker / "sessies")  # a folder inside a file cannot exist
    assert library.sessions() == []
    with pytest.raises(errors.StoreError) as info:
        library.create("Eesveen")
    assert "sessies" in info.value.message("nl")


def test_a_truncated_file_is_listed_as_a_problem_and_refused_on_open(library: Library):
    path = library.create("Eesveen")
    sf, session = open_session(path)
    for _ in range(30):
        prep.add_participant(session, "x" * 3000)
    sf.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    info = next(i for i in library.sessions() if i.path == path)
    assert info.problem is not None and info.problem.code == "damaged"
    with pytest.raises(errors.DamagedFile):
        SessionFile.open(path)
