"""The geometry of a radar (spider) chart, in plain numbers, for the screen and for paper.

The Rollen step's chart on screen (``facilitator/ui/common/radar.py``, QPainter) and the
handout's chart (reportlab) are drawn from the same :class:`RadarGeometry`, so both
show the same shape. Coordinates are on a unit circle: centre (0, 0), radius 1, the
first axis straight up, the next ones clockwise, and **y grows downwards** (as on a
screen). To draw on paper where y grows upwards (reportlab), use ``(cx + r*x, cy - r*y)``.
"""

from __future__ import annotations

import dataclasses
import math


@dataclasses.dataclass(frozen=True)
class RadarAxis:
    key: str
    label: str
    #: radians clockwise from straight up
    angle: float
    #: end of the axis on the unit circle (y downwards)
    x: float
    y: float
    #: where a label beside the axis end should be anchored: "left", "right" or "center"
    anchor: str


@dataclasses.dataclass(frozen=True)
class RadarSeries:
    key: str  # "now" or "wanted"
    values: tuple[float, ...]
    #: one point per axis, on the unit circle's scale (value / max_value along the axis)
    points: tuple[tuple[float, float], ...]


@dataclasses.dataclass(frozen=True)
class RadarGeometry:
    axes: tuple[RadarAxis, ...]
    series: tuple[RadarSeries, ...]
    max_value: int
    #: the grid rings as fractions of the radius (one per whole value: 0.2, 0.4, ... 1.0 for 0–5)
    rings: tuple[float, ...]

    def ring_points(self, fraction: float) -> list[tuple[float, float]]:
        """The corners of one grid ring (a polygon through every axis)."""
        return [(a.x * fraction, a.y * fraction) for a in self.axes]

    def get(self, key: str) -> RadarSeries | None:
        return next((s for s in self.series if s.key == key), None)


def radar_geometry(axes: list[tuple[str, str]], series: dict[str, list[float]], max_value: int = 5) -> RadarGeometry:
    """Axes (key, label) and value series (key -> one value per axis) -> unit-circle geometry.

    Values are clamped to 0..max_value so a bad number cannot draw outside the chart.
    """
    if len(axes) < 3:
        raise ValueError("a radar chart needs at least three axes")
    if max_value < 1:
        raise ValueError("max_value must be at least 1")
    n = len(axes)
    built: list[RadarAxis] = []
    for i, (key, label) in enumerate(axes):
        angle = 2 * math.pi * i / n
        x, y = math.sin(angle), -math.cos(angle)
        anchor = "center" if abs(x) < 0.2 else ("left" if x > 0 else "right")
        built.append(RadarAxis(key, label, angle, _tidy(x), _tidy(y), anchor))
    result = []
    for key, values in series.items():
        if len(values) != n:
            raise ValueError(f"series {key!r} has {len(values)} values for {n} axes")
        clamped = tuple(float(max(0, min(max_value, v))) for v in values)
        points = tuple((a.x * v / max_value, a.y * v / max_value) for a, v in zip(built, clamped, strict=True))
        result.append(RadarSeries(key, clamped, points))
    rings = tuple(step / max_value for step in range(1, max_value + 1))
    return RadarGeometry(tuple(built), tuple(result), max_value, rings)


def _tidy(value: float) -> float:
    """Round away floating-point dust (cos(90°) is 6e-17, not 0)."""
    return round(value, 12) + 0.0
