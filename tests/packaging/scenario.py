"""One evening's worth of command-line work, run against any copy of Kernkracht.

The installed-wheel test and the bundle smoke test run the same steps with their own
program (``venv/bin/kernkracht-cli``, ``dist/kernkracht/kernkracht-cli``) and compare the
results with the checkout (``python main.py``): demo record counts, handout and
worksheet page counts, the screens ``shots`` renders.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent.parent
CHECKOUT_PROGRAM = [sys.executable, str(ROOT / "main.py")]


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a user who never ran Kernkracht: own home, no test overrides."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KERNKRACHT_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
    )
    return env


def run(program: list[str], *args: str, cwd: Path, env: dict[str, str], timeout: int = 180) -> str:
    """Run one command; its stdout, or an assertion naming the command and its stderr."""
    result = subprocess.run(
        [*program, *args], cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=timeout
    )
    assert result.returncode == 0, f"{' '.join(args)} gaf {result.returncode}:\n{result.stderr}\n{result.stdout}"
    return result.stdout


def pages(pdf: Path) -> int:
    return len(PdfReader(str(pdf)).pages)


@dataclass
class Outcome:
    """What a copy of Kernkracht made: comparable between checkout, wheel and bundle."""

    records: dict[str, int] = field(default_factory=dict)
    handout_pages: int = 0
    worksheet_pages: dict[str, int] = field(default_factory=dict)
    imported_records: dict[str, int] = field(default_factory=dict)
    listed: list[str] = field(default_factory=list)
    screens: list[str] = field(default_factory=list)


def record_counts(export: Path) -> dict[str, int]:
    data = json.loads(export.read_text(encoding="utf-8"))
    return {kind: len(rows) for kind, rows in data["records"].items()}


def evening(program: list[str], work: Path, *, shots: bool = True) -> Outcome:
    """demo, list, handout, every worksheet, export, import, shots: all in ``work``."""
    work.mkdir(parents=True, exist_ok=True)
    home = work / "home"
    home.mkdir(exist_ok=True)
    env = clean_env(home)
    library = ["--library", str(work / "bibliotheek")]
    outcome = Outcome()
    demo = Path(run(program, "demo", *library, cwd=work, env=env).strip().splitlines()[-1])
    assert demo.is_file(), f"demo schreef geen bestand: {demo}"
    outcome.listed = [line.split("\t")[0] for line in run(program, "list", *library, cwd=work, env=env).splitlines()]
    run(program, "handout", demo.name, "-o", str(work / "handout.pdf"), *library, cwd=work, env=env)
    outcome.handout_pages = pages(work / "handout.pdf")
    for line in run(program, "worksheet", "--list", cwd=work, env=env).splitlines():
        words = line.split("\t")[0].split()
        target = work / f"werkblad-{'-'.join(w for w in words if not w.startswith('--'))}.pdf"
        run(program, "worksheet", *words, "-o", str(target), cwd=work, env=env)
        outcome.worksheet_pages[" ".join(words)] = pages(target)
    run(program, "export", demo.name, "-o", str(work / "demo.json"), *library, cwd=work, env=env)
    outcome.records = record_counts(work / "demo.json")
    imported = Path(run(program, "import", str(work / "demo.json"), *library, cwd=work, env=env).strip())
    run(program, "export", str(imported), "-o", str(work / "imported.json"), *library, cwd=work, env=env)
    outcome.imported_records = record_counts(work / "imported.json")
    if shots:
        run(program, "shots", str(work / "shots"), *library, cwd=work, env=env, timeout=300)
        outcome.screens = sorted(p.name for p in (work / "shots").glob("*.png") if p.stat().st_size > 2000)
    return outcome
