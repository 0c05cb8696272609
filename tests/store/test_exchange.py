"""The JSON exchange format: round trips for any text, and hostile files refused without a trace."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain import preparation as prep
from facilitator.domain import privacy
from facilitator.store import errors, exchange
from facilitator.store.library import Library
from facilitator.store.sessionfile import new_session

# any Unicode a person could type or paste (no lone surrogates: they cannot be UTF-8)
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def build(path: Path, place: str, purpose: str, people: list[tuple[str, str]], blocks: list[tuple[str, int]]) -> Path:
    sf, session = new_session(path, place=place)
    prep.edit_meeting(session, purpose=purpose, facilitator=place[::-1])
    for name, organisation in people:
        p = prep.add_participant(session, name, organisation=organisation)
        prep.edit_participant(session, p, consent=True, email=organisation)
    for title, minutes in blocks:
        prep.add_agenda_block(session, title, minutes)
    if people:
        privacy.remove_participants(session, session.all(prep.Participant)[0])  # leaves a tombstone
    session.storage.put_blob(place.encode("utf-8") + b"\x89PNG", "image/png")
    sf.close()
    return path


@SETTINGS
@given(
    place=TEXT,
    purpose=TEXT,
    people=st.lists(st.tuples(TEXT, TEXT), max_size=4),
    blocks=st.lists(st.tuples(TEXT, st.integers(-5, 1000)), max_size=4),
)
def test_export_import_export_gives_identical_json(tmp_path_factory, place, purpose, people, blocks):
    work = tmp_path_factory.mktemp("rt")
    library = Library(work / "lib")
    library.ensure()
    original = build(library.root / "a.kernkracht", place, purpose, people, blocks)
    first = library.export_json(original, work / "first.json")
    imported = library.import_json(first)
    second = library.export_json(imported, work / "second.json")
    assert second.read_bytes() == first.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["records"]["meeting"][0]["place"] == place
    assert data["records"]["meeting"][0]["purpose"] == purpose
    assert len(data["tombstones"]) == (1 if people else 0)


# ----------------------------------------------------------------- hostile files
@pytest.fixture
def good(tmp_path: Path) -> dict[str, Any]:
    path = build(tmp_path / "src.kernkracht", "Eesveen", "doel", [("Anna", "org"), ("Bert", "")], [("Welkom", 10)])
    from facilitator.store.sessionfile import SessionFile

    sf = SessionFile.open(path)
    try:
        return exchange.export_data(sf)
    finally:
        sf.close()


def mutate_meeting(data: dict[str, Any], **fields: Any) -> dict[str, Any]:
    data["records"]["meeting"][0].update(fields)
    return data


def first_blob(data: dict[str, Any]) -> dict[str, Any]:
    return next(iter(data["blobs"].values()))  # type: ignore[no-any-return]


HOSTILE: dict[str, Any] = {
    "not an object": lambda d: [d],
    "other format": lambda d: {**d, "format": "iets-anders"},
    "newer format": lambda d: {**d, "format_version": exchange.FORMAT_VERSION + 1},
    "version as text": lambda d: {**d, "format_version": "1"},
    "version as bool": lambda d: {**d, "format_version": True},
    "bad session id": lambda d: {**d, "session_id": "../../etc/passwd"},
    "records not a dict": lambda d: {**d, "records": []},
    "unknown kind": lambda d: {**d, "records": {**d["records"], "raket": []}},
    "rows not a list": lambda d: {**d, "records": {**d["records"], "participant": {}}},
    "row not an object": lambda d: {**d, "records": {**d["records"], "participant": ["Anna"]}},
    "bad row id": lambda d: mutate_meeting(d, id="1; DROP TABLE"),
    "bad time": lambda d: mutate_meeting(d, updated="gisteren"),
    "unknown field": lambda d: mutate_meeting(d, **{"raket]; DROP TABLE info; --": 1}),
    "wrong type str": lambda d: mutate_meeting(d, place=12),
    "wrong type bool": lambda d: mutate_meeting(d, demo="ja"),
    "bool as int": lambda d: {
        **d,
        "records": {
            **d["records"],
            "agenda_block": [{**d["records"]["agenda_block"][0], "minutes": True}],
        },
    },
    "huge string": lambda d: mutate_meeting(d, notes="x" * (exchange.MAX_TEXT + 1)),
    "two meetings": lambda d: {
        **d,
        "records": {
            **d["records"],
            "meeting": [
                d["records"]["meeting"][0],
                {**d["records"]["meeting"][0], "id": "0" * 8 + "-0000-0000-0000-" + "0" * 12},
            ],
        },
    },
    "duplicate id": lambda d: {
        **d,
        "records": {
            **d["records"],
            "agenda_block": [{**d["records"]["agenda_block"][0], "id": d["records"]["meeting"][0]["id"]}],
        },
    },
    "bad tombstone": lambda d: {**d, "tombstones": [{"id": "x", "kind": "participant", "deleted": ""}]},
    "tombstones not a list": lambda d: {**d, "tombstones": "nee"},
    "blob bad hash": lambda d: {**d, "blobs": {"0" * 64: first_blob(d)}},
    "blob bad base64": lambda d: {
        **d,
        "blobs": {k: {**v, "data": "!!!niet base64!!!"} for k, v in d["blobs"].items()},
    },
    "blob bad mime": lambda d: {**d, "blobs": {k: {**v, "mime": "text/html"} for k, v in d["blobs"].items()}},
    "blobs not a dict": lambda d: {**d, "blobs": ["x"]},
}


def count_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_imports_are_rejected_and_leave_nothing(
    name: str, good: dict[str, Any], library: Library, tmp_path: Path
):
    data = HOSTILE[name](copy.deepcopy(good))
    source = tmp_path / "vijandig.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = count_files(library.root)
    with pytest.raises(errors.ImportRejected) as info:
        library.import_json(source)
    assert "vijandig.json" in info.value.message("nl") and "niets veranderd" in info.value.message("nl")
    assert count_files(library.root) == before


@pytest.mark.parametrize(
    "raw",
    [b"", b"{", b"\xff\xfe\x00garbage", b"[" * 100_000 + b"]" * 100_000, b'{"format": "kernkracht-sessie"'],
    ids=["empty", "cut off", "not utf-8", "deeply nested", "unclosed"],
)
def test_malformed_json_is_rejected(raw: bytes, library: Library, tmp_path: Path):
    source = tmp_path / "kapot.json"
    source.write_bytes(raw)
    before = count_files(library.root)
    with pytest.raises(errors.ImportRejected):
        library.import_json(source)
    assert count_files(library.root) == before


def test_the_newer_format_message_says_to_update(good: dict[str, Any], library: Library, tmp_path: Path):
    source = tmp_path / "nieuw.json"
    source.write_text(json.dumps({**good, "format_version": 99}), encoding="utf-8")
    with pytest.raises(errors.ImportRejected) as info:
        library.import_json(source)
    assert "nieuwere Kernkracht" in info.value.message("nl")


def test_a_write_that_fails_halfway_leaves_no_file(good: dict[str, Any], library: Library, tmp_path: Path, monkeypatch):
    """Validation passed, then the disk said no: the half-made file is removed."""
    from facilitator.store.sessionfile import SessionFile

    source = tmp_path / "goed.json"
    source.write_text(exchange.dumps(good), encoding="utf-8")

    def full(*args: Any, **kwargs: Any) -> None:
        raise errors.DiskFull()

    monkeypatch.setattr(SessionFile, "_apply", staticmethod(full))
    library.ensure()  # the folder as the app keeps it (with its .stignore for Syncthing)
    before = count_files(library.root)
    with pytest.raises(errors.DiskFull):
        library.import_json(source)
    assert count_files(library.root) == before


def test_a_valid_blob_round_trips(good: dict[str, Any], library: Library, tmp_path: Path):
    content = b"\x89PNG echte foto"
    blob_id = hashlib.sha256(content).hexdigest()
    good["blobs"][blob_id] = {"mime": "image/png", "data": base64.b64encode(content).decode()}
    source = tmp_path / "foto.json"
    source.write_text(exchange.dumps(good), encoding="utf-8")
    path = library.import_json(source)
    from facilitator.store.sessionfile import SessionFile

    sf = SessionFile.open(path)
    try:
        assert sf.get_blob(blob_id) == content
    finally:
        sf.close()
