"""The README's two set-up commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def code_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def test_readme_has_exactly_one_start_and_one_test_command():
    blocks = code_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    start = [b for b in blocks if b.endswith("main.py")]
    tests = [b for b in blocks if b.endswith("pytest")]
    assert len(start) == 1 and len(tests) == 1
    assert "pip install" in start[0] and "pip install" in tests[0]


def test_ci_runs_the_readme_test_command_verbatim():
    blocks = code_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    test_command = next(b for b in blocks if b.endswith("pytest"))
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_ci_installs_the_debian_packages_the_readme_lists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    apt_line = next(b for b in code_blocks(readme) if b.startswith("sudo apt-get"))
    listed = set(apt_line.split()[4:]) - {"python3-venv"}
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_debs = set(re.search(r"QT_DEBS=\((.*?)\)", ci, flags=re.S).group(1).split())  # type: ignore[union-attr]
    assert listed == ci_debs


def test_every_screenshot_the_readme_shows_is_in_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    assert len(images) >= 5
    missing = [i for i in images if not (ROOT / i).is_file()]
    assert not missing
