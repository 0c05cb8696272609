"""The role radar chart, drawn with reportlab graphics: now solid, wanted dashed.

Drawn by hand rather than with reportlab's SpiderChart so the two lines stay
distinguishable in black and white (solid with filled dots, dashed with open dots).
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, String
from reportlab.lib.colors import Color, black, white

from . import fonts

SCALE = 5
GREY = Color(0.55, 0.55, 0.55)
FAINT = Color(0.82, 0.82, 0.82)


def _wrap_label(text: str, width: int = 16) -> list[str]:
    words, lines, line = text.split(), [], ""
    for w in words:
        w = w[:width]
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    if line:
        lines.append(line)
    return lines[:3] or [""]


def radar(
    labels: list[str], now: list[float], wanted: list[float], size: float = 220, title: str = "", width: float = 0
) -> Drawing:
    """A radar of len(labels) axes, values 0..5 (fewer than three axes are padded).

    ``width`` (points), when given, is the room available: the chart shrinks so its
    labels fit inside it instead of running into a neighbouring chart.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fonts.register()
    n = max(len(labels), 3)
    labels = (labels + [""] * n)[:n]
    now = ([*now] + [0] * n)[:n]
    wanted = ([*wanted] + [0] * n)[:n]
    side = 0.0
    for i, label in enumerate(labels):
        if abs(math.cos(math.pi / 2 - 2 * math.pi * i / n)) >= 0.3:
            for line in _wrap_label(fonts.plain(label)):
                side = max(side, stringWidth(line, fonts.BOLD, 8.5))
    pad_x, pad_y = side + 16, 34.0
    if width:
        size = max(60.0, min(size, width - 2 * pad_x))
    d = Drawing(size + 2 * pad_x, size + 2 * pad_y + (16 if title else 0))
    cx, cy, r = pad_x + size / 2, pad_y + size / 2, size / 2

    def point(i: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / n
        v = max(0.0, min(float(value), SCALE)) / SCALE
        return cx + r * v * math.cos(angle), cy + r * v * math.sin(angle)

    for ring in range(1, SCALE + 1):
        pts = [c for i in range(n) for c in point(i, ring)]
        d.add(Polygon(pts, strokeColor=FAINT if ring < SCALE else GREY, strokeWidth=0.5, fillColor=None))
    for i in range(n):
        x, y = point(i, SCALE)
        d.add(Line(cx, cy, x, y, strokeColor=FAINT, strokeWidth=0.5))
        angle = math.pi / 2 - 2 * math.pi * i / n
        lx, ly = cx + (r + 10) * math.cos(angle), cy + (r + 10) * math.sin(angle)
        anchor = "middle" if abs(math.cos(angle)) < 0.3 else ("start" if math.cos(angle) > 0 else "end")
        lines = _wrap_label(fonts.plain(labels[i]))
        top = (
            ly + (len(lines) - 1) * 10 / 2 + (6 if math.sin(angle) > 0.5 else 0) - (8 if math.sin(angle) < -0.5 else 0)
        )
        for k, text in enumerate(lines):
            d.add(String(lx, top - k * 10 - 3, text, fontName=fonts.BOLD, fontSize=8.5, textAnchor=anchor))
    for ring in range(1, SCALE + 1):
        x, y = point(0, ring)
        d.add(String(x + 3, y - 3, str(ring), fontName=fonts.REGULAR, fontSize=6, fillColor=GREY))

    wanted_pts = [c for i in range(n) for c in point(i, wanted[i])]
    now_pts = [c for i in range(n) for c in point(i, now[i])]
    d.add(Polygon(wanted_pts, strokeColor=black, strokeWidth=1.3, strokeDashArray=[4, 3], fillColor=None))
    d.add(Polygon(now_pts, strokeColor=black, strokeWidth=2, fillColor=Color(0, 0, 0, alpha=0.08)))
    for i in range(n):
        d.add(Circle(*point(i, wanted[i]), 2.6, strokeColor=black, strokeWidth=1, fillColor=white))
        d.add(Circle(*point(i, now[i]), 2.3, strokeColor=black, fillColor=black))
    if title:
        d.add(
            String(
                cx, size + 2 * pad_y + 2, fonts.plain(title)[:60], fontName=fonts.BOLD, fontSize=10, textAnchor="middle"
            )
        )
    return d


def legend(now: str, wanted: str, width: float = 220) -> Drawing:
    d = Drawing(width, 14)
    d.add(Line(0, 7, 24, 7, strokeColor=black, strokeWidth=2))
    d.add(String(30, 4, fonts.plain(now), fontName=fonts.REGULAR, fontSize=8.5))
    d.add(PolyLine([110, 7, 134, 7], strokeColor=black, strokeWidth=1.3, strokeDashArray=[4, 3]))
    d.add(String(140, 4, fonts.plain(wanted), fontName=fonts.REGULAR, fontSize=8.5))
    return d
