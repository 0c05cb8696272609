"""Worksheets and the command line: `main.py worksheet`, `main.py handout`."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from facilitator.cli import main
from facilitator.handouts import WORKSHEETS, write_worksheet
from facilitator.handouts.sheetwords import role_sets
from tests.handouts import pdftext
from tests.qt_blocker import PRELUDE

ROOT = pdftext.__file__.rsplit("/tests/", 1)[0]


def sheet(name: str, **options) -> bytes:
    out = io.BytesIO()
    write_worksheet(name, out, **options)
    return out.getvalue()


@pytest.mark.parametrize("name", list(WORKSHEETS))
@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_worksheet_is_one_page_with_embedded_fonts(name, language):
    data = sheet(name, language=language)
    assert len(pdftext.reader(data).pages) == 1
    assert all(pdftext.embedded(f) for f in pdftext.fonts(data).values())


def test_inventory_sheet_has_the_six_categories_and_six_kinds():
    text = pdftext.text(sheet("inventaris"))
    for word in ("Gaven", "Verenigingen", "Instellingen", "Plekken", "Economie", "Cultuur"):
        assert word in text
    for word in ("Trots", "Kans", "Knelpunt", "Sleutelfiguur", "Plek", "Initiatief"):
        assert word in text


def test_ownership_sheet_has_four_types():
    text = pdftext.text(sheet("eigenaarschap"))
    assert all(f"Type {n}" in text for n in range(1, 5))


def test_role_sheet_for_a_chosen_set():
    sets = role_sets("nl")
    assert len(sets) >= 3
    for s in sets:
        text = pdftext.text(sheet("rollen", set=s["id"]))
        assert s["name"] in text
        assert all(r["name"] in text for r in s["roles"])


def test_action_sheet_columns():
    text = pdftext.text(sheet("actieplan", language="en"))
    for word in ("What", "Lead", "With whom", "First step", "When"):
        assert word in text


def test_cli_worksheet_list_and_errors(tmp_path, capsys):
    assert main(["worksheet", "--list"]) == 0
    listed = capsys.readouterr().out
    assert all(name in listed for name in WORKSHEETS) and "rollen --set overheidsrollen" in listed
    assert main(["worksheet", "onzin", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "onbekend werkblad" in capsys.readouterr().err
    assert main(["worksheet", "rollen", "--set", "nee", "-o", str(tmp_path / "x.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists()
    assert main(["worksheet", "actieplan", "-o", str(tmp_path / "a.pdf")]) == 0
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_cli_handout_of_the_demo_village(library_dir, tmp_path, capsys):
    assert main(["demo", "--library", str(library_dir)]) == 0
    out = tmp_path / "h.pdf"
    assert main(["handout", "--library", str(library_dir), "Ulrum aan de Vaart (demodorp)", "-o", str(out)]) == 0
    text = pdftext.text(out.read_bytes())
    assert "Kroonjuwelen" in text and "Rollen" in text and "Jan Bakker" in text
    anon = tmp_path / "a.pdf"
    assert (
        main(
            [
                "handout",
                "--library",
                str(library_dir),
                "Ulrum aan de Vaart (demodorp)",
                "-o",
                str(anon),
                "--anoniem",
                "--lang",
                "en",
            ]
        )
        == 0
    )
    text = pdftext.text(anon.read_bytes())
    assert "Jan Bakker" not in text and "Asset map" in text
    assert main(["handout", "--library", str(library_dir), "Bestaat niet", "-o", str(out)]) == 2
    assert "Fout:" in capsys.readouterr().err


def test_cli_handout_to_an_unwritable_place(library_dir, tmp_path, capsys):
    main(["demo", "--library", str(library_dir)])
    target = tmp_path / "geen-map" / "h.pdf"
    assert main(["handout", "--library", str(library_dir), "Ulrum aan de Vaart (demodorp)", "-o", str(target)]) == 2
    assert "kan" in capsys.readouterr().err and not target.exists()


def test_handouts_package_never_imports_qt(tmp_path):
    code = (
        PRELUDE + "from facilitator.domain.session import Session\n"
        "from facilitator.handouts import handout_bytes, write_worksheet\n"
        "import io\n"
        "assert handout_bytes(Session()).startswith(b'%PDF')\n"
        "for name in ('inventaris', 'eigenaarschap', 'rollen', 'actieplan'):\n"
        "    write_worksheet(name, io.BytesIO())\n"
        "import facilitator.handouts.commands\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
