"""Overzicht van alle kernen: every meeting in the library (or chosen folders), read-only, side by side.

For the gemeente's kernen- or wijkcoördinator. The files are read in a worker thread with a
progress bar (and a Stop button); the table sorts on every column and filters as you type;
*Opslaan als Excel…* and *Opslaan als PDF…* write the overview (each kern's last meeting,
every meeting, the files that could not be read). Nothing is ever written to the meeting
files themselves.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QSortFilterProxyModel, Qt, QThreadPool, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...store.overview import Cancelled, KernRow, Overview, build_overview, last_per_kern

#: the role that holds a cell's value for sorting (numbers as numbers, dates as ISO text)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class OverviewSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)


class OverviewJob(QRunnable):
    """Builds the overview in the thread pool; answers with queued signals."""

    def __init__(self, folders: list[Path], anonymous: bool, signals: OverviewSignals) -> None:
        super().__init__()
        self.folders, self.anonymous, self.signals = folders, anonymous, signals
        self.stop = False

    def run(self) -> None:
        try:
            overview: Overview | None = build_overview(
                self.folders, self.anonymous, progress=self.signals.progress.emit, cancelled=lambda: self.stop
            )
        except Cancelled:
            overview = None
        self.signals.done.emit(overview)


class OverviewWindow(QWidget):
    """The overview of every meeting file in ``folders``."""

    built = Signal()

    def __init__(self, folders: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("overviewWindow")
        self.folders = folders
        self.overview: Overview | None = None
        self.job: OverviewJob | None = None
        self.setWindowTitle(self.tr("Overzicht van alle kernen"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Elke bijeenkomst in {0} naast elkaar: Type 1–4, rollen, acties en wat er van anderen gevraagd wordt. "
                "De bestanden worden alleen gelezen, nooit veranderd."
            ).format(", ".join(str(f) for f in folders))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Zoek een kern, gemeente of trekker"))
        self.filter.setAccessibleName(self.tr("Zoeken in het overzicht"))
        self.filter.setClearButtonEnabled(True)
        find = QLabel(self.tr("&Zoeken:"))
        find.setBuddy(self.filter)
        bar.addWidget(find)
        bar.addWidget(self.filter, 1)
        self.last_only = QCheckBox(self.tr("Alleen de laatste bijeenkomst per kern"))
        self.last_only.setChecked(True)
        self.anonymous = QCheckBox(self.tr("Anoniem (trekkers niet bij naam)"))
        for box in (self.last_only, self.anonymous):
            bar.addWidget(box)
        layout.addLayout(bar)

        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self.table.setObjectName("overviewTable")
        self.table.setAccessibleName(self.tr("Overzicht per kern"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v van %m bestanden gelezen"))
        self.stop_button = QPushButton(self.tr("S&toppen"))
        self.stop_button.clicked.connect(self.stop)
        self.status = QLabel()
        self.status.setObjectName("overviewStatus")
        self.save_xlsx = QPushButton(self.tr("Opslaan als &Excel…"))
        self.save_pdf = QPushButton(self.tr("Opslaan als &PDF…"))
        self.save_xlsx.clicked.connect(lambda: self.save("xlsx"))
        self.save_pdf.clicked.connect(lambda: self.save("pdf"))
        for w in (self.progress, self.stop_button, self.status):
            bottom.addWidget(w)
        bottom.addStretch(1)
        bottom.addWidget(self.save_xlsx)
        bottom.addWidget(self.save_pdf)
        layout.addLayout(bottom)

        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.last_only.toggled.connect(lambda _on: self.show_rows())
        self.anonymous.toggled.connect(lambda _on: self.start())
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.filter.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        self.resize(1200, 640)
        self.start()

    # ---------------------------------------------------------------- building
    def start(self) -> None:
        """Read every file again (in the thread pool)."""
        self.stop()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.show()
        self.save_xlsx.setEnabled(False)
        self.save_pdf.setEnabled(False)
        self.status.setText(self.tr("Bezig met lezen…"))
        signals = OverviewSignals(self)
        signals.progress.connect(self._progress)
        signals.done.connect(self._done)
        self.job = OverviewJob(self.folders, self.anonymous.isChecked(), signals)
        self.job.setAutoDelete(False)
        QThreadPool.globalInstance().start(self.job)

    def stop(self) -> None:
        if self.job is not None:
            self.job.stop = True

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, overview: Overview | None) -> None:
        if self.sender() is not None and self.job is not None and self.sender() is not self.job.signals:
            return  # an earlier run that was stopped
        self.progress.hide()
        self.stop_button.hide()
        if overview is None:
            self.status.setText(self.tr("Gestopt: het overzicht is niet compleet."))
            return
        self.overview = overview
        self.show_rows()
        self.save_xlsx.setEnabled(True)
        self.save_pdf.setEnabled(True)
        self.built.emit()

    def shown_rows(self) -> list[KernRow]:
        if self.overview is None:
            return []
        return last_per_kern(self.overview) if self.last_only.isChecked() else list(self.overview.rows)

    def show_rows(self) -> None:
        headings = [
            self.tr("Kern of wijk"),
            self.tr("Bijeenkomst"),
            self.tr("Type 1–4 nu"),
            self.tr("Verschuiven"),
            self.tr("Open"),
            self.tr("Bezig"),
            self.tr("Klaar"),
            self.tr("Over tijd"),
            self.tr("Open per thema"),
            self.tr("Gemeente: doen en laten"),
            self.tr("Gevraagd van anderen"),
            self.tr("Trekkers"),
            self.tr("Gemeente"),
            self.tr("Niet te lezen"),
        ]
        self.model.clear()
        self.model.setHorizontalHeaderLabels(headings)
        rows = self.shown_rows()
        for r in rows:
            read = not r.problem
            values: list[tuple[str, Any]] = [
                (r.title, r.title.casefold()),
                (_date(r.date), r.date),
                (" · ".join(str(n) for n in r.types_now) if read else "", sum(r.types_now)),
                (str(r.shifts) if read else "", r.shifts),
                (str(r.actions_open) if read else "", r.actions_open),
                (str(r.actions_busy) if read else "", r.actions_busy),
                (str(r.actions_done) if read else "", r.actions_done),
                (str(r.overdue) if r.overdue else "", r.overdue),
                (self._themes(r), self._themes(r).casefold()),
                (self._homework(r), self._homework(r).casefold()),
                ("; ".join(r.asks), "; ".join(r.asks).casefold()),
                (", ".join(r.trekkers), ", ".join(r.trekkers).casefold()),
                (r.municipality, r.municipality.casefold()),
                (r.problem, r.problem),
            ]
            items = []
            for text, key in values:
                item = QStandardItem(text)
                item.setData(key, SORT_ROLE)
                item.setToolTip(text)
                items.append(item)
            self.model.appendRow(items)
        header = self.table.horizontalHeader()
        for column in range(len(headings)):
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column), 240))
        self.table.resizeRowsToContents()
        problems = sum(1 for r in rows if r.problem)
        text = self.tr("Bijeenkomsten: %n", "", len(rows) - problems)
        if problems:
            text += self.tr(" · niet te lezen: %n", "", problems)
        self.status.setText(text)

    def _themes(self, r: KernRow) -> str:
        """ "Zorg en welzijn 3 (1 te laat); zonder thema 2" in the user's language."""
        parts = []
        for line in r.themes:
            name = line.name or self.tr("zonder thema")
            late = self.tr(" ({0} te laat)").format(line.overdue) if line.overdue else ""
            parts.append(f"{name} {line.open}{late}")
        return "; ".join(parts)

    def _homework(self, r: KernRow) -> str:
        parts = []
        if r.starts:
            parts.append(self.tr("Doen: {0}").format("; ".join(r.starts)))
        if r.stops:
            parts.append(self.tr("Laten: {0}").format("; ".join(r.stops)))
        return " · ".join(parts)

    # ------------------------------------------------------------------ saving
    def save(self, kind: str) -> Path | None:
        if self.overview is None:
            return None
        name = "overzicht-kernen." + kind
        pattern = self.tr("Excel-werkmap (*.xlsx)") if kind == "xlsx" else self.tr("PDF-bestanden (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Overzicht opslaan"), str(Path.home() / name), pattern)
        if not chosen:
            return None
        return self.write(Path(chosen), kind)

    def write(self, path: Path, kind: str) -> Path | None:
        from ...handouts.overview import write_pdf, write_xlsx

        assert self.overview is not None
        if path.suffix.lower() != "." + kind:
            path = path.with_name(path.name + "." + kind)
        try:
            (write_xlsx if kind == "xlsx" else write_pdf)(self.overview, path)
        except OSError as exc:
            self.status.setText(self.tr("Niet opgeslagen: {0}").format(exc.strerror or exc))
            return None
        self.status.setText(self.tr("Opgeslagen: {0}").format(path))
        return path

    def closeEvent(self, event: Any) -> None:
        self.stop()
        super().closeEvent(event)


def _date(text: str) -> str:
    parts = text.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[2])}-{int(parts[1])}-{parts[0]}"
    return text
