"""Export → import → export keeps the map picture, the pins and the photos byte for byte."""

from __future__ import annotations

from facilitator.domain import krachtenkaart as kk
from facilitator.paths import resources
from facilitator.store.exchange import export_file, read_import, write_import
from facilitator.store.sessionfile import open_session

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4 + b"\xff\xd9"


def test_map_picture_and_photo_round_trip_exactly(session_file, tmp_path):
    sf, s = session_file
    png = (resources() / "data" / "demo" / "ulrum-kaart.png").read_bytes()
    kk.set_map_picture(s, png, "image/png", 1600, 1100, "ulrum-kaart.png")
    card = kk.capture(s, "Bankje <b>&</b> 🌻", "plekken", "trots", photo=(JPEG, "image/jpeg"), pin=(0.25, 0.75))
    first = export_file(sf, tmp_path / "een.json")
    copy = write_import(read_import(first), tmp_path / "kopie.kernkracht")
    sf2, s2 = open_session(copy)
    try:
        pic = kk.map_picture(s2)
        assert pic is not None and s2.storage.get_blob(pic.blob_id) == png
        again = s2.get(kk.AssetCard, card.id)
        assert again is not None and again.pinned and (again.pin_x, again.pin_y) == (0.25, 0.75)
        assert s2.storage.get_blob(again.photos[0]) == JPEG
        second = export_file(sf2, tmp_path / "twee.json")
    finally:
        sf2.close()
    assert second.read_bytes() == first.read_bytes()
