"""Every screen stays readable with a dark or a high-contrast palette (the desktop's choice).

Each screen that ``main.py shots`` renders is rendered again with the palette set, and on
each screen every visible text label is measured on the pixels the user sees: its
background (the commonest colour) against its text (the pixel that differs most). The
WCAG contrast ratio must be at least 4.5, the level for body text.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from facilitator.ui.common.colors import contrast, text_on

WCAG_BODY_TEXT = 4.5


def test_contrast_formula_matches_wcag():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#f3f1ea"), QColor("#f0f0f0")) < 1.1


def test_category_chips_get_black_or_white_whichever_reads():
    for colour in ("#e67e22", "#2f6fb3", "#7b4fa0", "#3a8a3a", "#b8860b", "#c0392b", "#ffff00", "#000080"):
        ink = text_on(colour)
        assert contrast(QColor(colour), QColor(ink)) >= WCAG_BODY_TEXT, (colour, ink)
    assert text_on("#e67e22") == "#000000"  # orange: white text reads 2.9, black 7.2


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#333333",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.Highlight: "#3d7ac7",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Mid: "#555555",
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    return p


def high_contrast_palette() -> QPalette:
    p = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        p.setColor(role, QColor("#000000"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#101010"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.PlaceholderText,
    ):
        p.setColor(role, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#ffff00"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000"))
    p.setColor(QPalette.ColorRole.Link, QColor("#00ffff"))
    return p


def label_contrast(image: QImage, rect: QRect) -> float:
    """Background = the commonest colour in ``rect``; text = the pixel most unlike it."""
    counts: Counter[int] = Counter()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            counts[image.pixel(x, y)] += 1
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast(background, QColor.fromRgb(rgb)) for rgb in counts)


def unreadable_labels(window: QWidget) -> list[str]:
    image = window.grab().toImage()
    problems = []
    for label in window.findChildren(QLabel):
        if (
            not label.isVisible()
            or not label.text().strip()
            or label.pixmap() is not None
            and not label.pixmap().isNull()
        ):
            continue
        visible = label.visibleRegion().boundingRect()
        if visible.width() < 8 or visible.height() < 8:
            continue
        rect = QRect(label.mapTo(window, visible.topLeft()), visible.size()).intersected(image.rect())
        ratio = label_contrast(image, rect)
        if ratio < WCAG_BODY_TEXT:
            problems.append(f"{label.objectName() or type(label.parent()).__name__}: {label.text()[:40]!r} {ratio:.2f}")
    return problems


@pytest.fixture
def palette_app(qapp):  # type: ignore[no-untyped-def]
    """Set a palette for one test and put the app's own back afterwards."""
    original_palette = QPalette(qapp.palette())
    original_style = qapp.style().name()
    qapp.setStyle("Fusion")  # the style that follows the palette on every platform

    def use(palette: QPalette) -> None:
        qapp.setPalette(palette)

    yield use
    qapp.setPalette(original_palette)
    qapp.setStyle(original_style)


@pytest.mark.slow
@pytest.mark.parametrize("palette", [dark_palette, high_contrast_palette], ids=["dark", "high-contrast"])
def test_every_screen_is_readable(palette, palette_app, qapp, tmp_path: Path, monkeypatch, library):  # type: ignore[no-untyped-def]
    from facilitator.demo import write_demo
    from facilitator.ui import shots
    from facilitator.ui.common.settings import AppSettings

    palette_app(palette())
    problems: dict[str, list[str]] = {}
    real_grab = shots.grab

    def grab_and_measure(widget: QWidget, path: Path) -> Path:
        result = real_grab(widget, path)
        found = unreadable_labels(widget.window())
        if found:
            problems[path.name] = found
        return result

    monkeypatch.setattr(shots, "grab", grab_and_measure)
    demo = write_demo(library.root)
    settings = AppSettings(tmp_path / "settings.ini")
    written = shots.take_all(qapp, library, demo, settings, tmp_path / "shots", "nl")
    assert len(written) >= 20
    assert not problems, "\n".join(f"{shot}: {p}" for shot, found in problems.items() for p in found)
