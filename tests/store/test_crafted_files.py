"""Files from a stranger are inert: every crafted file of ``tests/crafted.py`` through the store's real paths.

Listing the library, opening, exporting and merging each crafted session file: no
crash, no hang (each path bounded in time), no SQL from the file run (the file is
byte-for-byte unchanged, the triggers' marker appears nowhere), and a refusal in
Dutch that says nothing was changed. Each crafted JSON import is refused the same way.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest

from facilitator.store import errors
from facilitator.store.library import Library
from facilitator.store.merge import merge_files
from facilitator.store.sessionfile import open_session
from tests.crafted import RAN, good_meeting, json_imports, session_files

#: seconds any one path may take on one crafted file (a hang would be minutes)
BOUND = 10.0
ENGLISH = ("database", "error", "malformed", "readonly", "locked", "interrupted", "syntax")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dutch(exc: errors.StoreError) -> str:
    text = exc.message("nl")
    assert "niets" in text and "veranderd" in text, text  # says the file is as it was
    assert not any(word in text.lower() for word in ENGLISH), text
    assert "0900-OPLICHTER" not in text  # the file's own text never ends up in our message
    return text


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, Path, bool]]]:
    folder = tmp_path_factory.mktemp("vreemd")
    return folder, session_files(folder)


def test_listing_a_library_of_crafted_files_is_bounded_and_names_each_problem(corpus):  # type: ignore[no-untyped-def]
    folder, files = corpus
    before = {p: digest(p) for _, p, _ in files}
    start = time.monotonic()
    infos = {i.path.name: i for i in Library(folder).sessions()}
    assert time.monotonic() - start < BOUND * 2
    assert len(infos) == len(files)
    for name, path, refused in files:
        info = infos[path.name]
        if (
            refused
            and name not in ("bad_utf8_place",)
            and not name.startswith(
                ("hands", "type", "minutes", "pin", "dots", "category", "nested", "bad_json", "deep")
            )
        ):
            # schema and header problems are seen while listing; bad values when the file is opened
            assert info.problem is not None, name
            dutch(info.problem)
        assert len(info.title) <= 200
    assert {p: digest(p) for _, p, _ in files} == before


@pytest.mark.parametrize("index", range(len(session_files.__globals__["SQL_CRAFTS"]) + 4))
def test_each_crafted_file_is_refused_unchanged_or_opened_without_running_anything(corpus, tmp_path, index):  # type: ignore[no-untyped-def]
    folder, files = corpus
    name, path, refused = files[index]
    before = digest(path)
    start = time.monotonic()
    if refused:
        with pytest.raises(errors.StoreError) as info:
            sf, _ = open_session(path)
            sf.close()
        dutch(info.value)
        with pytest.raises(errors.StoreError) as info:
            merge_files([path, good_meeting(tmp_path / "goed.kernkracht")], tmp_path / "samen.kernkracht")
        dutch(info.value)
        assert not (tmp_path / "samen.kernkracht").exists()
        assert digest(path) == before, f"{name}: a refused file was changed"
        assert not Path(f"{path}-journal").exists()
    else:
        from facilitator.domain import krachtenkaart as kk
        from facilitator.store.exchange import export_data

        sf, session = open_session(path)
        try:
            kk.add_card(session, "Nieuwe kaart", "plekken")  # an edit of our own
            exported = export_data(sf)
            assert not exported["blobs"]  # the damaged picture is left out
            assert RAN not in str(exported)
        finally:
            sf.close()
    assert time.monotonic() - start < BOUND, name


def test_each_crafted_json_import_is_refused_in_dutch(tmp_path):  # type: ignore[no-untyped-def]
    library = Library(tmp_path / "bib")
    library.ensure()
    imports = json_imports(tmp_path / "json")
    assert len(imports) >= 12
    for name, path, _ in imports:
        with pytest.raises(errors.ImportRejected) as info:
            library.import_json(path)
        assert "niets veranderd" in info.value.message("nl"), name
    assert list(library.root.glob("*.kernkracht")) == []  # nothing half-made is left
    print(f"crafted JSON imports tried: {len(imports)}, refused: {len(imports)}")
