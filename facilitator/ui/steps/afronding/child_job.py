"""A PDF made in a child process (see :mod:`facilitator.handouts.job`), watched from the app.

:class:`ChildJob` copies the open meeting to a temporary file (SQLite's backup, in a worker
thread), starts the child with :class:`QProcess`, turns its ``PROGRESS n`` lines into the
``progress`` signal and ends with ``done`` (the written path) or ``failed`` (a Dutch
message). :meth:`ChildJob.cancel` kills the child and removes its half-written file.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal

from ....handouts.job import JOB_WORD, temp_name
from ....store.errors import StoreError
from ...common.background import worker


def job_command() -> list[str]:
    """The program and first words that start a job: the bundled program itself, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, JOB_WORD]
    return [sys.executable, "-m", "facilitator.handouts.job"]


def write_error(kind: str, target: Path) -> str:
    """What went wrong writing ``target``, in the user's words (``kind``: an errno name)."""
    if kind == "ENOSPC":
        text = QCoreApplication.translate("ChildJob", "De schijf is vol: %1 kon niet worden opgeslagen.")
    elif kind in ("EACCES", "EPERM", "EROFS"):
        text = QCoreApplication.translate("ChildJob", "In deze map mag niet worden geschreven: %1")
    elif kind == "ENOENT":
        text = QCoreApplication.translate("ChildJob", "Deze map bestaat niet (meer): %1")
    else:
        text = QCoreApplication.translate("ChildJob", "%1 kon niet worden opgeslagen.")
    return text.replace("%1", str(target.parent if kind in ("EACCES", "EPERM", "EROFS", "ENOENT") else target))


def write_copy(path: Path, records: list[Any], storage: Any) -> None:
    """A session file at ``path`` with ``records`` and the pictures they name (from ``storage``)."""
    from ....domain.changes import Change
    from ....store.sessionfile import SessionFile

    sf = SessionFile.create(path)
    try:
        sf.write([Change(r.KIND, r.id, None, r.to_dict()) for r in records])
        for record in records:
            names = [record.__dict__.get("blob_id", "")] + list(record.__dict__.get("photos", []) or [])
            for blob_id in filter(None, names):
                data = storage.get_blob(str(blob_id))
                if data is not None:
                    sf.put_blob(data, "application/octet-stream")
    finally:
        sf.close()


class ChildJob(QObject):
    progress = Signal(int)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, kind: str, target: Path, options: dict[str, Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.target = target
        self.options = options
        self.folder = Path(tempfile.mkdtemp(prefix="kernkracht-pdf-"))
        self.process: QProcess | None = None
        self.cancelled = False
        self._stderr = b""
        self._copy_error: str | None = None
        self._copier: threading.Thread | None = None
        self._wait = QTimer(self)
        self._wait.setInterval(15)
        self._wait.timeout.connect(self._copied)
        if parent is not None:
            # the window closed with the job still running: stop the child (and leave no file)
            parent.destroyed.connect(self._stop_quietly)

    # ------------------------------------------------------------ start
    def start(self, ctx: Any) -> None:
        """Copy the meeting of ``ctx`` off the GUI thread, then start the child on the copy."""
        source = self.folder / "bijeenkomst.kernkracht"
        self.source = source
        file = ctx.file
        path = getattr(ctx.session.storage, "path", None)
        if file is None and path is not None:
            # a meeting read from a file that may not be written: the child reads that file itself
            self.source = Path(path)
            self._launch()
            return
        # a meeting only in memory (a test, a benchmark) is written to the copy record by record
        records = list(ctx.session.records()) if file is None else []
        storage = ctx.session.storage

        def copy() -> None:
            try:
                if file is not None:
                    file.backup_to(source, passing=True)  # in steps: the window may write meanwhile
                else:
                    write_copy(source, records, storage)
            except StoreError as exc:  # told to the user when the copy is done
                self._copy_error = exc.message("nl")

        self._copier = worker(copy, "kernkracht-pdf-copy")
        self._copier.start()
        self._wait.start()

    def _copied(self) -> None:
        if self._copier is not None and self._copier.is_alive():
            return
        self._wait.stop()
        if self.cancelled:
            self._cleanup()
            return
        if self._copy_error is not None:
            self._fail(self._copy_error)
            return
        self._launch()

    def _launch(self) -> None:
        process = QProcess(self)
        program, *words = job_command()
        words += [self.kind, str(self.source), str(self.target), json.dumps(self.options)]
        process.setProgram(program)
        process.setArguments(words)
        process.readyReadStandardOutput.connect(self._read)
        process.readyReadStandardError.connect(self._read_errors)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self.process = process
        process.start()

    # ------------------------------------------------------------ while it runs
    def _read(self) -> None:
        if self.process is None:
            return
        while self.process.canReadLine():
            line = bytes(self.process.readLine().data()).decode("utf-8", "replace").strip()
            if line.startswith("PROGRESS "):
                try:
                    self.progress.emit(max(0, min(100, int(line.split()[1]))))
                except ValueError:
                    pass

    def _read_errors(self) -> None:
        if self.process is not None:
            self._stderr += bytes(self.process.readAllStandardError().data())

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self.cancelled:
            self._fail(QCoreApplication.translate("ChildJob", "Het programma dat de PDF maakt, kon niet starten."))

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read()
        self._read_errors()
        if self.cancelled:
            return
        if code == 0 and status == QProcess.ExitStatus.NormalExit and self.target.is_file():
            self._cleanup()
            self.done.emit(self.target)
            return
        self._fail(self._child_message(code))

    def _child_message(self, code: int) -> str:
        lines = [ln.strip() for ln in self._stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
        for line in lines:
            if line.startswith("FOUT: "):
                return line.removeprefix("FOUT: ")
            if line.startswith("SCHRIJFFOUT "):
                return write_error(line.split(" ", 2)[1], self.target)
        last = lines[-1] if lines else ""
        text = QCoreApplication.translate("ChildJob", "Het maken van de PDF stopte onverwacht (code %1).").replace(
            "%1", str(code)
        )
        return f"{text} {last}".strip()

    # ------------------------------------------------------------ the end
    def cancel(self) -> None:
        """Stop the child now; no file is left at the target, nor half of one beside it."""
        self.cancelled = True
        self._wait.stop()
        if self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()
            self.process.waitForFinished(2000)
        if self._copier is None or not self._copier.is_alive():
            self._cleanup()
        else:
            self._wait.start()  # the copy finishes on its own; cleaned up then (see _copied)

    def _stop_quietly(self) -> None:
        process, self.process = self.process, None
        self.cancelled = True
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(2000)
        self._cleanup()

    def _fail(self, message: str) -> None:
        self._cleanup()
        self.failed.emit(message)

    def _cleanup(self) -> None:
        temp_name(self.target).unlink(missing_ok=True)
        remove_in_background(self.folder)


def remove_in_background(folder: Path) -> None:
    """Take ``folder`` away now and delete it in a worker thread: deleting the copy of a meeting
    with photos (237 MB) took 70 ms on the window's thread. It is renamed first, so it is gone
    from its place at once; when that is refused, it is deleted where it is."""
    if not folder.exists():
        return
    gone = folder.with_name(f"{folder.name}-weg")
    try:
        folder.rename(gone)
    except OSError:
        gone = folder
    threading.Thread(target=shutil.rmtree, args=(gone, True), name="kernkracht-pdf-cleanup", daemon=True).start()
