"""A corpus of crafted files: what a stranger could mail as a ``.kernkracht`` file or an export.

Each session file starts as a real meeting made through the app and is then changed
with plain ``sqlite3`` the way an attacker (or a broken tool) would: triggers that fire
on the facilitator's own edits, views that never end, virtual and computed tables,
bad UTF-8, bad JSON in list columns, deep nesting, absurd numbers, wrong types in
nested values, damaged pictures. Each JSON import is a real export with one value
changed. ``session_files(folder)`` and ``json_imports(folder)`` write them and
return ``(name, path, refused)``; ``refused`` is False only for files the app opens
(with the damaged part left out).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.store.exchange import dumps, export_data
from facilitator.store.sessionfile import new_session

#: a marker a trigger writes when it ran; finding it anywhere means SQL from the file ran
RAN = "TRIGGER-RAN"

RECURSIVE = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"

#: name -> SQL run on a good meeting file (the file is then refused by the app)
SQL_CRAFTS: dict[str, str] = {
    "trigger_deletes_participants": (
        "CREATE TRIGGER t AFTER INSERT ON rec_asset_card BEGIN DELETE FROM rec_participant; END"
    ),
    "trigger_copies_contacts_into_vision": (
        "CREATE TRIGGER t AFTER UPDATE ON rec_meeting BEGIN "
        f"UPDATE rec_participant SET consent = 1, name = '{RAN}' || email; END"
    ),
    "trigger_raises_own_text": (
        "CREATE TRIGGER t BEFORE UPDATE ON rec_meeting BEGIN SELECT RAISE(ABORT, 'Bel 0900-OPLICHTER'); END"
    ),
    "trigger_inserts_millions": (
        "CREATE TRIGGER t AFTER UPDATE ON rec_meeting BEGIN INSERT INTO info(key, value) "
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 30000000) "
        "SELECT 'k' || x, 'v' FROM c; END"
    ),
    "view_endless": f"CREATE VIEW endless AS {RECURSIVE}",
    "view_as_meeting_table": (
        f"DROP TABLE rec_meeting; CREATE VIEW rec_meeting AS SELECT x AS place, '' AS place_kind, "
        f"'' AS municipality, '' AS date, 0 AS demo FROM ({RECURSIVE}) ORDER BY x DESC"
    ),
    "virtual_table_rtree": "CREATE VIRTUAL TABLE shadow USING rtree(id, x0, x1)",
    "generated_column": "CREATE TABLE extra (a TEXT, b TEXT AS (zeroblob(1000000000)))",
    "default_expression": "CREATE TABLE extra2 ([a] TEXT DEFAULT (randomblob(100)))",
    "check_constraint": "CREATE TABLE extra3 ([a] TEXT CHECK (length(a) < 5))",
    "expression_index": "CREATE INDEX i ON rec_participant(length(name))",
    "bad_utf8_place": "UPDATE rec_meeting SET place = CAST(x'c328ffa0' AS TEXT)",
    "bad_json_in_list": "UPDATE rec_asset_card SET tags = '[niet json'",
    "deep_nesting": "UPDATE rec_asset_card SET tags = '" + "[" * 100_000 + "]" * 100_000 + "'",
    "hands_as_words": """UPDATE rec_asset_card SET tags = '["a"]'; INSERT INTO rec_activity
        (id, created, updated, title, current_type, wanted_type, hands, contributions, position)
        VALUES ('0b7e1a52-4c8b-4a51-9d3e-3f7c2b1a9e01', '2026-01-01T00:00:00.000000Z',
        '2026-01-01T00:00:00.000000Z', 'Dorpshuis', 1, 0, '{"1": "veel"}', '{}', 1.0)""",
    "type_99": """INSERT INTO rec_activity (id, created, updated, title, current_type, wanted_type,
        hands, contributions, position) VALUES ('0b7e1a52-4c8b-4a51-9d3e-3f7c2b1a9e02',
        '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', 'Kerk', 99, 0, '{}', '{}', 1.0)""",
    "minutes_huge": "UPDATE rec_agenda_block SET minutes = 9000000000000000000",
    "pin_far_away": "UPDATE rec_asset_card SET pinned = 1, pin_x = 1e308",
    "pin_not_a_number": "UPDATE rec_asset_card SET pin_x = 'links'",
    "dots_negative": "UPDATE rec_asset_card SET dots = -5",
    "category_unknown": "UPDATE rec_asset_card SET category = 'geheim'",
    "nested_wrong_type": "UPDATE rec_asset_card SET tags = '[1, {\"a\": 2}]'",
    "blob_damaged": "UPDATE blob SET data = x'00112233'",
}

#: crafted session files the app opens anyway (the damage is left out, with nothing run)
OPENED = {"blob_damaged"}


def good_meeting(path: Path) -> Path:
    """A small real meeting made through the app's own operations."""
    sf, session = new_session(path, place="Vreemdorp", municipality="Ergens")
    try:
        p = prep.add_participant(session, "Hart Jansen")
        prep.edit_participant(session, p, consent=True, email="hart@voorbeeld.nl", phone="0612345678")
        prep.add_agenda_block(session, "Welkom", 10, "voorbereiding")
        kk.add_card(session, "Dorpshuis", "plekken")
        session.storage.put_blob(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
    finally:
        sf.close()
    return path


def session_files(folder: Path) -> list[tuple[str, Path, bool]]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for name, sql in SQL_CRAFTS.items():
        path = good_meeting(folder / f"{name}.kernkracht")
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.executescript(sql)
        finally:
            conn.close()
        made.append((name, path, name not in OPENED))
    for name, content in RAW_FILES.items():
        path = folder / f"{name}.kernkracht"
        path.write_bytes(content)
        made.append((name, path, True))
    return made


RAW_FILES: dict[str, bytes] = {
    "zip_renamed": b"PK\x03\x04" + bytes(3000),
    "empty": b"",
    "sqlite_cut_short": b"SQLite format 3\x00" + bytes(50),
    "text": b"Boodschappen: melk, brood\n" * 20,
}


def _set(kind: str, **fields: object) -> Callable[[dict], None]:  # type: ignore[type-arg]
    def change(data: dict) -> None:  # type: ignore[type-arg]
        data["records"][kind][0].update(fields)

    return change


def _activity(**fields: object) -> Callable[[dict], None]:  # type: ignore[type-arg]
    def change(data: dict) -> None:  # type: ignore[type-arg]
        row = {
            "id": "0b7e1a52-4c8b-4a51-9d3e-3f7c2b1a9e03",
            "created": "2026-01-01T00:00:00.000000Z",
            "updated": "2026-01-01T00:00:00.000000Z",
            "title": "Dorpshuis",
            **fields,
        }
        data["records"]["activity"] = [row]

    return change


def _deep(data: dict) -> None:  # type: ignore[type-arg]
    nested: object = "x"
    for _ in range(50):
        nested = [nested]
    data["records"]["asset_card"][0]["tags"] = nested


JSON_CRAFTS: dict[str, Callable[[dict], None]] = {  # type: ignore[type-arg]
    "hands_as_words": _activity(hands={"1": "veel"}),
    "hands_unknown_type": _activity(hands={"7": 3}),
    "current_type_99": _activity(current_type=99),
    "minutes_10_30": _set("agenda_block", minutes=10**30),
    "pin_x_1e308": _set("asset_card", pin_x=1e308),
    "dots_negative": _set("asset_card", dots=-1),
    "category_unknown": _set("asset_card", category="geheim"),
    "tags_deep": _deep,
    "tags_wrong_item_type": _set("asset_card", tags=[1, 2]),
    "email_without_consent": _set("participant", consent=False),
    "contributions_not_text": _activity(contributions={"geld": 5}),
}


def json_imports(folder: Path) -> list[tuple[str, Path, bool]]:
    folder.mkdir(parents=True, exist_ok=True)
    good = good_meeting(folder / "bron.kernkracht")
    from facilitator.store.sessionfile import SessionFile

    sf = SessionFile.open(good)
    try:
        base = json.loads(dumps(export_data(sf)))
    finally:
        sf.close()
    good.unlink()
    made = []
    for name, change in JSON_CRAFTS.items():
        data = json.loads(json.dumps(base))
        change(data)
        path = folder / f"{name}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        made.append((name, path, True))
    (folder / "bad_utf8.json").write_bytes(b'{"format": "kernkracht-sessie", "x": "\xff\xfe"}')
    made.append(("bad_utf8", folder / "bad_utf8.json", True))
    (folder / "nesting_100k.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    made.append(("nesting_100k", folder / "nesting_100k.json", True))
    return made
