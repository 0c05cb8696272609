"""The ownership board survives the disk and the JSON exchange (export -> import -> same board)."""

from __future__ import annotations

from facilitator.domain import eigenaarschap as eig
from facilitator.store.exchange import dumps, export_data, export_file, read_import, write_import
from facilitator.store.sessionfile import open_session


def board(session) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [
        (a.id, a.title, a.current_type, a.wanted_type, a.change_needed, a.contributions, a.hands, a.position)
        for a in eig.activities(session)
    ]


def test_activities_round_trip_through_disk_and_json(session_file, tmp_path):
    sf, session = session_file
    a = eig.add_activity(session, "Dorpshuis <b>&</b> 🌻", 3)
    eig.move_to_type(session, a, 2)
    eig.set_wanted_type(session, a, 1)
    eig.edit_activity(session, a, change_needed="Gebouw naar de stichting")
    eig.set_contribution(session, a, "money", "Gemeente: dak")
    eig.set_hands(session, a, 1, 11)
    eig.set_hands(session, a, 2, 9)
    eig.add_from_starter(session, ["broodfonds", "wensbus"])
    expected = board(session)
    sf.close()

    sf2, reopened = open_session(sf.path)
    assert board(reopened) == expected
    dest = export_file(sf2, tmp_path / "ulrum.json")
    first = dumps(export_data(sf2))
    sf2.close()

    data = read_import(dest)
    assert len(data["records"]["activity"]) == 3
    copy = write_import(data, tmp_path / "kopie.kernkracht")
    sf3, imported = open_session(copy)
    try:
        assert board(imported) == expected
        assert [x.id for x in eig.shifts(imported)] == [a.id]
        assert dumps(export_data(sf3)) == first  # export -> import -> export: same bytes
    finally:
        sf3.close()
