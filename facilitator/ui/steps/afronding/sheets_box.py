"""Afronding: worksheets to print, blank or with the meeting's place and date filled in;
the wijksafari sheet with as many lines as the walk needs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QGroupBox, QPushButton, QSpinBox

from .... import handouts
from ....domain import preparation as prep
from ....handouts.sheetwords import role_sets
from ...common.widgets import narrow_choice
from .worker import _write_file

if TYPE_CHECKING:
    from .page import AfrondingPage


class SheetBox(QGroupBox):
    def __init__(self, page: AfrondingPage) -> None:
        super().__init__()
        self.page = page
        self.setTitle(QCoreApplication.translate("AfrondingPage", "Lege werkbladen om te printen"))
        sheet_form = QFormLayout(self)
        self.sheet = QComboBox()
        narrow_choice(self.sheet)
        self.sheet.setAccessibleName(QCoreApplication.translate("AfrondingPage", "Werkblad"))
        for name, label in (
            ("inventaris", QCoreApplication.translate("AfrondingPage", "Inventaris wijksafari")),
            ("eigenaarschap", QCoreApplication.translate("AfrondingPage", "Eigenaarschap: leeg bord Type 1 tot 4")),
            ("rollen", QCoreApplication.translate("AfrondingPage", "Rollen scoren")),
            ("actieplan", QCoreApplication.translate("AfrondingPage", "Actieplan")),
            ("interview", QCoreApplication.translate("AfrondingPage", "Interview in tweetallen (hoofd, hart, handen)")),
            ("wiedoetmee", QCoreApplication.translate("AfrondingPage", "Wie doet mee? (intekenlijst per idee)")),
            ("wieontbreekt", QCoreApplication.translate("AfrondingPage", "Wie ontbreekt?")),
            ("doen-en-laten", QCoreApplication.translate("AfrondingPage", "Doen en laten van de gemeente")),
            ("spiegel", QCoreApplication.translate("AfrondingPage", "Spiegel: waarden en twee logica's")),
        ):
            self.sheet.addItem(label, name)
        sheet_form.addRow(QCoreApplication.translate("AfrondingPage", "Wer&kblad:"), self.sheet)
        self.role_set = QComboBox()
        narrow_choice(self.role_set)
        self.role_set.setAccessibleName(QCoreApplication.translate("AfrondingPage", "Set rollen"))
        for s in role_sets(page.ctx.language):
            self.role_set.addItem(s["name"], s["id"])
        sheet_form.addRow(QCoreApplication.translate("AfrondingPage", "&Rollen:"), self.role_set)
        self.items = QSpinBox()
        self.items.setObjectName("sheetItems")
        self.items.setRange(1, 200)
        self.items.setValue(8)
        self.items.setAccessibleName(
            QCoreApplication.translate("AfrondingPage", "Aantal regels op het werkblad van de wijksafari")
        )
        sheet_form.addRow(QCoreApplication.translate("AfrondingPage", "Re&gels:"), self.items)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.sheet_button = QPushButton(QCoreApplication.translate("AfrondingPage", "Werkblad op&slaan als PDF…"))
        self.sheet_button.setObjectName("saveWorksheet")
        self.sheet_button.clicked.connect(lambda: self.save_worksheet())
        sheet_form.addRow(self.sheet_button)
        self._sheet_changed()

    def _sheet_changed(self) -> None:
        self.role_set.setEnabled(self.sheet.currentData() == "rollen")
        self.items.setEnabled(self.sheet.currentData() == "inventaris")

    def save_worksheet(self, path: Path | str | None = None) -> None:
        page = self.page
        name = str(self.sheet.currentData())
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                page,
                QCoreApplication.translate("AfrondingPage", "Werkblad opslaan"),
                page._default_name(f"-werkblad-{name}"),
                QCoreApplication.translate("AfrondingPage", "PDF-bestanden (*.pdf)"),
            )
            if not chosen:
                return
            path = chosen
        target = Path(path)
        meeting = prep.meeting(page.ctx.session)
        options = {
            "language": page.language.currentData(),
            "set": self.role_set.currentData() or "",
            # printed from a meeting: its place and date are filled in on the sheet
            "place": meeting.place,
            "date": meeting.date,
            "items": self.items.value(),
        }

        def work(report: Callable[[float, str], None]) -> Path:
            return _write_file(target, lambda tmp: handouts.write_worksheet(name, tmp, **options))

        page._run(QCoreApplication.translate("AfrondingPage", "Het werkblad wordt gemaakt…"), work, page._saved)
