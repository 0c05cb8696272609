"""The Gemeente and Spiegel records on disk: export → import keeps them, the anonymised
export hides a person named as "who in the gemeente", removing a participant clears it."""

from __future__ import annotations

import json
from pathlib import Path

from facilitator.demo import write_demo
from facilitator.domain import gemeente, privacy, scoring, spiegel
from facilitator.domain import preparation as prep
from facilitator.store.anonymise import export_file_anonymised
from facilitator.store.exchange import export_file, read_import, write_import
from facilitator.store.sessionfile import open_session


def test_export_and_import_keep_the_homework_and_the_mirror(library, tmp_path: Path):  # type: ignore[no-untyped-def]
    demo = write_demo(library.root)
    sf, s = open_session(demo)
    try:
        before = (
            [(h.list_id, h.text, h.who, gemeente.link_title(s, h)) for h in gemeente.homework(s)],
            gemeente.mode_tally(s),
            [(r.trait.id, r.village, r.municipality) for r in spiegel.logic(s)],
            scoring.profile(s, "values", "jongeren"),
        )
        out = export_file(sf, tmp_path / "demo.json")
    finally:
        sf.close()
    copy = write_import(read_import(out), tmp_path / "kopie.kernkracht")
    sf2, again = open_session(copy)
    try:
        after = (
            [(h.list_id, h.text, h.who, gemeente.link_title(again, h)) for h in gemeente.homework(again)],
            gemeente.mode_tally(again),
            [(r.trait.id, r.village, r.municipality) for r in spiegel.logic(again)],
            scoring.profile(again, "values", "jongeren"),
        )
    finally:
        sf2.close()
    assert after == before and before[0]


def test_anonymised_export_hides_a_person_named_as_who(library, tmp_path: Path):  # type: ignore[no-untyped-def]
    demo = write_demo(library.root)
    sf, s = open_session(demo)
    try:
        gemeente.add_homework(s, "start", "Sander Mulder komt elke maand langs", who="Sander Mulder")
    finally:
        sf.close()
    out = export_file_anonymised(demo, tmp_path / "anoniem.json")
    rows = json.loads(out.read_text(encoding="utf-8"))["records"]["homework_item"]
    mine = next(r for r in rows if r["text"].endswith("komt elke maand langs"))
    assert mine["who"].startswith("Deelnemer ") and "Sander" not in mine["text"]


def test_removing_a_participant_clears_their_name_as_who():
    from facilitator.domain.session import Session

    s = Session()
    p = prep.Participant(name="Ria Dijkstra", role="raadslid")
    s.add(p, label="t")
    gemeente.add_homework(s, "start", "Raad meenemen", who="Ria Dijkstra")
    privacy.remove_participants(s, p)
    assert gemeente.homework(s)[0].who == ""
    s.undo()
    assert gemeente.homework(s)[0].who == "Ria Dijkstra"
