"""The JSON exchange format of a whole session (export and import).

Format ``kernkracht-sessie``, version 1::

    {
      "format": "kernkracht-sessie",
      "format_version": 1,
      "session_id": "<uuid of the meeting file>",
      "records": {"<kind>": [{"id": ..., "created": ..., "updated": ..., <fields>}, ...]},
      "tombstones": [{"id": ..., "kind": ..., "deleted": ...}],
      "blobs": {"<sha256>": {"mime": "image/png", "data": "<base64>"}}
    }

Records are sorted by id and keys are sorted, so export -> import -> export gives the
same bytes. Import validates everything (kinds, field types, sizes, picture hashes)
before it writes a single byte.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..domain import when
from ..domain.privacy import CONSENT
from ..domain.records import KINDS, field_types
from . import errors
from .newfile import FORMAT as FORMAT
from .newfile import FORMAT_VERSION as FORMAT_VERSION
from .newfile import UUID_RE as UUID_RE
from .newfile import write_new, written_whole
from .schema import MOVED_KINDS
from .sessionfile import SessionFile
from .values import problem

#: kind -> (consent field, contact fields kept only with that consent, ticks that need it too)
CONSENT_FIELDS = CONSENT

MAX_IMPORT_BYTES = 512 * 1024 * 1024
MAX_TEXT = 1_000_000
MAX_RECORDS = 200_000
BLOB_MIMES = {"image/png", "image/jpeg", "image/gif", "image/webp"}
TIME_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


def export_data(sf: SessionFile) -> dict[str, Any]:
    records: dict[str, list[dict[str, Any]]] = {}
    for r in sorted(sf.load(), key=lambda r: (r.KIND, r.id)):
        records.setdefault(r.KIND, []).append(r.to_dict())
    blobs = {}
    for blob_id in sf.blob_ids():
        data = sf.get_blob(blob_id)
        if data is None:
            continue  # damaged (its bytes no longer match their SHA-256): left out, not passed on
        blobs[blob_id] = {"mime": sf.blob_mime(blob_id), "data": base64.b64encode(data).decode("ascii")}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "session_id": sf.session_id,
        "records": records,
        "tombstones": sf.tombstones(),
        "blobs": blobs,
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def export_file(sf: SessionFile, dest: Path) -> Path:
    """Export the open file, one picture at a time (the same bytes as ``dumps(export_data(sf))``)."""
    from .stream import write_export

    records: dict[str, list[dict[str, Any]]] = {}
    for r in sorted(sf.load(), key=lambda r: (r.KIND, r.id)):
        records.setdefault(r.KIND, []).append(r.to_dict())
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "session_id": sf.session_id,
        "records": records,
        "tombstones": sf.tombstones(),
    }
    return write_export(dest, data, _file_blobs(sf))


def _file_blobs(sf: SessionFile) -> Iterator[tuple[str, str, bytes]]:
    for blob_id in sf.blob_ids():
        content = sf.get_blob(blob_id)
        if content is not None:  # damaged (its bytes no longer match their SHA-256): left out
            yield blob_id, sf.blob_mime(blob_id) or "", content


def import_file(source: Path, folder: Path, dest_for: Callable[[dict[str, Any]], Path]) -> Path:
    """A new session file from an export, read as a stream (one picture in memory at a time).

    Every picture is checked as it is read and written into a hidden temporary file; the
    records are checked when the whole file is read, before they are written. The file gets
    its name, ``dest_for(data)`` (in ``folder``), only when everything is in it; on any refusal nothing is left.
    """
    from .newfile import fill, finish, free_in_pieces, insert_blobs, part_name
    from .progress import expect
    from .stream import EXPORT_BYTES_PER_UNIT, read_export

    if not source.is_file():
        raise errors.MissingFile(source)
    # reading the file is the first half, writing its records the second (however many there are)
    half = source.stat().st_size / EXPORT_BYTES_PER_UNIT
    expect(2 * half)
    part = part_name(folder / "import")
    sf = SessionFile.create(part)
    try:
        with sf.transaction() as conn:
            data = read_export(source, lambda i, mime, content: insert_blobs(conn, [(i, mime, content)]))
            validate(data, source)
            conn.execute("UPDATE info SET value = ? WHERE key = 'session_id'", (data["session_id"],))
            count = sum(len(rows) for rows in data["records"].values())
            fill(conn, sf, data, weight=half / max(count, 1))
    except BaseException:
        sf.close()
        part.unlink(missing_ok=True)
        raise
    sf.close()
    done = finish(part, dest_for(data))
    free_in_pieces(data["records"])
    return done


def write_text(dest: Path, data: dict[str, Any]) -> Path:
    """Write export data as JSON, all or nothing (a temporary file renamed)."""
    text = dumps(data)
    with written_whole(dest) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return dest


def read_import(source: Path) -> dict[str, Any]:
    """Read and validate an export file; raises ImportRejected with the reason in Dutch."""
    try:
        size = source.stat().st_size
    except FileNotFoundError:
        raise errors.MissingFile(source) from None
    except OSError as exc:
        raise errors.ImportRejected(source, detail=str(exc)) from exc
    if size > MAX_IMPORT_BYTES:
        raise errors.ImportRejected(source, detail="het bestand is groter dan 512 MB")
    try:
        raw = source.read_bytes()
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise errors.ImportRejected(source, detail="het is geen tekstbestand (UTF-8)") from None
    except (json.JSONDecodeError, RecursionError):
        raise errors.ImportRejected(source, detail="het is geen geldig JSON-bestand") from None
    except OSError as exc:
        raise errors.ImportRejected(source, detail=str(exc)) from exc
    _move_old_kinds(data)
    validate(data, source)
    return data  # type: ignore[no-any-return]


def _move_old_kinds(data: Any) -> None:
    """An export from before two kinds became one (``schema.MOVED_KINDS``) reads as the new kind."""
    records = data.get("records") if isinstance(data, dict) else None
    if not isinstance(records, dict):
        return
    for old, new in MOVED_KINDS.items():
        rows = records.pop(old, None)
        if rows is None:
            continue
        if not isinstance(rows, list) or not isinstance(records.get(new, []), list):
            records[old] = rows  # left for validate to refuse
            continue
        records[new] = list(records.get(new, [])) + rows
    for t in data.get("tombstones", []) if isinstance(data.get("tombstones"), list) else []:
        if isinstance(t, dict) and t.get("kind") in MOVED_KINDS:
            t["kind"] = MOVED_KINDS[t["kind"]]


def validate(data: Any, source: Path) -> None:
    def reject(detail: str) -> errors.ImportRejected:
        return errors.ImportRejected(source, detail=detail)

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise reject("het is geen Kernkracht-export")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise reject("de formaatversie ontbreekt")
    if version > FORMAT_VERSION:
        raise reject(f"het komt uit een nieuwere Kernkracht (formaat {version}); werk Kernkracht bij")
    if not isinstance(data.get("session_id"), str) or not UUID_RE.match(data["session_id"]):
        raise reject("de sessie-id ontbreekt of is ongeldig")
    records = data.get("records")
    if not isinstance(records, dict):
        raise reject("de gegevens ontbreken")
    seen: set[str] = set()
    total = 0
    for kind, rows in records.items():
        if kind not in KINDS:
            raise reject(f"onbekend soort gegevens '{_short(kind)}'")
        if not isinstance(rows, list):
            raise reject(f"'{kind}' is geen lijst")
        types = field_types(KINDS[kind])
        total += len(rows)
        if total > MAX_RECORDS:
            raise reject("het bevat te veel gegevens")
        for row in rows:
            _check_row(row, kind, types, seen, reject)
    if len(records.get("meeting", [])) > 1:
        raise reject("het bevat meer dan één bijeenkomst")
    tombstones = data.get("tombstones", [])
    if not isinstance(tombstones, list):
        raise reject("de lijst met verwijderde gegevens is ongeldig")
    for t in tombstones:
        if (
            not isinstance(t, dict)
            or set(t) != {"id", "kind", "deleted"}
            or not all(isinstance(v, str) for v in t.values())
            or not UUID_RE.match(t["id"])
            or t["kind"] not in KINDS
        ):
            raise reject("de lijst met verwijderde gegevens is ongeldig")
    blobs = data.get("blobs", {})
    if not isinstance(blobs, dict):
        raise reject("de afbeeldingen zijn ongeldig")
    for blob_id, blob in blobs.items():
        if not isinstance(blob, dict) or blob.get("mime") not in BLOB_MIMES or not isinstance(blob.get("data"), str):
            raise reject("een afbeelding is ongeldig")
        try:
            content = base64.b64decode(blob["data"], validate=True)
        except (binascii.Error, ValueError):
            raise reject("een afbeelding is beschadigd") from None
        if hashlib.sha256(content).hexdigest() != blob_id:
            raise reject("een afbeelding is beschadigd (controlegetal klopt niet)")


def _check_row(row: Any, kind: str, types: dict[str, Any], seen: set[str], reject: Any) -> None:
    if not isinstance(row, dict):
        raise reject(f"een regel in '{kind}' is ongeldig")
    rid = row.get("id")
    if not isinstance(rid, str) or not UUID_RE.match(rid):
        raise reject(f"een regel in '{kind}' heeft geen geldige id")
    if rid in seen:
        raise reject("een id komt twee keer voor")
    seen.add(rid)
    for key in ("created", "updated"):
        if not isinstance(row.get(key), str) or not TIME_RE.match(row[key]):
            raise reject(f"een regel in '{kind}' heeft geen geldige tijd")
    for name, value in row.items():
        if name not in types:
            raise reject(f"onbekend veld '{_short(name)}' in '{kind}'")
        expected = types[name]
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            continue
        if expected is int and isinstance(value, bool):
            raise reject(f"veld '{name}' in '{kind}' heeft een verkeerd type")
        if not isinstance(value, expected):
            raise reject(f"veld '{name}' in '{kind}' heeft een verkeerd type")
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise reject(f"veld '{name}' in '{kind}' is te lang")
        if isinstance(value, (list, dict)) and len(json.dumps(value)) > MAX_TEXT:
            raise reject(f"veld '{name}' in '{kind}' is te groot")
    if kind == "action" and not when.check_stored(row.get("due", "")):
        raise reject(f"'wanneer' van een actie is geen bestaande datum ('{_short(row['due'])}')")
    wrong = problem(kind, row)  # nested types and ranges: hands {"1": "veel"}, minutes 10**30, ...
    if wrong:
        raise reject(wrong)
    if kind in CONSENT_FIELDS:
        consent, contact, ticks = CONSENT_FIELDS[kind]
        if not row.get(consent) and any(str(row.get(f) or "").strip() for f in contact):
            raise reject(f"een regel in '{kind}' heeft contactgegevens zonder toestemming")
        if not row.get(consent) and any(row.get(f) for f in ticks):
            raise reject(f"een regel in '{kind}' deelt contactgegevens met de groep zonder toestemming")


def _short(text: str) -> str:
    return text[:40]


def write_import(data: dict[str, Any], dest: Path) -> Path:
    """Make a new session file from validated export data (see :func:`.newfile.write_new`)."""
    return write_new(data, dest, SessionFile)
