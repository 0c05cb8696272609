"""The session window's backups run in a worker: cards typed meanwhile land in the file and in
the backup, closing during a backup neither hangs nor loses the backup on close, and the
meeting's file is never opened a second time."""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import QTimer

from facilitator.domain import krachtenkaart as kk
from facilitator.store.library import Library
from facilitator.store.sessionfile import open_session
from tests.meetings import card_titles
from tests.store.test_backups import photo
from tests.ui.krachtenkaart_helpers import enter_card, on_disk, open_board


def photo_meeting(library: Library) -> object:
    path = library.create("Stapdorp")
    sf, session = open_session(path)
    try:
        kk.add_card(session, "Molen", "plekken")
        for n in range(3):  # a few MB: the copy takes many steps
            kk.add_photo(session, kk.cards(session)[0], photo(n), "image/png")
    finally:
        sf.close()
    return path


class Gate:
    """Holds the online backup half-way (after its first steps) until the test lets it go on."""

    def __init__(self, monkeypatch) -> None:  # type: ignore[no-untyped-def]
        self.paused, self.go_on = threading.Event(), threading.Event()
        self.steps = 0
        real = Library.backup_online

        def gated(library, sf, keep=10, stop=None):  # type: ignore[no-untyped-def]
            return real(library, sf, keep, stop=self._step)

        monkeypatch.setattr(Library, "backup_online", gated)

    def _step(self) -> bool:
        self.steps += 1
        if self.steps == 2:
            self.paused.set()
            self.go_on.wait(20)
        return False


def test_cards_typed_during_a_backup_are_in_the_file_and_in_the_backup(qtbot, library, open_window, monkeypatch):
    path = photo_meeting(library)
    window, page = open_board(open_window, path)
    before = set(library.backups(path))
    gate = Gate(monkeypatch)
    window.backup_action.trigger()
    assert gate.paused.wait(10)
    assert window.backups.busy()
    page.board.entry.setFocus()
    for n in range(3):  # typed while the backup is half-way: the window answers
        enter_card(qtbot, page, f"Tijdens {n}")
    expected = sorted(["Molen", "Tijdens 0", "Tijdens 1", "Tijdens 2"])
    assert sorted(r[0] for r in on_disk(window, "SELECT title FROM rec_asset_card")) == expected
    assert "Reservekopie gemaakt" not in window.statusBar().currentMessage()
    gate.go_on.set()
    qtbot.waitUntil(lambda: not window.backups.busy(), timeout=20000)
    assert "Reservekopie gemaakt" in window.statusBar().currentMessage()
    (newest,) = set(library.backups(path)) - before
    assert card_titles(newest) == expected
    window.close()


def test_closing_during_a_backup_waits_for_it_and_makes_the_last_one(qtbot, library, open_window, monkeypatch):
    path = photo_meeting(library)
    window, page = open_board(open_window, path)
    gate = Gate(monkeypatch)
    window.backup_action.trigger()
    assert gate.paused.wait(10)
    page.board.entry.setFocus()
    enter_card(qtbot, page, "Tijdens")
    QTimer.singleShot(300, gate.go_on.set)  # the backup goes on while the window is closing
    window.close()
    assert not window.backups.busy()
    newest = library.backups(path)[0]
    assert card_titles(newest) == ["Molen", "Tijdens"]
    sf, session = open_session(path)  # closed and unlocked: it opens again
    try:
        assert sorted(c.title for c in kk.cards(session)) == ["Molen", "Tijdens"]
    finally:
        sf.close()


def test_edits_after_the_copy_get_a_backup_on_close(qtbot, library, open_window):
    path = photo_meeting(library)
    window, page = open_board(open_window, path)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: not window.backups.busy(), timeout=20000)
    page.board.entry.setFocus()
    enter_card(qtbot, page, "Daarna")
    window.close()
    assert card_titles(library.backups(path)[0]) == ["Daarna", "Molen"]


def test_a_backup_never_opens_the_meetings_file_a_second_time(qtbot, library, open_window, monkeypatch):
    path = photo_meeting(library)
    window, page = open_board(open_window, path)
    opened: list[str] = []
    real = sqlite3.connect

    def watched(database, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(str(database))
        return real(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", watched)
    page.board.entry.setFocus()
    enter_card(qtbot, page, "Eerst")
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: not window.backups.busy(), timeout=20000)
    assert "Reservekopie gemaakt" in window.statusBar().currentMessage()
    assert opened  # the watch sees the backup's own files
    assert not [name for name in opened if path.name in name and ".reservekopieen" not in name]
    window.close()


def test_the_purge_after_a_withdrawal_reads_and_rewrites_in_the_worker(qtbot, library, open_window, monkeypatch):
    from PySide6.QtCore import Qt

    from facilitator.domain import preparation as prep

    path = library.create("Ees")
    sf, s = open_session(path)
    p = prep.add_participant(s, "Bram")
    prep.edit_participant(s, p, consent=True, email="bram.secret@voorbeeld.nl")
    sf.close()
    threads: list[str] = []
    real = Library.purge_backups

    def watched(library, sf):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(library, sf)

    monkeypatch.setattr(Library, "purge_backups", watched)
    window = open_window(path)  # opening makes a backup that holds the e-mail
    backups = library.backups(path)
    page = window.pages["voorbereiding"]
    page.tabs.setCurrentIndex(1)
    view, model = page.participant_view, page.participants
    view.setFocus()
    view.setCurrentIndex(model.index(0, model.CONSENT))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # Bram withdraws his consent
    qtbot.waitUntil(lambda: all(b"bram.secret@voorbeeld.nl" not in b.read_bytes() for b in backups), timeout=5000)
    assert threads == ["kernkracht-backup"]
    window.close()
