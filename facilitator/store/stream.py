"""Exports and imports that hold one picture at a time, never the whole document.

An export with 400 MB of photos used to be built as one Python text (and read back the
same way), so memory peaked near a gigabyte and an export over 512 MB could not be imported.
Here the pictures stream: :func:`write_export` writes the records as one small JSON part and
each picture in turn (the bytes are exactly those of :func:`.exchange.dumps`), and
:func:`read_export` parses the file as a stream (ijson), handing each picture to a sink as
soon as it is read and checked, and returns the rest (records, tombstones) as plain data.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from . import errors
from .progress import advance

#: a picture's text in an export may be at most this long (a photo is at most 40 MB: 4/3 of that, plus room)
MAX_PICTURE_TEXT = 64 * 1024 * 1024
BLOB_MIMES = {"image/png", "image/jpeg", "image/gif", "image/webp"}

Blob = tuple[str, str, bytes]


def dumps_streamed(out: IO[str], data: dict[str, Any], blobs: Iterable[Blob]) -> None:
    """Write ``data`` (without "blobs") plus ``blobs`` (sorted by id) as :func:`.exchange.dumps` would.

    Written a record at a time: one ``json.dumps`` of the whole document (and the join of its
    pieces) is one long C call that holds the interpreter lock, which stalled the window 50–130 ms
    at 20,000 cards while a worker exported."""
    rest = {**data, "blobs": {}}
    out.write("{")
    for number, key in enumerate(sorted(rest)):
        out.write(("," if number else "") + "\n " + json.dumps(key, ensure_ascii=False) + ": ")
        if key == "blobs":
            _write_blobs(out, blobs)
        else:
            _write_value(out, rest[key], 1, 2, counted=key == "records")
    out.write("\n}\n")


def _write_value(out: IO[str], value: Any, level: int, depth: int, counted: bool = False) -> None:
    """``value`` as ``json.dumps(value, indent=1, sort_keys=True)`` at indent ``level`` would put it,
    its first ``depth`` levels of maps and lists item by item (every newline json writes is layout:
    a newline inside a text is written as ``\\n``). ``counted``: the records, each one told to
    :func:`.progress.advance` as it is written."""
    if depth > 0 and isinstance(value, (dict, list)) and value:
        items = (
            [(json.dumps(k, ensure_ascii=False) + ": ", value[k]) for k in sorted(value)]
            if isinstance(value, dict)
            else [("", v) for v in value]
        )
        out.write("{" if isinstance(value, dict) else "[")
        for number, (prefix, item) in enumerate(items):
            out.write(("," if number else "") + "\n" + " " * (level + 1) + prefix)
            _write_value(out, item, level + 1, depth - 1, counted)
            if counted and depth == 1:
                advance()  # one record written
        out.write("\n" + " " * level + ("}" if isinstance(value, dict) else "]"))
        return
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1)
    out.write(text.replace("\n", "\n" + " " * level) if level else text)


def _write_blobs(out: IO[str], blobs: Iterable[Blob]) -> None:
    out.write("{")
    first = True
    for blob_id, mime, content in blobs:
        out.write("\n" if first else ",\n")
        first = False
        out.write(f'  {json.dumps(blob_id)}: {{\n   "data": "')
        out.write(base64.b64encode(content).decode("ascii"))
        out.write(f'",\n   "mime": {json.dumps(mime, ensure_ascii=False)}\n  }}')
    out.write("}" if first else "\n }")


def write_export(dest: Path, data: dict[str, Any], blobs: Iterable[Blob]) -> Path:
    """Write an export all or nothing (a temporary file renamed), one picture at a time."""
    from .newfile import written_whole

    with written_whole(dest) as tmp:
        try:
            with open(tmp, "w", encoding="utf-8") as out:
                dumps_streamed(out, data, blobs)
        except OSError as exc:
            from .check import _os_error

            raise _os_error(exc, dest) from exc
    return dest


#: bytes of an export that cost about one record's work to read
EXPORT_BYTES_PER_UNIT = 400


class _Told:
    """A file that tells :func:`.progress.advance` how much of it was read (the parser reads it in blocks)."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh

    def read(self, size: int = -1) -> bytes:
        data = self.fh.read(size)
        advance(len(data) / EXPORT_BYTES_PER_UNIT)
        return data


def read_export(source: Path, sink: Callable[[str, str, bytes], None]) -> dict[str, Any]:
    """Parse an export as a stream: each picture, checked, goes to ``sink(id, mime, bytes)``;
    returns the other parts (with an empty "blobs"). Raises ImportRejected in Dutch."""
    import ijson

    def reject(detail: str) -> errors.ImportRejected:
        return errors.ImportRejected(source, detail=detail)

    try:
        with open(source, "rb") as fh:
            return _parse(ijson.basic_parse(_Told(fh), use_float=True), sink, reject)
    except FileNotFoundError:
        raise errors.MissingFile(source) from None
    except UnicodeDecodeError:
        raise reject("het is geen tekstbestand (UTF-8)") from None
    except ijson.JSONError:
        raise reject("het is geen geldig JSON-bestand") from None
    except OSError as exc:
        raise reject(str(exc)) from exc


def _parse(events: Any, sink: Callable[[str, str, bytes], None], reject: Callable[[str], Exception]) -> dict[str, Any]:
    import ijson

    top: dict[str, Any] = {}
    event, _value = next(events, (None, None))
    if event != "start_map":
        raise reject("het is geen Kernkracht-export")
    for event, value in events:
        if event == "end_map":
            break
        key = value  # a map_key at the top
        if key == "blobs":
            _blobs(events, sink, reject)
            top["blobs"] = {}
            continue
        builder = ijson.ObjectBuilder()
        depth = 0
        for event, value in events:
            builder.event(event, value)
            if event in ("start_map", "start_array"):
                depth += 1
            elif event in ("end_map", "end_array"):
                depth -= 1
            if depth == 0:
                break
        top[key] = builder.value
    return top


def _blobs(events: Any, sink: Callable[[str, str, bytes], None], reject: Callable[[str], Exception]) -> None:
    event, _value = next(events)
    if event != "start_map":
        raise reject("de afbeeldingen zijn ongeldig")
    for event, value in events:
        if event == "end_map":
            return
        blob_id = value
        event, _ = next(events)
        if event != "start_map":
            raise reject("een afbeelding is ongeldig")
        fields: dict[str, Any] = {}
        for event, value in events:
            if event == "end_map":
                break
            name = value
            event, value = next(events)
            if event != "string" or name in fields:
                raise reject("een afbeelding is ongeldig")
            if len(value) > MAX_PICTURE_TEXT:
                raise reject("een afbeelding is te groot")
            fields[name] = value
        if set(fields) != {"mime", "data"} or fields["mime"] not in BLOB_MIMES:
            raise reject("een afbeelding is ongeldig")
        try:
            content = base64.b64decode(fields.pop("data"), validate=True)
        except (binascii.Error, ValueError):
            raise reject("een afbeelding is beschadigd") from None
        if hashlib.sha256(content).hexdigest() != blob_id:
            raise reject("een afbeelding is beschadigd (controlegetal klopt niet)")
        sink(blob_id, fields["mime"], content)
