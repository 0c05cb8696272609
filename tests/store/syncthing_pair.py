"""Two real Syncthing instances on this machine, sharing one folder, on 127.0.0.1 only.

Each has its own home (keys, config, database), its own GUI/API port and listening
port, both bound to 127.0.0.1; global discovery, local announcements, relays, NAT
traversal, usage reports, crash reports and upgrades are off, and each knows the
other only by its loopback address. Configured by writing ``config.xml`` (no REST
calls); everything is checked through the shared folders themselves.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

FOLDER_ID = "kernkracht-bibliotheek"

CONFIG = """<configuration version="36">
    <folder id="{folder_id}" label="Kernkracht" path="{folder}" type="sendreceive"
            rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false">
        <device id="{me}"></device>
        <device id="{peer}"></device>
        <minDiskFree unit="%">0</minDiskFree>
        <maxConflicts>10</maxConflicts>
        <markerName>.stfolder</markerName>
    </folder>
    <device id="{me}" name="{name}"><address>dynamic</address></device>
    <device id="{peer}" name="peer"><address>tcp://127.0.0.1:{peer_port}</address></device>
    <gui enabled="true" tls="false"><address>127.0.0.1:{gui_port}</address><apikey>{name}-key</apikey></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <startBrowser>false</startBrowser>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
        <stunKeepaliveStartS>0</stunKeepaliveStartS>
    </options>
</configuration>
"""


def free_port() -> int:
    with socket.socket() as s:  # the test's own helper; the app never opens a socket
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Instance:
    def __init__(self, base: Path, name: str) -> None:
        self.name = name
        self.home = base / f"st-{name}"
        self.folder = base / f"bib-{name}"
        self.port = free_port()
        self.gui_port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.home.mkdir(parents=True)
        self.folder.mkdir(parents=True)
        (self.folder / ".stfolder").mkdir()
        run(["syncthing", "generate", f"--home={self.home}", "--no-default-folder"])
        self.device_id = run(["syncthing", "serve", f"--home={self.home}", "--device-id"]).strip()

    def configure(self, peer: Instance) -> None:
        (self.home / "config.xml").write_text(
            CONFIG.format(
                folder_id=FOLDER_ID,
                folder=self.folder,
                me=self.device_id,
                peer=peer.device_id,
                name=self.name,
                peer_port=peer.port,
                gui_port=self.gui_port,
                port=self.port,
            ),
            encoding="utf-8",
        )

    def start(self) -> None:
        env = {**os.environ, "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1", "STNORESTART": "1"}
        self.process = subprocess.Popen(
            [
                "syncthing",
                "serve",
                f"--home={self.home}",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                f"--logfile={self.home / 'log.txt'}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self.process = None


def run(args: list[str]) -> str:
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=True).stdout


def available() -> bool:
    return shutil.which("syncthing") is not None


@contextlib.contextmanager
def pair(base: Path) -> Iterator[tuple[Instance, Instance]]:
    a, b = Instance(base, "a"), Instance(base, "b")
    a.configure(b)
    b.configure(a)
    try:
        a.start()
        b.start()
        yield a, b
    finally:
        a.stop()
        b.stop()


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> object:
    """Poll until ``condition()`` is truthy (errors count as not yet), or fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    last: BaseException | None = None
    while time.monotonic() < deadline:
        try:
            value = condition()
            if value:
                return value
        except Exception as exc:  # a file half-way through syncing: try again
            last = exc
        time.sleep(0.3)
    raise AssertionError(f"waited {timeout:.0f} s for {what}; last error: {last!r}")
