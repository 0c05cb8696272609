"""The demo follow-up meeting (made from the first evening by the app's own code) and its
handout: what the room said of last year's cards, with the gone ones by name."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from facilitator.demo import DEMO_NEXT_FILE, write_demo
from facilitator.domain import actieplan, card_check, lineage, next_meeting
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.handouts.handout import write_handout
from facilitator.store import next_meeting as store
from facilitator.store.library import Library
from facilitator.store.sessionfile import open_session


def handout_text(session) -> str:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    write_handout(session, out)
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages)


def test_demo_library_holds_the_first_evening_and_a_follow_up_made_from_it(tmp_path: Path) -> None:
    first = write_demo(tmp_path, follow_up=True)
    infos = Library(tmp_path).sessions()
    assert [(i.path.name, i.date) for i in infos] == [
        (first.name, "2026-03-12"),
        (DEMO_NEXT_FILE, "2027-03-11"),
    ]
    sf, s = open_session(tmp_path / DEMO_NEXT_FILE)
    try:
        m = prep.meeting(s)
        assert (m.meeting_kind, m.demo) == ("voortgang", True)
        counts = card_check.answer_counts(s)
        assert (counts["klopt"], counts["gewijzigd"], counts["weg"]) == (9, 2, 2)
        statuses = sorted(a.status for a in actieplan.actions(s))
        assert statuses.count("klaar") == 2 and "bezig" in statuses and "gestopt" in statuses
        assert next_meeting.last_time(s) is not None
        text = handout_text(s)
        assert "Klopt dit nog? Kaarten van vorige keer" in text
        assert "Bakkerij Hoekstra" in text.split("Klopt dit nog?")[-1]
        changed = next(c for c in kk.cards(s) if c.confirm == "gewijzigd")
    finally:
        sf.close()
    meetings = store.place_meetings(Library(tmp_path), m.place)
    chain = lineage.chain(meetings, meetings[1].session_id, changed.id)
    assert [link.date for link in chain] == ["2026-03-12", "2027-03-11"]


def test_a_first_meeting_has_no_such_section(tmp_path: Path) -> None:
    sf, s = open_session(write_demo(tmp_path))
    try:
        assert "Klopt dit nog?" not in handout_text(s)
    finally:
        sf.close()
