"""Afronding: what everyone takes home and what the gemeente receives, beside the handout.

The samenvatting (one sheet for everyone, saved or printed in many copies at once) and
the exports: the tables as Excel or CSV, the dated actions as a calendar, posters and
pictures. The samenvatting and the posters are made in a child process (see
:mod:`.child_job`), the small files in the page's worker thread (see :mod:`.page`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QGroupBox, QPushButton, QSpinBox

from ...common.widgets import narrow_choice

if TYPE_CHECKING:
    from .page import AfrondingPage

MAX_COPIES = 200


class TakeHomeBox(QGroupBox):
    def __init__(self, page: AfrondingPage) -> None:
        super().__init__()
        self.setTitle(self.tr("Voor iedereen en voor de gemeente"))
        self.page = page
        form = QFormLayout(self)
        self.copies = QSpinBox()
        self.copies.setObjectName("summaryCopies")
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setValue(30)
        self.copies.setAccessibleName(self.tr("Aantal afdrukken van de samenvatting"))
        form.addRow(self.tr("&Aantal afdrukken:"), self.copies)
        self.save_summary = QPushButton(self.tr("Samen&vatting opslaan als PDF…"))
        self.save_summary.setObjectName("saveSummary")
        self.save_summary.setToolTip(self.tr("Eén A4 voor iedereen: kroonjuwelen, beste ideeën, wie doet wat"))
        self.save_summary.clicked.connect(lambda: self.save_samenvatting())
        self.print_summary = QPushButton(self.tr("Samenvatting afdr&ukken…"))
        self.print_summary.setObjectName("printSummary")
        self.print_summary.clicked.connect(self.print_samenvatting)
        # one under the other: side by side they made the column too wide for a 1280-wide screen
        form.addRow(self.save_summary)
        form.addRow(self.print_summary)
        self.export_kind = QComboBox()
        self.export_kind.setObjectName("exportKind")
        self.export_kind.setAccessibleName(self.tr("Soort bestand"))
        narrow_choice(self.export_kind)
        self.export_kind.addItem(self.tr("Tabellen voor Excel (.xlsx)"), "xlsx")
        self.export_kind.addItem(self.tr("Tabellen als CSV (één bestand per tabel)"), "csv")
        self.export_kind.addItem(self.tr("Agenda met de data van de acties (.ics)"), "ics")
        self.export_kind.addItem(self.tr("Poster A3: de Krachtenkaart (PDF)"), "poster-krachtenkaart")
        self.export_kind.addItem(self.tr("Poster A3: het bord Type 1 tot 4 (PDF)"), "poster-eigenaarschap")
        self.export_kind.addItem(self.tr("Plaatje voor de dorpskrant: het bord Type 1 tot 4 (PNG)"), "png-board")
        self.export_kind.addItem(self.tr("Plaatje voor de dorpskrant: de rollen (PNG)"), "png-radar")
        self.export_kind.addItem(self.tr("Plaatje voor de dorpskrant: de plattegrond met spelden (PNG)"), "png-map")
        form.addRow(self.tr("E&xporteren:"), self.export_kind)
        self.export_button = QPushButton(self.tr("Bestand &maken…"))
        self.export_button.setObjectName("exportFiles")
        self.export_button.clicked.connect(lambda: self.export())
        form.addRow(self.export_button)

    # ------------------------------------------------------------ samenvatting
    def save_samenvatting(self, path: Path | str | None = None) -> None:
        page = self.page
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                page,
                self.tr("Samenvatting opslaan"),
                page._default_name("-samenvatting"),
                self.tr("PDF-bestanden (*.pdf)"),
            )
            if not chosen:
                return
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        page.run_child(self.tr("De samenvatting wordt gemaakt…"), "samenvatting", target, page._saved)

    def print_samenvatting(self) -> None:
        self.page.print_child(
            self.tr("De samenvatting wordt klaargemaakt om af te drukken…"), "samenvatting", self._print
        )

    def _print(self, data: bytes) -> None:
        page = self.page
        printer = page.choose_printer()
        if printer is None:
            return
        copies = self.copies.value()

        def said(pages: int) -> None:
            page.status.setText(
                self.tr("Samenvatting naar de printer gestuurd, aantal: %n", "", copies)
                + self.tr(", %n pagina's", "", pages)
            )

        page.print_pages(data, printer, said, copies=copies)

    # ------------------------------------------------------------ exports
    def export(self, path: Path | str | None = None) -> None:
        page = self.page
        kind = str(self.export_kind.currentData())
        suffix = {"xlsx": ".xlsx", "csv": ".csv", "ics": ".ics"}.get(
            kind, ".png" if kind.startswith("png-") else ".pdf"
        )
        if path is None:
            names = {
                "xlsx": self.tr("Excel-bestanden (*.xlsx)"),
                "csv": self.tr("CSV-bestanden (*.csv)"),
                "ics": self.tr("Agenda-bestanden (*.ics)"),
            }
            stem = {"ics": "-agenda", "poster-krachtenkaart": "-poster-krachtenkaart"}.get(kind, "")
            stem = "-poster-type-1-4" if kind == "poster-eigenaarschap" else stem
            stem = f"-{kind}" if kind.startswith("png-") else stem
            default = page._default_name(stem).removesuffix(".pdf") + suffix
            kinds = names.get(
                kind, self.tr("PNG-plaatjes (*.png)") if kind.startswith("png-") else self.tr("PDF-bestanden (*.pdf)")
            )
            chosen, _filter = QFileDialog.getSaveFileName(page, self.tr("Exporteren"), default, kinds)
            if not chosen:
                return
            path = chosen
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        if kind.startswith("poster-"):
            # an A3 poster of a big meeting takes as long as a handout: a process of its own
            page.run_child(self.tr("De poster wordt gemaakt…"), kind, target, lambda path: self._done([path]))
            return
        from ....handouts.summary import snapshot

        copy, options = snapshot(page.ctx.session), page._options()
        page._run(
            self.tr("Het bestand wordt gemaakt…"), lambda report: _export(kind, copy, target, options), self._done
        )

    def _done(self, written: list[Path]) -> None:
        page = self.page
        page.status.setText(self.tr("Opgeslagen: %1").replace("%1", ", ".join(str(p) for p in written)))


def _export(kind: str, session: Any, target: Path, options: dict[str, Any]) -> list[Path]:
    """Write the export; CSV makes one file per table beside ``target`` (its name as the stem)."""
    from ....handouts import exports
    from .worker import _write_file

    if kind == "csv":
        return exports.write_csv(session, target.parent, target.stem, **options)
    if kind == "xlsx":
        return [_write_file(target, lambda tmp: exports.write_xlsx(session, tmp, **options))]
    if kind.startswith("png-"):
        from ....handouts.pictures import NothingToDraw, write_picture

        picture = kind.removeprefix("png-")
        try:
            return [_write_file(target, lambda tmp: write_picture(session, picture, tmp, **options))]
        except NothingToDraw:
            # shown to the facilitator as the reason (the worker reports an OSError's text)
            raise OSError(
                QCoreApplication.translate("TakeHomeBox", "Voor dit plaatje is nog niets ingevuld in deze bijeenkomst.")
            ) from None
    return [_write_file(target, lambda tmp: exports.write_calendar(session, tmp, **options))]
