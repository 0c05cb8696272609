"""Toen en nu: the review of a place over its meetings (issue 15, part 3), read-only.

The other meeting files of the same place are read through ``store/review.py`` (never
locked or changed). First what was achieved since the last meeting, to celebrate; then
the earlier actions done, stopped and still open; the Type board then → now; the role and
value profiles of each year in one chart; the cards that came and went. Reached from
*Bijeenkomst → Toen en nu* (Ctrl+Shift+R); shown first when the meeting is a tussenbalans
or an evaluatie.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain import actieplan as ap
from ...domain import preparation as prep
from ...domain import review as rv
from ...domain.radar_geometry import radar_geometry
from ...domain.rollen import MAX_SCORE
from ...store.review import place_meetings
from ..common.radar import RadarChart
from .context import SessionContext


def build(ctx: SessionContext) -> tuple[rv.Review, list[str]]:
    """The review of the open meeting against the library's other files of its place."""
    session = ctx.session
    if ctx.library is None:
        return rv.review([rv.Meeting("", session)], ctx.language), []
    session_id = ctx.file.session_id if ctx.file is not None else ""
    meetings, skipped = place_meetings(ctx.library, session, session_id, ctx.path)
    return rv.review(meetings, ctx.language), skipped


class ReviewWindow(QDialog):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        place = prep.meeting(ctx.session).place.strip()
        self.setWindowTitle(self.tr("Toen en nu: {0}").format(place) if place else self.tr("Toen en nu"))
        self.setObjectName("reviewWindow")
        self.review, self.skipped = build(ctx)
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.grid = QGridLayout(body)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.lists: dict[str, QListWidget] = {}
        self._fill()
        self.resize(1180, 680)

    def _date(self, day: str) -> str:
        return ap.short_date(day) if day else self.tr("zonder datum")

    def _fill(self) -> None:
        r = self.review
        meetings = []
        for n, (day, kind) in enumerate(r.meetings, start=1):
            words = self._date(day) + (f" ({kind})" if kind else "")
            meetings.append(self.tr("{0} (nu)").format(words) if n == len(r.meetings) else words)
        self.summary = QLabel(self.tr("Bijeenkomsten hier: {0}").format(" → ".join(meetings)))
        self.summary.setObjectName("reviewMeetings")
        self.summary.setWordWrap(True)
        self.grid.addWidget(self.summary, 0, 0, 1, 3)
        if self.skipped:
            note = QLabel(self.tr("Niet te lezen, dus niet meegeteld: {0}").format(", ".join(self.skipped)))
            note.setWordWrap(True)
            self.grid.addWidget(note, 1, 0, 1, 3)
        if not r.has_previous:
            empty = QLabel(
                self.tr(
                    "Er is nog geen eerdere bijeenkomst van deze plaats in de bibliotheek. "
                    "Na een volgende bijeenkomst ziet u hier wat er veranderd is."
                )
            )
            empty.setObjectName("reviewEmpty")
            empty.setWordWrap(True)
            self.grid.addWidget(empty, 2, 0, 1, 3)
            return
        since = self._date(r.meetings[-2][0])
        self._list(
            "achieved",
            self.tr("Bereikt sinds {0}: proficiat!").format(since),
            [f"✓ {a.what}" + (f" — {a.note}" if a.note else "") for a in r.achieved]
            or [self.tr("Nog niets afgerond sinds de vorige keer.")],
            2,
            0,
            2,
        )
        self._list(
            "types",
            self.tr("Type 1–4: toen → nu"),
            [self.tr("Type {0}: {1} → {2}").format(t, r.types_then[t - 1], r.types_now[t - 1]) for t in range(1, 5)]
            + [self._type_change(c) for c in r.type_changes],
            2,
            2,
        )
        self._list("done", self.tr("Klaar ({0})").format(len(r.done)), [f"✓ {a.what}" for a in r.done], 3, 0)
        self._list("stopped", self.tr("Gestopt ({0})").format(len(r.stopped)), [f"✕ {a.what}" for a in r.stopped], 3, 1)
        self._list(
            "open", self.tr("Loopt nog ({0})").format(len(r.still_open)), [f"○ {a.what}" for a in r.still_open], 3, 2
        )
        self.roles_chart = self._radar(self.tr("Rollen door de jaren"), r.role_axes, r.roles, 4, 0)
        self.values_chart = self._radar(self.tr("Waarden door de jaren"), r.value_axes, r.values, 4, 1)
        cards = [f"+ {t}" for t in r.cards_came] + [f"− {t}" for t in r.cards_went]
        self._list(
            "cards",
            self.tr("Kaarten: {0} erbij, {1} weg, {2} gebleven").format(
                len(r.cards_came), len(r.cards_went), r.cards_kept
            ),
            cards,
            4,
            2,
        )

    def _type_change(self, change: rv.TypeChange) -> str:
        if not change.then:
            return self.tr("Nieuw: {0} (Type {1})").format(change.title, change.now)
        if not change.now:
            return self.tr("Niet meer op het bord: {0} (was Type {1})").format(change.title, change.then)
        return self.tr("{0}: Type {1} → {2}").format(change.title, change.then, change.now)

    def _list(self, key: str, title: str, lines: list[str], row: int, column: int, span: int = 1) -> None:
        box = QGroupBox(title)
        if key == "achieved":
            box.setObjectName("reviewAchieved")
            box.setStyleSheet("QGroupBox#reviewAchieved { font-weight: bold; color: #2f6b1f; }")
        layout = QVBoxLayout(box)
        view = QListWidget()
        view.setObjectName(f"review_{key}")
        view.setAccessibleName(title)
        view.setWordWrap(True)
        view.addItems(lines or [self.tr("(geen)")])
        # as high as its lines (up to eight), so the charts below stay in sight
        row_h = max(view.sizeHintForRow(0), view.fontMetrics().height() + 2)
        view.setFixedHeight(min(8, max(2, view.count() + 1)) * row_h + 2 * view.frameWidth() + 6)
        layout.addWidget(view, 0, Qt.AlignmentFlag.AlignTop)
        self.lists[key] = view
        self.grid.addWidget(box, row, column, 1, span)

    def _radar(
        self, title: str, axes: tuple[tuple[str, str], ...], profiles: tuple[rv.Profile, ...], row: int, column: int
    ) -> RadarChart | None:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        self.grid.addWidget(box, row, column)
        if len(axes) < 3 or not profiles:
            layout.addWidget(QLabel(self.tr("Nog niet gescoord.")))
            return None
        shown = profiles[-4:]  # at most four years in one chart stay readable
        series = {f"p{i}": [float(v) for v in p.values] for i, p in enumerate(shown)}
        chart = RadarChart(box, label_points=9)
        chart.setMinimumSize(280, 240)
        chart.setMaximumHeight(330)
        chart.set_years(
            radar_geometry(list(axes), series, MAX_SCORE),
            {f"p{i}": (p.date[:4] if p.date else self.tr("zonder datum")) for i, p in enumerate(shown)},
        )
        layout.addWidget(chart)
        return chart


def open_review(ctx: SessionContext, parent: QWidget | None = None) -> ReviewWindow:
    window = ReviewWindow(ctx, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def install(window: Any) -> None:
    """Bijeenkomst → Toen en nu (Ctrl+Shift+R); opened at once for a tussenbalans or evaluatie."""
    from PySide6.QtGui import QKeySequence

    def show() -> None:
        window.review_window = open_review(window.context, window)

    action = window._action(
        QCoreApplication.translate("ReviewWindow", "&Toen en nu…"), show, QKeySequence("Ctrl+Shift+R"), "mdi6.history"
    )
    window.review_action = action
    window.menus["meeting"].addAction(action)
    from ...domain import meeting_kinds

    if meeting_kinds.opens_with_review(prep.meeting(window.context.session).meeting_kind):
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, show)
