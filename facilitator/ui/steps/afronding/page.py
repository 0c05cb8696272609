"""Afronding: the closing round, what the session holds, and the handout as PDF — saved,
opened or printed — plus blank worksheets. Building runs in a worker thread behind a
progress dialog."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .... import handouts  # reportlab is imported when a PDF is first made, not when the window opens
from ....domain.changes import ChangeEvent
from ....handouts.sheetwords import role_sets
from ...common.widgets import heading
from ..base import StepPage
from .closing_box import ClosingRound, ClosingView

log = logging.getLogger("kernkracht")


class JobSignals(QObject):
    progress = Signal(int)
    done = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Runs ``work(report)`` in the thread pool; results come back as queued signals."""

    def __init__(self, work: Callable[[Callable[[float, str], None]], Any], signals: JobSignals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work(lambda fraction, _message: self.signals.progress.emit(int(fraction * 100)))
        except OSError as exc:
            self.signals.failed.emit(exc.strerror or str(exc))
        except Exception as exc:  # a bug: logged with its traceback, and told to the user
            log.exception("Hand-out maken mislukt")
            self.signals.failed.emit(repr(exc))
        else:
            self.signals.done.emit(result)


def _write_file(path: Path, make: Callable[[Path], None]) -> Path:
    """Write beside the target first, so a failure never leaves half a PDF."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        make(tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


class AfrondingPage(StepPage):
    step_id = "afronding"
    icon_name = "mdi6.file-document-outline"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.last_pdf: Path | None = None
        self.busy: QProgressDialog | None = None
        self._signals: JobSignals | None = None
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

        sheet_box = QGroupBox(self.tr("Lege werkbladen om te printen"))
        sheet_form = QFormLayout(sheet_box)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Werkblad"))
        for name, label in (
            ("inventaris", self.tr("Inventaris wijksafari")),
            ("eigenaarschap", self.tr("Eigenaarschap: leeg bord Type 1 tot 4")),
            ("rollen", self.tr("Rollen scoren")),
            ("actieplan", self.tr("Actieplan")),
            ("interview", self.tr("Interview in tweetallen (hoofd, hart, handen)")),
            ("wiedoetmee", self.tr("Wie doet mee? (intekenlijst per idee)")),
            ("wieontbreekt", self.tr("Wie ontbreekt?")),
            ("doen-en-laten", self.tr("Doen en laten van de gemeente")),
            ("spiegel", self.tr("Spiegel: waarden en twee logica's")),
        ):
            self.sheet.addItem(label, name)
        sheet_form.addRow(self.tr("Wer&kblad:"), self.sheet)
        self.role_set = QComboBox()
        self.role_set.setAccessibleName(self.tr("Set rollen"))
        for s in role_sets(ctx.language):
            self.role_set.addItem(s["name"], s["id"])
        sheet_form.addRow(self.tr("&Rollen:"), self.role_set)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.sheet_button = QPushButton(self.tr("Werkblad op&slaan als PDF…"))
        self.sheet_button.setObjectName("saveWorksheet")
        self.sheet_button.clicked.connect(lambda: self.save_worksheet())
        sheet_form.addRow(self.sheet_button)
        right.addWidget(sheet_box)
        right.addStretch(1)
        self._sheet_changed()
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

    def _sheet_changed(self) -> None:
        self.role_set.setEnabled(self.sheet.currentData() == "rollen")

    # ------------------------------------------------------------ building in the background
    def _run(
        self, label: str, work: Callable[[Callable[[float, str], None]], Any], done: Callable[[Any], None]
    ) -> None:
        if self.busy is not None:
            return
        # the keyboard goes back where it was once the work is done (see _finish)
        self._focus_before = QApplication.focusWidget()
        self.busy = QProgressDialog(label, "", 0, 100, self)
        self.busy.setObjectName("handoutProgress")
        self.busy.setWindowTitle(self.tr("Even geduld"))
        self.busy.setCancelButton(None)
        self.busy.setWindowModality(Qt.WindowModality.WindowModal)
        self.busy.setMinimumDuration(0)
        self.busy.setAutoClose(False)
        self.busy.setAutoReset(False)
        self.busy.setValue(0)
        self.busy.show()
        signals = JobSignals(self)
        signals.progress.connect(self._progress)

        def finished(result: Any) -> None:
            self._finish()
            done(result)

        def failed(message: str) -> None:
            self._finish()
            self._failed(message)

        signals.done.connect(finished)
        signals.failed.connect(failed)
        self._signals = signals
        QThreadPool.globalInstance().start(Job(work, signals))

    def _progress(self, value: int) -> None:
        if self.busy is not None:
            self.busy.setValue(value)

    def _finish(self) -> None:
        if self.busy is not None:
            self.busy.close()
            self.busy.deleteLater()
            self.busy = None
        self._signals = None
        # a closed modal dialog does not always hand activation back (no window manager, or
        # one that keeps it): take it back, so the facilitator can go on from the keyboard
        before = getattr(self, "_focus_before", None)
        self._focus_before = None
        self.window().activateWindow()
        target = before if before is not None and before.isVisible() else self.save_button
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

    def _default_name(self, suffix: str) -> str:
        base = self.ctx.path.stem if self.ctx.path is not None else "sessie"
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
        from ....handouts.summary import snapshot

        copy = snapshot(self.ctx.session)
        options = self._options()

        def work(report: Callable[[float, str], None]) -> Path:
            return _write_file(target, lambda tmp: handouts.write_handout(copy, tmp, progress=report, **options))

        self._run(self.tr("De hand-out wordt gemaakt…"), work, self._saved)

    def _saved(self, path: Path) -> None:
        self.last_pdf = path
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("Opgeslagen: %1").replace("%1", str(path)))

    def open_handout(self) -> None:
        if self.last_pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_pdf)))

    def print_handout(self) -> None:
        from ....handouts.summary import snapshot

        copy = snapshot(self.ctx.session)
        options = self._options()
        self._run(
            self.tr("De hand-out wordt klaargemaakt om af te drukken…"),
            lambda report: handouts.handout_bytes(copy, **options),
            self._print_bytes,
        )

    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Hand-out afdrukken"))
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def _print_bytes(self, data: bytes) -> None:
        from ...common.pdf_printing import print_pdf

        printer = self.choose_printer()
        if printer is None:
            return
        try:
            pages = print_pdf(data, printer)
        except OSError as exc:
            self._failed(str(exc))
            return
        self.status.setText(self.tr("Naar de printer gestuurd: %n pagina's", "", pages))

    def save_worksheet(self, path: Path | str | None = None) -> None:
        name = str(self.sheet.currentData())
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Werkblad opslaan"),
                self._default_name(f"-werkblad-{name}"),
                self.tr("PDF-bestanden (*.pdf)"),
            )
            if not chosen:
                return
            path = chosen
        target = Path(path)
        language = self.language.currentData()
        role_set = self.role_set.currentData() or ""

        def work(report: Callable[[float, str], None]) -> Path:
            return _write_file(target, lambda tmp: handouts.write_worksheet(name, tmp, language=language, set=role_set))

        self._run(self.tr("Het werkblad wordt gemaakt…"), work, self._saved)


PAGE = AfrondingPage
