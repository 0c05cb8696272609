"""Merge copies of one session made on several laptops into a new session file.

Every record has a stable id and an ``updated`` time, so copies can be put together:

- the union of all records;
- a record changed in more than one copy keeps the newest version, and the merge
  reports it as a conflict (which record, which fields, which file won);
- a record deleted in one copy stays deleted, unless another copy changed it after
  the deletion (then the change wins and the report says so);
- consent and contact details merge by their own rule: a withdrawal or a removed e-mail
  or phone wins (see :mod:`.merge_consent`);
- pictures (blobs) are the union of all copies.

There is no shared ancestor file, so "changed in a copy" is judged against the split
point: the newest change that all copies still share (the moment they were last the
same). A version older than that is the one every copy started from.

Inputs are read through read-only SQLite connections and never written.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..domain.records import KINDS
from . import errors
from .check import check_schema, connect_read_only
from .exchange import FORMAT, FORMAT_VERSION, validate
from .memory import no_full_collections
from .merge_checks import as_record, check_merged
from .merge_consent import withdrawal_wins
from .merge_labels import KIND_LABELS, field_label
from .newfile import free_in_pieces, write_new
from .progress import PICTURE_BYTES_PER_UNIT, advance, expect, size_of
from .schema import table_name
from .sessionfile import SessionFile, check_readable, checked, decoded, translate

#: fields that say when, not what: a difference there alone is no conflict
META_FIELDS = ("created", "updated")


@dataclasses.dataclass
class Snapshot:
    """One input file, read without changing it, in the JSON exchange shape."""

    path: Path
    data: dict[str, Any]
    #: when this file was last copied with "Kopie maken" (both files keep the time), or ""
    copied_at: str = ""
    #: picture id -> mime of the pictures left in the file (read with :func:`file_blobs` when needed)
    blob_refs: dict[str, str] = dataclasses.field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.path.name


@dataclasses.dataclass
class Conflict:
    kind: str
    id: str
    title: str
    fields: list[str]
    winner: str
    losers: list[str]
    #: "edited" (changed in several copies) or "revived" (deleted in one, changed later in another)
    reason: str = "edited"


@dataclasses.dataclass
class MergeReport:
    sources: list[str]
    records: int = 0
    conflicts: list[Conflict] = dataclasses.field(default_factory=list)
    deleted: int = 0
    blobs: int = 0
    output: Path | None = None

    def lines(self) -> list[str]:
        """The report in plain Dutch, one line per fact (for the command line and the app)."""
        out = [
            f"Samengevoegd: {', '.join(self.sources)}",
            f"{self.records} gegevens, {self.deleted} verwijderd gebleven, {self.blobs} afbeeldingen.",
        ]
        if not self.conflicts:
            out.append("Geen conflicten: niets is op twee plaatsen verschillend aangepast.")
        else:
            out.append(f"{len(self.conflicts)} conflict(en); de nieuwste versie is bewaard:")
            for c in self.conflicts:
                kind = KIND_LABELS.get(c.kind, c.kind)
                what = f"{kind} ‘{c.title}’" if c.title else f"{kind} {c.id[:8]}"
                if c.reason == "revived":
                    out.append(
                        f"- {what}: verwijderd in {', '.join(c.losers)}, maar later aangepast in {c.winner}; "
                        "de aangepaste versie is bewaard."
                    )
                else:
                    fields = ", ".join(dict.fromkeys(field_label(f) for f in c.fields)) or "-"
                    out.append(
                        f"- {what}: velden {fields} verschillend aangepast; {c.winner} wint "
                        f"(ook aangepast in {', '.join(c.losers)})."
                    )
        if self.output is not None:
            out.append(f"Nieuw bestand: {self.output}")
        return out


class DifferentSessions(errors.StoreError):
    """The files are not copies of one meeting (different session ids)."""

    def message(self, language: str = "nl") -> str:
        if language == "en":
            return "These files are not copies of the same meeting, so they cannot be merged."
        return "Deze bestanden zijn geen kopieën van dezelfde bijeenkomst; samenvoegen kan daarom niet."


def read_snapshot(path: str | Path, with_blobs: bool = True, import_rules: bool = False) -> Snapshot:
    """Read a session file read-only into the exchange shape (records, tombstones, blobs).

    ``with_blobs=False`` leaves the pictures' bytes in the file: ``blob_refs`` names them and
    :func:`file_blobs` reads them one at a time (a merge or export then never holds them all).

    Every value is checked once: by the session file's own rules (:func:`.sessionfile.checked`),
    or with ``import_rules`` by the import's rules (:func:`.exchange.validate`: those and more,
    such as ids, times and dates), which a merge uses so that its result needs no second check
    of every value (:func:`merge_files`)."""
    path = Path(path)
    check_readable(path)
    conn = connect_read_only(path, budget=60.0)
    try:
        conn.row_factory = sqlite3.Row
        tables = check_schema(conn, path)
        info = {r["key"]: r["value"] for r in conn.execute("SELECT key, value FROM info")}
        records: dict[str, list[dict[str, Any]]] = {}
        for kind, cls in KINDS.items():
            if table_name(kind) not in tables:
                continue
            check = decoded if import_rules else checked
            rows = []
            for r in conn.execute(f"SELECT * FROM [{table_name(kind)}]"):
                rows.append(as_record(cls, check(cls, dict(r), path)))
                advance()  # one record read (and Annuleren heard)
            if rows:
                records[kind] = sorted(rows, key=lambda r: r["id"])
        tombstones = []
        if "tombstone" in tables:
            tombstones = [
                {"id": r["id"], "kind": r["kind"], "deleted": r["deleted"]}
                for r in conn.execute("SELECT id, kind, deleted FROM tombstone ORDER BY id")
                if r["kind"] in KINDS
            ]
        blobs = {}
        refs: dict[str, str] = {}
        if "blob" in tables and not with_blobs:
            refs = {r["id"]: r["mime"] for r in conn.execute("SELECT id, mime FROM blob ORDER BY id")}
        elif "blob" in tables:
            for r in conn.execute("SELECT id, mime, data FROM blob ORDER BY id"):
                data = r["data"]
                if not isinstance(data, bytes) or hashlib.sha256(data).hexdigest() != r["id"]:
                    continue  # a damaged picture is left out (it would fail the merge's own check)
                blobs[r["id"]] = {"mime": r["mime"], "data": base64.b64encode(data).decode("ascii")}
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    finally:
        conn.close()
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "session_id": info.get("session_id", ""),
        "records": records,
        "tombstones": tombstones,
        "blobs": blobs,
    }
    if import_rules:
        validate(data, path)
    return Snapshot(path, data, info.get("copied_at", "") or "", refs)


def file_blobs(refs: dict[str, Path]) -> Iterator[tuple[str, str, bytes]]:
    """The pictures ``refs`` (id -> file) names, sorted by id, one at a time, each read
    read-only from its file; a damaged one (bytes not matching the id) is left out."""
    conns: dict[Path, sqlite3.Connection] = {}
    try:
        for blob_id in sorted(refs):
            path = refs[blob_id]
            if path not in conns:
                conns[path] = connect_read_only(path, budget=600.0)
            try:
                row = conns[path].execute("SELECT mime, data FROM blob WHERE id = ?", (blob_id,)).fetchone()
            except sqlite3.Error as exc:
                raise translate(exc, path) from exc
            if row and isinstance(row[1], bytes) and hashlib.sha256(row[1]).hexdigest() == blob_id:
                yield blob_id, row[0], row[1]
                advance(len(row[1]) / PICTURE_BYTES_PER_UNIT)
    finally:
        for conn in conns.values():
            conn.close()


def _content(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in META_FIELDS}


def _title(row: dict[str, Any]) -> str:
    for key in ("title", "name", "what", "place", "text", "phrase_id", "role_id"):
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:60]
    return ""


def split_point(snapshots: list[Snapshot]) -> str:
    """The moment the copies were last the same.

    The newest change all copies share, or the time "Kopie maken" wrote into the files
    when that is later (the last edit before copying is then shared, but can no longer
    be recognised as shared once one copy changes that record).
    """
    versions: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for snap in snapshots:
        for kind, rows in snap.data["records"].items():
            for row in rows:
                versions.setdefault((kind, row["id"]), []).append(row)
    shared = ""
    for rows in versions.values():
        if len(rows) == len(snapshots) and all(r == rows[0] for r in rows[1:]):
            shared = max(shared, rows[0]["updated"])
    marks = [s.copied_at for s in snapshots if s.copied_at]
    _drop(versions)
    return max(shared, min(marks)) if marks else shared


def _drop(index: dict[Any, Any]) -> None:
    """Empty a big index key by key (see :func:`.newfile.free_in_pieces`: one ``clear`` of 40,000
    entries holds the interpreter lock, and so the window, in one go)."""
    for key in list(index):
        del index[key]


def merge_snapshots(snapshots: list[Snapshot], allow_foreign: bool = False) -> tuple[dict[str, Any], MergeReport]:
    """The merged exchange data and the report; nothing is written."""
    if len(snapshots) < 2:
        raise ValueError("merging needs at least two files")
    ids = {s.data["session_id"] for s in snapshots}
    if len(ids) > 1 and not allow_foreign:
        raise DifferentSessions(snapshots[1].path)
    report = MergeReport(sources=[s.label for s in snapshots])
    split = split_point(snapshots)

    # (kind, id) -> [(source index, row)]
    present: dict[tuple[str, str], list[tuple[int, dict[str, Any]]]] = {}
    for i, snap in enumerate(snapshots):
        for kind, rows in snap.data["records"].items():
            for row in rows:
                present.setdefault((kind, row["id"]), []).append((i, row))
    deleted: dict[str, tuple[str, str, list[int]]] = {}  # id -> (kind, newest deletion, sources)
    for i, snap in enumerate(snapshots):
        for t in snap.data["tombstones"]:
            kind, when, sources = deleted.get(t["id"], (t["kind"], "", []))
            deleted[t["id"]] = (kind, max(when, t["deleted"]), [*sources, i])

    merged: dict[str, list[dict[str, Any]]] = {}
    tombstones: list[dict[str, str]] = []
    for (kind, rid), versions in sorted(present.items()):
        advance(len(versions))  # each copy's version of the record weighed
        # newest wins; on equal times the later file on the command line wins
        win_index, winner = max(versions, key=lambda v: (v[1]["updated"], v[0]))
        if rid in deleted:
            _, when, sources = deleted[rid]
            if winner["updated"] <= when:
                continue  # deleted, and nobody changed it after the deletion
            report.conflicts.append(
                Conflict(
                    kind,
                    rid,
                    _title(winner),
                    [],
                    snapshots[win_index].label,
                    [snapshots[s].label for s in sorted(set(sources))],
                    "revived",
                )
            )
        else:
            # versions changed since the copies split; older ones are the shared starting point
            changed = [(i, row) for i, row in versions if row["updated"] > split]
            rivals = [(i, row) for i, row in changed if i != win_index and _content(row) != _content(winner)]
            if rivals:
                fields = sorted({k for _, row in rivals for k in _content(row) if row.get(k) != winner.get(k)})
                report.conflicts.append(
                    Conflict(
                        kind,
                        rid,
                        _title(winner),
                        fields,
                        snapshots[win_index].label,
                        sorted({snapshots[i].label for i, _ in rivals}),
                    )
                )
        merged.setdefault(kind, []).append(withdrawal_wins(kind, winner, versions, split, revived=rid in deleted))
    kept = {row["id"] for rows in merged.values() for row in rows}
    for rid, (kind, when, _sources) in sorted(deleted.items()):
        if rid not in kept:
            tombstones.append({"id": rid, "kind": kind, "deleted": when})
    _one_per_singleton(merged, tombstones, report, snapshots)

    blobs: dict[str, Any] = {}
    for snap in snapshots:
        for blob_id, blob in snap.data["blobs"].items():
            blobs.setdefault(blob_id, blob)
    _drop(present)
    report.records = sum(len(rows) for rows in merged.values())
    report.deleted = len(tombstones)
    report.blobs = len(blobs.keys() | {i for s in snapshots for i in s.blob_refs})
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "session_id": snapshots[0].data["session_id"],
        "records": {k: sorted(v, key=lambda r: r["id"]) for k, v in sorted(merged.items())},
        "tombstones": sorted(tombstones, key=lambda t: t["id"]),
        "blobs": blobs,
    }
    return data, report


def _one_per_singleton(
    merged: dict[str, list[dict[str, Any]]],
    tombstones: list[dict[str, str]],
    report: MergeReport,
    snapshots: list[Snapshot],
) -> None:
    """A kind with one row per session (the meeting) keeps only its newest row."""
    for kind, rows in merged.items():
        if not KINDS[kind].SINGLETON or len(rows) < 2:
            continue
        rows.sort(key=lambda r: r["updated"])
        keep = rows[-1]
        for row in rows[:-1]:
            tombstones.append({"id": row["id"], "kind": kind, "deleted": keep["updated"]})
        report.conflicts.append(
            Conflict(kind, keep["id"], _title(keep), [], "de nieuwste versie", [s.label for s in snapshots])
        )
        merged[kind] = [keep]


def blob_files(snapshots: list[Snapshot]) -> dict[str, Path]:
    """Picture id -> the first file (in merge order) that has it."""
    found: dict[str, Path] = {}
    for snap in snapshots:
        for blob_id in snap.blob_refs:
            found.setdefault(blob_id, snap.path)
    return found


def merge_files(paths: list[str | Path], dest: str | Path, allow_foreign: bool = False) -> MergeReport:
    """Merge session files into a NEW file ``dest`` (refused when it exists); inputs stay as they are."""
    dest = Path(dest)
    sources = [Path(p) for p in paths]
    if any(dest.resolve() == p.resolve() for p in sources if p.exists()):
        raise errors.FileExists_(dest)
    if dest.exists():
        raise errors.FileExists_(dest)
    sizes = [size_of(p) for p in sources]
    records = sum(n for n, _ in sizes)
    # read every copy, weigh each record's versions, write the result (about one copy)
    expect(records + records + max((n for n, _ in sizes), default=0) + max((b for _, b in sizes), default=0))
    with no_full_collections():
        snapshots = [read_snapshot(p, with_blobs=False, import_rules=True) for p in sources]
        data, report = merge_snapshots(snapshots, allow_foreign=allow_foreign)
        check_merged(data, dest)
        write_new(data, dest, SessionFile, blobs=file_blobs(blob_files(snapshots)))
        for snap in snapshots:
            free_in_pieces(snap.data["records"])
        free_in_pieces(data["records"])
    report.output = dest
    return report
