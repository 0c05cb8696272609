"""A merge, import or export of a big meeting shows a bar that fills, and Annuleren (or Esc) stops it:
nothing is written, the status bar says so, and the window can be used again at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QPushButton

from facilitator.ui.common import background
from facilitator.ui.common.background import stopped_message
from tests.meetings import with_cards

CARDS = 5000


class Stopper:
    """Watches for the busy dialog; once its bar has moved, stops the work as a user does."""

    def __init__(self, qtbot, how: str) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.how = qtbot, how
        self.seen: list[tuple[int, int]] = []
        self.pressed = ""
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if not dialogs or self.pressed:
            return
        dialog = dialogs[0]
        self.seen.append((dialog.maximum(), dialog.value()))
        if dialog.maximum() == 1000 and dialog.value() > 0:
            if self.how == "click":
                button = next(b for b in dialog.findChildren(QPushButton) if b.isVisible())
                self.pressed = button.text()
                self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            else:
                self.pressed = "Esc"
                self.qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    def stop(self) -> None:
        self.timer.stop()


def test_annuleren_stops_a_merge_and_leaves_no_file(qtbot, library, library_window, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    path = with_cards(library, "Grootdorp", CARDS)
    library.duplicate(path)
    library_window.reload()
    before = sorted(p.name for p in library.root.iterdir())
    library_window.table.selectAll()
    stopper = Stopper(qtbot, "click")
    try:
        assert library_window.tools.merge() is None
    finally:
        stopper.stop()
    assert stopper.pressed == "Annuleren"
    assert any(value > 0 for maximum, value in stopper.seen if maximum == 1000)  # a bar that filled
    assert sorted(p.name for p in library.root.iterdir()) == before  # no merged meeting, no part file
    assert library_window.statusBar().currentMessage() == stopped_message()
    assert library_window.isEnabled()


def test_esc_stops_the_session_windows_export_and_writes_nothing(qtbot, library, open_window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    window = open_window(with_cards(library, "Grootdorp", CARDS))
    target = tmp_path / "uit" / "grootdorp.json"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    stopper = Stopper(qtbot, "esc")
    try:
        window.export_action.trigger()
    finally:
        stopper.stop()
    assert stopper.pressed == "Esc"
    assert list(target.parent.iterdir()) == []  # no export, no temporary file
    assert window.statusBar().currentMessage() == stopped_message()
    assert window.context.last_error is None and window.isEnabled()
    window.export_action.trigger()  # a second try, not stopped, writes the whole file
    assert target.is_file() and target.stat().st_size > CARDS * 200


def test_closing_the_window_during_an_export_waits_for_it_then_closes(
    qtbot, library, open_window, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    """The window is disabled while it exports, but the window manager's close still comes:
    it used to close the meeting's file under the worker. Now the close waits for the export."""
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    path = with_cards(library, "Grootdorp", CARDS)
    window = open_window(path)
    target = tmp_path / "grootdorp.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    during: list[bool] = []

    def close_while_busy() -> None:
        if during or not any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()):
            return
        window.close()  # as the window manager's close button does
        during.append(window.isVisible())

    timer = QTimer()
    timer.timeout.connect(close_while_busy)
    timer.start(5)
    try:
        window.export_action.trigger()
    finally:
        timer.stop()
    assert during == [True]  # not closed while the export ran
    assert target.is_file() and target.stat().st_size > CARDS * 200  # the export was written whole
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)  # and then the window closed
    assert window.context.file.conn is None  # its file closed properly, after the work
    from facilitator.store.library import Library

    assert Library(library.root).import_json(target).is_file()  # a good export
