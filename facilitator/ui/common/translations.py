"""Keep the English translation up to date: ``python -m facilitator.ui.common.translations``.

Dutch is the source language of every string in the interface (``self.tr("...")`` or
``QCoreApplication.translate("Context", "...")`` with literal text, so lupdate finds
it). ``update`` refreshes ``resources/i18n/kernkracht_en.ts`` from the sources (new
strings appear as unfinished, for a translator to fill in); ``release`` compiles it to
the ``.qm`` file the app loads. Locations are left out so line moves cause no churn.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ...paths import CHECKOUT, resources

TS_FILE = resources() / "i18n" / "kernkracht_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
#: Dutch for the strings of Qt's own dialogs that qtbase_nl.qm leaves in English (kept by hand)
QT_EXTRA_NL = resources() / "i18n" / "qt_extra_nl.ts"


def sources() -> list[Path]:
    return sorted((CHECKOUT / "facilitator" / "ui").rglob("*.py"))


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    if candidate.exists():
        return str(candidate)
    raise FileNotFoundError(f"pyside6-{name} niet gevonden (hoort bij PySide6)")


def update(ts_file: Path = TS_FILE, extra: tuple[str, ...] = ("-no-obsolete",)) -> None:
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [tool("lupdate"), "-locations", "none", *extra, *map(str, sources()), "-ts", str(ts_file)],
        check=True,
        capture_output=True,
    )


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    subprocess.run([tool("lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)
    if ts_file == TS_FILE:
        extra = QT_EXTRA_NL.with_suffix(".qm")
        subprocess.run([tool("lrelease"), str(QT_EXTRA_NL), "-qm", str(extra)], check=True, capture_output=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "all"
    if command in ("update", "all"):
        update()
    if command in ("release", "all"):
        release()
    print(TS_FILE)
