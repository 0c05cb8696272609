"""Privacy that holds: a withdrawal survives a merge, leaves no trace in backups, and import enforces consent."""

from __future__ import annotations

from pathlib import Path

from facilitator.domain import preparation as prep
from facilitator.store.library import Library
from facilitator.store.merge import merge_files
from facilitator.store.readonly import read_only_session
from facilitator.store.sessionfile import open_session


def participant(path: Path, name: str) -> prep.Participant:
    return next(p for p in read_only_session(path).all(prep.Participant) if p.name == name)


def test_a_merge_never_brings_back_a_withdrawn_consent_or_its_contact_details(library: Library, tmp_path: Path):
    path = library.create("Zandeweer")
    sf, s = open_session(path)
    p = prep.add_participant(s, "Ria Dijkstra")
    prep.edit_participant(s, p, consent=True, email="ria@voorbeeld.nl", phone="0612345678")
    sf.close()
    copy = library.duplicate(path)
    sf, s = open_session(path)  # laptop 1: Ria withdraws her consent
    prep.edit_participant(s, s.get(prep.Participant, p.id), consent=False, email="", phone="")
    sf.close()
    sf, s = open_session(copy)  # laptop 2, later: only her role is corrected
    prep.edit_participant(s, s.get(prep.Participant, p.id), role="raadslid")
    sf.close()
    report = merge_files([path, copy], tmp_path / "samen.kernkracht")
    merged = participant(report.output, "Ria Dijkstra")
    assert merged.role == "raadslid"  # the later edit is kept ...
    assert not merged.consent and merged.email == "" and merged.phone == ""  # ... the withdrawal wins


def test_withdrawn_contact_details_leave_the_backups_too(library: Library):
    path = library.create("Usquert")
    sf, s = open_session(path)
    try:
        p = prep.add_participant(s, "Jan Bakker")
        prep.edit_participant(s, p, consent=True, email="jan.bakker@voorbeeld.nl")
        library.backup(sf)
        prep.edit_participant(s, s.get(prep.Participant, p.id), consent=False, email="")
        library.backup(sf)
    finally:
        sf.close()
    assert b"jan.bakker@voorbeeld.nl" not in path.read_bytes()  # secure_delete: gone from the file itself
    backups = library.backups(path)
    assert len(backups) == 2
    for backup in backups:
        assert b"jan.bakker@voorbeeld.nl" not in backup.read_bytes()  # not even in a free page


def test_a_withdrawal_after_many_backups_reaches_every_one_of_them(library: Library):
    """Backups already cleared are remembered between backups (a backup at 20,000 cards no longer
    reads all nine older ones); a consent withdrawn later must still reach every one of them."""
    path = library.create("Usquert")
    sf, s = open_session(path)
    try:
        people = []
        for n in range(3):
            p = prep.add_participant(s, f"Persoon {n}")
            prep.edit_participant(s, p, consent=True, email=f"persoon{n}@voorbeeld.nl")
            people.append(p)
        for _ in range(4):
            prep.edit_meeting(s, notes="nog een versie")
            library.backup(sf)  # nothing withdrawn yet: the backups keep the addresses
        assert all(b"persoon1@voorbeeld.nl" in b.read_bytes() for b in library.backups(path))
        prep.edit_participant(s, s.get(prep.Participant, people[1].id), consent=False, email="")
        library.backup(sf)
        prep.edit_participant(s, s.get(prep.Participant, people[2].id), consent=False, email="")
        library.backup(sf)
    finally:
        sf.close()
    backups = library.backups(path)
    assert len(backups) == 6
    for backup in backups:
        data = backup.read_bytes()
        assert b"persoon1@voorbeeld.nl" not in data and b"persoon2@voorbeeld.nl" not in data
        assert b"persoon0@voorbeeld.nl" in data  # who kept consent keeps the address
