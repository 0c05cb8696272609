"""Merging copies of a session from several laptops (no Qt)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.store import errors
from facilitator.store.merge import DifferentSessions, merge_files, read_snapshot
from facilitator.store.sessionfile import open_session

ROOT = Path(__file__).resolve().parents[2]


def edit(path: Path, fn) -> None:  # type: ignore[no-untyped-def]
    sf, session = open_session(path)
    try:
        fn(session)
    finally:
        sf.close()


def load(path: Path):  # type: ignore[no-untyped-def]
    sf, session = open_session(path)
    sf.close()
    return session


@pytest.fixture
def base(library) -> Path:  # type: ignore[no-untyped-def]
    path = library.create("Ulrum")

    def fill(s):  # type: ignore[no-untyped-def]
        prep.add_participant(s, "Jan Bakker")
        prep.add_participant(s, "Ria Dijkstra")
        prep.add_agenda_block(s, "Welkom", 10)
        kk.add_card(s, "Dorpshuis", "plekken", description="Zaal voor 80 mensen")
        kk.add_card(s, "Koor", "verenigingen")

    edit(path, fill)
    return path


def card(s, title):  # type: ignore[no-untyped-def]
    return next(c for c in kk.cards(s) if c.title == title)


def test_same_record_edited_on_two_laptops_keeps_newest_and_reports_conflict(library, base):  # type: ignore[no-untyped-def]
    copy = library.duplicate(base)
    edit(base, lambda s: kk.edit_card(s, card(s, "Dorpshuis"), description="Zaal voor 100 mensen"))
    edit(copy, lambda s: kk.edit_card(s, card(s, "Dorpshuis"), description="Zaal met podium", hhh="hart"))
    before = (base.read_bytes(), copy.read_bytes())
    out = library.root / "samen.kernkracht"
    report = merge_files([base, copy], out)
    assert (base.read_bytes(), copy.read_bytes()) == before  # inputs untouched
    merged = load(out)
    assert card(merged, "Dorpshuis").description == "Zaal met podium"  # the copy was edited last
    assert len(report.conflicts) == 1
    c = report.conflicts[0]
    assert c.kind == "asset_card" and c.title == "Dorpshuis"
    assert c.fields == ["description", "hhh"]
    assert c.winner == copy.name and c.losers == [base.name]
    text = "\n".join(report.lines())
    assert "Dorpshuis" in text and copy.name in text and "beschrijving" in text and "kaart ‘Dorpshuis’" in text


def test_edits_on_one_laptop_only_and_additions_are_no_conflict(library, base):  # type: ignore[no-untyped-def]
    copy = library.duplicate(base)
    edit(base, lambda s: kk.edit_card(s, card(s, "Koor"), description="Zingt elke dinsdag"))
    edit(copy, lambda s: kk.add_card(s, "Bakkerij", "economie"))
    edit(copy, lambda s: prep.edit_meeting(s, purpose="Samen plannen maken"))
    report = merge_files([base, copy], library.root / "samen.kernkracht")
    merged = load(library.root / "samen.kernkracht")
    assert report.conflicts == []
    assert {c.title for c in kk.cards(merged)} == {"Dorpshuis", "Koor", "Bakkerij"}
    assert card(merged, "Koor").description == "Zingt elke dinsdag"
    assert prep.meeting(merged).purpose == "Samen plannen maken"
    assert len(merged.all(prep.Meeting)) == 1


def test_deleted_stays_deleted_unless_edited_after_the_deletion(library, base):  # type: ignore[no-untyped-def]
    copy = library.duplicate(base)
    edit(base, lambda s: kk.remove_cards(s, card(s, "Koor")))
    edit(base, lambda s: kk.remove_cards(s, card(s, "Dorpshuis")))
    # the copy changes the Dorpshuis after it was deleted on the other laptop
    edit(copy, lambda s: kk.edit_card(s, card(s, "Dorpshuis"), title="Dorpshuis De Vaart"))
    report = merge_files([base, copy], library.root / "samen.kernkracht")
    merged = load(library.root / "samen.kernkracht")
    assert [c.title for c in kk.cards(merged)] == ["Dorpshuis De Vaart"]
    revived = [c for c in report.conflicts if c.reason == "revived"]
    assert len(revived) == 1 and revived[0].winner == copy.name
    # a third merge of the result with the old copy still knows Koor was deleted
    snap = read_snapshot(library.root / "samen.kernkracht")
    assert any(t["kind"] == "asset_card" for t in snap.data["tombstones"])


def test_blobs_are_unioned(library, base):  # type: ignore[no-untyped-def]
    copy = library.duplicate(base)
    png_a = b"\x89PNG\r\n\x1a\n" + b"a" * 20
    png_b = b"\x89PNG\r\n\x1a\n" + b"b" * 20
    edit(base, lambda s: kk.add_photo(s, card(s, "Koor"), png_a, "image/png"))
    edit(copy, lambda s: kk.add_photo(s, card(s, "Dorpshuis"), png_b, "image/png"))
    report = merge_files([base, copy], library.root / "samen.kernkracht")
    sf, merged = open_session(library.root / "samen.kernkracht")
    try:
        ids = set(card(merged, "Koor").photos) | set(card(merged, "Dorpshuis").photos)
        assert len(ids) == 2 and all(sf.get_blob(i) in (png_a, png_b) for i in ids)
    finally:
        sf.close()
    assert report.blobs == 2


def test_refuses_existing_output_foreign_files_and_damaged_input(library, base, tmp_path):  # type: ignore[no-untyped-def]
    copy = library.duplicate(base)
    with pytest.raises(errors.FileExists_):
        merge_files([base, copy], copy)
    other = library.create("Ergens anders")
    with pytest.raises(DifferentSessions) as info:
        merge_files([base, other], tmp_path / "x.kernkracht")
    assert "geen kopieën" in info.value.message("nl")
    assert not (tmp_path / "x.kernkracht").exists()
    bad = tmp_path / "kapot.kernkracht"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(errors.StoreError):
        merge_files([base, bad], tmp_path / "y.kernkracht")
    assert not (tmp_path / "y.kernkracht").exists()


def test_open_input_is_reported_not_damaged(library, base, tmp_path):  # type: ignore[no-untyped-def]
    copy = library.duplicate(base)
    sf, _ = open_session(copy)  # open in the app on this laptop: exclusively locked
    try:
        with pytest.raises(errors.StoreError):
            merge_files([base, copy], tmp_path / "z.kernkracht")
    finally:
        sf.close()


def test_command_line_merge_prints_the_conflict_report(library, base):  # type: ignore[no-untyped-def]
    copy = library.duplicate(base)
    edit(base, lambda s: kk.edit_card(s, card(s, "Koor"), title="Gemengd koor"))
    edit(copy, lambda s: kk.edit_card(s, card(s, "Koor"), title="Kinderkoor"))
    out = library.root / "avond-samen"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "merge",
            str(base),
            copy.name,
            "-o",
            str(out),
            "--library",
            str(library.root),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Kinderkoor" in result.stdout and "1 conflict" in result.stdout
    assert (library.root / "avond-samen.kernkracht").is_file()
    again = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "merge", str(base), "-o", str(out), "--library", str(library.root)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.returncode == 2 and "minstens twee" in again.stderr


def test_different_meetings_only_on_request_and_then_one_meeting(library, base, tmp_path):  # type: ignore[no-untyped-def]
    other = library.create("Eenrum")
    edit(other, lambda s: kk.add_card(s, "Molen", "plekken"))
    report = merge_files([base, other], tmp_path / "beide.kernkracht", allow_foreign=True)
    merged = load(tmp_path / "beide.kernkracht")
    assert len(merged.all(prep.Meeting)) == 1
    assert prep.meeting(merged).place == "Eenrum"  # the newest meeting record
    assert {c.title for c in kk.cards(merged)} == {"Dorpshuis", "Koor", "Molen"}
    assert any(c.kind == "meeting" for c in report.conflicts)


def test_three_laptops_with_odd_text(library, base, tmp_path):  # type: ignore[no-untyped-def]
    one = library.duplicate(base)
    two = library.duplicate(base)
    long_text = "🌻 <b>&amp;</b> " + "x" * 5000
    edit(base, lambda s: kk.edit_card(s, card(s, "Koor"), description="A"))
    edit(one, lambda s: kk.edit_card(s, card(s, "Koor"), description=long_text))
    edit(two, lambda s: kk.edit_card(s, card(s, "Koor"), description="C"))
    edit(two, lambda s: kk.add_card(s, "Molen 🌬", "plekken"))
    edit(one, lambda s: kk.remove_cards(s, card(s, "Dorpshuis")))
    report = merge_files([base, one, two], tmp_path / "drie.kernkracht")
    merged = load(tmp_path / "drie.kernkracht")
    assert card(merged, "Koor").description == "C"  # the last edit of the three
    assert {c.title for c in kk.cards(merged)} == {"Koor", "Molen 🌬"}
    (conflict,) = report.conflicts
    assert conflict.winner == two.name and conflict.losers == sorted([base.name, one.name])
