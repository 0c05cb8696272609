"""No network at the process level: the scripted evening and the windows, watched by the kernel.

The in-process test (``test_no_network.py``) blocks Python's ``socket`` module, which
raw ``_socket``, Qt's networking or a subprocess would get past. Here the same tests run
in a child process in its own network namespace (``unshare -n``: no interfaces, not
even loopback) under ``strace -f``, which logs every ``socket`` and ``connect`` system
call of the child and everything it starts. Any Internet socket (AF_INET, AF_INET6,
AF_PACKET) fails the test; local AF_UNIX sockets (the desktop's message bus) are not
network. A self-check proves the watcher sees a raw ``_socket`` connection attempt.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NETWORK = re.compile(r"\b(socket|connect)\((\d+, \{sa_family=)?(AF_INET6?|AF_PACKET)\b")


def watched(args: list[str], log: Path) -> subprocess.CompletedProcess[str]:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (apt-get install strace); the in-process test still runs")
    prefix = ["unshare", "-rn"] if subprocess.run(["unshare", "-rn", "true"]).returncode == 0 else []
    if not prefix:
        pytest.skip("no network namespace can be made here (unshare -rn refused)")
    return subprocess.run(
        [*prefix, "strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log), *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )


def network_calls(log: Path) -> list[str]:
    return [line for line in log.read_text().splitlines() if NETWORK.search(line)]


def test_the_watcher_sees_a_raw_socket(tmp_path: Path):
    log = tmp_path / "strace.txt"
    code = "import _socket\ns = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)\ntry:\n    s.connect(('93.184.216.34', 80))\nexcept OSError:\n    pass\n"
    watched([sys.executable, "-c", code], log)
    assert network_calls(log), "the watcher missed a raw _socket connect: it would miss the app's too"


@pytest.mark.slow
def test_the_evening_and_the_windows_open_no_network_socket(tmp_path: Path):
    log = tmp_path / "strace.txt"
    result = watched(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/ui/test_no_network.py"], log
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "passed" in result.stdout
    calls = network_calls(log)
    assert calls == [], "network sockets opened:\n" + "\n".join(calls[:20])
