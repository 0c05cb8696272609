"""The handout made in its own process (handouts/job.py) opens with "Toen en nu" too: the child
reads the earlier meetings of the place from the library itself, read-only."""

from __future__ import annotations

import hashlib
from pathlib import Path

from facilitator.domain import actieplan as ap
from facilitator.domain import preparation as prep
from facilitator.handouts import job
from facilitator.store.sessionfile import new_session
from tests.handouts import pdftext


def _meeting(path: Path, date: str, action: str) -> str:
    sf, session = new_session(path, place="Ulrum")
    prep.edit_meeting(session, place="Ulrum", date=date)
    ap.add_action(session, action)
    session_id = sf.session_id
    sf.close()
    return session_id


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_childs_handout_of_a_later_meeting_starts_with_then_and_now(tmp_path: Path):
    library = tmp_path / "bibliotheek"
    library.mkdir()
    old = library / "ulrum-2026.kernkracht"
    _meeting(old, "2026-03-12", "Bankjes plaatsen")
    before = _digest(old)
    new = library / "ulrum-2027.kernkracht"
    session_id = _meeting(new, "2027-03-10", "Wensbus opzetten")
    where = {"library": str(library), "session_id": session_id, "own_path": str(new)}

    with_review = tmp_path / "met.pdf"
    job.make("handout", new, with_review, {"review": where}, lambda *_: None)
    without = tmp_path / "zonder.pdf"
    job.make("handout", new, without, {}, lambda *_: None)

    assert "Toen en nu" in pdftext.text(with_review.read_bytes())
    assert "Toen en nu" not in pdftext.text(without.read_bytes())
    assert _digest(old) == before  # the earlier meeting is only read


def test_a_werkgroep_handout_or_a_missing_library_makes_the_handout_without_it(tmp_path: Path):
    path = tmp_path / "los.kernkracht"
    _meeting(path, "2027-03-10", "Wensbus opzetten")
    target = tmp_path / "los.pdf"
    gone = {"library": str(tmp_path / "weg"), "session_id": "", "own_path": str(path)}
    job.make("handout", path, target, {"review": gone}, lambda *_: None)
    assert "Toen en nu" not in pdftext.text(target.read_bytes())
