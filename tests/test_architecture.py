"""The layers that must run without a screen never import Qt.

``facilitator.domain``, ``facilitator.store`` and ``facilitator.handouts`` (and the
content, demo and command-line modules the non-GUI commands use) are imported in a
fresh Python whose import system refuses PySide6, shiboken6 and qtawesome. Any module
that imports Qt, directly or through another module, makes the import fail there with
``BlockedImport`` naming the module, and this test fails with that message.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: packages walked in full, and single modules imported, under the Qt blocker
PACKAGES = ["facilitator.domain", "facilitator.store", "facilitator.handouts"]
MODULES = ["facilitator", "facilitator.content", "facilitator.demo", "facilitator.cli", "facilitator.paths"]

CHILD = r"""
import tests.qt_blocker as qt_blocker

qt_blocker.install()
import importlib, json, pkgutil, sys

from tests.qt_blocker import BLOCKED, BlockedImport


packages, modules = json.loads(sys.argv[1])
imported, failures = [], []


def load(name):
    global CURRENT
    CURRENT = qt_blocker.CURRENT = name
    try:
        module = importlib.import_module(name)
    except BlockedImport as exc:
        failures.append(f"{name}: {exc}")
        return None
    imported.append(name)
    return module


for name in modules:
    load(name)
for name in packages:
    package = load(name)
    if package is None:
        continue
    for info in pkgutil.walk_packages(package.__path__, prefix=name + "."):
        load(info.name)

# the command-line commands that need no screen must parse and build without Qt, too
CURRENT = qt_blocker.CURRENT = "facilitator.cli.build_parser"
try:
    from facilitator import cli
    cli.build_parser()
except BlockedImport as exc:
    failures.append(f"cli: {exc}")

# and the commands themselves run without Qt: make the demo, list it, export and import it
if len(sys.argv) > 2:
    import contextlib, io
    library = sys.argv[2]
    out = io.StringIO()
    for argv in (
        ["demo", "--library", library],
        ["list", "--library", library],
        ["export", "demo-dorp-ulrum-aan-de-vaart", "-o", library + "/demo.json", "--library", library],
        ["import", library + "/demo.json", "--library", library],
    ):
        CURRENT = qt_blocker.CURRENT = "main.py " + argv[0]
        try:
            with contextlib.redirect_stdout(out):
                code = cli.main(argv)
            if code != 0:
                failures.append(f"{argv[0]}: exit code {code}")
        except BlockedImport as exc:
            failures.append(f"{argv[0]}: {exc}")
        else:
            imported.append(CURRENT)

leaked = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
print(json.dumps({"imported": imported, "failures": failures, "leaked": leaked}))
"""


def run_blocked(packages: list[str], modules: list[str], library: Path) -> dict:  # type: ignore[type-arg]
    result = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps([packages, modules]), str(library)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_domain_store_handouts_and_cli_import_no_qt(tmp_path: Path):
    report = run_blocked(PACKAGES, MODULES, tmp_path / "library")
    assert report["failures"] == []
    assert report["leaked"] == []
    # the walk really reached the modules (an empty walk would prove nothing)
    for expected in ("facilitator.domain.session", "facilitator.store.sessionfile", "facilitator.store.exchange"):
        assert expected in report["imported"]
    for command in ("demo", "list", "export", "import"):
        assert f"main.py {command}" in report["imported"]
    assert len(list((tmp_path / "library").glob("*.kernkracht"))) == 2  # the demo and its imported copy


def test_the_blocker_catches_a_qt_import(tmp_path: Path):
    """The same child, pointed at a package that imports Qt, reports it (so the test above can fail)."""
    package = tmp_path / "qtleak"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "clean.py").write_text("X = 1\n")
    (package / "leaky.py").write_text("from PySide6.QtCore import QObject\n")
    result = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps([["qtleak"], []])],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},  # the blocker lives in tests/
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "qtleak.clean" in report["imported"]
    assert any(f.startswith("qtleak.leaky:") and "PySide6" in f for f in report["failures"])


PYTEST_BLOCKED = r"""
import sys

import tests.qt_blocker

tests.qt_blocker.install()
import pytest

sys.exit(pytest.main(sys.argv[1:]))
"""


def test_domain_and_store_tests_run_without_qt(tmp_path: Path):
    """The domain tests run, and every store test module loads, in a Python that cannot import Qt.

    (pytest-qt is switched off there; a minimal ini stands in for pyproject's Qt settings. The
    store tests are only collected: running them all again would double their disk-bound time.)
    """
    ini = tmp_path / "pytest.ini"
    ini.write_text("[pytest]\nmarkers =\n    slow: x\n    benchmark: x\n", encoding="utf-8")
    common = ["-c", str(ini), "--rootdir", str(ROOT), "-p", "no:pytest-qt", "-p", "no:cacheprovider", "-q"]
    for extra in (["tests/domain"], ["--collect-only", "tests/store"]):
        result = subprocess.run(
            [sys.executable, "-c", PYTEST_BLOCKED, *common, *extra],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        assert "blocked" not in result.stdout
        assert " passed" in result.stdout or "tests collected" in result.stdout


LIGHT_START = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from facilitator import cli
cli.build_parser()  # every command, as main.py builds it for a command line
from facilitator.ui import app
from facilitator.ui.library.window import LibraryWindow
from facilitator.ui.common.settings import AppSettings

qapp = app.create_app(AppSettings(Path(sys.argv[1]) / "settings.ini"), "nl")
app.ensure_first_library(Path(sys.argv[1]))  # a library that already has the demo in it
window = LibraryWindow(Path(sys.argv[1]), AppSettings(Path(sys.argv[1]) / "settings.ini"))
window.show()
qapp.processEvents()
heavy = sorted(m for m in sys.modules if m in ("facilitator.domain", "qtawesome", "reportlab"))
print(window.model.rowCount(), heavy)
"""


def test_the_library_window_opens_without_heavy_imports(tmp_path: Path):
    """Start-up speed: the command line and the library window load neither the domain,
    nor reportlab, nor qtawesome (icons come after the first paint)."""
    from facilitator.demo import write_demo

    write_demo(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", LIGHT_START, str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    rows, heavy = result.stdout.strip().splitlines()[-1].split(" ", 1)
    assert rows == "1"  # the demo village is listed
    assert heavy == "[]"


def test_no_module_imports_itself_in_a_circle():
    """No import cycles among our modules (imports only for type checking do not count).

    The circles this replaced: features registering screenshot recipes in ``ui/shots.py``,
    ``apply_font_size`` in ``ui/app.py``, ``actieplan`` ↔ ``actieplan_demo``/``actieplan_sources``,
    ``preparation`` ↔ ``privacy`` and ``cli`` ↔ ``merge_commands``.
    """
    import grimp

    graph = grimp.build_graph("facilitator", exclude_type_checking_imports=True)
    cycles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if imported != module and graph.chain_exists(importer=imported, imported=module):
                cycles.append(f"{module} -> {imported}")
    assert cycles == []


def test_every_step_package_is_in_the_no_step_imports_another_step_contract():
    import tomllib

    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(
        c for c in config["tool"]["importlinter"]["contracts"] if c["name"] == "no step imports another step"
    )
    steps = root / "facilitator" / "ui" / "steps"
    packages = {f"facilitator.ui.steps.{p.name}" for p in steps.iterdir() if (p / "__init__.py").is_file()}
    assert packages and set(contract["modules"]) == packages
