"""The anonymised export: a session's JSON without names and contact details (AVG).

The rule is the one the anonymous handout uses too (:mod:`facilitator.domain.anonymity`):

- participants become "Deelnemer 1", "Deelnemer 2" … (in agenda order); e-mail and
  phone are dropped;
- the facilitator becomes "Begeleider";
- person fields of other steps (who holds an asset, who leads an action, with whom)
  become the participant's pseudonym, or "Persoon 1" … for other people;
- every participant name (and its parts, such as a surname), e-mail address and phone
  number is replaced wherever it appears in free text; choice values are never touched;
- organisation names stay unless asked (``hide_organisations``: "ook organisaties weglaten");
- photos of asset cards are left out (faces are personal data); the map stays.

The result has the normal exchange format, so it can be imported for training.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..domain import anonymity
from .progress import advance
from .sessionfile import SessionFile

#: a picture's id (the SHA-256 of its bytes) wherever a record mentions it
PICTURE_ID = re.compile(r"[0-9a-f]{64}")
FACILITATOR = anonymity.LABELS["nl"]["facilitator"]
PARTICIPANT = anonymity.LABELS["nl"]["participant"]


def anonymise(data: dict[str, Any], hide_organisations: bool = False) -> dict[str, Any]:
    """An anonymised copy of export data (see the module docstring); the input is not changed."""
    # a copy of the structure, not of every value: each record is made anew below (the records
    # of 20,000 cards took 1.9 s to copy deeply), and nothing here changes a value in place
    data = {**data, "records": {kind: list(rows) for kind, rows in data.get("records", {}).items()}}
    records: dict[str, list[dict[str, Any]]] = data["records"]
    names = anonymity.for_records(records, hide_organisations=hide_organisations)
    for kind, rows in records.items():
        for start in range(0, len(rows), 500):
            rows[start : start + 500] = [names.record(kind, row) for row in rows[start : start + 500]]
            advance(min(500, len(rows) - start))
    participants = sorted(records.get("participant", []), key=lambda r: (r.get("position", 0.0), r["created"], r["id"]))
    for number, p in enumerate(participants, start=1):
        p["name"] = PARTICIPANT.format(number)
        p["consent"] = False
        if "share_contact" in p:
            p["share_contact"] = False
    for meeting in records.get("meeting", []):
        if meeting.get("facilitator"):
            meeting["facilitator"] = FACILITATOR
    for row in records.get("asset_card", []):
        if "contact_consent" in row:
            row["contact_consent"] = False
    for row in records.get("signup", []):
        if "consent" in row:
            row["consent"] = False
    for card in records.get("asset_card", []):
        card["photos"] = []
    data["blobs"] = _referenced_blobs(data)
    data["anoniem"] = True
    return data


def _referenced_blobs(data: dict[str, Any]) -> dict[str, Any]:
    """Only pictures some record still points at (the map, not the dropped photos).

    Looked for record by record: one text of all records is one long C call that holds the
    interpreter lock (it stalled the window while a worker exported 20,000 cards)."""
    blobs: dict[str, Any] = data.get("blobs", {})
    if not blobs:
        return {}
    found: set[str] = set()
    for rows in data.get("records", {}).values():
        for row in rows:
            found.update(PICTURE_ID.findall(json.dumps(row)))
    return {blob_id: blob for blob_id, blob in blobs.items() if blob_id in found}


def export_anonymised(
    sf: SessionFile, dest: Path, hide_organisations: bool = False, scratch: Path | None = None
) -> Path:
    """Write the anonymised export of an open session file (all or nothing), made from a
    consistent copy in ``scratch`` (default: beside the file), so a worker thread may run it."""
    from .backups import snapshot

    with snapshot(sf.conn, scratch or sf.path.parent) as (copy, _conn):
        assert copy is not None  # a copy on disk: the export reads it as a file
        return export_file_anonymised(copy, dest, hide_organisations=hide_organisations)


def export_file_anonymised(
    path: Path, dest: Path, backup_dir: Path | None = None, hide_organisations: bool = False
) -> Path:
    """The anonymised export of a session file that is not open (read only, never written).

    Streamed like the plain export: the records are anonymised in memory, the pictures that are
    kept (the map) are read and written one at a time, so a meeting full of photos fits."""
    from .merge import file_blobs, read_snapshot
    from .progress import expect, size_of
    from .stream import write_export

    records, _pictures = size_of(path)
    expect(3 * records)  # each record read, anonymised and written (the photos are left out)
    snap = read_snapshot(path, with_blobs=False)
    data = {**snap.data, "blobs": dict.fromkeys(snap.blob_refs)}  # ids only: which ones stay is decided by id
    out = anonymise(data, hide_organisations)
    kept = out.pop("blobs")
    return write_export(dest, out, file_blobs(dict.fromkeys(kept, path)))
