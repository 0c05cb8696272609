"""The command line, as a user types it (in a subprocess) and as a function."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import __version__, cli
from facilitator.domain import preparation as prep
from facilitator.store.library import Library
from facilitator.store.sessionfile import open_session

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, library: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args, "--library", str(library)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


def test_version_and_help(library_dir: Path):
    result = run("--version", library=library_dir)
    assert result.returncode == 0 and result.stdout.strip() == f"Kernkracht {__version__}"
    result = run("--help", library=library_dir)
    assert result.returncode == 0
    for command in ("list", "export", "import", "demo", "shots"):
        assert command in result.stdout
    assert "bibliotheekmap" in result.stdout


def test_list_export_import_in_a_subprocess(library: Library, tmp_path: Path):
    path = library.create("Café De Hoven", date="2026-03-04")
    sf, session = open_session(path)
    prep.add_participant(session, "Anna 🌻")
    sf.close()
    result = run("list", library=library.root)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"{path.name}\t2026-03-04\tCafé De Hoven"]

    out = tmp_path / "hoven.json"
    result = run("export", "Café De Hoven", "-o", str(out), library=library.root)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [p["name"] for p in data["records"]["participant"]] == ["Anna 🌻"]

    result = run("import", str(out), library=library.root)
    assert result.returncode == 0, result.stderr
    new = Path(result.stdout.strip())
    assert new.is_file() and new != path and new.parent == library.root
    assert len(library.sessions()) == 2


def test_errors_exit_2_with_a_dutch_message_and_change_nothing(library: Library, tmp_path: Path):
    library.create("Eesveen")
    before = sorted(p.name for p in library.root.iterdir())
    result = run("export", "Atlantis", "-o", str(tmp_path / "x.json"), library=library.root)
    assert result.returncode == 2
    assert result.stderr.startswith("Fout: ") and "bestaat niet" in result.stderr
    assert result.stdout == "" and not (tmp_path / "x.json").exists()

    bad = tmp_path / "kapot.json"
    bad.write_text("{niet json", encoding="utf-8")
    result = run("import", str(bad), library=library.root)
    assert result.returncode == 2 and "geen geldig JSON-bestand" in result.stderr
    assert sorted(p.name for p in library.root.iterdir()) == before


def test_demo_command_makes_the_demo_once(library_dir: Path, capsys: pytest.CaptureFixture[str]):
    assert cli.main(["demo", "--library", str(library_dir)]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.is_file()
    stamp = path.stat().st_mtime_ns
    assert cli.main(["demo", "--library", str(library_dir)]) == 0  # already there: left alone
    assert path.stat().st_mtime_ns == stamp
    assert cli.main(["demo", "--replace", "--vervolg", "--library", str(library_dir)]) == 0
    infos = Library(library_dir).sessions()
    # the first evening and the follow-up a year later made from it (issue 15)
    assert [i.date for i in infos] == ["2026-03-12", "2027-03-11"]
    assert all(i.demo and i.place.startswith("Ulrum") for i in infos)


def test_unknown_command_is_a_usage_error_in_dutch(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as info:
        cli.main(["vliegen"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert (
        err.startswith(f"gebruik: {cli.program_name()} ")
        and "Fout: " in err
        and "'vliegen'" in err
        and "onbekende keuze" in err
    )


def test_a_missing_argument_is_named_in_dutch(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as info:
        cli.main(["export"])
    assert info.value.code == 2
    assert "Fout: deze gegevens ontbreken: SESSIE" in capsys.readouterr().err


def test_help_is_dutch(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "gebruik:" in out and "opties:" in out and "toon deze hulp" in out
    assert "show" not in out and "usage" not in out


def test_list_shows_problems(library: Library, capsys: pytest.CaptureFixture[str]):
    (library.root / "kapot.kernkracht").write_bytes(b"SQLite format 3\x00" + b"\x01" * 40)  # cut short
    (library.root / "vreemd.kernkracht").write_bytes(b"\x01" * 200)  # not SQLite at all
    assert cli.main(["list", "--library", str(library.root)]) == 0
    lines = {line.split("\t")[0]: line for line in capsys.readouterr().out.strip().splitlines()}
    assert "beschadigd" in lines["kapot.kernkracht"]
    assert "geen Kernkracht-bestand" in lines["vreemd.kernkracht"]


def test_shots_renders_every_screen_without_touching_the_session(library: Library, tmp_path: Path):
    from PySide6.QtGui import QImage

    path = library.create("Eesveen")
    before = path.read_bytes()
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "shots",
            str(out),
            "--session",
            "Eesveen",
            "--library",
            str(library.root),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    assert {"00-bibliotheek.png", "01-instellingen.png", "02-voorbereiding.png"} <= set(names)
    assert result.stderr == ""  # no Qt warnings, no tracebacks
    image = QImage(str(out / "02-voorbereiding.png"))
    assert (image.width(), image.height()) == (1280, 800)
    assert path.read_bytes() == before  # the shots were taken from a copy


def test_a_failing_demo_rebuild_keeps_the_old_demo(library_dir: Path, monkeypatch: pytest.MonkeyPatch):
    from facilitator import demo

    path = demo.write_demo(library_dir)
    before = path.read_bytes()

    def broken(session):  # type: ignore[no-untyped-def]
        raise ValueError("kapotte demodata")

    monkeypatch.setattr(demo, "build_demo", broken)
    with pytest.raises(ValueError, match="kapotte demodata"):
        demo.write_demo(library_dir, replace=True)
    assert path.read_bytes() == before
    assert sorted(p.name for p in library_dir.iterdir()) == [path.name]


def test_help_and_errors_name_the_program_as_it_was_started(library_dir: Path):
    result = run("--help", library=library_dir)
    assert result.stdout.startswith("gebruik: python main.py ")
    result = run("vliegen", library=library_dir)
    assert result.returncode == 2 and "Zie 'python main.py --help'" in result.stderr
    assert "main.py [" not in result.stderr.replace("python main.py [", "")


@pytest.mark.parametrize(
    ("argv0", "shown"),
    [
        ("/home/anna/kernkracht/main.py", "python main.py"),
        ("main.py", "python main.py"),
        ("/usr/local/bin/kernkracht-cli", "kernkracht-cli"),
        ("C:\\Users\\anna\\venv\\Scripts\\kernkracht-cli.exe", "kernkracht-cli"),
        ("C:\\Program Files\\Kernkracht\\kernkracht.exe", "kernkracht"),
        ("/opt/Kernkracht/kernkracht", "kernkracht"),
        ("/usr/lib/python3/site-packages/facilitator/__main__.py", "kernkracht-cli"),
        ("", "kernkracht-cli"),
    ],
)
def test_program_name(argv0: str, shown: str):
    assert cli.program_name(argv0) == shown
