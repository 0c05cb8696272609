"""A merge checks every value once, as the copies are read, and still refuses all it refused (no Qt).

The copies are read with the import's rules (:func:`facilitator.store.exchange.validate`), so a
bad value is refused even in a version that would lose; the merged result is only checked for
what a union of good copies can still break (:func:`facilitator.store.merge_checks.check_merged`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.store import errors
from facilitator.store import values as store_values
from facilitator.store.exchange import validate
from facilitator.store.merge import merge_files, merge_snapshots, read_snapshot
from tests.store.test_merge import edit


def raw(path: Path, sql: str, *args: object) -> None:
    """Change the file behind Kernkracht's back, as a damaged or crafted copy would be."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(sql, args)
    finally:
        conn.close()


@pytest.fixture
def copies(library) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    path = library.create("Ulrum")

    def fill(s):  # type: ignore[no-untyped-def]
        ria = prep.add_participant(s, "Ria Dijkstra")
        prep.edit_participant(s, ria, consent=True)
        prep.edit_participant(s, s.all(prep.Participant)[0], email="ria@example.nl")
        kk.add_card(s, "Dorpshuis", "plekken", description="Zaal voor 80 mensen")
        kk.add_card(s, "Koor", "verenigingen")

    edit(path, fill)
    copy = library.duplicate(path)
    edit(copy, lambda s: kk.edit_card(s, next(c for c in kk.cards(s) if c.title == "Koor"), title="Dorpskoor"))
    return path, copy


def test_a_bad_value_in_the_version_that_loses_is_still_refused(copies, tmp_path):  # type: ignore[no-untyped-def]
    path, copy = copies
    # the first file's Koor is older than the copy's Dorpskoor, so it would lose: damage it anyway
    raw(path, "UPDATE rec_asset_card SET dots = -5 WHERE title = 'Koor'")
    with pytest.raises(errors.StoreError) as info:
        merge_files([path, copy], tmp_path / "samen.kernkracht")
    assert "dots" in info.value.message("nl") and path.name in info.value.message("nl")
    assert not (tmp_path / "samen.kernkracht").exists()


def test_a_bad_date_in_a_losing_version_is_refused_by_the_import_rules(copies, tmp_path):  # type: ignore[no-untyped-def]
    path, copy = copies
    raw(path, "UPDATE rec_asset_card SET updated = '1999, gisteren' WHERE title = 'Koor'")
    with pytest.raises(errors.ImportRejected) as info:
        merge_files([path, copy], tmp_path / "samen.kernkracht")
    assert "tijd" in info.value.message("nl")


def test_an_id_used_by_two_kinds_in_two_copies_is_refused(copies, tmp_path):  # type: ignore[no-untyped-def]
    path, copy = copies
    card_id = sqlite3.connect(path).execute("SELECT id FROM rec_asset_card WHERE title = 'Dorpshuis'").fetchone()[0]
    # each file alone is fine; together they hold one id twice, once as a card and once as a participant
    raw(copy, "DELETE FROM rec_asset_card WHERE id = ?", card_id)
    raw(copy, "UPDATE rec_participant SET id = ?", card_id)
    for alone in (path, copy):
        validate(read_snapshot(alone).data, alone)
    with pytest.raises(errors.ImportRejected) as info:
        merge_files([path, copy], tmp_path / "samen.kernkracht")
    assert "twee keer" in info.value.message("nl")
    assert not (tmp_path / "samen.kernkracht").exists()


def test_the_merged_result_passes_every_import_check(copies):  # type: ignore[no-untyped-def]
    path, copy = copies
    edit(path, lambda s: prep.edit_participant(s, s.all(prep.Participant)[0], consent=False))
    snapshots = [read_snapshot(p, with_blobs=False, import_rules=True) for p in (path, copy)]
    data, report = merge_snapshots(snapshots)
    validate(data, path)  # what the merge no longer runs over every value: it would find nothing
    assert {r["title"] for r in data["records"]["asset_card"]} == {"Dorpshuis", "Dorpskoor"}
    person = data["records"]["participant"][0]
    assert person["consent"] is False and person["email"] == ""


def test_each_value_is_checked_once_per_copy(copies, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path, copy = copies
    cards = sum(len(read_snapshot(p).data["records"]["asset_card"]) for p in (path, copy))
    calls: list[str] = []
    real = store_values.problem

    def counted(kind, row):  # type: ignore[no-untyped-def]
        calls.append(kind)
        return real(kind, row)

    monkeypatch.setattr("facilitator.store.exchange.problem", counted)
    monkeypatch.setattr(store_values, "problem", counted)
    merge_files([path, copy], tmp_path / "samen.kernkracht")
    assert cards == 4
    assert calls.count("asset_card") == cards  # 2 cards in each copy: 4 checks, not 4 + the 2 merged


def test_full_collections_wait_until_the_merge_is_written(copies, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    import gc

    from facilitator.store import memory, merge

    path, copy = copies
    before = gc.get_threshold()
    seen: list[int] = []
    real = merge.write_new

    def write_new(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.get_threshold()[2])
        return real(*args, **kwargs)

    monkeypatch.setattr(merge, "write_new", write_new)
    merge_files([path, copy], tmp_path / "samen.kernkracht")
    assert seen == [memory.HELD_BACK]  # while the merge runs, full collections are held back
    assert gc.get_threshold() == before  # and afterwards all is as it was
    with pytest.raises(errors.FileExists_):
        merge_files([path, copy], tmp_path / "samen.kernkracht")
    assert gc.get_threshold() == before
