"""Every Dutch string in the interface has its English in the .ts file.

lupdate is run over the sources into a copy of ``kernkracht_en.ts``: a string added in
the code without its English (or a wrapper such as ``tr(text)`` that lupdate cannot
place in a context, so the lookup at run time would miss) makes this test fail.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from facilitator.ui.common import translations


def untranslated(ts_file: Path) -> list[str]:
    """(context: source) of every message without a finished, non-empty English text."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [] if translation is None else [f.text or "" for f in translation.iter("numerusform")]
            text = "" if translation is None else (translation.text or "").strip()
            done = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            if not name or not done or not (text or (forms and all(f.strip() for f in forms))):
                missing.append(f"{name or '(geen context)'}: {source}")
    return missing


def test_every_string_in_the_code_has_english(tmp_path: Path):
    copy = tmp_path / "kernkracht_en.ts"
    shutil.copy(translations.TS_FILE, copy)
    translations.update(copy)
    assert untranslated(copy) == []


def test_the_check_catches_a_new_string_without_english(tmp_path: Path):
    copy = tmp_path / "kernkracht_en.ts"
    shutil.copy(translations.TS_FILE, copy)
    text = copy.read_text(encoding="utf-8")
    marker = "</context>"
    extra = (
        '<message><source>Een nieuwe zin zonder Engels</source><translation type="unfinished"></translation></message>'
    )
    copy.write_text(text.replace(marker, extra + marker, 1), encoding="utf-8")
    assert untranslated(copy) != []
