"""Afronding makes its PDFs in a child process: the window's own process never builds the
handout, Annuleren (Escape) stops the child at once and leaves no file, half or whole."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QProgressDialog

from facilitator.demo import write_demo
from facilitator.domain import krachtenkaart as kk
from tests.handouts import pdftext


def afronding(open_window, library):  # type: ignore[no-untyped-def]
    path = write_demo(library.root)
    window = open_window(path)
    return window, window.show_step("afronding")


def test_the_handout_is_built_in_another_process(qtbot, library, open_window, tmp_path, monkeypatch):
    def not_here(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the handout was built in the window's process")

    monkeypatch.setattr("facilitator.handouts.handout.write_handout", not_here)
    window, page = afronding(open_window, library)
    # an edit just made is in the handout: the child reads a copy of the file as it is now
    page.ctx.run(kk.add_card, page.ctx.session, "Zojuist getypt", "plekken")
    page.save_handout(tmp_path / "h.pdf")
    qtbot.waitUntil(lambda: page.job is not None and page.job.process is not None, timeout=10_000)
    child = page.job.process.processId()
    assert child and child != os.getpid()
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=30_000)
    assert "Zojuist getypt" in pdftext.text((tmp_path / "h.pdf").read_bytes())
    assert page.busy is None and page.job is None


def test_escape_cancels_stops_the_child_and_leaves_no_file(qtbot, library, open_window, tmp_path):
    window, page = afronding(open_window, library)
    target = tmp_path / "h.pdf"
    seen: list[int] = []
    page.save_handout(target)
    job = page.job
    assert job is not None
    job.progress.connect(seen.append)
    qtbot.waitUntil(lambda: job.process is not None and job.process.state() == QProcess.ProcessState.Running)
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] >= 30, timeout=30_000)  # the PDF is being built
    dialog = page.findChild(QProgressDialog, "handoutProgress")
    assert dialog is not None and dialog.isVisible()
    process = job.process
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert process.state() == QProcess.ProcessState.NotRunning
    assert page.busy is None and page.last_pdf is None
    assert page.status.text() == "Geannuleerd: er is geen bestand gemaakt."
    assert not target.exists() and not Path(str(target) + ".tmp").exists()
    assert not job.folder.exists()  # the copy of the meeting is gone too
    # the window goes on: the next handout is made as usual
    page.save_handout(target)
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_the_cancel_button_is_there_and_says_annuleren(qtbot, library, open_window, tmp_path):
    from PySide6.QtWidgets import QPushButton

    window, page = afronding(open_window, library)
    page.save_handout(tmp_path / "h.pdf")
    dialog = page.findChild(QProgressDialog, "handoutProgress")
    assert dialog is not None
    assert [b.text() for b in dialog.findChildren(QPushButton)] == ["Annuleren"]
    qtbot.mouseClick(dialog.findChildren(QPushButton)[0], Qt.MouseButton.LeftButton)
    assert page.busy is None and not (tmp_path / "h.pdf").exists()


def test_a_meeting_only_in_memory_is_copied_to_a_file_for_the_child(tmp_path):
    from facilitator.domain.session import Session
    from facilitator.store.readonly import read_only_session
    from facilitator.ui.steps.afronding.child_job import write_copy

    session = Session()
    kk.add_card(session, "Alleen in het geheugen", "plekken")
    write_copy(tmp_path / "kopie.kernkracht", list(session.records()), session.storage)
    copy = read_only_session(tmp_path / "kopie.kernkracht")
    assert [c.title for c in kk.cards(copy)] == ["Alleen in het geheugen"]


def test_closing_the_page_while_the_child_runs_stops_it_and_leaves_no_file(qtbot, library, open_window, tmp_path):
    from PySide6.QtCore import QCoreApplication, QEvent

    window, page = afronding(open_window, library)
    target = tmp_path / "h.pdf"
    page.save_handout(target)
    job = page.job
    assert job is not None
    qtbot.waitUntil(lambda: job.process is not None and job.process.state() == QProcess.ProcessState.Running)
    pid = job.process.processId()
    page.deleteLater()  # as when the window goes with the job still running
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # no "QProcess: Destroyed while process is still running" (a Qt warning fails the test)
    assert not Path(f"/proc/{pid}").exists()  # killed and reaped
    assert not target.exists() and not Path(str(target) + ".tmp").exists()


def test_the_copy_is_taken_away_at_once_and_deleted_off_the_window_thread(tmp_path, monkeypatch):
    import threading

    from facilitator.ui.steps.afronding import child_job

    folder = tmp_path / "kernkracht-pdf-x"
    folder.mkdir()
    (folder / "bijeenkomst.kernkracht").write_bytes(b"x" * 1000)
    threads: list[str] = []
    real = child_job.shutil.rmtree
    removed = threading.Event()

    def rmtree(path, ignore_errors=False):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        real(path, ignore_errors)
        removed.set()

    monkeypatch.setattr(child_job.shutil, "rmtree", rmtree)
    child_job.remove_in_background(folder)
    assert not folder.exists()  # gone from its place before the function returns
    assert removed.wait(10)
    assert threads == ["kernkracht-pdf-cleanup"]
    assert list(tmp_path.iterdir()) == []  # and deleted, not left renamed
    child_job.remove_in_background(folder)  # a folder already gone is no error
