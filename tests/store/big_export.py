"""A meeting with many participants, exported to JSON, in a fresh library: what the killed
import and merge tests start from (an import of it takes long enough to be killed halfway)."""

from __future__ import annotations

from pathlib import Path

from facilitator.domain import preparation as prep
from facilitator.store.library import Library
from facilitator.store.sessionfile import new_session


def big_export(tmp_path: Path, participants: int) -> tuple[Path, Library, Path]:
    """(the meeting file, the library, its JSON export), all under ``tmp_path``."""
    source = tmp_path / "bron.kernkracht"
    sf, session = new_session(source, place="Groot")
    with session.batch("veel"):
        for i in range(participants):
            prep.add_participant(session, f"Deelnemer {i}")
    sf.close()
    library = Library(tmp_path / "bib")
    library.ensure()
    export = tmp_path / "groot.json"
    library.export_json(source, export)
    return source, library, export
