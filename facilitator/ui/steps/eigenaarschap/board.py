"""The ownership board's widgets: a column per Type with activity cards, and the projector view.

Cards are drawn by :class:`CardDelegate` with the title wrapped to the column's
width (never cut), and a mark of the wanted type ("→ Type 1") in that type's colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ....domain import eigenaarschap as eig
from ...common.widgets import hyphenable
from ...session.context import SessionContext
from .models import RECORD_ROLE, ColumnModel, wanted_mark

Index = QModelIndex | QPersistentModelIndex
PAD = 8
GAP = 4


WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def breakable(text: str, fm: QFontMetrics, width: int) -> str:
    """The text with break chances (soft hyphens) inside words wider than ``width``.

    Qt's word wrap never breaks inside a word, so "Energiecoöperatie" in a narrow column
    would be cut off; with soft hyphens it reads "Energiecoöpera-" / "tie", and no line
    starts or ends with a single letter of the word. (QTextLayout's break-anywhere mode
    would do this, but QTextLine.setLineWidth corrupts a reference count in PySide 6.12.)
    """
    return hyphenable(text, fm.horizontalAdvance, width)


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


OPEN_COLOR = "#8d8d8d"


def type_colors() -> dict[int, QColor]:
    colors = {int(t["number"]): QColor(str(t["color"])) for t in eig.types()}
    colors[eig.OPEN] = QColor(OPEN_COLOR)
    return colors


def open_column_info() -> dict[str, object]:
    """The "?" column: activities the room has not placed yet (starters and cards land here)."""
    return {
        "number": eig.OPEN,
        "label": QCoreApplication.translate("Eigenaarschap", "? Nog kiezen"),
        "owner": QCoreApplication.translate("Eigenaarschap", "Van wie is het? Dat kiest de zaal."),
        "owner_role": "",
        "role": "",
        "asks": QCoreApplication.translate(
            "Eigenaarschap", "Bespreek elke activiteit en zet hem dan in Type 1, 2, 3 of 4 (Ctrl+→)."
        ),
        "color": OPEN_COLOR,
    }


def role_lines(info: dict[str, object]) -> list[str]:
    """What the owner does and what the gemeente does, as two lines (nothing for the "?" column)."""
    lines = []
    if info.get("owner_role"):
        lines.append(
            QCoreApplication.translate("Eigenaarschap", "Eigenaar: {0}").format(_lower_first(info["owner_role"]))
        )
    if info.get("role"):
        lines.append(QCoreApplication.translate("Eigenaarschap", "Gemeente: {0}").format(_lower_first(info["role"])))
    return lines


def _lower_first(value: object) -> str:
    text = str(value)
    return text[:1].lower() + text[1:]


def badge_texts(activity: eig.Activity) -> list[str]:
    """The small marks under a card's title: wanted type, hands, contributions."""
    marks = []
    if activity.shifts:
        marks.append(wanted_mark(activity))
    if activity.puller_missing:
        marks.append(QCoreApplication.translate("Eigenaarschap", "⚠ Geen trekker"))
    elif activity.asks_puller:
        marks.append(QCoreApplication.translate("Eigenaarschap", "Trekker: {0}").format(activity.puller.strip()))
    total = sum(activity.hand_count(t) for t in eig.TYPES)
    if total:
        marks.append(QCoreApplication.translate("Eigenaarschap", "{0} handen").format(total))
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
                if mark.startswith("⚠"):
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor("#fde2c4"))
                    painter.drawRoundedRect(pill, 8, 8)
                    painter.setPen(QColor("#8a3b00"))
                elif first and a.shifts:
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
        self.setStyleSheet("QListView { background: palette(alternate-base); border: none; }")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # QListView (top-to-bottom flow) re-lays out only when its height changes; card heights
        # depend on the width (wrapped titles), so a wider column must lay out again
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        sideways: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
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
        self.setStyleSheet(
            f"#typeColumn{self.type_number} {{ border-top: 6px solid {color}; background: palette(alternate-base); }}"
        )
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
        # the owner's part and the gemeente's part, two lines; shown with the explanation (F3),
        # so the cards keep their room; the longer text is the tooltip
        lines = role_lines(info)
        self.asks = QLabel("\n".join(lines) if lines else str(info["asks"]))
        self.asks.setWordWrap(True)
        self.asks.setObjectName("typeAsks")
        self.setToolTip(str(info["asks"]))
        self.model = ColumnModel(ctx, self.type_number)
        self.view = BoardList(self.model, self)
        self.view.setAccessibleName(
            QCoreApplication.translate("Eigenaarschap", "Activiteiten in Type {0}").format(self.type_number)
        )
        self.view.setAccessibleDescription(". ".join([str(info["owner"]), *lines, str(info["asks"])]))
        for w in (self.heading, self.owner, self.asks):
            layout.addWidget(w)
        layout.addWidget(self.view, 1)
        self.count = QLabel()
        layout.addWidget(self.count)

    def show_explanation(self, shown: bool) -> None:
        self.asks.setVisible(shown)

    def reload(self) -> None:
        self.model.reload()
        n = self.model.rowCount()
        self.count.setText(
            QCoreApplication.translate("Eigenaarschap", "{0} activiteiten").format(n)
            if n != 1
            else QCoreApplication.translate("Eigenaarschap", "1 activiteit")
        )


class OwnershipBoard(QWidget):
    """The four columns side by side, gemeenschap on the left and gemeente on the right,
    with the view switches (explanation, details) and a hint while the board is empty."""

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        ends = QHBoxLayout()
        left = QLabel("← " + QCoreApplication.translate("Eigenaarschap", "Gemeenschap"))
        right = QLabel(QCoreApplication.translate("Eigenaarschap", "Gemeente") + " →")
        for label in (left, right):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self.explain = QPushButton(QCoreApplication.translate("Eigenaarschap", "Uitleg per type"))
        self.explain.setCheckable(True)
        self.explain.setAccessibleName(QCoreApplication.translate("Eigenaarschap", "Uitleg per type tonen"))
        self.explain.setToolTip(
            QCoreApplication.translate("Eigenaarschap", "Toon of verberg wat elk type van de gemeente vraagt (F3)")
        )
        self.details_button = QPushButton(QCoreApplication.translate("Eigenaarschap", "Details"))
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(
            QCoreApplication.translate("Eigenaarschap", "Details van de activiteit tonen")
        )
        self.details_button.setToolTip(
            QCoreApplication.translate(
                "Eigenaarschap", "Toon of verberg de details naast het bord (F4); zonder details is het bord breder"
            )
        )
        ends.addWidget(left)
        ends.addStretch(1)
        ends.addWidget(self.explain)
        ends.addWidget(self.details_button)
        ends.addStretch(1)
        ends.addWidget(right)
        layout.addLayout(ends)
        self.empty_hint = QLabel(
            QCoreApplication.translate(
                "Eigenaarschap",
                'Het bord is nog leeg. Typ hierboven een activiteit en druk op Enter, kies "Welke bestaan hier?"'
                " of neem kaarten over uit de Krachtenkaart.",
            )
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("eigenaarschapEmpty")
        self.empty_hint.setStyleSheet("background: #fff8dc; color: #3d2c00; padding: 6px;")
        layout.addWidget(self.empty_hint)
        columns = QHBoxLayout()
        columns.setSpacing(6)
        self.columns: dict[int, TypeColumn] = {}
        for info in [open_column_info(), *eig.types(ctx.language)]:
            col = TypeColumn(ctx, info)
            self.columns[col.type_number] = col
            columns.addWidget(col, 1)
        layout.addLayout(columns, 1)
        self.explain.toggled.connect(self.show_explanation)

    def show_explanation(self, shown: bool) -> None:
        for col in self.columns.values():
            col.show_explanation(shown)

    def reload(self) -> None:
        for col in self.columns.values():
            col.reload()
        # the "?" column shows only while something waits for the room's choice
        self.columns[eig.OPEN].setVisible(self.columns[eig.OPEN].model.rowCount() > 0)
        self.empty_hint.setVisible(all(col.model.rowCount() == 0 for col in self.columns.values()))
