"""Memory of showing a 4000×3000 (and a 6000×4500) map picture in the MapPanel, next to a bare QLabel doing the same.

Each side is measured in a fresh process of its own, three times, alternating: the growth of
the process (VmRSS) from just before the picture is shown until it is on screen, and the
growth of its peak (VmHWM) over the same moment (what decoding cost on the way). In one process
the second measurement reused the memory the first had freed, so a 48 MB picture showed as
5 MB (0.10×): that figure said more about the allocator than about the panel.

The panel keeps only a display pixmap (at most 4096 px on its long side; it decodes a big
picture in a worker); the original bytes stay in the session file. The baseline does the same
work bare: a QImageReader decodes the same bytes scaled to the same display size, and a QLabel
shows it. Printed: ``BENCH map_memory_<w>x<h>_mb panel label ratio spread`` (medians; the
spread is max − min of the pair ratios) and the same for the peak. The assert is loose: the
panel may cost at most a few times the label.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REPEAT = 3
MB = 1024 * 1024

CHILD = r"""
import gc, json, sys
from pathlib import Path
from PySide6.QtCore import Qt, QSize
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
side, picture, width, height = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])


def status(field):
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) * 1024 for line in fh if line.startswith(field + ":"))


def settle():
    for _ in range(3):
        app.processEvents()
    gc.collect()
    return status("VmRSS")


def wait(condition):
    import time
    end = time.monotonic() + 60
    while not condition() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)
    assert condition()


if side == "panel":
    from facilitator.domain import krachtenkaart as kk
    from facilitator.domain.session import Session
    from facilitator.ui.session.context import SessionContext
    from facilitator.ui.steps.krachtenkaart.map_view import MapPanel

    data = picture.read_bytes()
    session = Session()
    kk.set_map_picture(session, data, "image/jpeg", width, height, picture.name)
    for i in range(40):
        kk.add_pinned_card(session, f"Kaart {i}", kk.category_ids()[i % 6], (i % 8) / 8, (i // 8) / 5)
    ctx = SessionContext(session)
    # one-time costs (icon fonts, widget styles, graphics view) are not the picture's
    warm = MapPanel(SessionContext(Session()))
    warm.show()
    wait(warm.isVisible)
    warm.close()
    before = settle()
    peak_before = status("VmHWM")
    panel = MapPanel(ctx)
    panel.resize(1280, 800)
    panel.show()
    wait(lambda: not panel.loading)  # a big picture: decoded in a worker
    after = settle()
    pixmap = panel.view.picture.pixmap()
    assert len(panel.view.pins) == 40
else:
    warm = QLabel("warm")
    warm.show()
    reader = QImageReader(str(picture))
    reader.setScaledSize(QSize(16, 12))
    warm.setPixmap(QPixmap.fromImage(reader.read()))
    wait(warm.isVisible)
    warm.close()
    before = settle()
    peak_before = status("VmHWM")
    label = QLabel()
    reader = QImageReader(str(picture))
    reader.setScaledSize(QSize(int(sys.argv[5]), int(sys.argv[6])))  # the panel's display size
    label.setPixmap(QPixmap.fromImage(reader.read()))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.resize(1280, 800)
    label.show()
    wait(label.isVisible)
    after = settle()
    pixmap = label.pixmap()
print(json.dumps({
    "growth": after - before,
    "peak": max(status("VmHWM") - peak_before, 0),
    "pixmap": pixmap.width() * pixmap.height() * pixmap.depth() // 8,
    "size": [pixmap.width(), pixmap.height()],
}))
"""


def make_picture(path: Path, width: int, height: int) -> bytes:
    """A busy map-like picture (so the JPEG is not trivially small)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

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


def measure(side: str, picture: Path, width: int, height: int, shown: list[int]) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-c", CHILD, side, str(picture), str(width), str(height), *map(str, shown)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    result: dict[str, object] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.benchmark
@pytest.mark.parametrize(("width", "height"), [(4000, 3000), (6000, 4500)])
def test_map_panel_memory_next_to_a_bare_label(qtbot, tmp_path, width, height, report):
    picture = tmp_path / "groot.jpg"
    data = make_picture(picture, width, height)
    first = measure("panel", picture, width, height, [])  # the display size the label is given too
    shown: list[int] = list(first["size"])  # type: ignore[call-overload]
    panels, labels = [], []
    for _ in range(REPEAT):
        panels.append(measure("panel", picture, width, height, []))
        labels.append(measure("label", picture, width, height, shown))
    assert {p["pixmap"] for p in panels} == {lb["pixmap"] for lb in labels}  # the same picture, same size

    def figures(key: str) -> tuple[float, float, float]:
        ours = [float(p[key]) / MB for p in panels]  # type: ignore[arg-type]
        bare = [max(float(lb[key]), 1.0) / MB for lb in labels]  # type: ignore[arg-type]
        ratios = [o / b for o, b in zip(ours, bare, strict=True)]
        return statistics.median(ours), statistics.median(bare), max(ratios) - min(ratios)

    growth, base, spread = figures("growth")
    peak, peak_base, peak_spread = figures("peak")
    print(
        f"\n{width}×{height} JPEG {len(data) / MB:.1f} MB, getoond als {shown[0]}×{shown[1]}: "
        f"MapPanel (+40 spelden) RSS +{growth:.1f} MB, piek +{peak:.1f} MB; "
        f"kale QLabel RSS +{base:.1f} MB, piek +{peak_base:.1f} MB"
    )
    ratio = report(f"map_memory_{width}x{height}_mb", growth, base, spread)
    report(f"map_memory_peak_{width}x{height}_mb", peak, peak_base, peak_spread)
    assert ratio < 3.0
