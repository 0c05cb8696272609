"""Session files: create, reopen, versions and migrations, and every way a file can be unusable.

Whatever is wrong with a file, opening it raises the StoreError that says so and the
file's bytes stay exactly as they were.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from facilitator.domain import preparation as prep
from facilitator.domain import privacy
from facilitator.domain.preparation import Meeting, Participant
from facilitator.store import errors, schema
from facilitator.store import sessionfile as sfmod
from facilitator.store.sessionfile import SessionFile, new_session, open_session


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make(path: Path, place: str = "Eesveen") -> Path:
    sf, session = new_session(path, place=place)
    prep.add_participant(session, "Anna")
    sf.close()
    return path


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def set_user_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
    finally:
        conn.close()


# ------------------------------------------------------------------ create / open
def test_create_open_and_reopen_keep_everything(tmp_path: Path):
    path = tmp_path / "a.kernkracht"
    sf, session = new_session(path, place="Café ’t Hoekje 🌻")
    p = prep.add_participant(session, "Émile <b>&")
    prep.edit_meeting(session, notes="x" * 5000)
    sf.close()
    assert not Path(f"{path}-wal").exists()  # closing folds the WAL back: one file to copy
    assert user_version(path) == schema.SCHEMA_VERSION
    for _ in range(2):
        sf, session = open_session(path)
        assert prep.meeting(session).place == "Café ’t Hoekje 🌻"
        assert prep.meeting(session).notes == "x" * 5000
        assert session.get(Participant, p.id).name == "Émile <b>&"  # type: ignore[union-attr]
        assert sf.session_id and len(sf.session_id) == 36
        sf.close()


def test_create_refuses_an_existing_file(tmp_path: Path):
    path = make(tmp_path / "a.kernkracht")
    before = digest(path)
    with pytest.raises(errors.FileExists_):
        SessionFile.create(path)
    assert digest(path) == before


def test_missing_file(tmp_path: Path):
    with pytest.raises(errors.MissingFile) as info:
        SessionFile.open(tmp_path / "weg.kernkracht")
    assert "weg.kernkracht" in info.value.message("nl")


def test_schema_version_and_application_id_are_in_the_header(tmp_path: Path):
    path = make(tmp_path / "a.kernkracht")
    assert sfmod.read_header(path) == (schema.SCHEMA_VERSION, schema.APPLICATION_ID)


def test_new_fields_become_columns_on_open(tmp_path: Path):
    path = make(tmp_path / "a.kernkracht")
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE rec_meeting DROP COLUMN notes")  # a file from before 'notes' existed
    conn.commit()
    conn.close()
    sf, session = open_session(path)
    try:
        assert prep.meeting(session).notes == ""
        prep.edit_meeting(session, notes="nieuw")
    finally:
        sf.close()
    sf, session = open_session(path)
    assert prep.meeting(session).notes == "nieuw"
    sf.close()


# --------------------------------------------------------------------- migrations
def test_an_older_file_is_migrated_after_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = make(tmp_path / "a.kernkracht")
    old_bytes = digest(path)
    ran: list[int] = []

    def to_next(conn: sqlite3.Connection) -> None:
        ran.append(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("UPDATE rec_meeting SET notes = 'gemigreerd'")

    now, later = schema.SCHEMA_VERSION, schema.SCHEMA_VERSION + 1  # a version after today's
    monkeypatch.setattr(schema, "SCHEMA_VERSION", later)
    monkeypatch.setattr(sfmod, "SCHEMA_VERSION", later)
    monkeypatch.setitem(schema.MIGRATIONS, later, to_next)
    backups = tmp_path / "backups"
    sf, session = open_session(path, backup_dir=backups)
    try:
        assert prep.meeting(session).notes == "gemigreerd"
    finally:
        sf.close()
    assert ran == [now]
    assert user_version(path) == later
    kept = list(backups.glob("*.kernkracht"))
    assert len(kept) == 1 and f".v{now}-" in kept[0].name
    assert digest(kept[0]) == old_bytes  # the backup is the file exactly as it was


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = make(tmp_path / "a.kernkracht")
    before = digest(path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE rec_meeting SET notes = 'half'")
        conn.execute("SELECT * FROM no_such_table")

    now, later = schema.SCHEMA_VERSION, schema.SCHEMA_VERSION + 1
    monkeypatch.setattr(schema, "SCHEMA_VERSION", later)
    monkeypatch.setattr(sfmod, "SCHEMA_VERSION", later)
    monkeypatch.setitem(schema.MIGRATIONS, later, broken)
    with pytest.raises(errors.StoreError):
        open_session(path, backup_dir=tmp_path / "backups")
    assert digest(path) == before
    assert user_version(path) == now


def test_a_file_from_a_newer_version_is_refused_unchanged(tmp_path: Path):
    path = make(tmp_path / "a.kernkracht")
    set_user_version(path, schema.SCHEMA_VERSION + 1)
    before = digest(path)
    with pytest.raises(errors.NewerVersion) as info:
        SessionFile.open(path)
    message = info.value.message("nl")
    assert "nieuwere versie" in message and str(schema.SCHEMA_VERSION + 1) in message
    assert "newer version" in info.value.message("en")
    assert digest(path) == before


# ----------------------------------------------------------- damaged and foreign
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", errors.DamagedFile),
        (bytes(range(256)) * 8, errors.ForeignFile),  # not SQLite at all: some other kind of file
        (b"PK\x03\x04" + bytes(2000), errors.ForeignFile),  # a ZIP renamed .kernkracht
        (b"SQLite format 3\x00" + bytes(40), errors.DamagedFile),  # a SQLite file cut short
        (b"Boodschappen:\nmelk\nbrood\n" * 10, errors.ForeignFile),  # a text file
    ],
)
def test_garbage_empty_and_text_files(tmp_path: Path, content: bytes, expected: type):
    path = tmp_path / "x.kernkracht"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(expected):
        SessionFile.open(path)
    assert digest(path) == before


def test_a_truncated_session_file_is_damaged(tmp_path: Path):
    path = make(tmp_path / "a.kernkracht")
    for _ in range(30):  # make it several pages long, so cutting it loses tables
        sf, session = open_session(path)
        prep.add_participant(session, "x" * 3000)
        sf.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = digest(path)
    with pytest.raises(errors.DamagedFile) as info:
        SessionFile.open(path)
    assert "beschadigd" in info.value.message("nl") and "niets aan veranderd" in info.value.message("nl")
    assert digest(path) == before


def test_overwritten_pages_are_damaged(tmp_path: Path):
    path = make(tmp_path / "a.kernkracht")
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 2] = bytes([0xA5]) * 4096  # scribble over the second page
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(errors.DamagedFile):
        SessionFile.open(path)
    assert digest(path) == before


def test_another_sqlite_database_is_foreign(tmp_path: Path):
    path = tmp_path / "adressen.kernkracht"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE adres (straat TEXT)")
    conn.execute("INSERT INTO adres VALUES ('Hoofdstraat 1')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(errors.ForeignFile) as info:
        SessionFile.open(path)
    assert "geen Kernkracht-bestand" in info.value.message("nl")
    assert digest(path) == before


# --------------------------------------------------------------- read-only files
def test_a_read_only_file_is_refused_unchanged(tmp_path: Path):
    """chmod 0444 means read-only, even for root (who could write anyway): the app respects the mark."""
    path = make(tmp_path / "a.kernkracht")
    path.chmod(0o444)
    before = digest(path)
    try:
        with pytest.raises(errors.ReadOnlyFile) as info:
            SessionFile.open(path)
    finally:
        path.chmod(0o644)
    assert "alleen-lezen" in info.value.message("nl")
    assert digest(path) == before


def test_a_file_on_a_read_only_file_system_is_refused(read_only_view: tuple[Path, Path]):
    source, view = read_only_view
    make(source / "a.kernkracht")
    before = digest(source / "a.kernkracht")
    with pytest.raises(errors.ReadOnlyFile):
        SessionFile.open(view / "a.kernkracht")
    assert digest(source / "a.kernkracht") == before


def test_a_file_that_turns_read_only_while_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A write that SQLite refuses as read-only becomes ReadOnlyFile; memory and undo stay put."""
    path = make(tmp_path / "a.kernkracht")
    sf, session = open_session(path)
    try:
        prep.edit_meeting(session, notes="veilig")
        sf.conn.execute("PRAGMA query_only = ON")  # SQLite now answers every write with SQLITE_READONLY
        with pytest.raises(errors.ReadOnlyFile):
            prep.edit_meeting(session, notes="kwijt")
        assert prep.meeting(session).notes == "veilig"
        sf.conn.execute("PRAGMA query_only = OFF")
        session.undo()
        assert prep.meeting(session).notes == ""
    finally:
        sf.close()


# ---------------------------------------------------------------- file in use
HOLDER = textwrap.dedent(
    """
    import sys, time
    from facilitator.store.sessionfile import open_session
    sf, session = open_session(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()
    sf.close()
    """
)


def test_a_file_open_in_another_process_is_refused(tmp_path: Path):
    path = make(tmp_path / "a.kernkracht")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(errors.FileInUse) as info:
            SessionFile.open(path)
        assert "al geopend" in info.value.message("nl")
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=20)
    # once the other one closes it, it opens here, with the other one's work intact
    sf, session = open_session(path)
    assert [p.name for p in session.all(Participant)] == ["Anna"]
    sf.close()


def test_a_second_open_in_the_same_process_is_refused(tmp_path: Path):
    path = make(tmp_path / "a.kernkracht")
    sf = SessionFile.open(path)
    try:
        with pytest.raises(errors.FileInUse):
            SessionFile.open(path)
    finally:
        sf.close()


# ------------------------------------------------------------------- full disk
def fill_up(folder: Path) -> None:
    """Leave (almost) no room on the file system of ``folder``."""
    n = 0
    try:
        while True:
            (folder / f"vulling-{n}").write_bytes(b"\0" * 4096)
            n += 1
    except OSError:
        pass


def test_a_full_disk_keeps_the_last_good_state(tiny_disk: Path):
    """A real full file system (2 MiB tmpfs): DiskFull, memory and undo unchanged, the file intact."""
    path = make(tiny_disk / "a.kernkracht")
    sf, session = open_session(path)
    prep.edit_meeting(session, notes="laatste goede")
    fill_up(tiny_disk)
    added = 0
    with pytest.raises(errors.DiskFull) as info:
        for _ in range(200):  # the WAL has some slack; sooner or later there is no room
            prep.add_participant(session, "y" * 4000)
            added += 1
    assert "schijf is vol" in info.value.message("nl")
    names = [p.name for p in session.all(Participant)]
    assert len(names) == 1 + added  # the failed add is not in memory
    assert session.undo_label == ("Deelnemer toevoegen" if added else "Bijeenkomst wijzigen")
    for f in tiny_disk.glob("vulling-*"):
        f.unlink()
    sf.close()
    sf, session = open_session(path)
    try:
        assert prep.meeting(session).notes == "laatste goede"
        assert [p.name for p in session.all(Participant)] == names  # disk == memory at the failure
        assert sf.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        sf.close()


def test_disk_full_from_sqlite_is_disk_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The same path without a small file system: SQLite's own 'database or disk is full'."""
    path = make(tmp_path / "a.kernkracht")
    sf, session = open_session(path)
    try:
        prep.edit_meeting(session, notes="laatste goede")
        pages = sf.conn.execute("PRAGMA page_count").fetchone()[0]
        sf.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(errors.DiskFull):
            prep.add_participant(session, "z" * 50_000)
        assert [p.name for p in session.all(Participant)] == ["Anna"]
        assert session.undo_label == "Bijeenkomst wijzigen"
    finally:
        sf.close()
    sf, session = open_session(path)
    assert [p.name for p in session.all(Participant)] == ["Anna"]
    assert prep.meeting(session).notes == "laatste goede"
    sf.close()


def test_an_io_error_on_a_full_disk_is_disk_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import collections
    import shutil

    usage = collections.namedtuple("usage", "total used free")
    error = sqlite3.OperationalError("disk I/O error")
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage(10**9, 10**9, 4096))
    assert isinstance(sfmod.translate(error, tmp_path / "a.kernkracht"), errors.DiskFull)
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage(10**9, 0, 10**9))
    plain = sfmod.translate(error, tmp_path / "a.kernkracht")
    assert type(plain) is errors.StoreError and "disk I/O error" not in plain.message("nl")
    assert "onverwachte fout" in plain.message("nl")  # no English SQLite text in a Dutch message


def test_translate_maps_sqlite_errors():
    p = Path("x.kernkracht")
    assert isinstance(sfmod.translate(sqlite3.OperationalError("database or disk is full"), p), errors.DiskFull)
    assert isinstance(
        sfmod.translate(sqlite3.OperationalError("attempt to write a readonly database"), p), errors.ReadOnlyFile
    )
    assert isinstance(sfmod.translate(sqlite3.OperationalError("database is locked"), p), errors.FileInUse)
    assert isinstance(sfmod.translate(sqlite3.DatabaseError("file is not a database"), p), errors.DamagedFile)
    other = sfmod.translate(sqlite3.OperationalError("something odd"), p)
    assert type(other) is errors.StoreError and "something odd" not in other.message("nl")
    assert isinstance(sfmod.translate(sqlite3.OperationalError("interrupted"), p), errors.TooSlow)


# ------------------------------------------------------------------------ blobs
def test_blobs_are_stored_by_hash(tmp_path: Path):
    path = make(tmp_path / "a.kernkracht")
    sf, session = open_session(path)
    blob_id = session.storage.put_blob(b"\x89PNG fake", "image/png")
    assert session.storage.put_blob(b"\x89PNG fake", "image/png") == blob_id
    sf.close()
    sf = SessionFile.open(path)
    assert sf.get_blob(blob_id) == b"\x89PNG fake" and sf.blob_mime(blob_id) == "image/png"
    assert sf.blob_ids() == [blob_id]
    assert sf.get_blob("0" * 64) is None
    sf.close()


def test_removed_records_leave_tombstones(tmp_path: Path):
    path = tmp_path / "a.kernkracht"
    sf, session = new_session(path)
    p = prep.add_participant(session, "Weg")
    privacy.remove_participants(session, p)
    assert [t["id"] for t in sf.tombstones()] == [p.id]
    session.undo()  # back again: no tombstone
    assert sf.tombstones() == []
    assert isinstance(session.single(Meeting), Meeting)
    sf.close()


def test_a_file_deleted_while_open_keeps_the_edits_in_a_rescue_file(tmp_path: Path):
    path = make(tmp_path / "a.kernkracht")
    sf, session = open_session(path)
    told: list[errors.ChangedUnderneath] = []
    sf.on_divert = told.append
    try:
        prep.edit_meeting(session, notes="voor")
        path.unlink()  # someone removes it in the file manager
        prep.edit_meeting(session, notes="gered")
        prep.edit_meeting(session, notes="gered en verder")
        assert prep.meeting(session).notes == "gered en verder"  # memory and undo carry on
        assert len(told) == 1 and told[0].rescue is not None  # one message, not one per edit
        rescue = told[0].rescue
        assert "gered" in rescue.name and "veranderd" in told[0].message("nl")
    finally:
        sf.close()
    assert not path.exists()  # nothing was written back under the old name
    sf, again = open_session(rescue)
    try:
        assert prep.meeting(again).notes == "gered en verder"
        assert [p.name for p in again.all(Participant)] == ["Anna"]
    finally:
        sf.close()


def test_a_file_replaced_while_open_is_never_written_to(tmp_path: Path):
    path = make(tmp_path / "a.kernkracht")
    sf, session = open_session(path)
    try:
        other = make(tmp_path / "b.kernkracht", place="Ander")
        other.replace(path)  # a newer copy renamed over it (as Syncthing does)
        before = digest(path)
        prep.edit_meeting(session, notes="hier getypt")
        assert digest(path) == before
        assert sf.diverted is not None and sf.path != path
    finally:
        sf.close()
    assert digest(path) == before
    sf, other_session = open_session(path)
    try:
        assert prep.meeting(other_session).place == "Ander"
    finally:
        sf.close()


IN_PLACE = textwrap.dedent(
    """
    import sys, shutil
    from facilitator.domain import preparation as prep
    from facilitator.store.sessionfile import open_session
    sf, session = open_session(sys.argv[1])
    prep.edit_meeting(session, notes="eerst")
    print("edited", flush=True)
    sys.stdin.readline()
    prep.edit_meeting(session, notes="daarna")
    print("rescue", sf.diverted.rescue if sf.diverted else "", flush=True)
    sys.stdin.readline()
    import os
    os.kill(os.getpid(), 9)  # a crash: no clean close
    """
)


@pytest.mark.parametrize("how", ["in_place", "renamed_over"])
def test_a_newer_copy_written_underneath_survives_the_next_edit_and_a_crash(tmp_path: Path, how: str):
    path = make(tmp_path / "a.kernkracht")
    newer = make(tmp_path / "newer.kernkracht", place="Andere laptop")
    child = subprocess.Popen(
        [sys.executable, "-c", IN_PLACE, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "edited"
        if how == "in_place":
            with open(newer, "rb") as src, open(path, "r+b") as dst:  # same inode, as cp and SMB do
                dst.truncate(0)
                shutil.copyfileobj(src, dst)
        else:
            os.replace(newer, path)
        expected = digest(path)
        child.stdin.write("\n")
        child.stdin.flush()
        line = child.stdout.readline().split()
        assert line[0] == "rescue" and len(line) == 2, line
        rescue = Path(line[1])
        child.stdin.write("\n")
        child.stdin.flush()
        child.wait(timeout=20)
    finally:
        child.kill()
    assert digest(path) == expected  # the other laptop's file is exactly as it arrived
    sf, session = open_session(path)  # and the next open replays nothing onto it
    try:
        assert prep.meeting(session).place == "Andere laptop"
    finally:
        sf.close()
    sf, session = open_session(rescue)
    try:
        assert prep.meeting(session).notes == "daarna" and prep.meeting(session).place == "Eesveen"
    finally:
        sf.close()
