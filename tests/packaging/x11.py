"""A real X11 display (Xvfb) for the few checks the offscreen platform cannot make.

The window manager sees a program by its WM_CLASS; only a real X server shows what Qt sets.
Needs ``Xvfb`` and ``xwininfo``/``xprop`` (Debian: xvfb, x11-utils; ``.ci/run`` installs them).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

TOOLS = ("Xvfb", "xwininfo", "xprop")


def available() -> bool:
    return all(shutil.which(t) for t in TOOLS)


@contextmanager
def display() -> Iterator[str]:
    """Start Xvfb on a free display number; yields ``":N"``."""
    for number in range(90, 120):
        if not os.path.exists(f"/tmp/.X11-unix/X{number}") and not os.path.exists(f"/tmp/.X{number}-lock"):
            break
    else:
        raise RuntimeError("geen vrij X-schermnummer")
    name = f":{number}"
    server = subprocess.Popen(["Xvfb", name, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
    try:
        deadline = time.monotonic() + 20
        while not os.path.exists(f"/tmp/.X11-unix/X{number}"):
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("Xvfb startte niet")
            time.sleep(0.1)
        yield name
    finally:
        server.terminate()
        server.wait(timeout=20)


def wm_class_of_window_named(title: str, display_name: str, timeout: float = 60) -> str:
    """WM_CLASS of the first top-level window whose name contains ``title`` (waits for it)."""
    env = {**os.environ, "DISPLAY": display_name}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True).stdout
        for line in tree.splitlines():
            match = re.match(r'\s*(0x[0-9a-f]+) "([^"]*)"', line)
            if match and title in match.group(2):
                prop = subprocess.run(
                    ["xprop", "-id", match.group(1), "WM_CLASS"], env=env, capture_output=True, text=True
                ).stdout
                if "WM_CLASS(STRING)" in prop:
                    return prop.split("=", 1)[1].strip()
        time.sleep(0.3)
    raise AssertionError(f"geen venster met '{title}' verscheen")


def wm_class_of(program: list[str], env: dict[str, str], title: str = "Kernkracht") -> str:
    """Start ``program`` on a fresh Xvfb display, read its window's WM_CLASS, stop it."""
    with display() as name:
        proc = subprocess.Popen(
            program,
            env={**env, "DISPLAY": name, "QT_QPA_PLATFORM": "xcb"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            return wm_class_of_window_named(title, name)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
