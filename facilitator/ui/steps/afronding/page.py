"""Afronding: the closing round, what the session holds, and the handout as PDF — saved,
opened or printed — plus blank worksheets. Building runs in a worker thread behind a
progress dialog."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....domain.changes import ChangeEvent
from ...common.widgets import heading
from ..base import StepPage
from .child_job import ChildJob
from .closing_box import ClosingRound, ClosingView
from .printing import Printing
from .sheets_box import SheetBox
from .take_home import TakeHomeBox
from .worker import Job, JobSignals

log = logging.getLogger("kernkracht")


class AfrondingPage(Printing, StepPage):
    step_id = "afronding"
    icon_name = "mdi6.file-document-outline"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.last_pdf: Path | None = None
        self.busy: QProgressDialog | None = None
        self._signals: JobSignals | None = None
        #: the child process making a PDF now, if any
        self.job: ChildJob | None = None
        #: a test (or a caller) may replace how a printer is chosen; None means cancelled
        self.choose_printer: Callable[[], QPrinter | None] = self._ask_printer

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.addWidget(heading(self.tr("Afronding: de hand-out")))
        intro = QLabel(
            self.tr(
                "Alles wat de avond opleverde op papier: een hand-out om mee naar huis te nemen. "
                "Onderdelen zonder inhoud worden weggelaten."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        row = QHBoxLayout()
        outer.addLayout(row, 1)
        summary_box = QGroupBox(self.tr("Wat er in deze bijeenkomst staat"))
        summary_layout = QVBoxLayout(summary_box)
        self.summary = QLabel()
        self.summary.setObjectName("afrondingSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setWordWrap(True)
        summary_layout.addWidget(self.summary)
        summary_layout.addStretch(1)
        # the closing round and the overview scroll together, so the page fits a 768-line laptop screen
        left_page = QWidget()
        left = QVBoxLayout(left_page)
        left.setContentsMargins(0, 0, 0, 0)
        self.closing = ClosingRound(ctx)
        left.addWidget(self.closing)
        left.addWidget(summary_box, 1)
        left_scroll = QScrollArea()
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setWidget(left_page)
        row.addWidget(left_scroll, 3)  # the closing round needs room for what people say

        right = QVBoxLayout()
        row.addLayout(right, 2)
        handout_box = QGroupBox(self.tr("Hand-out"))
        form = QFormLayout(handout_box)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if ctx.language == "en" else 0)
        self.language.setAccessibleName(self.tr("Taal van de hand-out"))
        form.addRow(self.tr("&Taal:"), self.language)
        self.anonymous = QCheckBox(self.tr("A&noniem: zonder namen en contactgegevens"))
        self.anonymous.setAccessibleName(self.tr("Anonieme hand-out"))
        form.addRow(self.anonymous)
        self.theme = QLineEdit()
        self.theme.setObjectName("handoutTheme")
        self.theme.setMaxLength(60)
        self.theme.setPlaceholderText(self.tr("leeg: alles; of een thema, zoals groen of jeugd"))
        self.theme.setAccessibleName(self.tr("Hand-out voor één werkgroep: thema"))
        form.addRow(self.tr("Werkgroep, &zoekwoord:"), self.theme)
        self.photos = QCheckBox(self.tr("&Foto's van de kaarten opnemen"))
        self.photos.setObjectName("handoutPhotos")
        self.photos.setToolTip(self.tr("Niet in de anonieme hand-out: op een foto is te zien wie iemand is"))
        form.addRow(self.photos)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Hand-out &opslaan als PDF…"))
        self.save_button.setObjectName("saveHandout")
        self.save_button.clicked.connect(lambda: self.save_handout())
        self.open_button = QPushButton(self.tr("O&penen"))
        self.open_button.setObjectName("openHandout")
        self.open_button.setEnabled(False)
        self.open_button.setToolTip(self.tr("Open de laatst opgeslagen hand-out in de PDF-lezer"))
        self.open_button.clicked.connect(self.open_handout)
        self.print_button = QPushButton(self.tr("Af&drukken…"))
        self.print_button.setObjectName("printHandout")
        self.print_button.clicked.connect(self.print_handout)
        for b in (self.save_button, self.open_button, self.print_button):
            buttons.addWidget(b)
        form.addRow(buttons)
        self.status = QLabel()
        self.status.setObjectName("afrondingStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.status)
        right.addWidget(handout_box)
        self.take_home = TakeHomeBox(self)
        right.addWidget(self.take_home)

        self.sheet_box = SheetBox(self)
        # the page's names for the box's controls (tests and focus order use them)
        self.sheet, self.role_set, self.items = self.sheet_box.sheet, self.sheet_box.role_set, self.sheet_box.items
        self.sheet_button = self.sheet_box.sheet_button
        right.addWidget(self.sheet_box)
        right.addStretch(1)
        self.show_summary()

    def title(self) -> str:
        return self.tr("Afronding")

    def focus_first(self) -> None:
        self.save_button.setFocus()

    def refresh(self, event: ChangeEvent) -> None:
        self.closing.refresh(event)
        # the summary counts every record: only while it can be seen (else when it is shown)
        self._summary_stale = True
        if self.isVisible():
            self.show_summary()

    def showEvent(self, event: QShowEvent) -> None:
        if getattr(self, "_summary_stale", False):
            self.show_summary()
        super().showEvent(event)

    def projector_widget(self, parent: QWidget) -> QWidget | None:
        return ClosingView(self.ctx, parent)

    # ------------------------------------------------------------ summary
    def show_summary(self) -> None:
        from ....domain import gemeente, spiegel
        from ....handouts.summary import counts

        self._summary_stale = False
        n = counts(self.ctx.session)
        lines = [
            (self.tr("Deelnemers: %n", "", n["participants"]), n["participants"]),
            (
                self.tr("Krachtenkaart: %n kaarten", "", n["cards"])
                + self.tr(", waarvan %n kroonjuwelen", "", n["crown_jewels"]),
                n["cards"],
            ),
            (self.tr("Parkeerplaats: %n zorgen en knelpunten", "", n["worries"]), n["worries"]),
            (
                self.tr("Plattegrond: %n spelden", "", n["pins"]) if n["map"] else self.tr("Plattegrond"),
                n["map"],
            ),
            (self.tr("Ideeën (verbonden kaarten): %n", "", n["ideas"]), n["ideas"]),
            (self.tr("Visie"), n["vision"]),
            (self.tr("Steun van buiten: %n", "", n["support"]), n["support"]),
            (
                self.tr("Eigenaarschap: %n activiteiten", "", n["activities"])
                + self.tr(", %n verschuivingen", "", n["shifts"]),
                n["activities"],
            ),
            (
                self.tr("Rollen: %n scores", "", n["role_scores"]) + self.tr(", %n casussen", "", n["cases"]),
                n["role_scores"] + n["cases"],
            ),
            (self.tr("Dooddoeners: %n", "", n["killer_phrases"]), n["killer_phrases"]),
            (self.tr("Spiegel van het collectief"), spiegel.has_anything(self.ctx.session)),
            (self.tr("Huiswerk voor de gemeente"), gemeente.has_anything(self.ctx.session)),
            (
                self.tr("Actieplan: %n ideeën", "", n["plan_ideas"])
                + self.tr(", %n acties", "", n["actions"])
                + self.tr(", %n trekkers", "", n["trekkers"]),
                n["plan_ideas"] + n["actions"],
            ),
            (self.tr("Wie ontbrak: {0} groepen").format(n["missing_groups"]), n["missing_groups"]),
            (
                self.tr("Wat levert het op: {0} ideeën, {1} partners").format(n["tagged_ideas"], n["partner_asks"]),
                n["tagged_ideas"] + n["partner_asks"],
            ),
            (
                self.tr("Afsluiting: {0} aanmeldingen, afsluitende ronde {1}").format(
                    n["signups"], self.tr("ingevuld") if n["closing"] else self.tr("nog leeg")
                ),
                n["signups"] + n["closing"],
            ),
        ]
        left_out = self.tr("(leeg: wordt weggelaten)")
        self.summary.setText("\n".join(f"✓  {t}" if present else f"–  {t}  {left_out}" for t, present in lines))

    def _open_busy(self, label: str, cancel: bool) -> QProgressDialog:
        # the keyboard goes back where it was once the work is done (see _finish)
        self._focus_before = QApplication.focusWidget()
        busy = QProgressDialog(label, self.tr("Annuleren") if cancel else "", 0, 100, self)
        busy.setObjectName("handoutProgress")
        busy.setWindowTitle(self.tr("Even geduld"))
        if not cancel:
            busy.setCancelButton(None)
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(0)
        busy.setAutoClose(False)
        busy.setAutoReset(False)
        busy.setValue(0)
        busy.show()
        self.busy = busy
        return busy

    def _run(
        self,
        label: str,
        work: Callable[[Callable[[float, str], None]], Any],
        done: Callable[[Any], None],
        cancel: bool = False,
    ) -> None:
        """Small work (worksheets, tables, pictures, printing) in a worker thread of this process;
        ``cancel``: the dialog has Annuleren (the caller connects its ``canceled`` to the work)."""
        if self.busy is not None:
            return
        self._open_busy(label, cancel=cancel)
        signals = JobSignals(self)
        self._connect_end(signals, done)
        self._signals = signals
        QThreadPool.globalInstance().start(Job(work, signals))

    def run_child(self, label: str, kind: str, target: Path, done: Callable[[Path], None], **options: Any) -> None:
        """A handout, samenvatting or poster made in a process of its own, with progress and Annuleren."""
        if self.busy is not None:
            return
        busy = self._open_busy(label, cancel=True)
        job = ChildJob(kind, target, self._options() | {"ui_language": self.ctx.language} | options, self)
        self._connect_end(job, done)

        def cancelled() -> None:
            job.cancel()
            self._finish()
            self.status.setText(self.tr("Geannuleerd: er is geen bestand gemaakt."))

        busy.canceled.connect(cancelled)
        self.job = job
        job.start(self.ctx)

    def _connect_end(self, work: JobSignals | ChildJob, done: Callable[[Any], None]) -> None:
        """Progress to the dialog; at the end the dialog closes and ``done`` or the failure follows."""
        work.progress.connect(self._progress)

        def finished(result: Any) -> None:
            self._finish()
            done(result)

        def failed(message: str) -> None:
            self._finish()
            self._failed(message)

        work.done.connect(finished)
        work.failed.connect(failed)

    def _progress(self, value: int) -> None:
        if self.busy is not None:
            self.busy.setValue(value)

    def _finish(self) -> None:
        busy, self.busy = self.busy, None
        if busy is not None:
            busy.blockSignals(True)  # closing a progress dialog says "canceled": not a cancel here
            busy.close()
            busy.deleteLater()
        self._signals = None
        if self.job is not None:
            self.job.deleteLater()
            self.job = None
        # a closed modal dialog does not always hand activation back (no window manager, or
        # one that keeps it): take it back, so the facilitator can go on from the keyboard
        before = getattr(self, "_focus_before", None)
        self._focus_before = None
        self.window().activateWindow()
        try:
            usable = before is not None and before.isVisible()
        except RuntimeError:  # the field is gone meanwhile (its window or page closed)
            usable = False
        target = before if usable and before is not None else self.save_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Niet gelukt: %1").replace("%1", message))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Hand-out niet gemaakt"),
            self.tr("De PDF kon niet worden gemaakt.") + "\n" + message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("handoutErrorBox")
        box.open()

    def _options(self) -> dict[str, Any]:
        return {"language": self.language.currentData(), "anonymous": self.anonymous.isChecked()}

    def _handout_options(self) -> dict[str, Any]:
        """What only the handout reads: the cards' photos, one working group's theme, and where the
        child finds the earlier meetings of this place for "Toen en nu" (read read-only there)."""
        theme = " ".join(self.theme.text().split())
        options: dict[str, Any] = {"photos": self.photos.isChecked(), "theme": theme}
        if not theme and self.ctx.library is not None:  # one werkgroep's handout: only its theme
            options["review"] = {
                "library": str(self.ctx.library.root),
                "session_id": self.ctx.file.session_id if self.ctx.file is not None else "",
                "own_path": str(self.ctx.path) if self.ctx.path is not None else "",
            }
        return options

    def _default_name(self, suffix: str) -> str:
        """The place and the meeting's date (not the day the file was made or the handout printed)."""
        from ....store.library import meeting_stem

        base = meeting_stem(self.ctx.session)
        folder = self.ctx.path.parent if self.ctx.path is not None else Path.home()
        return str(folder / f"{base}{suffix}.pdf")

    # ------------------------------------------------------------ actions
    def save_handout(self, path: Path | str | None = None) -> None:
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Hand-out opslaan"), self._default_name("-handout"), self.tr("PDF-bestanden (*.pdf)")
            )
            if not chosen:
                return
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.run_child(self.tr("De hand-out wordt gemaakt…"), "handout", target, self._saved, **self._handout_options())

    def _saved(self, path: Path) -> None:
        self.last_pdf = path
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("Opgeslagen: %1").replace("%1", str(path)))

    def open_handout(self) -> None:
        if self.last_pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_pdf)))

    def _print_bytes(self, data: bytes) -> None:
        printer = self.choose_printer()
        if printer is None:
            return
        self.print_pages(
            data,
            printer,
            lambda pages: self.status.setText(self.tr("Naar de printer gestuurd: %n pagina's", "", pages)),
        )

    def save_worksheet(self, path: Path | str | None = None) -> None:
        self.sheet_box.save_worksheet(path)


PAGE = AfrondingPage
