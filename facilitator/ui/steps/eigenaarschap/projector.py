"""The ownership board for the room: the question, four columns (and "?"), big cards, no controls.

At the top the room reads the question it is answering: about the activity selected in
the main window, or "Van wie is het?" in general. That activity is highlighted and is
always shown, even when its column is too full ("+ n meer" counts the others). A column
with more cards than fit as tiles shows them as a compact list, so the space is used.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ....domain import eigenaarschap as eig
from ...common.projector_colours import HIGHLIGHT
from ...session.context import SessionContext
from .board import draw_wrapped, open_column_info, role_lines, text_height, type_colors
from .models import wanted_mark

STEP_ID = "eigenaarschap"


def room_question(activity: eig.Activity | None) -> str:
    """The question on the projector: about the activity under discussion, or in general."""
    if activity is None:
        return QCoreApplication.translate(
            "Eigenaarschap", "Van wie is het: van het dorp of van de gemeente of een andere partij?"
        )
    if activity.asks_puller:
        return QCoreApplication.translate(
            "Eigenaarschap", "„{0}”: wie trekt het? Wat als de vrijwilligers opraken?"
        ).format(activity.title)
    if activity.is_open:
        return QCoreApplication.translate("Eigenaarschap", "„{0}”: van wie is het?").format(activity.title)
    return QCoreApplication.translate("Eigenaarschap", "„{0}”: is dit het goede type, of moet het verschuiven?").format(
        activity.title
    )


@dataclass
class Placed:
    """One activity as drawn: its card's height, and where it goes (sub-column, top)."""

    activity: eig.Activity
    height: int
    sub: int = 0
    top: int = 0


class ProjectorBoard(QWidget):
    """The board for the room. Fonts scale with the widget (at 1920×1080 every text is
    28 pt or larger); cards that do not fit are counted ("+3 meer"), never the selected one."""

    BASE = QSize(1920, 1080)
    MIN_PT = 28.0
    #: a compact list splits into two sub-columns only when each is at least this wide (at 1920×1080)
    SUB_MIN = 380

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.types = eig.types(ctx.language)
        self.colors = type_colors()
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: white;")
        self.setAccessibleName(QCoreApplication.translate("Eigenaarschap", "Eigenaarschap op de beamer"))
        ctx.changed.connect(self._changed)
        self.hidden_counts: dict[int, int] = {}
        self.shown_ids: dict[int, list[str]] = {}
        self.compact: set[int] = set()
        self.question = ""
        self.with_roles = True
        self.owner_key = "owner"
        self.waiting = ""
        self.widths: list[int] = []
        self.card_pt = 0.0

    def _changed(self, event: object) -> None:
        if getattr(event, "touches", lambda *_: True)("activity"):
            self.update()

    def follow_focus(self) -> None:
        """Another activity is under discussion in the main window: paint again."""
        self.update()

    def selected(self) -> eig.Activity | None:
        activity_id = self.ctx.focused.get(STEP_ID, "")
        return self.ctx.session.get(eig.Activity, activity_id) if activity_id else None

    def scale(self) -> float:
        return min(self.width() / self.BASE.width(), self.height() / self.BASE.height())

    def scaled_font(self, points_at_base: float, bold: bool = False) -> QFont:
        """A font of ``points_at_base`` pt as it would be at 1920×1080, scaled to this widget."""
        f = QFont(self.font())
        f.setPixelSize(max(6, round(points_at_base * 96 / 72 * self.scale())))
        f.setBold(bold)
        return f

    def shown_types(self) -> list[dict[str, object]]:
        """The four types (what waits for the room's choice is a line at the bottom)."""
        return list(self.types)

    def open_line(self) -> str:
        """ "? Nog kiezen: …" — the activities the room has not placed yet."""
        waiting = eig.column(self.ctx.session, eig.OPEN)
        if not waiting:
            return ""
        return str(open_column_info()["label"]) + ": " + "  ·  ".join(a.title for a in waiting)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        s = self.scale()
        margin = round(16 * s)
        gap = round(14 * s)
        shown = self.shown_types()
        count = len(shown)
        col_w = (self.width() - 2 * margin - (count - 1) * gap) // count
        # the room's question, on a yellow band across the top
        selected = self.selected()
        self.question = room_question(selected)
        q_font = self.scaled_font(30, bold=True)
        q_w = self.width() - 2 * margin - round(24 * s)
        q_h = text_height(self.question, q_font, q_w) + round(16 * s)
        painter.fillRect(QRect(margin, margin, self.width() - 2 * margin, q_h), QColor(HIGHLIGHT))
        painter.setPen(QColor("#111111"))
        draw_wrapped(painter, self.question, q_font, QRect(margin + round(12 * s), margin + round(8 * s), q_w, q_h))
        head_top = margin + q_h + round(14 * s)
        # what still waits for a type: one band at the bottom, so the four columns keep their width
        self.waiting = self.open_line()
        w_font = self.scaled_font(28, bold=True)
        w_h = text_height(self.waiting, w_font, q_w) + round(16 * s) if self.waiting else 0
        bottom = self.height() - margin - (w_h + round(10 * s) if w_h else 0)
        if w_h:
            band = QRect(margin, bottom + round(10 * s), self.width() - 2 * margin, w_h)
            painter.fillRect(band, QColor("#ececec"))
            painter.setPen(QColor("#111111"))
            draw_wrapped(painter, self.waiting, w_font, band.adjusted(round(12 * s), round(8 * s), -round(12 * s), 0))
        head_font = self.scaled_font(34, bold=True)
        owner_font = self.scaled_font(28)
        head_h = QFontMetrics(head_font).height() + round(8 * s)
        role_font = self.scaled_font(28)
        role_font.setItalic(True)
        # the gemeente's line, then the long owner text give way when the cards would not all fit as tiles
        for level in ("full", "owner", "short"):
            self.with_roles = level == "full"
            self.owner_key = "short" if level == "short" else "owner"
            owner_h = max(
                text_height(str(t[self.owner_key]), owner_font, col_w) + text_height(self._roles(t), role_font, col_w)
                for t in shown
            )
            top = head_top + round(12 * s) + head_h + owner_h + round(12 * s)
            if all(self._fits_as_tiles(int(t["number"]), QRect(0, top, col_w, bottom - top)) for t in shown):  # type: ignore[call-overload]
                break
        # a full column takes width from empty ones (and may show its list in two columns)
        widths = self._widths([int(t["number"]) for t in shown], col_w, top, bottom)  # type: ignore[call-overload]
        if widths != [col_w] * count:
            owner_h = max(
                text_height(str(t[self.owner_key]), owner_font, w) + text_height(self._roles(t), role_font, w)
                for t, w in zip(shown, widths, strict=True)
            )
            top = head_top + round(12 * s) + head_h + owner_h + round(12 * s)
        self.widths = widths
        self.hidden_counts, self.shown_ids, self.compact = {}, {}, set()
        x = margin - gap - widths[0]
        for i, t in enumerate(shown):
            n = int(t["number"])  # type: ignore[call-overload]
            x += (widths[i - 1] if i else widths[0]) + gap
            col_w = widths[i]
            color = self.colors[n]
            painter.fillRect(QRect(x, head_top, col_w, round(10 * s)), color)
            painter.setPen(QColor("#111111"))
            painter.setFont(head_font)
            painter.drawText(
                QRect(x, head_top + round(12 * s), col_w, head_h), int(Qt.AlignmentFlag.AlignLeft), str(t["label"])
            )
            painter.setPen(QColor("#333333"))
            y = head_top + round(12 * s) + head_h
            y += draw_wrapped(painter, str(t[self.owner_key]), owner_font, QRect(x, y, col_w, owner_h))
            painter.setPen(color.darker(140))
            draw_wrapped(painter, self._roles(t), role_font, QRect(x, y, col_w, owner_h))
            self._paint_column(painter, n, QRect(x, top, col_w, bottom - top), selected)
        painter.end()

    def _widths(self, numbers: list[int], equal: int, top: int, bottom: int) -> list[int]:
        """Equal columns, unless one does not fit as tiles: then empty columns give it room."""
        full = [not self._fits_as_tiles(n, QRect(0, top, equal, bottom - top)) for n in numbers]
        if not any(full):
            return [equal] * len(numbers)
        weights = [
            2.0 if f else (0.5 if not eig.column(self.ctx.session, n) else 1.0)
            for n, f in zip(numbers, full, strict=True)
        ]
        total = equal * len(numbers)
        widths = [int(total * w / sum(weights)) for w in weights]
        widths[-1] += total - sum(widths)
        return widths

    def _roles(self, info: dict[str, object]) -> str:
        """Only the gemeente's part: the owner line above already says who owns it (room for cards)."""
        return "\n".join(role_lines({**info, "owner_role": ""})) if self.with_roles else ""

    def _fits_as_tiles(self, type_number: int, area: QRect) -> bool:
        spacing = round(10 * self.scale())
        cards = eig.column(self.ctx.session, type_number)
        return sum(self._card_height(a, area.width(), False) + spacing for a in cards) <= area.height()

    # ------------------------------------------------------------------ cards
    def _card_height(self, a: eig.Activity, width: int, compact: bool) -> int:
        s = self.scale()
        pad = round((5 if compact else 12) * s)
        inner_w = width - 2 * pad - round(8 * s)
        text_h = text_height(self._title(a, compact), self.scaled_font(self.MIN_PT + 2, bold=True), inner_w)
        mark_h = QFontMetrics(self.scaled_font(self.MIN_PT, bold=True)).height() + pad // 2
        return text_h + 2 * pad + (mark_h if self._mark(a) and not compact else 0)

    @staticmethod
    def _mark(a: eig.Activity) -> str:
        if a.puller_missing:
            return QCoreApplication.translate("Eigenaarschap", "⚠ Geen trekker")
        return wanted_mark(a)

    def _title(self, a: eig.Activity, compact: bool) -> str:
        mark = self._mark(a)
        return f"{a.title}  {mark}" if compact and mark else a.title

    def _subs(self, width: int) -> int:
        """Sub-columns a compact list can use: two when the column is wide enough for both."""
        return 2 if width >= 2 * round(self.SUB_MIN * self.scale()) else 1

    def _choose(self, cards: list[eig.Activity], area: QRect, selected_id: str) -> tuple[list[Placed], bool, int]:
        """The cards that fit (tiles, else a compact list, in two sub-columns when wide), always with the
        selected one; and how many are hidden."""
        s = self.scale()
        spacing = round(10 * s)
        heights = [self._card_height(a, area.width(), False) + spacing for a in cards]
        if sum(heights) <= area.height():
            return self._stack(cards, heights, 1, area.height(), 0), False, 0
        subs = self._subs(area.width())
        sub_w = (area.width() - (subs - 1) * spacing) // subs
        heights = [self._card_height(a, sub_w, True) + 2 for a in cards]
        placed = self._stack(cards, heights, subs, area.height(), 0)
        if len(placed) == len(cards):
            return placed, True, 0
        # too many even as a list: keep the selected card, fill the rest in board order
        more_h = QFontMetrics(self.scaled_font(self.MIN_PT, bold=True)).height() + round(12 * s)
        placed = self._stack(cards, heights, subs, area.height(), more_h)
        must = next((k for k, a in enumerate(cards) if a.id == selected_id), -1)
        if must >= 0 and all(p.activity.id != selected_id for p in placed):
            while placed:
                last = placed.pop()
                if last.top + heights[must] <= area.height() - more_h:
                    placed.append(Placed(cards[must], heights[must], last.sub, last.top))
                    break
        return placed, True, len(cards) - len(placed)

    @staticmethod
    def _stack(cards: list[eig.Activity], heights: list[int], subs: int, room: int, reserve: int) -> list[Placed]:
        """Cards in board order down the sub-columns, as far as they fit (``reserve`` kept at the end)."""
        placed: list[Placed] = []
        sub, y = 0, 0
        for card, h in zip(cards, heights, strict=True):
            limit = room - (reserve if sub == subs - 1 else 0)
            if y + h > limit and sub < subs - 1 and y > 0:
                sub, y = sub + 1, 0
                limit = room - reserve
            if y + h > limit:
                break
            placed.append(Placed(card, h, sub, y))
            y += h
        return placed

    def _paint_column(self, painter: QPainter, type_number: int, area: QRect, selected: eig.Activity | None) -> None:
        s = self.scale()
        cards = eig.column(self.ctx.session, type_number)
        placed, compact, hidden = self._choose(cards, area, selected.id if selected else "")
        if compact:
            self.compact.add(type_number)
        self.shown_ids[type_number] = [p.activity.id for p in placed]
        title_font = self.scaled_font(self.MIN_PT + 2, bold=True)
        mark_font = self.scaled_font(self.MIN_PT, bold=True)
        mm = QFontMetrics(mark_font)
        pad = round((5 if compact else 12) * s)
        subs = self._subs(area.width()) if compact else 1
        sub_w = (area.width() - (subs - 1) * round(10 * s)) // subs
        y = area.top()
        for p in placed:
            a = p.activity
            is_selected = selected is not None and a.id == selected.id
            h = p.height - (2 if compact else round(10 * s))
            card = QRect(area.left() + p.sub * (sub_w + round(10 * s)), area.top() + p.top, sub_w, h)
            y = max(y, card.top() + p.height)
            pen = QPen(
                QColor("#111111") if is_selected else QColor("#9e9e9e"), max(1, round((5 if is_selected else 2) * s))
            )
            painter.setPen(pen if (is_selected or not compact) else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(HIGHLIGHT) if is_selected else QColor("#fffef8"))
            painter.drawRoundedRect(card, 8 * s, 8 * s)
            painter.fillRect(
                QRect(card.left(), card.top() + 1, round(10 * s), card.height() - 1), self.colors[type_number]
            )
            inner = card.adjusted(pad + round(8 * s), pad, -pad, -pad)
            painter.setPen(QColor("#111111"))
            used = draw_wrapped(painter, self._title(a, compact), title_font, inner)
            mark = self._mark(a)
            if mark and not compact:
                painter.setFont(mark_font)
                colour = QColor("#8a3b00") if a.puller_missing else self.colors[a.wanted_type].darker(130)
                painter.setPen(colour)
                painter.drawText(
                    QRect(inner.left(), inner.top() + used + pad // 2, inner.width(), mm.height()),
                    int(Qt.AlignmentFlag.AlignLeft),
                    mark,
                )
        if hidden:
            self.hidden_counts[type_number] = hidden
            painter.setFont(mark_font)
            painter.setPen(QColor("#333333"))
            painter.drawText(
                QRect(area.left(), y + round(4 * s), area.width(), mm.height() + pad),
                int(Qt.AlignmentFlag.AlignLeft),
                QCoreApplication.translate("Eigenaarschap", "+{0} meer").format(hidden),
            )
        self.card_pt = (self.MIN_PT + 2) * s
