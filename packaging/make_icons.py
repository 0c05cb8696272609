"""Render the app icon (resources/icons/kernkracht.svg) to every size the platforms ask for.

Writes PNGs (16…512 px; Linux and the window icon), ``kernkracht.ico`` (Windows: exe and
installer) and ``kernkracht.icns`` (macOS .app). Run after changing the SVG:
``.venv/bin/python packaging/make_icons.py``; the outputs are committed.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "kernkracht.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_png(size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes (Qt's own SVG renderer)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"Het icoon {SVG} is geen geldig SVG-bestand.")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {}
    for size in PNG_SIZES:
        data = render_png(size)
        (ICONS / f"kernkracht-{size}.png").write_bytes(data)
        images[size] = Image.open(io.BytesIO(data)).convert("RGBA")
    # each size rendered on its own (sharper than one big picture scaled down)
    images[ICO_SIZES[-1]].save(
        ICONS / "kernkracht.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=[images[s] for s in ICO_SIZES]
    )
    images[ICNS_SIZES[-1]].save(ICONS / "kernkracht.icns", append_images=[images[s] for s in ICNS_SIZES])
    print(f"{len(PNG_SIZES)} PNG, kernkracht.ico en kernkracht.icns geschreven in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
