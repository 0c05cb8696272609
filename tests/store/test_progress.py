"""Export, anonymised export, import and merge say how far they are, and stop cleanly halfway.

No Qt: the store's loops report to a Progress (store/progress.py); the window only reads it.
Stopped halfway, an operation leaves no file and no temporary file behind, and the meeting it
read is as it was.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from facilitator.store.anonymise import export_file_anonymised
from facilitator.store.copy_export import export_closed_file
from facilitator.store.merge import merge_files
from facilitator.store.progress import Progress, Stopped, advance, expect, reporting
from tests.meetings import with_cards

CARDS = 1500


class Watching(Progress):
    """Notes every fraction it was at; asks to stop once ``stop_at`` of the work is done."""

    def __init__(self, stop_at: float | None = None) -> None:
        super().__init__()
        self.stop_at = stop_at
        self.seen: list[float] = []

    @property  # type: ignore[override]
    def stop_asked(self) -> bool:
        fraction = self.fraction()
        if fraction is not None:
            self.seen.append(fraction)
        return self.stop_at is not None and fraction is not None and fraction >= self.stop_at

    @stop_asked.setter
    def stop_asked(self, value: bool) -> None:
        pass  # Annuleren is played by stop_at here


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.rglob("*") if p.is_file()}


def operations(library, tmp_path):  # type: ignore[no-untyped-def]
    source = with_cards(library, "Ulrum", CARDS, description=100, photos=3)
    copy = library.duplicate(source)
    export = tmp_path / "uit" / "ulrum.json"
    export.parent.mkdir()
    export_closed_file(source, tmp_path / "bron.json")  # what the import reads
    return source, {
        "export": lambda: export_closed_file(source, export),
        "anonymous": lambda: export_file_anonymised(source, export),
        "import": lambda: library.import_json(tmp_path / "bron.json"),
        "merge": lambda: merge_files([source, copy], library.root / "samen.kernkracht"),
    }


@pytest.mark.parametrize("name", ["export", "anonymous", "import", "merge"])
def test_the_work_is_told_evenly_from_nothing_to_all_of_it(name, library, tmp_path):  # type: ignore[no-untyped-def]
    _source, ops = operations(library, tmp_path)
    progress = Watching()
    with reporting(progress):
        ops[name]()
    assert progress.total > CARDS  # said before it started
    assert progress.seen == sorted(progress.seen)  # never back
    assert progress.seen[-1] == pytest.approx(1.0, abs=0.03)
    # evenly: no step of the bar is more than a quarter of the whole
    steps = [b - a for a, b in zip([0.0, *progress.seen], progress.seen, strict=False)]
    assert max(steps) < 0.25, max(steps)


@pytest.mark.parametrize("name", ["export", "anonymous", "import", "merge"])
@pytest.mark.parametrize("stop_at", [0.1, 0.6, 0.95])
def test_stopped_halfway_nothing_is_written_and_the_meeting_is_as_it_was(name, stop_at, library, tmp_path):  # type: ignore[no-untyped-def]
    source, ops = operations(library, tmp_path)
    before_library, before_out = files_in(library.root), files_in(tmp_path / "uit")
    before = digest(source)
    progress = Watching(stop_at=stop_at)
    with reporting(progress), pytest.raises(Stopped):
        ops[name]()
    assert files_in(library.root) == before_library  # no new meeting, no temporary file
    assert files_in(tmp_path / "uit") == before_out  # no export, no temporary file
    assert digest(source) == before


def test_without_anybody_watching_nothing_is_counted_and_nothing_stops():
    expect(10)
    advance(5)  # no Progress: nothing to tell, no Stopped
    progress = Progress()
    assert progress.fraction() is None
    with reporting(progress):
        expect(4)
        advance(1)
    assert progress.fraction() == 0.25
    advance(1)  # outside the block again: not counted
    assert progress.done == 1
