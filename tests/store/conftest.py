"""Helpers for the store tests: file hashes and small real file systems (tmpfs, read-only bind)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    if os.geteuid() != 0:
        return False
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    return result.returncode == 0


@contextlib.contextmanager
def _mounted(target: Path, *args: str) -> Iterator[bool]:
    ok = _mount(*args, str(target))
    try:
        yield ok
    finally:
        if ok:
            subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MiB file system (tmpfs); skipped where mounting is not allowed (not root)."""
    target = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    target.mkdir()
    with _mounted(target, "-t", "tmpfs", "-o", "size=2m", "tmpfs") as ok:
        if not ok:
            pytest.skip("mounting a small tmpfs needs root (the injected-error test covers the same path)")
        yield target


@pytest.fixture
def read_only_view(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(writable folder, the same folder bind-mounted read-only); skipped where mounting is not allowed."""
    source = tmp_path / "rw"
    source.mkdir()
    target = tmp_path / "ro"
    target.mkdir()
    if not _mount("--bind", str(source), str(target)):
        pytest.skip("a read-only bind mount needs root (the chmod test covers the same message)")
    try:
        if not _mount("-o", "remount,ro,bind", str(target)):
            pytest.skip("remounting read-only is not allowed here")
        yield source, target
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)
