"""Crafted files (``tests/crafted.py``) through the screens: the library lists them, opening says why not.

Each crafted session file is put in the library, listed by the library window, and
opened as a double-click would: refused ones give one Dutch message and stay
byte-for-byte unchanged; the one that opens (a damaged picture) shows every step and
prints its handout.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from facilitator import cli
from facilitator.store.errors import StoreError
from tests.crafted import session_files


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_crafted_files_in_the_library_window(qtbot, library, library_window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    files = session_files(library.root)
    shown: list[StoreError] = []
    monkeypatch.setattr(library_window, "show_error", shown.append)
    library_window.reload()
    assert library_window.model.rowCount() == len(files)
    refused = opened = 0
    for name, path, refuse in files:
        before = digest(path)
        shown.clear()
        ok = library_window.open_path(path)
        if refuse:
            assert not ok and len(shown) == 1, name
            text = shown[0].message("nl")
            assert "niets aan veranderd" in text or "niets veranderd" in text, text
            assert digest(path) == before, f"{name} changed by a refused open"
            refused += 1
            continue
        window = library_window.session_window
        qtbot.addWidget(window)
        for step_id in window.step_ids():
            assert window.show_step(step_id).isVisible()
        window.close()
        pdf = tmp_path / f"{name}.pdf"
        assert cli.main(["handout", str(path), "-o", str(pdf), "--library", str(library.root)]) == 0
        assert pdf.read_bytes().startswith(b"%PDF")
        opened += 1
    assert opened == 1 and refused == len(files) - 1
    print(f"crafted session files tried: {len(files)}, refused: {refused}, opened safely: {opened}")
