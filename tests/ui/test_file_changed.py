"""The file changed underneath, and a disk that says no: one clear message, nothing lost, nothing overwritten."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.domain import krachtenkaart as kk
from facilitator.store.sessionfile import open_session
from tests.ui.krachtenkaart_helpers import enter_card, open_board, titles


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def visible_boxes(name: str) -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
    ]


def test_a_newer_copy_arriving_underneath_is_kept_and_offered_for_merge(qtbot, library, open_window):  # type: ignore[no-untyped-def]
    path = library.create("Warffum")
    other = library.duplicate(path)  # the other laptop's copy of the same meeting
    sf, session = open_session(other)
    kk.add_card(session, "Kaart van de andere laptop", "plekken")
    sf.close()
    window, page = open_board(open_window, path)
    enter_card(qtbot, page, "Eerste kaart")
    os.replace(other, path)  # Syncthing renames the newer copy over the open file
    arrived = digest(path)
    enter_card(qtbot, page, "Tweede kaart")
    enter_card(qtbot, page, "Derde kaart")
    qtbot.waitUntil(lambda: len(visible_boxes("changedUnderneathBox")) == 1)
    box = visible_boxes("changedUnderneathBox")[0]
    assert "veranderd door een ander programma" in box.text() and "gered" in box.text()
    assert len(visible_boxes("changedUnderneathBox")) == 1  # once, not per card
    assert {"Eerste kaart", "Tweede kaart", "Derde kaart"} <= set(titles(page, "gaven"))  # still on screen
    assert digest(path) == arrived  # the other laptop's file is untouched
    merge = box.findChild(type(box.buttons()[0]), "mergeButton")
    qtbot.mouseClick(merge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(w.objectName() == "mergeReportBox" for w in QApplication.topLevelWidgets() if w.isVisible())
    )
    merged = next(library.root.glob("*-samengevoegd.kernkracht"))
    sf, together = open_session(merged)
    try:
        names = {c.title for c in together.all(kk.AssetCard)}
    finally:
        sf.close()
    assert {"Kaart van de andere laptop", "Eerste kaart", "Tweede kaart", "Derde kaart"} <= names
    rescue = window.context.file.path
    window.close()
    sf, rescued = open_session(rescue)  # the edits made here are in the rescue file too
    try:
        assert {"Eerste kaart", "Tweede kaart", "Derde kaart"} <= {c.title for c in rescued.all(kk.AssetCard)}
    finally:
        sf.close()


def test_a_full_disk_while_typing_gives_one_message_not_one_per_keystroke(qtbot, library, open_window, monkeypatch):  # type: ignore[no-untyped-def]
    from facilitator.store import errors

    path = library.create("Ees")
    window = open_window(path)
    page = window.pages["voorbereiding"]
    page.purpose.setFocus()
    sf = window.context.file

    def full(changes):  # type: ignore[no-untyped-def]
        raise errors.DiskFull(sf.path)

    monkeypatch.setattr(sf, "write", full)  # the disk fills up during the evening
    text = "Wat is er sterk hier?"
    qtbot.keyClicks(page.purpose, text)
    qtbot.wait(50)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert window.context.last_error is not None and window.context.last_error.code == "disk_full"
    assert len(boxes) == 1, f"{len(boxes)} stacked boxes for {len(text)} keystrokes"
    assert "schijf is vol" in boxes[0].text()
