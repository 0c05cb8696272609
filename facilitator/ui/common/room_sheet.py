"""A projector view made of the room's question, blocks of lines and (optionally) a radar.

Used by the Gemeente and Spiegel steps: each tab says what it shows as a
:class:`SheetContent`, and the sheet paints it large, without controls. Fonts scale with
the widget, so at 1920×1080 every text is at least 28 pt; lines that do not fit are
counted ("+3 meer") rather than cut off.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.changes import ChangeEvent
from ...domain.radar_geometry import RadarGeometry
from ..session.context import SessionContext
from .radar import RadarChart

BASE = QSize(1920, 1080)
MIN_PT = 28.0
WRAP = int(Qt.TextFlag.TextWordWrap)


@dataclasses.dataclass(frozen=True)
class Block:
    heading: str
    lines: tuple[str, ...]
    #: indexes of lines to stand out (a clash, a ticked point)
    marked: frozenset[int] = frozenset()
    #: how wide its column is against the others (2 = twice as wide)
    weight: int = 1


@dataclasses.dataclass(frozen=True)
class SheetContent:
    question: str
    blocks: tuple[Block, ...] = ()
    radar: RadarGeometry | None = None
    empty: str = ""


def scaled_font(widget: QWidget, points_at_base: float, bold: bool = False) -> QFont:
    """A font of ``points_at_base`` pt as it would be at 1920×1080, scaled to the widget's window."""
    window = widget.window() if widget.window() is not None else widget
    s = min(window.width() / BASE.width(), window.height() / BASE.height())
    f = QFont(widget.font())
    f.setPixelSize(max(6, math.ceil(points_at_base * 96 / 72 * s)))
    f.setBold(bold)
    return f


class BlockColumns(QWidget):
    """The blocks side by side (up to three columns), each a heading and wrapped lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blocks: tuple[Block, ...] = ()
        self.empty = ""
        #: lines per block that did not fit (for tests and the "+n meer" mark)
        self.hidden: dict[int, int] = {}

    def set_blocks(self, blocks: tuple[Block, ...], empty: str) -> None:
        self.blocks, self.empty = blocks, empty
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        head = scaled_font(self, MIN_PT + 4, bold=True)
        body = scaled_font(self, MIN_PT)
        marked = scaled_font(self, MIN_PT, bold=True)
        gap = max(8, body.pixelSize())
        self.hidden = {}
        if not self.blocks:
            p.setFont(body)
            p.setPen(QColor("#555555"))
            p.drawText(self.rect(), WRAP | int(Qt.AlignmentFlag.AlignCenter), self.empty)
            p.end()
            return
        columns = min(3, len(self.blocks))
        weights = [max(1, b.weight) for b in self.blocks[:columns]]
        room = self.width() - gap * (columns - 1)
        widths = [room * w // sum(weights) for w in weights]
        lefts = [sum(widths[:c]) + gap * c for c in range(columns)]
        ys = [0] * columns
        for n, block in enumerate(self.blocks):
            col = min(range(columns), key=lambda c: ys[c]) if n >= columns else n
            x, width = lefts[col], widths[col]
            y = ys[col]
            p.setFont(head)
            p.setPen(QColor("#1a3d6d"))
            r = QFontMetrics(head).boundingRect(QRect(x, y, width, 10_000), WRAP, block.heading)
            p.drawText(QRect(x, y, width, r.height()), WRAP, block.heading)
            y += r.height() + gap // 3
            for k, line in enumerate(block.lines):
                font = marked if k in block.marked else body
                fm = QFontMetrics(font)
                r = fm.boundingRect(QRect(x, y, width - gap, 10_000), WRAP, "• " + line)
                room = self.height() - y - (fm.height() if k < len(block.lines) - 1 else 0)
                if r.height() > room:
                    self.hidden[n] = len(block.lines) - k
                    p.setFont(body)
                    p.setPen(QColor("#333333"))
                    more = QCoreApplication.translate("RoomSheet", "+{0} meer").format(len(block.lines) - k)
                    p.drawText(QRect(x, y, width, fm.height()), 0, more)
                    y += fm.height()
                    break
                p.setFont(font)
                p.setPen(QColor("#a02020") if k in block.marked else QColor("#111111"))
                p.drawText(QRect(x, y, width - gap, r.height()), WRAP, "• " + line)
                y += r.height() + gap // 4
            ys[col] = y + gap
        p.end()


class RoomSheet(QWidget):
    """The room's question on top; an optional radar, then blocks of lines."""

    def __init__(
        self,
        ctx: SessionContext,
        build: Callable[[], SheetContent],
        kinds: tuple[str, ...],
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.build = build
        self.kinds = kinds
        self.setObjectName(name)
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: white;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.question = QLabel()
        self.question.setObjectName(f"{name}Question")
        self.question.setWordWrap(True)
        self.question.setStyleSheet("color: #111111;")
        layout.addWidget(self.question)
        # the radar above the blocks: its axis names need the whole width of the screen
        self.chart = RadarChart(show_values=True)
        self.chart.setObjectName(f"{name}Radar")
        layout.addWidget(self.chart, 3)
        self.columns = BlockColumns()
        layout.addWidget(self.columns, 2)
        ctx.changed.connect(self._changed)
        self.update_view()

    def _changed(self, event: ChangeEvent) -> None:
        if event.touches(*self.kinds):
            self.update_view()

    def set_build(self, build: Callable[[], SheetContent]) -> None:
        self.build = build
        self.update_view()

    def update_view(self) -> None:
        content = self.build()
        self.content = content
        self.question.setText(content.question)
        self.columns.set_blocks(content.blocks, content.empty)
        self.columns.setVisible(bool(content.blocks) or content.radar is None)
        self.chart.setVisible(content.radar is not None)
        if content.radar is not None:
            self.chart.set_geometry(content.radar)

    def text_points(self) -> float:
        """The smallest text size on this sheet, in points as it is at 1080 lines (for checks)."""
        s = self.window().height() / BASE.height() if self.window() is not None else 1.0
        smallest = min(self.question.font().pixelSize(), scaled_font(self, MIN_PT).pixelSize())
        if self.chart.isVisible():
            smallest = min(smallest, round(self.chart.label_points * 96 / 72))
        return smallest * 72 / 96 / max(s, 1e-6)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.question.setFont(scaled_font(self, MIN_PT + 8, bold=True))
        window = self.window() if self.window() is not None else self
        self.chart.label_points = max(12.0, window.height() / BASE.height() * (MIN_PT + 1))
        super().resizeEvent(event)
