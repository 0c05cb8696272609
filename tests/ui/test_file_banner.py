"""The session window says what is true of its file: read-only, or changed underneath.

A read-only file opens from the library with a banner; typing is refused with one box
(then only the status bar); export and the handout still work, and the file stays
byte for byte the same. An open file written in place by another process, or with a
copy renamed over it, gets the banner at once, before any edit; the window's own edits
never raise it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from facilitator.domain import krachtenkaart as kk
from facilitator.store.sessionfile import open_session
from tests.ui.krachtenkaart_helpers import enter_card


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def visible_boxes(window) -> list[QMessageBox]:  # type: ignore[no-untyped-def]
    return [w for w in window.findChildren(QMessageBox) if w.isVisible()]


def test_a_read_only_file_opens_to_view_export_and_print(qtbot, library, open_window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = library.create("Usquert", date="2026-03-10")
    sf, session = open_session(path)
    kk.add_card(session, "Molen De Liefde", "plekken")
    sf.close()
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # marked read-only (as on a CD)
    before = digest(path)

    refusals: list[str] = []

    def close_refusal() -> None:  # the old code refused it with a modal box: read and close it
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            refusals.append(modal.text())
            modal.done(0)

    watchdog = QTimer()
    watchdog.timeout.connect(close_refusal)
    watchdog.start(500)
    try:
        window = open_window(path)
    finally:
        watchdog.stop()
    assert not refusals
    banner = window.file_banner
    assert banner is not None and banner.isVisible() and banner.text().startswith("Alleen lezen")
    assert window.saved_label.text() == "Alleen lezen"
    page = window.show_step("voorbereiding")
    page.purpose.setFocus()
    qtbot.keyClicks(page.purpose, "Wat is hier sterk?")
    qtbot.waitUntil(lambda: len(visible_boxes(window)) == 1)
    box = visible_boxes(window)[0]
    assert "alleen-lezen" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not visible_boxes(window))
    page.purpose.setFocus()
    qtbot.keyClicks(page.purpose, " Nog meer")
    qtbot.keyClick(page.purpose, Qt.Key.Key_Tab)
    assert not visible_boxes(window)  # one message, not one per keystroke
    assert window.statusBar().currentMessage() == "Alleen lezen: deze wijziging is niet bewaard."

    board = window.show_step("krachtenkaart")
    assert [c.title for c in board.board.columns["plekken"].model.rows] == ["Molen De Liefde"]
    for step in window.step_ids():  # every step shows from a read-only file
        window.show_step(step)

    export = tmp_path / "usquert.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(export), ""))
    window.export_action.trigger()
    data = json.loads(export.read_text(encoding="utf-8"))
    assert [c["title"] for c in data["records"]["asset_card"]] == ["Molen De Liefde"]

    afronding = window.show_step("afronding")
    pdf = tmp_path / "usquert.pdf"
    afronding.save_handout(pdf)
    qtbot.waitUntil(lambda: pdf.is_file() and pdf.stat().st_size > 1000, timeout=60_000)
    assert pdf.read_bytes().startswith(b"%PDF")
    window.close()
    assert digest(path) == before  # nothing written, not even the header
    assert sorted(p.name for p in path.parent.glob(f"{path.name}*")) == [path.name]


def newer_copy(library, path: Path) -> Path:  # type: ignore[no-untyped-def]
    other = library.duplicate(path)
    sf, session = open_session(other)
    kk.add_card(session, "Kaart van de andere laptop", "plekken")
    sf.close()
    return other


def test_a_copy_written_in_place_is_noticed_before_the_next_edit(qtbot, library, open_window):  # type: ignore[no-untyped-def]
    path = library.create("Warffum")
    other = newer_copy(library, path)
    window = open_window(path)
    page = window.show_step("krachtenkaart")
    enter_card(qtbot, page, "Eerste kaart")
    QApplication.processEvents()
    window.file_watch.check()  # the window's own edit: no warning
    assert not window.file_banner.isVisible()

    subprocess.run(["cp", str(other), str(path)], check=True)  # in place, same inode, as cp or SMB do
    arrived = digest(path)
    qtbot.waitUntil(lambda: window.file_banner.isVisible(), timeout=5000)  # old code: no banner at all
    assert "veranderd of vervangen" in window.file_banner.text()
    assert window.context.file.diverted is None  # said before any write
    assert digest(path) == arrived
    enter_card(qtbot, page, "Tweede kaart")  # the write-time check still guards
    assert window.context.file.diverted is not None and digest(path) == arrived
    qtbot.waitUntil(lambda: "apart bestand" in window.file_banner.text() or "gaan nu naar" in window.file_banner.text())
    window.close()


def test_a_copy_renamed_over_the_open_file_is_noticed_at_once(qtbot, library, open_window):  # type: ignore[no-untyped-def]
    path = library.create("Kantens")
    other = newer_copy(library, path)
    window = open_window(path)
    window.show_step("krachtenkaart")
    staged = path.with_name("binnenkomend.tmp")
    shutil.copyfile(other, staged)
    os.replace(staged, path)  # Syncthing renames the newer copy over the open file
    qtbot.waitUntil(lambda: window.file_banner.isVisible(), timeout=5000)
    assert "Kantens" in window.windowTitle() and path.name in window.file_banner.text()
    assert window.context.file.diverted is None
    window.close()
