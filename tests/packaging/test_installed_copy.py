"""Kernkracht installed from its wheel, far from the checkout, does what the checkout does.

The wheel is built the way a release is (sdist first, then the wheel from the sdist), put
into a fresh virtual environment in a temp folder, and run from there: demo, list,
handout, every worksheet, export, import and every screen (``shots``). The results must
equal the checkout's. The fresh environment borrows the third-party libraries of the
test environment through a ``.pth`` line (installing PySide6 again would take minutes);
``test_every_imported_library_is_declared`` checks that the wheel asks for all of them.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.packaging.scenario import CHECKOUT_PROGRAM, ROOT, clean_env, evening

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (wheel,) = out.glob("kernkracht-*.whl")
    (sdist,) = out.glob("kernkracht-*.tar.gz")
    print(f"\nwheel {wheel.name}: {wheel.stat().st_size / 1e6:.2f} MB; sdist {sdist.stat().st_size / 1e6:.2f} MB")
    return {"wheel": wheel, "sdist": sdist}


@pytest.fixture(scope="module")
def installed(built: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv outside the checkout with only the wheel installed: its bin/ folder."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    python = bin_dir / ("python.exe" if sys.platform == "win32" else "python")
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # the libraries only (PySide6, reportlab …), appended after the venv's own site-packages
    (site / "borrowed-libraries.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index"]
        + [str(built["wheel"])],
        check=True,
        timeout=300,
    )
    where = subprocess.run(
        [str(python), "-c", "import facilitator, facilitator.paths as p; print(facilitator.__file__, p.resources())"],
        cwd=venv.parent,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(site) in where and str(ROOT) not in where, where
    return bin_dir


def test_the_wheel_and_sdist_carry_every_resource_file(built: dict[str, Path]):
    shipped = {p.relative_to(ROOT / "resources").as_posix() for p in (ROOT / "resources").rglob("*") if p.is_file()}
    with zipfile.ZipFile(built["wheel"]) as wheel:
        names = set(wheel.namelist())
    in_wheel = {n.removeprefix("facilitator/resources/") for n in names if n.startswith("facilitator/resources/")}
    assert shipped <= in_wheel, sorted(shipped - in_wheel)
    assert "LICENSE" in in_wheel
    assert any(n.endswith("licenses/LICENSE") for n in names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    with zipfile.ZipFile(built["wheel"]) as wheel:
        text = wheel.read(entry_points).decode()
    assert "[gui_scripts]\nkernkracht = facilitator.cli:gui_main" in text
    assert "[console_scripts]\nkernkracht-cli = facilitator.cli:main" in text
    import tarfile

    with tarfile.open(built["sdist"]) as sdist:
        members = {m.name.split("/", 1)[1] for m in sdist.getmembers() if "/" in m.name}
    assert {f"resources/{s}" for s in shipped} <= members
    assert {"LICENSE", "main.py", "setup.py", "packaging/kernkracht.spec"} <= members


def test_the_installed_copy_works_like_the_checkout(installed: Path, tmp_path: Path):
    cli = [str(installed / ("kernkracht-cli.exe" if sys.platform == "win32" else "kernkracht-cli"))]
    wheel = evening(cli, tmp_path / "wheel")
    checkout = evening(CHECKOUT_PROGRAM, tmp_path / "checkout")
    assert wheel.records and sum(wheel.records.values()) > 50
    assert wheel.records == checkout.records
    assert wheel.imported_records == checkout.records
    assert wheel.handout_pages == checkout.handout_pages > 1
    assert wheel.worksheet_pages == checkout.worksheet_pages and len(wheel.worksheet_pages) >= 4
    assert wheel.listed == checkout.listed
    assert wheel.screens == checkout.screens and "00-bibliotheek.png" in wheel.screens
    print(f"\ninstalled copy: {sum(wheel.records.values())} records, handout {wheel.handout_pages} pages")


def test_the_installed_help_names_kernkracht_cli(installed: Path, tmp_path: Path):
    cli = str(installed / "kernkracht-cli")
    result = subprocess.run([cli, "--help"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("gebruik: kernkracht-cli ")
    result = subprocess.run([cli, "vliegen"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "Zie 'kernkracht-cli --help'" in result.stderr and "main.py" not in result.stderr


#: import name -> distribution name, where they differ
DISTRIBUTION_OF = {
    "PySide6": "PySide6-Essentials",
    "PIL": "Pillow",
    "bidi": "python-bidi",
    "arabic_reshaper": "arabic-reshaper",
}


def test_every_imported_library_is_declared():
    """Each third-party module that facilitator/ imports is a declared dependency (Pillow too)."""
    declared = set()
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = re.search(r"^dependencies = \[(.*?)^\]", text, flags=re.S | re.M)
    assert block is not None
    for line in block.group(1).splitlines():
        match = re.match(r'\s*"([A-Za-z0-9_.-]+)', line)
        if match:
            declared.add(match.group(1).lower())
    imported = set()
    for path in (ROOT / "facilitator").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = {m for m in imported if m not in sys.stdlib_module_names and m != "facilitator"}
    missing = {m for m in third_party if DISTRIBUTION_OF.get(m, m).lower() not in declared}
    assert not missing, f"imported but not in pyproject's dependencies: {sorted(missing)}"
    assert "pillow" in declared


def test_the_installed_gui_program_opens_the_library_with_the_demo(installed: Path, tmp_path: Path):
    """``kernkracht`` (the GUI script) on a first start: the demo in the user's data folder."""
    home = tmp_path / "home"
    home.mkdir()
    env = {**clean_env(home), "KERNKRACHT_QUIT_AFTER_PAINT": "1"}
    result = subprocess.run(
        [str(installed / "kernkracht")], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout and "listed" in result.stdout
    library = home / ".local" / "share" / "Kernkracht" / "sessies"
    # the demo village's first evening and its meeting a year later (issue 15)
    assert sorted(p.name for p in library.glob("*.kernkracht")) == [
        "demo-dorp-ulrum-aan-de-vaart-2027.kernkracht",
        "demo-dorp-ulrum-aan-de-vaart.kernkracht",
    ]
