"""Memory of showing a 4000×3000 (and a 6000×4500) map picture in the MapPanel, next to a bare QLabel doing the same.

Both are measured in the same run as the growth of the process (VmRSS) while the picture
is on screen, plus the bytes of the pixmap that stays in memory. The panel keeps only a
display pixmap (at most 4096 px on its long side); the original bytes stay in the
session file. The baseline does the same work bare: a QImageReader decodes the same bytes
scaled to the same display size, and a QLabel shows it (an earlier version compared with a
full-size pixmap, which is not the same work). Printed: ``BENCH map_memory_<w>x<h>_mb panel
label ratio``. The assert is loose: the panel may cost at most a few times the label.
"""

from __future__ import annotations

import gc
import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QLabel

from facilitator.domain import krachtenkaart as kk
from facilitator.domain.session import Session
from facilitator.ui.session.context import SessionContext
from facilitator.ui.steps.krachtenkaart.map_view import MapPanel

MB = 1024 * 1024


def rss() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def settle() -> int:
    for _ in range(3):
        QApplication.processEvents()
    gc.collect()
    return rss()


def make_picture(path, width: int, height: int) -> bytes:  # type: ignore[no-untyped-def]
    """A busy map-like picture (so the JPEG is not trivially small)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#dfe8d0"))
    painter = QPainter(image)
    for i in range(0, width, 37):
        painter.setPen(QPen(QColor((i * 7) % 255, 120, (i * 3) % 255), 3 + i % 9))
        painter.drawLine(i, 0, width - i, height)
    painter.setFont(QFont("DejaVu Sans", 40))
    for y in range(100, height, 300):
        painter.drawText(QPoint(100 + y % 700, y), "Hoofdstraat — Kerkweg — De Vaart")
    painter.end()
    assert image.save(str(path), "JPEG", 85)
    return path.read_bytes()


def pixmap_bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * pixmap.depth() // 8


@pytest.mark.benchmark
@pytest.mark.parametrize(("width", "height"), [(4000, 3000), (6000, 4500)])
def test_map_panel_memory_next_to_a_bare_label(qtbot, tmp_path, width, height, report):
    data = make_picture(tmp_path / "groot.jpg", width, height)
    start = time.perf_counter()

    session = Session()
    kk.set_map_picture(session, data, "image/jpeg", width, height, "groot.jpg")
    for i in range(40):
        kk.add_pinned_card(session, f"Kaart {i}", kk.category_ids()[i % 6], (i % 8) / 8, (i // 8) / 5)
    ctx = SessionContext(session)
    # one-time costs (icon fonts, widget styles, graphics view) are not the picture's
    warm = MapPanel(SessionContext(Session()))
    warm.show()
    qtbot.waitExposed(warm)
    warm.close()
    warm.deleteLater()
    del warm

    before_panel = settle()
    panel = MapPanel(ctx)
    panel.resize(1280, 800)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda shown=panel: not shown.loading, timeout=60_000)  # a big picture: decoded in a worker
    panel_growth = settle() - before_panel
    panel_pixmap = pixmap_bytes(panel.view.picture.pixmap())
    panel_size = panel.view.picture.pixmap().size()
    assert len(panel.view.pins) == 40
    panel.close()
    panel.deleteLater()
    del panel
    ctx.detach()
    settle()

    before_label = settle()
    label = QLabel()
    reader = QImageReader(str(tmp_path / "groot.jpg"))
    reader.setScaledSize(panel_size)  # the same display size as the panel's
    label.setPixmap(QPixmap.fromImage(reader.read()))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.resize(1280, 800)
    label.show()
    qtbot.waitExposed(label)
    label_growth = settle() - before_label
    label_pixmap = pixmap_bytes(label.pixmap())
    label.close()
    seconds = time.perf_counter() - start

    ratio = panel_growth / max(label_growth, 1)
    print(
        f"\n{width}×{height} JPEG {len(data) / MB:.1f} MB; "
        f"MapPanel (+40 pins): RSS +{panel_growth / MB:.1f} MB, display pixmap {panel_pixmap / MB:.1f} MB; "
        f"bare QLabel: RSS +{label_growth / MB:.1f} MB, pixmap {label_pixmap / MB:.1f} MB; "
        f"ratio {ratio:.2f}; {seconds:.1f} s"
    )
    report(f"map_memory_{width}x{height}_mb", panel_growth / MB, max(label_growth, 1) / MB)
    assert panel_pixmap == label_pixmap  # the same picture at the same size on both sides
    assert ratio < 3.0
