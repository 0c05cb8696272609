"""Printing from the Afronding step: the PDF is made in a child process (like the saved one),
then painted onto the chosen printer in a worker thread, so the window stays usable."""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

# the texts keep the page's translation context ("AfrondingPage"), where they were before


class Printing:
    """The printing half of :class:`.page.AfrondingPage` (a mixin: it uses the page's
    ``run_child``, ``_run``, ``job``, ``status`` and ``_handout_options``)."""

    job: Any
    status: Any
    choose_printer: Callable[[], QPrinter | None]
    run_child: Callable[..., None]
    _run: Callable[..., None]
    _handout_options: Callable[[], dict[str, Any]]
    _print_bytes: Callable[[bytes], None]

    def print_handout(self) -> None:
        self.print_child(
            QCoreApplication.translate("AfrondingPage", "De hand-out wordt klaargemaakt om af te drukken…"),
            "handout",
            self._print_bytes,
            **self._handout_options(),
        )

    def print_child(self, label: str, kind: str, use: Callable[[bytes], None], **options: Any) -> None:
        """Make ``kind`` in a child process into a temporary file, then hand its bytes to ``use``."""
        folder = Path(tempfile.mkdtemp(prefix="kernkracht-print-"))

        def printed(path: Path) -> None:
            try:
                data = path.read_bytes()
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            use(data)

        self.run_child(label, kind, folder / "afdruk.pdf", printed, **options)
        if self.job is None:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            self.job.destroyed.connect(lambda: shutil.rmtree(folder, ignore_errors=True))

    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, cast(QWidget, self))
        dialog.setWindowTitle(QCoreApplication.translate("AfrondingPage", "Hand-out afdrukken"))
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def print_pages(self, data: bytes, printer: QPrinter, said: Callable[[int], None], copies: int = 1) -> None:
        """Paint the PDF onto the printer in a worker thread, then ``said(pages)``; a failure is
        told as for the PDF. Each page is rendered at the printer's resolution (0.3 s a page at
        300 dpi), so a 1,500-page handout took minutes on the window's thread: the bar follows the
        pages, and Annuleren aborts the print run before the next page."""
        from ...common.pdf_printing import print_pdf

        stop = threading.Event()

        def ended(pages: int) -> None:
            if stop.is_set():
                self.status.setText(
                    QCoreApplication.translate(
                        "AfrondingPage", "Afdrukken gestopt. Wat al naar de printer ging, kunt u op de printer stoppen."
                    )
                )
            else:
                said(pages)

        self._run(
            QCoreApplication.translate("AfrondingPage", "De pagina's gaan naar de printer…"),
            lambda report: print_pdf(
                data, printer, copies=copies, told=lambda n, total: report(n / max(total, 1), ""), stop=stop.is_set
            ),
            ended,
            cancel=True,
        )
        busy = getattr(self, "busy", None)
        if busy is not None:
            busy.canceled.connect(stop.set)
