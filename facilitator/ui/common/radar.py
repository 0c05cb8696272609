"""A radar (spider) chart widget: two profiles ("now" and "wanted") over a set of axes.

Drawn with QPainter from a :class:`~facilitator.domain.radar_geometry.RadarGeometry`,
the same numbers the handout draws on paper. The two profiles stay apart in black and
white: "now" is a solid line with round points and a light fill, "wanted" a dashed
line with square points. Used on the Rollen page and, larger, on the projector.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.radar_geometry import RadarGeometry

NOW_COLOR = QColor("#1f4e79")
WANTED_COLOR = QColor("#b5451b")
#: profiles of several years, oldest first (the newest is the darkest)
YEAR_COLOURS = ("#c9a227", "#7a9e3d", "#b5451b", "#1f4e79")


class RadarChart(QWidget):
    """Shows a RadarGeometry; ``label_points`` sets the size of the axis labels."""

    def __init__(self, parent: QWidget | None = None, label_points: float = 0.0, show_values: bool = False) -> None:
        super().__init__(parent)
        self.geometry_data: RadarGeometry | None = None
        self.legend = {"now": self.tr("Nu"), "wanted": self.tr("Gewenst")}
        #: (series key, colour, dashed) in drawing order; the default is "wanted" under "now"
        self.styles: list[tuple[str, QColor, bool]] = [("wanted", WANTED_COLOR, True), ("now", NOW_COLOR, False)]
        self.label_points = label_points
        self.show_values = show_values
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 260)
        self.setAccessibleName(self.tr("Radardiagram van de rollen"))

    # ----------------------------------------------------------------- data
    def set_geometry(self, geometry: RadarGeometry) -> None:
        self.geometry_data = geometry
        parts = []
        now, wanted = geometry.get("now"), geometry.get("wanted")
        for i, axis in enumerate(geometry.axes):
            n = int(now.values[i]) if now else 0
            w = int(wanted.values[i]) if wanted else 0
            parts.append(self.tr("{0}: nu {1}, gewenst {2}").format(axis.label, n, w))
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def set_years(self, geometry: RadarGeometry, labels: dict[str, str]) -> None:
        """Several profiles in one chart (e.g. "now" of each year): series key -> legend label.
        The oldest is drawn first, dashed and light; the newest last, solid and dark."""
        self.geometry_data = geometry
        keys = [s.key for s in geometry.series]
        colours = YEAR_COLOURS[-len(keys) :] if len(keys) <= len(YEAR_COLOURS) else YEAR_COLOURS * len(keys)
        self.styles = [(k, QColor(colours[i]), i < len(keys) - 1) for i, k in enumerate(keys)]
        self.legend = dict(labels)
        self.setAccessibleDescription(
            "; ".join(
                f"{labels.get(series.key, series.key)}: "
                + ", ".join(f"{a.label} {int(v)}" for a, v in zip(geometry.axes, series.values, strict=True))
                for series in geometry.series
            )
        )
        self.update()

    def values(self, key: str) -> tuple[float, ...]:
        """The values drawn for one profile ("now" or "wanted"); empty when there is none."""
        if self.geometry_data is None:
            return ()
        series = self.geometry_data.get(key)
        return series.values if series else ()

    def polygon(self, key: str) -> QPolygonF:
        """The polygon of one profile in widget coordinates, as it is painted."""
        if self.geometry_data is None:
            return QPolygonF()
        series = self.geometry_data.get(key)
        if series is None:
            return QPolygonF()
        centre, radius = self._frame()
        return QPolygonF([QPointF(centre.x() + x * radius, centre.y() + y * radius) for x, y in series.points])

    def sizeHint(self) -> QSize:
        return QSize(480, 440)

    # ------------------------------------------------------------- painting
    def label_font(self) -> QFont:
        font = QFont(self.font())
        if self.label_points:
            font.setPointSizeF(self.label_points)
        else:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        return font

    def _legend_height(self) -> float:
        return QFontMetricsF(self.label_font()).height() * 1.6

    def _frame(self) -> tuple[QPointF, float]:
        """Centre and the largest radius at which every axis label still fits, above the legend."""
        g = self.geometry_data
        half_w = self.width() / 2
        half_h = (self.height() - self._legend_height()) / 2
        if g is None:
            return QPointF(half_w, half_h), max(20.0, min(half_w, half_h) - 10)
        metrics = QFontMetricsF(self.label_font())
        gap = metrics.height() * 0.35
        lines = 2 if self.show_values else 1
        box_h = metrics.height() * lines
        radius = min(half_w, half_h) - 4
        for i, axis in enumerate(g.axes):
            box_w = max(metrics.horizontalAdvance(t) for t in self._lines(i))
            ax, ay = abs(axis.x), abs(axis.y)
            if axis.anchor == "center":
                # label above (or below) the axis end, centred on it
                room_w = half_w - box_w / 2
                if ax > 1e-6:
                    radius = min(radius, room_w / ax)
                radius = min(radius, (half_h - gap - box_h) / max(ay, 1e-6))
            else:
                # label beside the axis end, to the outside
                radius = min(radius, (half_w - gap - box_w) / max(ax, 1e-6))
                if ay > 1e-6:
                    radius = min(radius, (half_h - box_h / 2) / ay)
        return QPointF(half_w, half_h), max(20.0, radius)

    def _lines(self, index: int) -> list[str]:
        """The text beside one axis: its label and, on the projector, the two scores."""
        assert self.geometry_data is not None
        g = self.geometry_data
        lines = [g.axes[index].label]
        now, wanted = g.get("now"), g.get("wanted")
        if self.show_values and now and wanted:
            lines.append(self.tr("nu {0} · gewenst {1}").format(int(now.values[index]), int(wanted.values[index])))
        return lines

    def paintEvent(self, event: QPaintEvent) -> None:
        g = self.geometry_data
        if g is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre, radius = self._frame()
        text_color = self.palette().color(QPalette.ColorRole.WindowText)

        def at(x: float, y: float, scale: float = 1.0) -> QPointF:
            return QPointF(centre.x() + x * radius * scale, centre.y() + y * radius * scale)

        # grid: one ring per score, the outer ring darker
        grid = QColor(text_color)
        thin = max(1.0, radius / 250)  # grid lines must stay visible on a projector
        for fraction in g.rings:
            grid.setAlpha(200 if fraction == 1.0 else 80)
            p.setPen(QPen(grid, thin * 1.5 if fraction == 1.0 else thin))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolygon(QPolygonF([at(x, y) for x, y in g.ring_points(fraction)]))
        grid.setAlpha(120)
        p.setPen(QPen(grid, thin))
        for axis in g.axes:
            p.drawLine(centre, at(axis.x, axis.y))
        line = max(2.5, radius / 70)
        # score numbers along the first axis, clear of the points drawn on it
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.label_font().pointSizeF() * 0.6))
        p.setFont(small)
        grid.setAlpha(170)
        p.setPen(grid)
        for value, fraction in enumerate(g.rings, start=1):
            pos = at(g.axes[0].x, g.axes[0].y, fraction)
            p.drawText(QPointF(pos.x() + line * 1.6 + 6, pos.y() + QFontMetricsF(small).ascent() / 2), str(value))

        # the two profiles: "wanted" under "now" so the solid line stays on top
        for key, colour, dashed in self.styles:
            self._draw_series(p, key, at, line, colour, dashed=dashed)

        # axis labels
        font = self.label_font()
        p.setFont(font)
        metrics = QFontMetricsF(font)
        p.setPen(text_color)
        for i, axis in enumerate(g.axes):
            self._draw_label(p, metrics, at(axis.x, axis.y, 1.0), axis.anchor, axis.y, self._lines(i))
        self._draw_legend(p, font, text_color, line)
        p.end()

    def _draw_series(self, p: QPainter, key: str, at, width: float, color: QColor, dashed: bool) -> None:
        series = self.geometry_data.get(key) if self.geometry_data else None
        if series is None:
            return
        poly = QPolygonF([at(x, y) for x, y in series.points])
        pen = QPen(color, width)
        pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        fill = QColor(color)
        fill.setAlpha(0 if dashed else 45)
        p.setBrush(QBrush(fill))
        p.drawPolygon(poly)
        p.setPen(QPen(color, 1))
        p.setBrush(color)
        marker = width * 1.6
        for point in (poly.at(i) for i in range(poly.count())):
            if dashed:
                p.drawRect(QRectF(point.x() - marker, point.y() - marker, 2 * marker, 2 * marker))
            else:
                p.drawEllipse(point, marker, marker)

    def _draw_label(
        self, p: QPainter, metrics: QFontMetricsF, end: QPointF, anchor: str, y: float, lines: list[str]
    ) -> None:
        gap = metrics.height() * 0.35
        height = metrics.height() * len(lines)
        if anchor == "center":
            top = end.y() - gap - height if y < 0 else end.y() + gap
        else:
            top = end.y() - height / 2
        for n, text in enumerate(lines):
            width = metrics.horizontalAdvance(text)
            if anchor == "center":
                x = end.x() - width / 2
            elif anchor == "left":
                x = end.x() + gap
            else:
                x = end.x() - gap - width
            p.drawText(QPointF(x, top + metrics.ascent() + n * metrics.height()), text)

    def _draw_legend(self, p: QPainter, font: QFont, text_color: QColor, width: float) -> None:
        legend_font = QFont(font)
        legend_font.setBold(False)
        p.setFont(legend_font)
        metrics = QFontMetricsF(legend_font)
        sample = metrics.height() * 2
        items = [(k, c, d) for k, c, d in reversed(self.styles) if k in self.legend][::-1]
        if [k for k, _, _ in items] == ["wanted", "now"]:
            items.reverse()  # the usual legend reads "Nu", then "Gewenst"
        total = sum(sample + 8 + metrics.horizontalAdvance(self.legend[k]) + 24 for k, _, _ in items)
        x = (self.width() - total) / 2
        y = self.height() - self._legend_height() / 2
        for key, color, dashed in items:
            pen = QPen(color, width)
            pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
            p.setPen(pen)
            p.drawLine(QPointF(x, y), QPointF(x + sample, y))
            p.setPen(text_color)
            p.drawText(QPointF(x + sample + 8, y + metrics.ascent() / 2 - 1), self.legend[key])
            x += sample + 8 + metrics.horizontalAdvance(self.legend[key]) + 24
