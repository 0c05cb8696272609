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


def apt_packages(line: str) -> set[str]:
    return set(line.rsplit("install -y", 1)[1].split())


def test_ci_installs_the_debian_packages_the_readme_lists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    apt_line = next(b for b in code_blocks(readme) if b.startswith("sudo apt-get"))
    listed = apt_packages(apt_line) - {"python3-venv"}
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_debs = set(re.search(r"QT_DEBS=\((.*?)\)", ci, flags=re.S).group(1).split())  # type: ignore[union-attr]
    assert listed == ci_debs


def test_the_system_package_line_comes_with_and_without_sudo():
    """A root shell has no sudo (a fresh container): the README gives that line too."""
    blocks = code_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    with_sudo = next(b for b in blocks if b.startswith("sudo apt-get"))
    as_root = next(b for b in blocks if b.startswith("apt-get"))
    assert with_sudo.replace("sudo ", "") == as_root
    assert "apt-get update &&" in as_root  # a fresh machine has no package lists yet


def test_the_windows_forms_are_the_same_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    windows = re.search(r"```bat\n(.*?)```", readme, flags=re.S)
    assert windows is not None
    lines = windows.group(1).strip().splitlines()
    start, tests = (b for b in code_blocks(readme) if b.endswith(("main.py", "pytest")))
    as_windows = [
        c.replace("python3 -m venv", "py -m venv").replace(".venv/bin/", ".venv\\Scripts\\") for c in (start, tests)
    ]
    assert lines == as_windows


def test_the_install_section_comes_first_and_names_every_platform():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.*)$", readme, flags=re.M)
    assert headings[0].startswith("Installeren")
    assert headings.index(next(h for h in headings if h.startswith("Installeren"))) < headings.index(
        next(h for h in headings if h.startswith("Voor ontwikkelaars: aan de slag"))
    )
    section = readme.split("## Installeren", 1)[1].split("\n## ", 1)[0]
    for word in ("Windows", "macOS", "Linux", "setup.exe", ".dmg", "install.sh", "sessies"):
        assert word in section


def test_every_screenshot_the_readme_shows_is_in_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    assert len(images) >= 5
    missing = [i for i in images if not (ROOT / i).is_file()]
    assert not missing
