"""--library works before and after the command."""

from __future__ import annotations

from facilitator.cli import main


def test_library_before_or_after_the_command(tmp_path, capsys, library):
    other = tmp_path / "andere"
    other.mkdir()
    from facilitator.store.library import Library

    Library(other).create("Zuidwolde", "2026-05-01")
    for argv in (["--library", str(other), "list"], ["list", "--library", str(other)]):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert "Zuidwolde" in out, argv
    assert main(["list"]) == 0
    assert "Zuidwolde" not in capsys.readouterr().out
