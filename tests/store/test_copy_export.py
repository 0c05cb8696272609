"""Exports made from a consistent copy of the open file write the bytes the open file's own
export writes, and the streamed anonymised export the bytes of the one built in memory."""

from __future__ import annotations

from facilitator.store.anonymise import anonymise, export_anonymised
from facilitator.store.copy_export import export_from_copy
from facilitator.store.exchange import dumps, export_data, export_file
from facilitator.store.library import Library
from facilitator.store.sessionfile import open_session
from tests.meetings import with_bram_and_photos


def test_exports_from_a_copy_are_byte_for_byte_those_of_the_open_file(library: Library, tmp_path):
    path = with_bram_and_photos(library, "Kopiedorp", 3, "Bram Hartman 🌷 <b>&amp; مرحبا")
    sf, _session = open_session(path)
    try:
        plain = export_file(sf, tmp_path / "gewoon.json")
        copied = export_from_copy(sf, tmp_path / "kopie.json", tmp_path / "kladblok")
        assert copied.read_bytes() == plain.read_bytes()
        for hide in (False, True):
            streamed = export_anonymised(sf, tmp_path / f"anoniem-{hide}.json", hide, tmp_path / "kladblok")
            in_memory = dumps(anonymise(export_data(sf), hide))
            assert streamed.read_text(encoding="utf-8") == in_memory
    finally:
        sf.close()
    assert list((tmp_path / "kladblok").iterdir()) == []  # the scratch copies are gone


def test_the_export_written_record_by_record_is_the_one_json_writes_whole():
    import io

    from facilitator.store.stream import dumps_streamed

    data = {
        "format": "kernkracht-sessie",
        "records": {
            "asset_card": [
                {"id": "1", "title": "regel\nbreuk é 🌷 <b>&amp; مرحبا", "photos": [], "tags": [1, {"q": []}], "x": {}},
                {"id": "2", "note": None, "score": 1.5},
            ],
            "leeg": [],
        },
        "tombstones": [{"id": "z", "kind": "asset_card"}],
        "anoniem": True,
    }
    for pictures in ([], [("ab" * 32, "image/png", b"xyz")]):
        out = io.StringIO()
        dumps_streamed(out, data, pictures)
        blobs = {i: {"mime": m, "data": "eHl6"} for i, m, _ in pictures}
        assert out.getvalue() == dumps({**data, "blobs": blobs})
