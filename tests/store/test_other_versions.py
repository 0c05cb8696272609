"""A rescue file and a Syncthing conflict copy are other versions of their meeting.

The library lists them under their meeting (one row, "Conflict: n andere versie(s)"),
not as meetings of their own, and the merge it offers takes all of them. The rescue
file here is made the real way: the open file is replaced underneath and the next edit
goes to ``<name>-gered-<time>.kernkracht``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from facilitator.domain import preparation as prep
from facilitator.domain.preparation import Participant
from facilitator.store.library import Library
from facilitator.store.sessionfile import new_session, open_session


def test_a_rescue_file_and_a_conflict_copy_are_listed_with_their_meeting(tmp_path: Path):
    library = Library(tmp_path)
    library.ensure()
    path = tmp_path / "dorp.kernkracht"
    sf, session = new_session(path, place="Dorp", date="2026-03-10")
    prep.add_participant(session, "Anna")
    sf.close()
    other = library.duplicate(path)
    osf, other_session = open_session(other)
    prep.add_participant(other_session, "Bram van de andere laptop")
    osf.close()
    syncthing = tmp_path / "dorp.sync-conflict-20260310-201500-ABCDEFG.kernkracht"
    shutil.copyfile(path, syncthing)

    sf, session = open_session(path)
    shutil.copyfile(other, tmp_path / "nieuw.tmp")
    (tmp_path / "nieuw.tmp").replace(path)  # a newer copy renamed over the open file
    prep.add_participant(session, "Cor, hier getypt")  # goes to a rescue file
    assert sf.diverted is not None
    rescue = sf.path
    sf.close()
    assert rescue.name.startswith("dorp-gered-")
    other.unlink()

    listed = library.sessions()
    assert [i.path.name for i in listed] == ["dorp.kernkracht"]  # old code: three meetings of their own
    assert sorted(p.name for p in listed[0].conflicts) == sorted([rescue.name, syncthing.name])
    report = library.merge_conflicts(listed[0])
    merged = report.output
    assert merged is not None and merged.parent == tmp_path
    msf, merged_session = open_session(merged)
    try:
        names = {p.name for p in merged_session.all(Participant)}
    finally:
        msf.close()
    assert {"Anna", "Bram van de andere laptop", "Cor, hier getypt"} <= names


def test_a_rescue_of_a_rescue_belongs_to_the_first_meeting(tmp_path: Path):
    library = Library(tmp_path)
    for name in ["dorp", "dorp-gered-20260310-201500", "dorp-gered-20260310-201500-gered-20260310-203000"]:
        sf, _ = new_session(tmp_path / f"{name}.kernkracht", place="Dorp")
        sf.close()
    sf, _ = new_session(tmp_path / "gered-dorp.kernkracht", place="Gered")  # an ordinary name
    sf.close()
    listed = {i.path.name: sorted(p.name for p in i.conflicts) for i in library.sessions()}
    assert listed == {
        "dorp.kernkracht": [
            "dorp-gered-20260310-201500-gered-20260310-203000.kernkracht",
            "dorp-gered-20260310-201500.kernkracht",
        ],
        "gered-dorp.kernkracht": [],
    }
