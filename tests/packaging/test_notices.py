"""Every library Kernkracht carries is named, with its licence, in the third-party notices."""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

from tests.packaging.scenario import ROOT


def runtime_distributions() -> set[str]:
    """kernkracht's dependencies and theirs (extras left out), as installed here."""
    seen: set[str] = set()
    todo = [r for r in importlib.metadata.requires("kernkracht") or [] if "extra ==" not in r]
    while todo:
        requirement = todo.pop()
        name = re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0]
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # a marker for another Python (PySide6 on 3.12) or platform
        key = dist.metadata["Name"].lower().replace("_", "-")
        if key in seen:
            continue
        seen.add(key)
        todo.extend(r for r in dist.requires or [] if "extra ==" not in r)
    return seen


def test_every_bundled_library_is_in_the_notices():
    notices = (ROOT / "resources" / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8").lower().replace("_", "-")
    dists = runtime_distributions()
    assert {"reportlab", "pyside6-essentials", "pillow"} <= dists
    missing = sorted(d for d in dists if d not in notices)
    assert not missing, f"add these to resources/THIRD-PARTY-NOTICES.md with their licence: {missing}"


def test_every_bundled_font_is_in_the_notices():
    notices = (ROOT / "resources" / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")
    for font in (ROOT / "resources" / "fonts").glob("*.[ot]tf"):
        assert font.name in notices, font.name


def test_the_dutch_hyphenation_patterns_carry_their_own_holders_and_licence():
    """pyphen ships hyph_nl_NL.dic without a readme, so the notices name its makers and licence."""
    import pyphen

    patterns = Path(pyphen.__file__).parent / "dictionaries" / "hyph_nl_NL.dic"
    assert patterns.is_file()
    notices = (ROOT / "resources" / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")
    licence = (ROOT / "resources" / "LICENSE-hyph_nl_NL.txt").read_text(encoding="utf-8")
    for holder in ("Nederlandstalige TeX Gebruikersgroep", "Simon Brouwer", "OpenTaal"):
        assert holder in notices and holder in licence, holder
    assert "BSD (2 clausules) of Creative Commons Naamsvermelding 3.0" in notices
    assert "Redistributions in binary form must reproduce" in licence
