"""The opening dialog shows which step of opening a meeting runs, and Annuleren (Esc) really stops it:
no window, no backup, the file as it was (but for SQLite's open counter in its header), and it
opens again afterwards."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton

from facilitator.store import sessionfile
from facilitator.ui.library import opening
from facilitator.ui.session import window as session_window


def digest(path) -> str:  # type: ignore[no-untyped-def]
    """The file's bytes but for SQLite's change counter in the header (bytes 24–27 and 92–95):
    the store counts every open of the file there, also one that is stopped."""
    data = bytearray(path.read_bytes())
    data[24:28] = data[92:96] = b"\0\0\0\0"
    return hashlib.sha256(data).hexdigest()


class Held:
    """Holds one step of the opening (in the worker) until the test lets it go on."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.go_on = threading.Event()

    def wrap(self, function: Callable[..., object]) -> Callable[..., object]:
        def held(*args: object, **kwargs: object) -> object:
            self.reached.set()
            assert self.go_on.wait(30), "the test never let the step go on"
            return function(*args, **kwargs)

        return held


def drive(steps: list[tuple[Callable[[], bool], Callable[[], None]]], failures: list[BaseException]) -> None:
    """While the library window waits for the worker: each (condition, action) in turn, polled."""
    timer = QTimer()

    def look() -> None:
        if not steps:
            timer.stop()
            return
        condition, action = steps[0]
        try:
            if condition():
                steps.pop(0)
                action()
        except BaseException as exc:  # reported by the test after open_path returns
            failures.append(exc)
            steps.clear()

    timer.timeout.connect(look)
    timer.start(10)
    drive.timer = timer  # type: ignore[attr-defined]  # kept alive while open_path runs


def the_dialog(library_window) -> opening.OpeningDialog | None:  # type: ignore[no-untyped-def]
    found = library_window.findChild(opening.OpeningDialog)
    return found if found is not None and found.isVisible() else None


def test_the_dialog_shows_each_step_of_opening(qtbot, library, library_window, monkeypatch):
    monkeypatch.setattr(opening, "SHOW_AFTER_MS", 0)
    read, backup = Held(), Held()
    monkeypatch.setattr(session_window, "open_session", read.wrap(sessionfile.open_session))
    monkeypatch.setattr(type(library), "backup", backup.wrap(type(library).backup))
    path = library.create("Eesveen")
    seen: list[tuple[str, int]] = []
    failures: list[BaseException] = []

    def note() -> None:
        dialog = the_dialog(library_window)
        assert dialog is not None
        seen.append((dialog.labelText(), dialog.value()))

    drive(
        [
            (lambda: read.reached.is_set() and the_dialog(library_window) is not None, lambda: None),
            (lambda: True, lambda: (note(), read.go_on.set())),
            (lambda: backup.reached.is_set(), lambda: None),
            (
                lambda: the_dialog(library_window).value() == opening.STEP_VALUE["backup"],
                lambda: (note(), backup.go_on.set()),
            ),  # type: ignore[union-attr]
        ],
        failures,
    )
    assert library_window.open_path(path)
    assert not failures, failures
    window = library_window.session_window
    qtbot.addWidget(window)
    assert seen == [
        ("Het bestand wordt gelezen en gecontroleerd…", 0),
        ("Er wordt een reservekopie gemaakt…", opening.STEP_VALUE["backup"]),
    ]
    assert the_dialog(library_window) is None  # gone once the window is there
    window.close()


def test_annuleren_stops_the_opening_and_leaves_the_file_as_it_was(qtbot, library, library_window, monkeypatch):
    monkeypatch.setattr(opening, "SHOW_AFTER_MS", 0)
    read = Held()
    monkeypatch.setattr(session_window, "open_session", read.wrap(sessionfile.open_session))
    path = library.create("Eesveen")
    before = digest(path)
    backups_before = library.backups(path)
    failures: list[BaseException] = []
    asked: list[str] = []

    def press_escape() -> None:
        dialog = the_dialog(library_window)
        assert dialog is not None
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        asked.append(dialog.labelText())
        assert dialog.isVisible()  # it stays until the file is closed again
        assert not any(b.isEnabled() for b in dialog.findChildren(QPushButton))
        read.go_on.set()  # the read that was running ends; the opening stops after it

    drive([(lambda: read.reached.is_set() and the_dialog(library_window) is not None, press_escape)], failures)
    assert not library_window.open_path(path)
    assert not failures, failures
    assert asked == ["Het openen stopt na deze stap…"]
    assert library_window.session_window is None
    assert the_dialog(library_window) is None
    assert library_window.isEnabled()
    assert "gestopt" in library_window.statusBar().currentMessage()
    assert digest(path) == before  # untouched
    assert library.backups(path) == backups_before  # no backup of an opening that was stopped

    # the file was closed again: it opens now as usual
    monkeypatch.setattr(session_window, "open_session", sessionfile.open_session)
    assert library_window.open_path(path)
    window = library_window.session_window
    qtbot.addWidget(window)
    window.close()


def test_the_bar_moves_through_the_read_and_esc_stops_it_halfway(qtbot, library, library_window, monkeypatch):
    """A big file: the bar fills as the records come in (not only when a step starts), and Esc
    in the middle of the read stops the opening there, without waiting for the rest."""
    from facilitator.domain import krachtenkaart as kk
    from facilitator.store.sessionfile import open_session

    monkeypatch.setattr(opening, "SHOW_AFTER_MS", 0)
    path = library.create("Grootdorp")
    sf, s = open_session(path)
    with s.batch("kaarten"):
        for n in range(8000):
            kk.add_card(s, f"Kaart {n}", "plekken", description="x" * 100)
    sf.close()
    before, backups_before = digest(path), library.backups(path)
    read_rows: list[int] = []
    real_advance = sessionfile.advance

    def counting(units: float = 1.0) -> None:
        read_rows.append(1)
        real_advance(units)

    monkeypatch.setattr(sessionfile, "advance", counting)
    seen: list[int] = []
    failures: list[BaseException] = []

    def midway() -> bool:
        dialog = the_dialog(library_window)
        if dialog is None:
            return False
        seen.append(dialog.value())
        return 0 < dialog.value() < opening.STEP_VALUE["backup"]

    drive([(midway, lambda: qtbot.keyClick(the_dialog(library_window), Qt.Key.Key_Escape))], failures)
    assert not library_window.open_path(path)
    assert not failures, failures
    assert any(0 < v < opening.STEP_VALUE["backup"] for v in seen)  # moved during the read
    assert 0 < len(read_rows) < 8000 + 50  # stopped in the read, not after reading everything
    assert len(read_rows) < 8000
    assert library_window.session_window is None and library_window.isEnabled()
    assert digest(path) == before and library.backups(path) == backups_before
