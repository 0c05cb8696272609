"""Icons: glyphs of the Material Design Icons font that qtawesome ships, drawn without importing qtawesome.

Importing qtawesome cost 0.2–0.4 s at the start of the evening: it pulls in qtpy, which sets
up hundreds of PySide6 enums, and QtOpenGL (issue 17). The app only needs its ``mdi6`` font
and the map from icon names to characters, both plain files in qtawesome's ``fonts`` folder.
:func:`icon` gives a QIcon that loads the font on its first paint (a few milliseconds) and
draws the glyph as qtawesome's default ("text") painter does: the glyph 7/8 of the icon's
height, centred, in the palette's text colour (the disabled text colour when disabled), or in
the colour asked for. An unknown name, or a missing font, draws nothing and never fails.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

#: the icon names' prefix of the one font the app uses
PREFIX = "mdi6"
#: its font and character map in qtawesome's fonts folder (the version in the name may change)
FONT_GLOB = "materialdesignicons6-webfont-*.ttf"
CHARMAP_GLOB = "materialdesignicons6-webfont-charmap-*.json"


def _fonts_folder() -> Path | None:
    """qtawesome's fonts folder, found without importing qtawesome."""
    try:
        spec = importlib.util.find_spec("qtawesome")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@functools.cache
def glyphs() -> tuple[str, dict[str, str]]:
    """The font family and the characters by icon name; ("", {}) when the font cannot be read."""
    folder = _fonts_folder()
    if folder is None:
        return "", {}
    fonts, charmaps = sorted(folder.glob(FONT_GLOB)), sorted(folder.glob(CHARMAP_GLOB))
    if not fonts or not charmaps:
        return "", {}
    font_id = QFontDatabase.addApplicationFont(str(fonts[-1]))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    try:
        names = json.loads(charmaps[-1].read_text(encoding="utf-8"))
        chars = {name: chr(int(code, 16)) for name, code in names.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return "", {}
    return (families[0] if families else ""), chars


def _text_color(group: QPalette.ColorGroup) -> QColor:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app.palette().color(group, QPalette.ColorRole.Text)
    return QColor(50, 50, 50) if group == QPalette.ColorGroup.Active else QColor(150, 150, 150)


class GlyphIcon(QIconEngine):
    """One glyph of the icon font; its colours are fixed when the icon is made, as qtawesome's are."""

    def __init__(self, name: str, color: str | None) -> None:
        super().__init__()
        self.name = name
        self.color_name = color
        self.color = QColor(color) if color else _text_color(QPalette.ColorGroup.Active)
        self.disabled_color = _text_color(QPalette.ColorGroup.Disabled)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        prefix, _, glyph = self.name.partition(".")
        family, chars = glyphs()
        char = chars.get(glyph, "") if prefix == PREFIX else ""
        if not family or not char:
            return
        painter.save()
        painter.setPen(self.disabled_color if mode == QIcon.Mode.Disabled else self.color)
        font = QFont()
        font.setFamily(family)
        font.setPixelSize(round(0.875 * rect.height()))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter), char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphIcon(self.name, self.color_name)


@functools.cache
def icon(name: str, color: str | None = None) -> QIcon:
    """The icon ``mdi6.<name>`` (in ``color``, else the text colour)."""
    return QIcon(GlyphIcon(name, color))
