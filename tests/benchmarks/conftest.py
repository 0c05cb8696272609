"""Shared helpers for the speed measurements.

Every benchmark measures a baseline in the same run and reports both with the
``report`` fixture: ``report(name, value, baseline)`` prints ``BENCH name value
baseline ratio`` (shown with ``pytest -s``) and appends the same line to
``benchmarks.txt`` in the session's temporary folder; the lines are repeated in the
summary at the end of every run, so the figures are visible without ``-s``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

RESULTS_NAME = "benchmarks.txt"
_results_file: Path | None = None
_lines: list[str] = []


@pytest.fixture(scope="session")
def bench_results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    global _results_file
    _results_file = tmp_path_factory.getbasetemp() / RESULTS_NAME
    return _results_file


def report_line(name: str, value: float, baseline: float, spread: float | None = None) -> float:
    """Print and keep one measurement next to its baseline; returns value / baseline.

    ``spread`` (optional): how far the repeated measurements lay apart, as the benchmark defines
    it (e.g. (max − min) / median, or the interquartile range of the ratios of interleaved pairs).
    """
    ratio = value / baseline if baseline else float("inf")
    line = f"BENCH {name} {value:.6g} {baseline:.6g} {ratio:.3f}"
    if spread is not None:
        line += f" {spread:.3f}"
    print(line)
    _lines.append(line)
    target = _results_file or Path(os.environ.get("TMPDIR", "/tmp")) / RESULTS_NAME
    with open(target, "a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    return ratio


def median_time(function: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` calls, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_until_line(args: list[str], marker: str, env: dict[str, str], timeout: float = 60) -> float:
    """Seconds from starting a process until it prints a line starting with ``marker``."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(marker):
                elapsed = time.perf_counter() - start
                break
        else:
            raise AssertionError(f"{args} ended without '{marker}': {proc.stderr.read() if proc.stderr else ''}")
    finally:
        proc.kill()  # what comes after the marker (icons loading, shutting down) is not measured
        proc.wait(timeout=timeout)
    return elapsed


PYTHON = sys.executable


@pytest.fixture
def report(bench_results: Path) -> Callable[..., float]:
    """``report(name, value, baseline)``: print ``BENCH name value baseline ratio`` and keep it."""
    return report_line


@pytest.fixture
def bench_tools():  # type: ignore[no-untyped-def]
    """The helpers as a namespace: ``median_time``, ``time_until_line``, ``python``."""
    import types

    return types.SimpleNamespace(median_time=median_time, time_until_line=time_until_line, python=PYTHON)


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if _lines:
        terminalreporter.section("benchmarks (name value baseline ratio)")
        for line in _lines:
            terminalreporter.write_line(line)
