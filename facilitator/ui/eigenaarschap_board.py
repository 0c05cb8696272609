"""The ownership board's widgets: a column per Type with activity cards, and the projector view.

Cards are drawn by :class:`CardDelegate` with the title wrapped to the column's
width (never cut), and a mark of the wanted type ("→ Type 1") in that type's colour.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import eigenaarschap as eig
from .context import SessionContext
from .eigenaarschap_models import RECORD_ROLE, ColumnModel, tr, wanted_mark

Index = QModelIndex | QPersistentModelIndex
PAD = 8
GAP = 4


ZWSP = "\u200b"
WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def breakable(text: str, fm: QFontMetrics, width: int) -> str:
    """The text with break chances (zero-width spaces) inside words wider than ``width``.

    Qt's word wrap never breaks inside a word, so "Energiecoöperatie" in a narrow column
    would be cut off. (QTextLayout's break-anywhere mode would do this, but
    QTextLine.setLineWidth corrupts a reference count in PySide 6.12 and crashes.)
    """
    words = text.split(" ")
    if all(fm.horizontalAdvance(w) <= width for w in words):
        return text
    return " ".join(ZWSP.join(w) if fm.horizontalAdvance(w) > width else w for w in words)


def text_height(text: str, font: QFont, width: int) -> int:
    fm = QFontMetrics(font)
    return fm.boundingRect(QRect(0, 0, max(1, width), 1_000_000), WRAP, breakable(text, fm, width)).height()


def draw_wrapped(painter: QPainter, text: str, font: QFont, rect: QRect) -> int:
    """Draw wrapped text at the top-left of ``rect``; returns the height used."""
    fm = QFontMetrics(font)
    shown = breakable(text, fm, rect.width())
    height = fm.boundingRect(QRect(0, 0, max(1, rect.width()), 1_000_000), WRAP, shown).height()
    painter.setFont(font)
    painter.drawText(QRect(rect.left(), rect.top(), rect.width(), height), WRAP, shown)
    return height


def type_colors() -> dict[int, QColor]:
    return {int(t["number"]): QColor(str(t["color"])) for t in eig.types()}


def badge_texts(activity: eig.Activity) -> list[str]:
    """The small marks under a card's title: wanted type, hands, contributions."""
    marks = []
    if activity.shifts:
        marks.append(wanted_mark(activity))
    total = sum(activity.hand_count(t) for t in eig.TYPES)
    if total:
        marks.append(tr("{0} handen").format(total))
    return marks


class CardDelegate(QStyledItemDelegate):
    """Paints an activity as a card: its title wrapped in bold, then the wanted-type mark."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self.colors = type_colors()

    def title_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        return font

    def badge_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        return font

    def text_width(self) -> int:
        return max(40, self.view.viewport().width() - 2 * GAP - 2 * PAD - 6)

    def badge_rows(self, option: QStyleOptionViewItem, marks: list[str], width: int) -> list[list[tuple[str, int]]]:
        """Badges as rows of (text, width) that fit in ``width`` (a new row when the next one does not fit)."""
        fm = QFontMetrics(self.badge_font(option))
        rows: list[list[tuple[str, int]]] = []
        x = width + 1
        for mark in marks:
            w = min(width, fm.horizontalAdvance(mark) + 14)
            if x + w > width:
                rows.append([])
                x = 0
            rows[-1].append((mark, w))
            x += w + 6
        return rows

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        a: eig.Activity | None = index.data(RECORD_ROLE)
        if a is None:
            return QSize(0, 0)
        width = self.text_width()
        height = text_height(a.title, self.title_font(option), width)
        rows = self.badge_rows(option, badge_texts(a), width)
        height += len(rows) * (QFontMetrics(self.badge_font(option)).height() + 8)
        return QSize(width, height + 2 * PAD + 2 * GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        a: eig.Activity | None = index.data(RECORD_ROLE)
        if a is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(GAP, GAP, -GAP, -GAP)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        highlight = option.palette.highlight().color()
        painter.setPen(QPen(highlight if selected else QColor("#9e9e9e"), 3 if selected else 1))
        painter.setBrush(QColor("#e8f1fb") if selected else QColor("#fffef8"))
        painter.drawRoundedRect(rect, 6, 6)
        stripe = QRect(rect.left() + 1, rect.top() + 1, 5, rect.height() - 1)
        painter.fillRect(stripe, self.colors.get(a.current_type, QColor("#888888")))
        inner = rect.adjusted(PAD + 4, PAD, -PAD, -PAD)
        painter.setPen(QColor("#111111"))
        used = draw_wrapped(
            painter, a.title, self.title_font(option), QRect(inner.left(), inner.top(), self.text_width(), 0)
        )
        badge_font = self.badge_font(option)
        painter.setFont(badge_font)
        fm = QFontMetrics(badge_font)
        y = inner.top() + used + 4
        first = True
        for row in self.badge_rows(option, badge_texts(a), self.text_width()):
            x = inner.left()
            for mark, w in row:
                pill = QRect(x, y, w, fm.height() + 4)
                if first and a.shifts:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(self.colors.get(a.wanted_type, QColor("#555555")))
                    painter.drawRoundedRect(pill, 8, 8)
                    painter.setPen(QColor("white") if a.wanted_type in (1, 4) else QColor("#111111"))
                else:
                    painter.setPen(QColor("#444444"))
                painter.drawText(
                    pill, int(Qt.AlignmentFlag.AlignCenter), fm.elidedText(mark, Qt.TextElideMode.ElideRight, w - 4)
                )
                first = False
                x += w + 6
            y += fm.height() + 8
        painter.restore()


class BoardList(QListView):
    """The cards of one column. Keys: Ctrl+←/→ move the card to the next type,
    ←/→ go to the next column, Ctrl+↑/↓ reorder, Delete removes."""

    move_requested = Signal(int)
    step_requested = Signal(int)
    reorder_requested = Signal(int)
    remove_requested = Signal()

    def __init__(self, model: ColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setStyleSheet("QListView { background: #f3f1ea; border: none; }")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        sideways = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if key in sideways:
            (self.move_requested if ctrl else self.step_requested).emit(sideways[key])
            return
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.reorder_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_Delete:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class TypeColumn(QFrame):
    """One Type: its heading, what it asks of the municipality, and its cards."""

    def __init__(self, ctx: SessionContext, info: dict[str, object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.type_number = int(info["number"])  # type: ignore[call-overload]
        self.setObjectName(f"typeColumn{self.type_number}")
        color = str(info["color"])
        self.setStyleSheet(f"#typeColumn{self.type_number} {{ border-top: 6px solid {color}; background: #f3f1ea; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        self.heading = QLabel(str(info["label"]))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.owner = QLabel(str(info["owner"]))
        self.owner.setWordWrap(True)
        bold = self.owner.font()
        bold.setBold(True)
        self.owner.setFont(bold)
        self.role = QLabel(tr("Gemeente: {0}").format(str(info["role"]).lower()))
        self.role.setWordWrap(True)
        self.role.setStyleSheet("font-style: italic;")
        self.asks = QLabel(str(info["asks"]))
        self.asks.setWordWrap(True)
        self.asks.setObjectName("typeAsks")
        self.asks.setStyleSheet("color: #333333;")
        self.setToolTip(str(info["asks"]))
        self.model = ColumnModel(ctx, self.type_number)
        self.view = BoardList(self.model, self)
        self.view.setAccessibleName(tr("Activiteiten in Type {0}").format(self.type_number))
        self.view.setAccessibleDescription(f"{info['owner']}. {info['asks']}")
        for w in (self.heading, self.owner, self.role, self.asks):
            layout.addWidget(w)
        layout.addWidget(self.view, 1)
        self.count = QLabel()
        layout.addWidget(self.count)

    def show_explanation(self, shown: bool) -> None:
        self.asks.setVisible(shown)

    def reload(self) -> None:
        self.model.reload()
        n = self.model.rowCount()
        self.count.setText(tr("{0} activiteiten").format(n) if n != 1 else tr("1 activiteit"))


class ProjectorBoard(QWidget):
    """The board for the room: four columns, big cards, no controls. Fonts scale with the widget
    (at 1920×1080 every text is 28 pt or larger); cards that do not fit are counted ("+3 meer")."""

    BASE = QSize(1920, 1080)
    MIN_PT = 28.0

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.types = eig.types(ctx.language)
        self.colors = type_colors()
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: white;")
        self.setAccessibleName(tr("Eigenaarschap op de beamer"))
        ctx.changed.connect(self._changed)
        self.hidden_counts: dict[int, int] = {}
        self.card_pt = 0.0

    def _changed(self, event: object) -> None:
        if getattr(event, "touches", lambda *_: True)("activity"):
            self.update()

    def scale(self) -> float:
        return min(self.width() / self.BASE.width(), self.height() / self.BASE.height())

    def scaled_font(self, points_at_base: float, bold: bool = False) -> QFont:
        """A font of ``points_at_base`` pt as it would be at 1920×1080, scaled to this widget."""
        f = QFont(self.font())
        f.setPixelSize(max(6, round(points_at_base * 96 / 72 * self.scale())))
        f.setBold(bold)
        return f

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        s = self.scale()
        margin = round(24 * s)
        gap = round(18 * s)
        col_w = (self.width() - 2 * margin - 3 * gap) // 4
        head_font = self.scaled_font(34, bold=True)
        owner_font = self.scaled_font(28)
        head_h = QFontMetrics(head_font).height() + round(8 * s)
        role_font = self.scaled_font(28)
        role_font.setItalic(True)
        owner_h = max(
            text_height(t["owner"], owner_font, col_w) + text_height(self._role(t), role_font, col_w)
            for t in self.types
        )
        top = margin + head_h + owner_h + round(16 * s)
        self.hidden_counts = {}
        for i, t in enumerate(self.types):
            n = int(t["number"])
            x = margin + i * (col_w + gap)
            color = self.colors[n]
            painter.fillRect(QRect(x, margin, col_w, round(10 * s)), color)
            painter.setPen(QColor("#111111"))
            painter.setFont(head_font)
            painter.drawText(
                QRect(x, margin + round(12 * s), col_w, head_h), int(Qt.AlignmentFlag.AlignLeft), t["label"]
            )
            painter.setPen(QColor("#333333"))
            y = margin + round(12 * s) + head_h
            y += draw_wrapped(painter, t["owner"], owner_font, QRect(x, y, col_w, owner_h))
            painter.setPen(color.darker(140))
            draw_wrapped(painter, self._role(t), role_font, QRect(x, y, col_w, owner_h))
            self._paint_cards(painter, n, QRect(x, top, col_w, self.height() - top - margin))
        painter.end()

    @staticmethod
    def _role(info: dict[str, object]) -> str:
        return tr("Gemeente: {0}").format(str(info["role"]).lower())

    def _paint_cards(self, painter: QPainter, type_number: int, area: QRect) -> None:
        s = self.scale()
        cards = eig.column(self.ctx.session, type_number)
        pad = round(12 * s)
        title_font = self.scaled_font(self.MIN_PT + 2, bold=True)
        mark_font = self.scaled_font(self.MIN_PT, bold=True)
        mm = QFontMetrics(mark_font)
        more_h = mm.height() + pad
        y = area.top()
        for k, a in enumerate(cards):
            inner_w = area.width() - 2 * pad - round(8 * s)
            text_h = text_height(a.title, title_font, inner_w)
            h = text_h + 2 * pad + (mm.height() + pad // 2 if a.shifts else 0)
            room = area.bottom() - y - (more_h if k < len(cards) - 1 else 0)
            if h > room:
                self.hidden_counts[type_number] = len(cards) - k
                painter.setFont(mark_font)
                painter.setPen(QColor("#333333"))
                painter.drawText(
                    QRect(area.left(), y, area.width(), more_h),
                    int(Qt.AlignmentFlag.AlignLeft),
                    tr("+{0} meer").format(len(cards) - k),
                )
                return
            card = QRect(area.left(), y, area.width(), h)
            painter.setPen(QPen(QColor("#9e9e9e"), max(1, round(2 * s))))
            painter.setBrush(QColor("#fffef8"))
            painter.drawRoundedRect(card, 8 * s, 8 * s)
            painter.fillRect(
                QRect(card.left(), card.top() + 1, round(10 * s), card.height() - 1), self.colors[type_number]
            )
            painter.setPen(QColor("#111111"))
            painter.setFont(title_font)
            inner = card.adjusted(pad + round(8 * s), pad, -pad, -pad)
            draw_wrapped(painter, a.title, title_font, QRect(inner.left(), inner.top(), inner_w, text_h))
            if a.shifts:
                painter.setFont(mark_font)
                painter.setPen(self.colors[a.wanted_type].darker(130))
                painter.drawText(
                    QRect(inner.left(), inner.top() + text_h + pad // 2, inner.width(), mm.height()),
                    int(Qt.AlignmentFlag.AlignLeft),
                    wanted_mark(a),
                )
            y += h + round(10 * s)
        self.card_pt = (self.MIN_PT + 2) * s
