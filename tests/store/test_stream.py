"""Exports and imports stream their pictures: the same bytes as before, any size the app writes."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest

from facilitator.domain import krachtenkaart as kk
from facilitator.store import errors, exchange, stream
from facilitator.store.library import Library
from facilitator.store.merge import merge_files
from facilitator.store.sessionfile import open_session


def photo(n: int, size: int = 50_000) -> bytes:
    return b"\xff\xd8" + hashlib.sha256(str(n).encode()).digest() * (size // 32)


def photo_meeting(library: Library, photos: int = 4, size: int = 50_000) -> Path:
    path = library.create("Fotodorp", notes="<b>&  مرحبا 🌻")
    sf, session = open_session(path)
    try:
        kk.add_card(session, "Molen 🌻", "plekken")
        for n in range(photos):
            kk.add_photo(session, kk.cards(session)[0], photo(n, size), "image/jpeg")
    finally:
        sf.close()
    return path


def test_the_streamed_export_has_the_bytes_of_the_whole_document(library: Library, tmp_path: Path):
    path = photo_meeting(library)
    sf, _session = open_session(path)
    try:
        whole = exchange.dumps(exchange.export_data(sf))
        streamed = exchange.export_file(sf, tmp_path / "open.json").read_text(encoding="utf-8")
    finally:
        sf.close()
    read_only = library.export_json(path, tmp_path / "closed.json").read_text(encoding="utf-8")
    assert streamed == whole
    assert read_only == whole
    assert len(json.loads(whole)["blobs"]) == 4


def test_no_pictures_streams_as_an_empty_object():
    out = io.StringIO()
    data = {"format": "kernkracht-sessie", "records": {}, "tombstones": []}
    stream.dumps_streamed(out, data, [])
    assert out.getvalue() == exchange.dumps({**data, "blobs": {}})


def test_an_export_bigger_than_the_old_limit_imports_again(library: Library, tmp_path: Path, monkeypatch):
    """The old import refused anything over MAX_IMPORT_BYTES (512 MB), though the app wrote such
    exports; the limit is made small here instead of writing half a gigabyte."""
    monkeypatch.setattr(exchange, "MAX_IMPORT_BYTES", 100_000)
    path = photo_meeting(library, photos=6)
    out = library.export_json(path, tmp_path / "groot.json")
    assert out.stat().st_size > exchange.MAX_IMPORT_BYTES
    imported = library.import_json(out)
    sf, session = open_session(imported)
    try:
        assert sorted(sf.blob_ids()) == sorted(hashlib.sha256(photo(n)).hexdigest() for n in range(6))
        assert all(sf.get_blob(i) is not None for i in sf.blob_ids())
        assert [c.title for c in kk.cards(session)] == ["Molen 🌻"]
    finally:
        sf.close()
    assert library.export_json(imported, tmp_path / "weer.json").read_bytes() == out.read_bytes()


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d["blobs"].update({"0" * 64: next(iter(d["blobs"].values()))}),  # wrong hash
        lambda d: next(iter(d["blobs"].values())).update(data="!!geen base64!!"),
        lambda d: next(iter(d["blobs"].values())).update(mime="text/html"),
        lambda d: d["records"]["asset_card"][0].update(title=5),  # a bad record after the pictures
    ],
)
def test_a_bad_streamed_import_leaves_nothing(library: Library, tmp_path: Path, damage):
    path = photo_meeting(library, photos=2, size=2_000)
    data = json.loads(library.export_json(path, tmp_path / "e.json").read_text(encoding="utf-8"))
    damage(data)
    source = tmp_path / "kapot.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    before = sorted(p.name for p in library.root.iterdir())
    with pytest.raises(errors.ImportRejected):
        library.import_json(source)
    assert sorted(p.name for p in library.root.iterdir()) == before  # no half file, no .deel


def test_not_json_and_not_an_object_are_refused_in_dutch(library: Library, tmp_path: Path):
    for text in ("{kapot", "[1, 2]", ""):
        source = tmp_path / "x.json"
        source.write_text(text, encoding="utf-8")
        with pytest.raises(errors.ImportRejected) as info:
            library.import_json(source)
        assert "x.json" in info.value.message("nl")


def test_a_merge_takes_the_pictures_of_both_copies_from_their_files(library: Library, tmp_path: Path):
    path = photo_meeting(library, photos=2, size=2_000)
    copy = library.duplicate(path)
    sf, session = open_session(copy)
    try:
        extra = kk.add_photo(session, kk.cards(session)[0], photo(99, 2_000), "image/png")
    finally:
        sf.close()
    report = merge_files([path, copy], tmp_path / "samen.kernkracht")
    assert report.blobs == 3
    sf, _session = open_session(tmp_path / "samen.kernkracht")
    try:
        assert len(sf.blob_ids()) == 3 and sf.get_blob(extra) == photo(99, 2_000)
        assert sf.blob_mime(extra) == "image/png"
    finally:
        sf.close()
