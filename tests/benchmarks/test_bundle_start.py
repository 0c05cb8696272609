"""The desktop bundle's cold start against a bare PySide6 window, and the bundle's size.

Runs only where ``.ci/run`` built the bundle (``KERNKRACHT_BUNDLE``). Both programs start as
fresh processes, alternating, several times; the time runs until the first paint of the
library window (``KERNKRACHT_QUIT_AFTER_PAINT``) and until its list holds the demo village.
The bare window runs on the test environment's Python, the bundle on its own copy.
"""

from __future__ import annotations

import os
import statistics
from pathlib import Path

import pytest

from tests.benchmarks.test_startup import BARE, times_until_lines

BUNDLE = os.environ.get("KERNKRACHT_BUNDLE", "")
REPEAT = 5

pytestmark = pytest.mark.skipif(not BUNDLE, reason="no bundle built: .ci/run sets KERNKRACHT_BUNDLE")


def spread(values: list[float]) -> float:
    return (max(values) - min(values)) / statistics.median(values)


@pytest.mark.benchmark
def test_bundle_cold_start_against_a_bare_qt_window(tmp_path: Path, report, bench_tools):
    from facilitator.demo import write_demo

    library = tmp_path / "library"
    library.mkdir()
    write_demo(library)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KERNKRACHT_QUIT_AFTER_PAINT": "1",
        "KERNKRACHT_SETTINGS": str(tmp_path / "settings.ini"),
        "KERNKRACHT_LIBRARY": str(library),
    }
    bundle_cmd = [str(Path(BUNDLE) / "kernkracht")]
    bare_cmd = [bench_tools.python, "-c", BARE]
    markers = ("first-paint", "listed")
    first = times_until_lines(bundle_cmd, markers, env)  # the very first start: nothing cached yet
    bench_tools.time_until_line(bare_cmd, "first-paint", env)
    paint, listed, bare = [], [], []
    for _ in range(REPEAT):
        bare.append(bench_tools.time_until_line(bare_cmd, "first-paint", env))
        times = times_until_lines(bundle_cmd, markers, env)
        paint.append(times["first-paint"])
        listed.append(times["listed"])
    base = statistics.median(bare)
    ratio = report("bundle_start_s", statistics.median(paint), base, spread(paint + bare))
    report("bundle_start_listed_s", statistics.median(listed), base, spread(listed + bare))
    report("bundle_first_start_s", first["first-paint"], base)
    assert ratio < 5, "the bundle takes far longer than a bare Qt window to show the library"


@pytest.mark.benchmark
def test_bundle_size(report):
    """The folder a user installs, against the PySide6 it carries (the part we cannot shrink)."""
    bundle = Path(BUNDLE)
    total = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    qt = sum(p.stat().st_size for p in bundle.rglob("PySide6/**/*") if p.is_file() and not p.is_symlink())
    report("bundle_size_mb", total / 1e6, qt / 1e6)
    assert total < 400e6
