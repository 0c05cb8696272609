"""Pieces of the Ideeën tab: a checkable list of all cards and a diagram of one idea.

The diagram puts the idea's cards in a circle, in their category colours, and draws a
line between every two of them: the room sees which strengths the idea connects.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ....domain import krachtenkaart as kk
from ....domain.textfold import fold
from ...common.row_sync import sync_rows
from ...session.context import SessionContext
from .board_model import matches

Index = QModelIndex | QPersistentModelIndex

#: the diagram's boxes: text lines at most, width limits (px), room around and inside them
MAX_LINES = 3
MIN_BOX_WIDTH = 110.0
MAX_BOX_WIDTH = 300.0
MARGIN = 8.0
GAP = 20.0  # at least this much between the idea and a card straight left or right of it
PAD = 8.0
Role = Qt.ItemDataRole


class CardCheckModel(QAbstractListModel):
    """Every card with a tick box; the ticked ones become an idea."""

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[kk.AssetCard] = []
        self.checked: list[str] = []
        self.query = ""
        self.names = {c["id"]: c["name"] for c in kk.categories(ctx.language)}

    def reload(self) -> None:
        q = fold(self.query.strip())
        order = {cid: i for i, cid in enumerate(kk.category_ids())}
        every = self.ctx.session.all(kk.AssetCard)
        existing = {c.id for c in every}
        self.checked = [i for i in self.checked if i in existing]
        sync_rows(self, sorted((c for c in every if matches(c, q)), key=lambda c: order.get(c.category, 99)))

    def set_checked(self, ids: list[str]) -> None:
        self.checked = list(dict.fromkeys(ids))
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1), [Role.CheckStateRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        card = self.rows[index.row()]
        if role == Role.DisplayRole:
            return f"{card.number}. {card.title[:200]}  ({self.names.get(card.category, card.category)})"
        if role == Role.CheckStateRole:
            return Qt.CheckState.Checked if card.id in self.checked else Qt.CheckState.Unchecked
        if role == Role.UserRole:
            return card.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or role != Role.CheckStateRole:
            return False
        card_id = self.rows[index.row()].id
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on and card_id not in self.checked:
            self.checked.append(card_id)
        elif not on and card_id in self.checked:
            self.checked.remove(card_id)
        self.dataChanged.emit(index, index, [Role.CheckStateRole])
        return True


class IdeaListDelegate(QStyledItemDelegate):
    """An idea in the list: its name in bold, its cards below in grey, indented and wrapped.

    The item text stays "name\\n    cards" (screen readers and tests read it as before)."""

    INDENT = 16
    WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        view.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrap again when the list gets wider

    @staticmethod
    def _parts(index: Index) -> tuple[str, str]:
        title, _, cards = str(index.data(Role.DisplayRole) or "").partition("\n")
        return title, cards.strip()

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        bold = QFont(base)
        bold.setBold(True)
        return bold, QFont(base)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = max(60, self.view.viewport().width() - 8)
        bold, plain = self._fonts(option.font)
        title, cards = self._parts(index)
        height = QFontMetrics(bold).lineSpacing()
        if cards:
            box = QRect(0, 0, width - self.INDENT, 100_000)
            height += QFontMetrics(plain).boundingRect(box, self.WRAP, cards).height()
        return QSize(width, height + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        bold, plain = self._fonts(opt.font)
        title, cards = self._parts(index)
        rect = QRect(opt.rect).adjusted(4, 4, -4, -4)
        painter.save()
        painter.setPen(ink)
        painter.setFont(bold)
        line = QFontMetrics(bold).lineSpacing()
        shown = QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), int(Qt.AlignmentFlag.AlignLeft), shown)
        if cards:
            painter.setFont(plain)
            painter.setPen(ink if selected else QColor("#555555"))
            painter.drawText(rect.adjusted(self.INDENT, line, 0, 0), self.WRAP, cards)
        painter.restore()


class IdeaDiagram(QWidget):
    """The chosen idea in the middle, its cards around it, lines between the cards."""

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.idea_id = ""
        self.colors = {c["id"]: c["color"] for c in kk.categories(ctx.language)}
        self.setMinimumHeight(220)
        self.setAccessibleName(self.tr("Tekening van het idee"))

    def show_idea(self, idea_id: str) -> None:
        self.idea_id = idea_id
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#fbfbf8"))
        idea = self.ctx.session.get(kk.Idea, self.idea_id) if self.idea_id else None
        if idea is None:
            painter.setPen(QColor("#666666"))
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Kies een idee om te zien welke kaarten het verbindt."),
            )
            return
        cards = kk.cards_of_idea(self.ctx.session, idea)
        layout = self.layout_boxes(idea.title, [f"{c.number}. {c.title}" for c in cards])
        painter.setPen(QPen(QColor("#7a7a7a"), 2.0))
        centres = [box.center() for box, _ in layout.cards]
        for i in range(len(centres)):
            for j in range(i + 1, len(centres)):
                painter.drawLine(centres[i], centres[j])
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(QPen(QColor("#222222"), 2.0))
        painter.drawRoundedRect(layout.centre, 10, 10)
        painter.setFont(self.centre_font())
        painter.drawText(layout.centre.adjusted(6, 4, -6, -4), Qt.AlignmentFlag.AlignCenter, "\n".join(layout.title))
        painter.setFont(self.font())
        for card, (rect, lines) in zip(cards, layout.cards, strict=True):
            color = QColor(self.colors.get(card.category, "#888888"))
            painter.setBrush(color.lighter(170))
            painter.setPen(QPen(color, 2.0))
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(QColor("#111111"))
            painter.drawText(rect.adjusted(PAD, 4, -PAD, -4), Qt.AlignmentFlag.AlignCenter, "\n".join(lines))

    def centre_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def layout_boxes(self, title: str, labels: list[str]) -> DiagramLayout:
        """Where the boxes go and how their texts wrap: as wide and as tall as the widget allows.

        Boxes sit on an ellipse around the idea; the widest of three side by side fits the
        width, and three stacked (top card, idea, bottom card) fit the height, so lines are
        dropped (the last one then ends in "…") before boxes overlap."""
        w, h = float(self.width()), float(self.height())
        n = len(labels)
        box_w = min(MAX_BOX_WIDTH, max(MIN_BOX_WIDTH, (w - 2 * MARGIN - 2 * GAP) / 3))
        if n > 6:  # more boxes around the ellipse: narrower, so neighbours do not overlap
            box_w = max(MIN_BOX_WIDTH, box_w * 6 / n)
        card_metrics = QFontMetricsF(self.font())
        title_metrics = QFontMetricsF(self.centre_font())
        spacing = max(card_metrics.lineSpacing(), title_metrics.lineSpacing())
        inner = box_w - 2 * PAD
        needed = max([len(wrap(t, card_metrics, inner, MAX_LINES)) for t in labels] + [1])
        needed = max(needed, len(wrap(title, title_metrics, inner, MAX_LINES)))
        lines = needed
        while lines > 1 and 3 * (lines * spacing + 10) + 4 * MARGIN > h:
            lines -= 1
        box_h = lines * spacing + 10
        centre = QPointF(w / 2, h / 2)
        rx, ry = max(10.0, w / 2 - box_w / 2 - MARGIN), max(10.0, h / 2 - box_h / 2 - MARGIN)
        # two cards left and right of the idea; otherwise the first one on top
        start = math.pi if n == 2 else -math.pi / 2
        boxes = []
        for i, label in enumerate(labels):
            a = start + 2 * math.pi * i / max(1, n)
            p = QPointF(centre.x() + rx * math.cos(a), centre.y() + ry * math.sin(a))
            rect = QRectF(p.x() - box_w / 2, p.y() - box_h / 2, box_w, box_h)
            boxes.append((rect, wrap(label, card_metrics, inner, lines)))
        centre_rect = QRectF(centre.x() - box_w / 2, centre.y() - box_h / 2, box_w, box_h)
        return DiagramLayout(centre_rect, wrap(title, title_metrics, inner, lines), boxes)


@dataclasses.dataclass
class DiagramLayout:
    """The idea's box and text lines in the middle, and each card's box and text lines."""

    centre: QRectF
    title: list[str]
    cards: list[tuple[QRectF, list[str]]]


def wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Break ``text`` at spaces into lines that fit ``width``; a word too long for one line is cut
    into pieces; when more than ``max_lines`` are needed the last line ends in "…"."""
    lines: list[str] = []
    line = ""
    for word in " ".join(text.split()).split(" "):
        candidate = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while metrics.horizontalAdvance(word) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and metrics.horizontalAdvance(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
        if len(lines) > max_lines:
            break
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = lines[: max_lines - 1] + [metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return lines or [""]
