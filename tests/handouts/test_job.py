"""The app's PDF job (handouts/job.py) as the child process runs it: progress lines, the PDF
written beside its target and renamed at the end, failures as one line the app can word."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from facilitator.cli import main as cli_main
from facilitator.demo import write_demo
from facilitator.handouts.job import JOB_WORD, main
from tests.handouts import pdftext


def test_the_job_writes_the_handout_with_progress_and_leaves_no_temp(tmp_path, capsys):
    source = write_demo(tmp_path / "library")
    target = tmp_path / "uit.pdf"
    options = {"language": "en", "anonymous": True, "theme": ""}
    assert main(["handout", str(source), str(target), json.dumps(options)]) == 0
    lines = capsys.readouterr().out.splitlines()
    values = [int(line.split()[1]) for line in lines if line.startswith("PROGRESS ")]
    assert lines[-1] == "DONE" and values == sorted(values) and values[-1] == 100 and len(values) > 10
    text = pdftext.text(target.read_bytes())
    assert "Asset map" in text and "Jan Bakker" not in text
    assert not (tmp_path / "uit.pdf.tmp").exists()


def test_the_job_makes_one_working_groups_handout(tmp_path, capsys):
    source = write_demo(tmp_path / "library")
    everything, group = tmp_path / "alles.pdf", tmp_path / "groen.pdf"
    assert main(["handout", str(source), str(everything), "{}"]) == 0
    assert main(["handout", str(source), str(group), json.dumps({"theme": "groen"})]) == 0
    assert "groen" in pdftext.text(group.read_bytes()).lower()
    assert len(pdftext.reader(group.read_bytes()).pages) < len(pdftext.reader(everything.read_bytes()).pages)


def test_samenvatting_and_poster_jobs(tmp_path, capsys):
    source = write_demo(tmp_path / "library")
    for kind in ("samenvatting", "poster-krachtenkaart", "poster-eigenaarschap"):
        target = tmp_path / f"{kind}.pdf"
        assert main([kind, str(source), str(target), "{}"]) == 0
        assert target.read_bytes().startswith(b"%PDF")
    assert "Ulrum aan de Vaart" in pdftext.text((tmp_path / "samenvatting.pdf").read_bytes())


def test_a_missing_folder_is_one_line_the_app_words(tmp_path, capsys):
    source = write_demo(tmp_path / "library")
    target = tmp_path / "weg" / "uit.pdf"
    assert main(["handout", str(source), str(target), "{}"]) == 2
    assert capsys.readouterr().err.strip() == f"SCHRIJFFOUT ENOENT {target}"
    assert not (tmp_path / "weg").exists()


def test_a_damaged_meeting_is_refused_in_dutch_and_writes_nothing(tmp_path, capsys):
    source = tmp_path / "kapot.kernkracht"
    source.write_bytes(b"geen sqlite" * 100)
    target = tmp_path / "uit.pdf"
    assert main(["handout", str(source), str(target), "{}"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("FOUT: ") and "kapot.kernkracht" in err
    assert not target.exists() and not (tmp_path / "uit.pdf.tmp").exists()


def test_the_apps_own_command_line_starts_the_job(tmp_path, capsys):
    """What the bundled program runs: its command line with the job's first word."""
    source = write_demo(tmp_path / "library")
    target = tmp_path / "uit.pdf"
    assert cli_main([JOB_WORD, "samenvatting", str(source), str(target), "{}"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "DONE" and target.is_file()


def test_the_job_imports_no_qt(tmp_path):
    """The child must start fast and never need a display: no Qt in its process."""
    source = write_demo(tmp_path / "library")
    target = tmp_path / "uit.pdf"
    code = (
        "import sys\n"
        "from facilitator.handouts.job import main\n"
        "assert main(['handout', sys.argv[1], sys.argv[2], '{}']) == 0\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'qtawesome')))\n"
        "print('QT', qt)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(source), str(target)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "QT []" in result.stdout.splitlines() and Path(target).is_file()
