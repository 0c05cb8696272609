"""Paints an asset card as a tile: number, title, head/heart/hands mark, crown star, dots.

Everything is drawn as plain text (``QPainter.drawText`` and ``QTextLayout``), so a
title like ``<b>&`` shows exactly as typed. Tiles have one fixed height per font so the
list can use uniform item sizes and stay fast with thousands of cards.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ....domain import krachtenkaart as kk
from ....domain.card_check import TO_CONFIRM
from ....domain.hyphenation import SHY
from ...common.widgets import hyphenable_soon
from .board_model import CARD_ROLE

Index = QModelIndex | QPersistentModelIndex


def hhh_mark(hhh: str) -> str:
    """The head/heart/hands mark on a card, in the interface language."""
    marks = {
        "hoofd": QCoreApplication.translate("CardDelegate", "Hoofd"),
        "hart": QCoreApplication.translate("CardDelegate", "Hart"),
        "handen": QCoreApplication.translate("CardDelegate", "Handen"),
    }
    return marks.get(hhh, hhh)


#: titles longer than this are cut before layout: a tile never shows more anyway
DRAW_LIMIT = 240


_WRAPPED: dict[tuple[str, str, int, int], list[str]] = {}


def wrapped(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Plain text broken into at most ``max_lines`` lines of ``width``; the last one elided.

    Remembered per title, font and width: a repaint then costs no text layout at all.
    """
    key = (text[:DRAW_LIMIT], font.key(), int(width), max_lines)
    lines = _WRAPPED.get(key)
    if lines is None:
        if len(_WRAPPED) > 20_000:
            _WRAPPED.clear()
        lines = _WRAPPED[key] = _wrap(key[0], font, width, max_lines)
    return lines


def _dictionary_arrived() -> None:
    """The hyphenation dictionary is read: wrap the titles again, with break points, and redraw."""
    _WRAPPED.clear()
    for window in QApplication.topLevelWidgets():
        for view in window.findChildren(QAbstractItemView):
            delegate = view.itemDelegate()
            if isinstance(delegate, CardDelegate):
                if delegate.text_width > 0:
                    view.doItemsLayout()  # tiles as tall as their title: measured again
                view.viewport().update()


def _wrap(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    metrics = QFontMetricsF(font)
    # the dictionary is read in a worker on first need: until then a long word breaks anywhere
    shown = hyphenable_soon(text, metrics.horizontalAdvance, width, _dictionary_arrived)
    layout = QTextLayout(shown, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    pieces: list[str] = []
    while len(pieces) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        pieces.append(shown[line.textStart() : line.textStart() + line.textLength()])
    used = len("".join(pieces))
    layout.endLayout()
    # a line that ends at a soft hyphen shows it; the other soft hyphens stay invisible
    lines = [_shown_line(p) for p in pieces]
    for i in range(len(lines) - 1):  # broken inside a word where no soft hyphen fitted: mark it too
        if lines[i][-1:].isalnum() and pieces[i + 1][:1].isalnum():
            lines[i] += "-"
    if lines and used < len(shown.rstrip()):
        rest = shown[used - len(pieces[-1]) :].replace(SHY, "")
        lines[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return [ln.rstrip() for ln in lines]


def _shown_line(piece: str) -> str:
    """A wrapped line as shown: a break at a soft hyphen shows "-", once (a word that has its
    own hyphen there, "dorpsvisie-", keeps just that one)."""
    line = piece.replace(SHY, "")
    if piece.endswith(SHY) and not line.endswith("-"):
        line += "-"
    return line


class CardDelegate(QStyledItemDelegate):
    """``scale`` > 1 for the projector; ``colors`` maps category id to its colour."""

    def __init__(self, colors: dict[str, str], parent: QWidget | None = None, scale: float = 1.0) -> None:
        super().__init__(parent)
        self.colors = colors
        self.scale = scale
        self.title_lines = 3
        #: the number/dots line against the title; the projector keeps it nearly as large (>= 28 pt)
        self.small_ratio = 0.82
        #: > 0 (the projector, few cards): a tile is only as tall as its wrapped title needs
        self.text_width = 0.0
        #: > 0: tiles side by side (one category large on the projector) are this wide
        self.tile_width = 0

    def fonts(self, base: QFont) -> tuple[QFont, QFont]:
        title = QFont(base)
        title.setPointSizeF(base.pointSizeF() * self.scale)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * self.scale * self.small_ratio))
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title, small = self.fonts(option.font)
        lines = self.title_lines
        card = index.data(CARD_ROLE) if self.text_width > 0 else None
        if card is not None:
            lines = max(1, len(wrapped(card.title, title, self.text_width, self.title_lines)))
        height = QFontMetricsF(title).lineSpacing() * lines + QFontMetricsF(small).lineSpacing()
        return QSize(self.tile_width or 100, int(height + 16 * self.scale))

    def inner_rect(self, rect: QRectF) -> QRectF:
        """Where the text goes inside a tile's rectangle (already 3 pixels in from the item)."""
        pad = 6 * self.scale
        return rect.adjusted(pad + 5 * self.scale, pad * 0.5, -pad, -pad * 0.5)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: kk.AssetCard | None = index.data(CARD_ROLE)
        if card is None:
            return
        opt = QStyleOptionViewItem(option)
        rect = QRectF(opt.rect).adjusted(3, 3, -3, -3)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        focused = bool(opt.state & QStyle.StateFlag.State_HasFocus)
        palette: QPalette = opt.palette
        color = QColor(self.colors.get(card.category, "#888888"))
        title_font, small_font = self.fonts(opt.font)
        s = self.scale
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(rect, 6 * s, 6 * s)
        waiting = card.confirm == TO_CONFIRM  # carried from last time, "klopt dit nog?" not answered yet
        background = QColor("#fff8d6") if card.crown else QColor("#eef1f6") if waiting else QColor("#ffffff")
        if selected:
            background = palette.color(QPalette.ColorRole.Highlight).lighter(185)
        painter.fillPath(path, background)
        pen = QPen(
            palette.color(QPalette.ColorRole.Highlight) if selected else QColor("#6b7a90" if waiting else "#c8c8c8")
        )
        pen.setWidthF(2.5 if selected else 1.6 if waiting else 1.0)
        if focused:
            pen.setStyle(Qt.PenStyle.DashLine)
        elif waiting:
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawPath(path)
        painter.fillRect(QRectF(rect.left(), rect.top() + 4, 5 * s, rect.height() - 8), color)

        inner = self.inner_rect(rect)
        small = QFontMetricsF(small_font)
        top_line = QRectF(inner.left(), inner.top(), inner.width(), small.lineSpacing())
        # top line: number and head/heart/hands left; dots and the crown star right
        painter.setFont(small_font)
        painter.setPen(QColor("#555555"))
        left = f"{card.number}"
        left_edge = inner.left() + small.horizontalAdvance(left + " ")
        painter.drawText(top_line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
        right_edge = inner.right()
        if card.crown:
            painter.setPen(QColor("#c98a00"))
            star_rect = QRectF(
                right_edge - small.horizontalAdvance("★") * 1.3,
                top_line.top(),
                small.horizontalAdvance("★") * 1.3,
                top_line.height(),
            )
            painter.drawText(star_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "★")
            right_edge = star_rect.left() - 3 * s
        if card.dots:
            painter.setPen(QColor("#b03030"))
            shown = "●" * card.dots if card.dots <= 3 else f"● {card.dots}"
            dots_rect = QRectF(left_edge, top_line.top(), max(0.0, right_edge - left_edge), top_line.height())
            painter.drawText(dots_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
            right_edge -= small.horizontalAdvance(shown) + 4 * s
        if card.hhh or waiting:
            painter.setPen(QColor("#44536b") if waiting else color.darker(140))
            mark = QCoreApplication.translate("CardDelegate", "? te bevestigen") if waiting else hhh_mark(card.hhh)
            x = inner.left() + small.horizontalAdvance(left + "  ")
            if waiting and x + small.horizontalAdvance(mark) > right_edge:
                mark = "?"  # a narrow column: the question mark alone
            if x + small.horizontalAdvance(mark) <= right_edge:
                painter.drawText(
                    QRectF(x, top_line.top(), right_edge - x, top_line.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    mark,
                )
        # the title, wrapped, plain text
        painter.setFont(title_font)
        painter.setPen(QColor("#1a1a1a"))
        metrics = QFontMetricsF(title_font)
        y = top_line.bottom()
        room = max(1, int((inner.bottom() - y) / metrics.lineSpacing() + 0.15))
        for line in wrapped(card.title, title_font, inner.width(), min(self.title_lines, room)):
            painter.drawText(QPointF(inner.left(), y + metrics.ascent()), line)
            y += metrics.lineSpacing()
        painter.restore()

    # ------------------------------------------------------------- edit in place (F2)
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(kk.MAX_TITLE)
        editor.setAccessibleName(self.tr("Titel van de kaart"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        r = option.rect
        editor.setGeometry(r.adjusted(8, 8, -6, -r.height() // 2 + 6))
