"""The parts of the projector view: its colours, a line that shortens with "…", and the
plain large view of a step that has no projector view of its own (the meeting and its agenda).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...content import load, text
from ...domain import preparation as prep
from ...domain.records import KINDS
from ...domain.session import Session

if TYPE_CHECKING:
    from .window import SessionWindow

from ..common.projector_colours import BAR, HIGHLIGHT, INK, MUTED, PAPER

__all__ = ["BAR", "HIGHLIGHT", "INK", "MUTED", "PAPER"]


def step_label(step_id: str, language: str) -> str:
    for step in load("participant_roles")["steps"]:
        if step["id"] == step_id:
            return text(step["label"], language)
    return step_id


def _label(value: str, scale: float = 1.0, bold: bool = False, colour: str = INK, wrap: bool = True) -> QLabel:
    label = QLabel(value)
    label.setTextFormat(Qt.TextFormat.PlainText)  # what residents typed is shown as typed
    label.setWordWrap(wrap)
    label.setProperty("scale", scale)
    font = label.font()
    font.setBold(bold)
    label.setFont(font)
    label.setStyleSheet(f"QLabel {{ color: {colour}; }}")
    return label


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit (the bar must never overlap itself)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.keep_end = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, value: str, keep_end: str = "") -> None:
        """``keep_end`` always shows in full (the time); ``value`` before it gives way."""
        self.full_text = value + keep_end
        self.keep_end = keep_end
        self.setAccessibleName(self.full_text)
        self._elide()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text) + 24, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        keep = self.keep_end
        head = self.full_text[: len(self.full_text) - len(keep)]
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - metrics.horizontalAdvance(keep)
        head = metrics.elidedText(head, Qt.TextElideMode.ElideRight, max(0, room)) if head else ""
        self.setText(head + keep)


def evening_summary(session: Session, actions_shown: int = 5) -> list[str]:
    """What the evening produced, in numbers and the first actions (no names: it is for the room)."""
    lines: list[str] = []
    cards = KINDS.get("asset_card")
    if cards is not None and session.count(cards):
        from ...domain import krachtenkaart as kk

        strengths = kk.strengths(session)  # a parked worry is not a strength
        crowns = len(kk.crown_jewels(session))
        lines.append(
            QCoreApplication.translate("Projector", "{0} krachten op de Krachtenkaart, {1} kroonjuwelen").format(
                len(strengths), crowns
            )
        )
    activities = KINDS.get("activity")
    if activities is not None and session.count(activities):
        rows = session.all(activities)
        shifts = sum(1 for a in rows if getattr(a, "wanted_type", 0) not in (0, getattr(a, "current_type", 0)))
        lines.append(
            QCoreApplication.translate("Projector", "{0} activiteiten op het bord, {1} willen we verschuiven").format(
                len(rows), shifts
            )
        )
    actions = KINDS.get("action")
    if actions is not None and session.count(actions):
        rows = session.all(actions)
        lines.append(QCoreApplication.translate("Projector", "{0} acties afgesproken:").format(len(rows)))
        lines += [f"•  {getattr(a, 'what', '').strip()[:90]}" for a in rows[:actions_shown]]
        if len(rows) > actions_shown:
            lines.append(QCoreApplication.translate("Projector", "en nog {0} meer").format(len(rows) - actions_shown))
    return lines


class GenericProjectorView(QWidget):
    """The room's view of a step that has no view of its own: the meeting and its agenda."""

    def __init__(self, window: SessionWindow, step_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorGeneric")
        ctx = window.context
        m = prep.meeting(ctx.session)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        if step_id == "voorbereiding":
            title = m.place.strip() or self.tr("Nieuwe bijeenkomst")
            layout.addWidget(_label(title, 1.9, bold=True))
            facts = [f for f in (m.municipality.strip(), self._date(m.date, ctx.language)) if f]
            if facts:
                layout.addWidget(_label("  ·  ".join(facts), 1.0, colour=MUTED))
            if m.purpose.strip():
                layout.addWidget(_label(m.purpose.strip(), 1.0))
        else:
            layout.addWidget(_label(step_label(step_id, ctx.language), 1.9, bold=True))
            for line in evening_summary(ctx.session) if step_id == "afronding" else []:
                layout.addWidget(_label(line, 1.0))
        timer = getattr(window, "agenda_timer", None)
        current = timer.block.id if timer is not None and timer.block is not None else ""
        blocks = ctx.session.all(prep.AgendaBlock)
        if step_id != "voorbereiding":
            blocks = [b for b in blocks if b.step == step_id] or blocks
        if blocks:
            layout.addSpacing(10)
            layout.addWidget(_label(self.tr("Agenda"), 1.2, bold=True))
            seen_current = False
            for block in blocks:
                is_current = block.id == current
                seen_current = seen_current or is_current
                done = bool(current) and not seen_current
                layout.addWidget(self._agenda_row(block, is_current, done))
        layout.addStretch(1)

    def _agenda_row(self, block: prep.AgendaBlock, is_current: bool, done: bool) -> QFrame:
        """One agenda line: minutes in a fixed column, the current block on a yellow band."""
        row = QFrame()
        row.setObjectName("currentAgendaBlock" if is_current else "agendaBlock")
        if is_current:
            row.setStyleSheet(f"#currentAgendaBlock {{ background: {HIGHLIGHT}; border-radius: 6px; }}")
        line = QHBoxLayout(row)
        line.setContentsMargins(12, 2, 12, 2)
        colour = MUTED if done else INK
        minutes = _label(self.tr("{0} min").format(block.minutes), 1.0, bold=is_current, colour=colour, wrap=False)
        minutes.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        minutes.setProperty("column", True)
        line.addWidget(minutes)
        line.addSpacing(24)
        line.addWidget(_label(block.title, 1.0, bold=is_current, colour=colour), 1)
        return row

    @staticmethod
    def _date(value: str, language: str) -> str:
        date = QDate.fromString(value, "yyyy-MM-dd")
        if not date.isValid():
            return ""
        locale = QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
        return locale.toString(date, "d MMMM yyyy")
