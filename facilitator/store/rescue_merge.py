"""Merging the file that changed underneath with the edits kept in its rescue file (see :mod:`.rescue`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .exchange import validate, write_import
from .merge import MergeReport, Snapshot, merge_snapshots, read_snapshot
from .rescue import rescue_data


def merge_with_original(sf: Any, dest: Path) -> MergeReport:
    """Merge the file that changed underneath with the edits made here (from memory: the
    rescue file is held open), into a NEW file ``dest``; returns the MergeReport."""

    if sf.diverted is None:
        raise ValueError("the file was not diverted")
    theirs = read_snapshot(sf.diverted.path or sf.path)
    ours = Snapshot(sf.path, rescue_data(sf))
    data, report = merge_snapshots([theirs, ours], allow_foreign=True)
    validate(data, dest)
    write_import(data, dest)
    report.output = dest
    return report
