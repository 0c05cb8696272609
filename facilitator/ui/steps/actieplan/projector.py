"""The action plan on the projector: the ideas in ranked order with big dot counts (on the
Acties and Thema's tabs: the actielijst per theme, see ``projector_actions.py``).

Painted rather than built from widgets, so it scales to the projector's size and
never shows a control. While the room votes, the principles each idea is checked
against (``opbrengst.json``: toekomstgericht, samen, van ons …) run along the bottom. Text is at least 28 pt; rows that do not fit are summed up
in one line at the bottom. No names or contact details are shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ....domain import actieplan as ap
from ....domain.changes import ChangeEvent
from ...common.projector_colours import HIGHLIGHT
from ...session.context import SessionContext
from .models import group_label
from .projector_actions import paint_actions

TEXT_PT = 28
NUMBER_PT = 40
#: one colour per voting group, readable on white and in grey print
GROUP_COLOURS = ("#1f6f8b", "#c2571a", "#4e7d2b", "#7a3e9d", "#9c7a00", "#8b1f3d")
INK = QColor("#1d1d1d")


class PlanBoard(QWidget):
    """The ranking of the ideas; the actielijst per theme instead while ``show_actions()`` says so."""

    def __init__(
        self, ctx: SessionContext, parent: QWidget | None = None, show_actions: Callable[[], bool] | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.show_actions = show_actions or (lambda: False)
        self.setObjectName("actieplanBoard")
        self.setAccessibleName(self.tr("Rangorde van de ideeën met stippen"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)
        ctx.changed.connect(self._changed)
        self.shown_ids: list[str] = []

    def follow_focus(self) -> None:
        """Another idea is under discussion in the main window: paint again."""
        self.update()

    def _changed(self, event: ChangeEvent) -> None:
        if event.touches("plan_idea", "vote_setup", "action", "theme"):
            self.update()

    @staticmethod
    def _font(pt: int, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSize(pt)
        font.setBold(bold)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.show_actions():
            p = QPainter(self)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.shown_ids = paint_actions(self, p, self.ctx.language, self.ctx.focused.get("actieplan", ""))
            p.end()
            return
        s = self.ctx.session
        groups = ap.groups(s)
        ideas = ap.ranked(s)
        numbers = ap.rank_numbers(s)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = max(24.0, self.width() * 0.03)
        text_font, number_font = self._font(TEXT_PT), self._font(NUMBER_PT, bold=True)
        title_font = self._font(int(TEXT_PT * 1.3), bold=True)
        row_h = QFontMetrics(number_font).height() * 1.25
        y = margin
        p.setPen(INK)
        p.setFont(title_font)
        title_h = QFontMetrics(title_font).height()
        p.drawText(QRectF(margin, y, self.width() - 2 * margin, title_h), self.tr("Waar gaan we mee aan de slag?"))
        y += title_h * 1.4

        # one column per group plus the total, on the right
        small = self._font(max(TEXT_PT - 8, 18))
        columns = [*groups, None] if len(groups) > 1 else [None]
        total_name = self.tr("Totaal") if len(columns) > 1 else self.tr("Stippen")
        names = [group_label(g) if g is not None else total_name for g in columns]
        count_w = max(
            QFontMetrics(number_font).horizontalAdvance("000") + 16,
            *(QFontMetrics(small).horizontalAdvance(n) + 16 for n in names),
        )
        left_w = QFontMetrics(number_font).horizontalAdvance("00.") + 16
        text_x = margin + left_w
        counts_x = self.width() - margin - count_w * len(columns)
        text_w = int(counts_x - text_x - 16)
        p.setFont(small)
        for i, (group, name) in enumerate(zip(columns, names, strict=True)):
            p.setPen(QColor(GROUP_COLOURS[i % len(GROUP_COLOURS)]) if group is not None else INK)
            p.drawText(
                QRectF(counts_x + i * count_w, y, count_w, QFontMetrics(small).height()),
                Qt.AlignmentFlag.AlignHCenter,
                name,
            )
        y += QFontMetrics(small).height() * 1.2

        if not ideas:
            p.setPen(INK)
            p.setFont(text_font)
            p.drawText(QRectF(margin, y, self.width() - 2 * margin, row_h), self.tr("Nog geen ideeën."))
            p.end()
            return
        bottom = self.height() - margin - self._principles(p, margin, text_font)
        selected_id = self.ctx.focused.get("actieplan", "")
        shown: list[tuple[ap.PlanIdea, str, float]] = []
        rows = [(idea, two_lines(QFontMetrics(text_font), idea.title, text_w)) for idea in ideas]
        heights = [max(row_h, QFontMetrics(text_font).lineSpacing() * (t.count("\n") + 1) + 16) for _i, t in rows]
        for n, (idea, title) in enumerate(rows):
            h = heights[n]
            need = h if n == len(ideas) - 1 else h + row_h  # keep room for the "and N more" line
            if shown and sum(r[2] for r in shown) + need > bottom - y:
                break
            shown.append((idea, title, h))
        picked = next((k for k, (idea, _t) in enumerate(rows) if idea.id == selected_id), -1)
        if picked >= len(shown) and shown:  # the idea under discussion is never hidden: it takes the last row
            while len(shown) > 1 and sum(r[2] for r in shown[:-1]) + heights[picked] + row_h > bottom - y:
                shown.pop()
            shown[-1] = (rows[picked][0], rows[picked][1], heights[picked])
        self.shown_ids = [idea.id for idea, _t, _h in shown]
        for idea, title, h in shown:
            if idea.id == selected_id:
                p.fillRect(QRectF(margin - 8, y, self.width() - 2 * margin + 16, h), QColor(HIGHLIGHT))
            p.setPen(INK)
            p.setFont(number_font)
            p.drawText(QRectF(margin, y, left_w, h), Qt.AlignmentFlag.AlignVCenter, f"{numbers.get(idea.id, 0)}.")
            p.setFont(text_font)
            p.drawText(QRectF(text_x, y, text_w, h), Qt.AlignmentFlag.AlignVCenter, title)
            for i, group in enumerate(columns):
                n = idea.votes.get(group, 0) if group is not None else ap.total(s, idea)
                cell = QRectF(counts_x + i * count_w + 6, y + (h - row_h * 0.8) / 2, count_w - 12, row_h * 0.8)
                if group is not None:
                    colour = QColor(GROUP_COLOURS[i % len(GROUP_COLOURS)])
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(colour if n else QColor("#eeeeee"))
                    p.drawRoundedRect(cell, cell.height() / 2, cell.height() / 2)
                    p.setPen(QColor("white") if n else QColor("#777777"))
                else:
                    p.setPen(INK)
                p.setFont(number_font)
                p.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(n))
            p.setPen(QColor("#dddddd"))
            p.drawLine(int(margin), int(y + h), int(self.width() - margin), int(y + h))
            y += h
        rest = len(ideas) - len(shown)
        if rest:
            p.setPen(INK)
            p.setFont(text_font)
            p.drawText(
                QRectF(text_x, y, self.width() - text_x - margin, row_h),
                Qt.AlignmentFlag.AlignVCenter,
                self.tr("en nog {0} ideeën met minder stippen").format(rest),
            )
        p.end()

    def _principles(self, p: QPainter, margin: float, font: QFont) -> float:
        """Draw the principles along the bottom; the height they take."""
        line = principle_line(self.ctx.language)
        if not line:
            return 0.0
        metrics = QFontMetrics(font)
        width = self.width() - 2 * margin
        text = self.tr("Past het bij ons? {0}").format(line)
        lines = 1 if metrics.horizontalAdvance(text) <= width else 2
        h = metrics.lineSpacing() * lines + 12
        top = self.height() - margin - h
        p.setPen(QColor("#dddddd"))
        p.drawLine(int(margin), int(top), int(self.width() - margin), int(top))
        p.setPen(INK)
        p.setFont(font)
        p.drawText(QRectF(margin, top + 8, width, h), Qt.TextFlag.TextWordWrap, text)
        return h + 8


def principle_line(language: str) -> str:
    """ "Toets: Toekomstgericht · Samen · …" from the data file ("" when it cannot be read)."""
    from ....content import ContentError
    from ....domain import evening_content

    try:
        principles = evening_content.yields().principles
    except ContentError:
        return ""
    return " · ".join(p.label(language) for p in principles)


def two_lines(metrics: QFontMetrics, text: str, width: int) -> str:
    """The text broken into at most two lines of ``width`` pixels, the second elided."""
    words = text.split()
    first: list[str] = []
    while words and metrics.horizontalAdvance(" ".join([*first, words[0]])) <= width:
        first.append(words.pop(0))
    if not first:  # one very long word
        return metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)
    if not words:
        return " ".join(first)
    second = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)
    return " ".join(first) + "\n" + second
