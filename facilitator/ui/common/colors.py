"""Colours that stay readable in light, dark and high-contrast palettes.

Screens take their backgrounds and text from the palette (the desktop's choice). Where the
app adds a colour of its own (a message in red, a hint in grey, a category colour behind a
label) it picks the variant that reads on the current palette: WCAG contrast ≥ 4.5.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

#: kind -> (on a light window, on a dark window)
TONES = {
    "error": ("#a02020", "#ff9a8f"),
    "warning": ("#8a3b00", "#ffb870"),
    "success": ("#1b5e20", "#8fd694"),
    "hint": ("#555555", "#bdbdbd"),
}


def luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 … 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on(background: str | QColor) -> str:
    """Black or white, whichever has the higher contrast on ``background`` (always ≥ 4.5)."""
    bg = QColor(background)
    return "#000000" if contrast(bg, QColor("#000000")) >= contrast(bg, QColor("#ffffff")) else "#ffffff"


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def tone(widget: QWidget, kind: str) -> str:
    """The colour of a message ``kind`` (error, warning, success, hint) on the widget's palette."""
    light, dark = TONES[kind]
    return dark if is_dark(widget) else light
