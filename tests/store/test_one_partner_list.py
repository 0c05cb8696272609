"""Steun van buiten is one list: a file (or an export) from before keeps the Krachtenkaart's
partners in a kind of their own, ``support_need``; opening it moves them into the one list
(``partner_ask``), after the action plan's partners, and keeps a copy of the file first."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from facilitator.domain import krachtenkaart as kk
from facilitator.domain import support
from facilitator.store import exchange, schema
from facilitator.store.sessionfile import new_session, open_session

OLD_ROW = "00000000-0000-4000-8000-000000000001"
OLD_GONE = "00000000-0000-4000-8000-000000000002"


def an_old_file(path: Path) -> tuple[str, str]:
    """A file as version 1 wrote it: one partner from the action plan, one from the Krachtenkaart."""
    sf, session = new_session(path, place="Eesveen")
    cards = [kk.add_card(session, "Dorpshuis", "plekken"), kk.add_card(session, "Koor", "gaven")]
    idea_id = kk.connect(session, cards, "Dorpshuis open houden").id
    support.ask_partner(session, "LSA", ask="Een vraagbaak")
    sf.close()
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE rec_support_need (id TEXT PRIMARY KEY, created TEXT, updated TEXT,"
        " partner TEXT, ask TEXT, idea_ids TEXT, position REAL)"
    )
    conn.execute(
        "INSERT INTO rec_support_need VALUES (?, '2026-03-10T19:00:00', '2026-03-10T19:00:00',"
        " 'Provincie', 'Geld voor het dak', ?, 1.0)",
        (OLD_ROW, json.dumps([idea_id])),
    )
    conn.execute("INSERT INTO tombstone VALUES (?, 'support_need', '2026-03-10T19:05:00')", (OLD_GONE,))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return idea_id, OLD_ROW


def test_opening_an_old_file_moves_its_krachtenkaart_partners_into_the_one_list(tmp_path: Path):
    path = tmp_path / "eesveen.kernkracht"
    idea_id, old_id = an_old_file(path)
    sf, session = open_session(path, backup_dir=tmp_path / "kopie")
    try:
        asks = support.asks(session)
        assert [(a.partner, a.ask) for a in asks] == [("LSA", "Een vraagbaak"), ("Provincie", "Geld voor het dak")]
        moved = asks[1]
        assert moved.id == old_id and moved.idea_ids == [idea_id] and moved.answer == ""
        tables = {r[0] for r in sf.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "rec_support_need" not in tables
        kinds = [r[0] for r in sf.conn.execute("SELECT kind FROM tombstone WHERE id = ?", (OLD_GONE,))]
        assert kinds == ["partner_ask"]
        assert sf.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    finally:
        sf.close()
    assert len(list((tmp_path / "kopie").glob("*.v1-*.kernkracht"))) == 1
    # and it stays moved: opened again, nothing is doubled
    sf, session = open_session(path)
    try:
        assert len(support.asks(session)) == 2
    finally:
        sf.close()


def test_an_old_export_reads_its_krachtenkaart_partners_as_the_one_list(tmp_path: Path):
    path = tmp_path / "eesveen.kernkracht"
    sf, session = new_session(path, place="Eesveen")
    support.ask_partner(session, "LSA", ask="Een vraagbaak")
    data = exchange.export_data(sf)
    sf.close()
    row = dict(data["records"]["partner_ask"][0], id=OLD_ROW, partner="Provincie", ask="Geld", position=5.0)
    old_row = {k: row[k] for k in ("id", "created", "updated", "partner", "ask", "position")}
    data["records"]["support_need"] = [old_row]
    data["tombstones"] = [{"id": OLD_GONE, "kind": "support_need", "deleted": row["created"]}]
    source = tmp_path / "oud.json"
    source.write_text(exchange.dumps(data), encoding="utf-8")
    read = exchange.read_import(source)
    assert "support_need" not in read["records"]
    assert [r["partner"] for r in read["records"]["partner_ask"]] == ["LSA", "Provincie"]
    assert read["tombstones"][0]["kind"] == "partner_ask"
    dest = exchange.write_import(read, tmp_path / "terug.kernkracht")
    sf, session = open_session(dest)
    try:
        assert sorted(a.partner for a in support.asks(session)) == ["LSA", "Provincie"]
    finally:
        sf.close()
