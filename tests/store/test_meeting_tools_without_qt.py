"""The timer model, merge, anonymised export and their commands work with Qt unavailable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CODE = """
import sys
import tests.qt_blocker

tests.qt_blocker.install()  # any import of Qt now fails
import facilitator.domain.agenda_timer, facilitator.domain.privacy
import facilitator.store.merge, facilitator.store.anonymise, facilitator.cli
from facilitator import cli
sys.exit(cli.main(sys.argv[1:]))
"""


def test_merge_and_anonymous_export_run_without_qt(library, tmp_path):  # type: ignore[no-untyped-def]
    path = library.create("Eenrum")
    copy = library.duplicate(path)
    for args in (
        ["merge", str(path), str(copy), "-o", str(tmp_path / "samen")],
        ["export", str(path), "-o", str(tmp_path / "a.json"), "--anoniem"],
    ):
        result = subprocess.run(
            [sys.executable, "-c", CODE, *args, "--library", str(library.root)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "samen.kernkracht").is_file() and (tmp_path / "a.json").is_file()
