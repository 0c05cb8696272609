"""A read-only file (a CD, a protected stick, marked read-only) can still be exported and printed, unchanged."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from facilitator import cli
from facilitator.domain import preparation as prep
from facilitator.store import errors
from facilitator.store.anonymise import export_file_anonymised
from facilitator.store.exchange import dumps, export_data
from facilitator.store.library import Library
from facilitator.store.sessionfile import SessionFile, open_session


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def read_only_meeting(library: Library) -> Path:
    path = library.create("Onderdendam")
    sf, session = open_session(path)
    p = prep.add_participant(session, "Ria Dijkstra")
    prep.edit_participant(session, p, consent=True, email="ria@voorbeeld.nl")
    sf.close()
    path.chmod(0o444)
    return path


def test_a_read_only_file_exports_the_same_bytes_as_when_open(library, read_only_meeting, tmp_path):  # type: ignore[no-untyped-def]
    before = digest(read_only_meeting)
    with pytest.raises(errors.ReadOnlyFile):
        SessionFile.open(read_only_meeting)
    out = library.export_json(read_only_meeting, tmp_path / "uit.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["records"]["participant"][0]["name"] == "Ria Dijkstra"
    anon = export_file_anonymised(read_only_meeting, tmp_path / "anoniem.json")
    assert "Ria" not in anon.read_text(encoding="utf-8")
    assert digest(read_only_meeting) == before
    read_only_meeting.chmod(0o644)
    sf = SessionFile.open(read_only_meeting)
    try:
        assert dumps(export_data(sf)) == out.read_text(encoding="utf-8")  # one export, whichever way
    finally:
        sf.close()


def test_a_read_only_file_can_be_printed(library, read_only_meeting, tmp_path):  # type: ignore[no-untyped-def]
    before = digest(read_only_meeting)
    pdf = tmp_path / "handout.pdf"
    code = cli.main(["handout", str(read_only_meeting), "-o", str(pdf), "--library", str(library.root)])
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")
    assert digest(read_only_meeting) == before
