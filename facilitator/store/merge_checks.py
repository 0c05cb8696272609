"""What a merge checks beyond each copy's own values, and rows read the way the records give them.

:func:`.merge.read_snapshot` checks every value once, as the copies are read; a merged
record holds only such values (:func:`check_merged` says why that is enough), so the merged
data is not checked value by value a second time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..domain.records import Record, field_types
from . import errors
from .exchange import MAX_RECORDS


def as_record(cls: type[Record], data: dict[str, Any]) -> dict[str, Any]:
    """A decoded row as the record's ``to_dict`` gives it. Decoding made fresh values, so a
    row with every field is that already; only a row with an empty column is built as a
    record (the field gets the record's default)."""
    if len(data) == len(field_types(cls)):
        return data
    return cls.from_dict(data).to_dict()


def check_merged(data: dict[str, Any], dest: Path) -> None:
    """What the union of checked copies can still get wrong, refused as an import would be.

    Every value was checked once as the copies were read (``import_rules``), and a merged
    record holds only such values, or consent and contact details cleared by
    :func:`.merge_consent.withdrawal_wins` (a clearing never breaks the consent rule). What
    only the union can break: an id used by two kinds, and too many records."""
    seen: set[str] = set()
    total = 0
    for rows in data["records"].values():
        total += len(rows)
        for row in rows:
            if row["id"] in seen:
                raise errors.ImportRejected(dest, detail="een id komt twee keer voor")
            seen.add(row["id"])
    if total > MAX_RECORDS:
        raise errors.ImportRejected(dest, detail="het bevat te veel gegevens")
    if len(data["records"].get("meeting", [])) > 1:
        raise errors.ImportRejected(dest, detail="het bevat meer dan één bijeenkomst")
