"""The desktop bundle (PyInstaller, one folder) works on a machine without Python set up.

``.ci/run`` builds it with ``packaging/build.py`` and runs this file with
``KERNKRACHT_BUNDLE=dist/kernkracht``. Without that variable these tests are skipped (and
say so in the summary): building the bundle takes a few minutes, too long for every run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging import x11
from tests.packaging.scenario import CHECKOUT_PROGRAM, clean_env, evening

BUNDLE = os.environ.get("KERNKRACHT_BUNDLE", "")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not BUNDLE, reason="no bundle built: .ci/run sets KERNKRACHT_BUNDLE after packaging/build.py"),
]


def program(name: str) -> Path:
    path = Path(BUNDLE) / name
    assert path.is_file(), f"{path} ontbreekt in de bundel"
    return path


def test_the_bundle_starts_paints_the_demo_library_and_exits_cleanly(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    env = {**clean_env(home), "KERNKRACHT_QUIT_AFTER_PAINT": "1"}
    result = subprocess.run(
        [str(program("kernkracht"))], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout and "listed" in result.stdout
    assert "Traceback" not in result.stderr and "Fatal" not in result.stderr, result.stderr
    # the first start put the demo village in the user's library (not beside the program)
    library = home / ".local" / "share" / "Kernkracht" / "sessies"
    assert sorted(p.name for p in library.glob("*.kernkracht")) == [  # and its meeting a year later
        "demo-dorp-ulrum-aan-de-vaart-2027.kernkracht",
        "demo-dorp-ulrum-aan-de-vaart.kernkracht",
    ]
    assert not list(Path(BUNDLE).rglob("*.kernkracht"))


def test_the_bundle_does_an_evening_like_the_checkout(tmp_path: Path):
    bundle = evening([str(program("kernkracht-cli"))], tmp_path / "bundle")
    checkout = evening(CHECKOUT_PROGRAM, tmp_path / "checkout")
    assert bundle.records == checkout.records and sum(bundle.records.values()) > 50
    assert bundle.imported_records == checkout.records
    assert bundle.handout_pages == checkout.handout_pages > 1
    assert bundle.worksheet_pages == checkout.worksheet_pages and len(bundle.worksheet_pages) >= 4
    assert bundle.screens == checkout.screens and "00-bibliotheek.png" in bundle.screens
    library_png = tmp_path / "bundle" / "shots" / "00-bibliotheek.png"
    assert library_png.stat().st_size > 10_000  # a painted window with the demo in its list, not a blank


def test_the_bundle_names_itself_in_help(tmp_path: Path):
    result = subprocess.run(
        [str(program("kernkracht-cli")), "--help"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and result.stdout.startswith("gebruik: kernkracht-cli ")
    version = subprocess.run(
        [str(program("kernkracht-cli")), "--version"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert version.stdout.startswith("Kernkracht ")


@pytest.mark.skipif(not x11.available(), reason="Xvfb, xwininfo and xprop are needed (.ci/run installs them)")
def test_the_bundle_window_is_kernkracht_to_the_window_manager(tmp_path: Path):
    env = {**clean_env(tmp_path), "KERNKRACHT_LIBRARY": str(tmp_path / "library")}
    assert x11.wm_class_of([str(program("kernkracht"))], env) == '"kernkracht", "Kernkracht"'


def test_install_sh_puts_kernkracht_in_the_users_menu(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    env = clean_env(home)
    result = subprocess.run(
        ["sh", str(Path(BUNDLE) / "install.sh")], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    data = home / ".local" / "share"
    desktop = (data / "applications" / "kernkracht.desktop").read_text(encoding="utf-8")
    assert f"Exec={home}/.local/opt/kernkracht/kernkracht" in desktop
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "kernkracht.png").is_file()
    assert (data / "metainfo" / "kernkracht.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(data / "applications" / "kernkracht.desktop")])
        assert check.returncode == 0
    version = subprocess.run(
        [str(home / ".local" / "bin" / "kernkracht-cli"), "--version"], env=env, capture_output=True, text=True
    )
    assert version.stdout.startswith("Kernkracht ")


def test_the_bundled_app_program_makes_the_pdf_job_the_window_starts(tmp_path: Path):
    """The window starts its handout job with its own program and a first word (no ``python -m``)."""
    from facilitator.demo import write_demo
    from facilitator.handouts.job import JOB_WORD

    source = write_demo(tmp_path / "library")
    target = tmp_path / "hand-out.pdf"
    result = subprocess.run(
        [str(program("kernkracht")), JOB_WORD, "handout", str(source), str(target), '{"language": "nl"}'],
        cwd=tmp_path,
        env=clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "DONE" and "PROGRESS 50" in result.stdout
    assert target.read_bytes().startswith(b"%PDF") and not (tmp_path / "hand-out.pdf.tmp").exists()
