"""Keep the English translation up to date: ``python -m facilitator.ui.common.translations``.

Dutch is the source language of every string in the interface (``self.tr("...")`` or
``QCoreApplication.translate("Context", "...")`` with literal text, so lupdate finds
it). ``update`` refreshes ``resources/i18n/kernkracht_en.ts`` from the sources (new
strings appear as unfinished, for a translator to fill in); ``release`` compiles it to
the ``.qm`` file the app loads. Locations are left out so line moves cause no churn.

The domain names its undo steps and its refusals in Dutch without importing Qt;
:func:`domain_texts` finds those strings in ``facilitator/domain`` (the ``label`` of every
session change, the text of every :class:`~facilitator.domain.refusal.Refusal`) and hands
them to lupdate in the contexts ``"Undo"`` and ``"Refusal"``, where the interface looks
them up.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ...paths import CHECKOUT, resources

TS_FILE = resources() / "i18n" / "kernkracht_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def sources() -> list[Path]:
    return sorted((CHECKOUT / "facilitator" / "ui").rglob("*.py"))


#: the session's methods that take an undo label, and the position of the label
LABEL_ARGUMENT = {"update": 1, "batch": 0, "commit": 0}


def _strings(node: ast.AST) -> list[str]:
    """The literal strings an argument can be ("a" if x else "b" gives both)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def domain_texts(folder: Path | None = None) -> list[tuple[str, str]]:
    """(context, Dutch text) of every undo label and refusal written in the domain's source."""
    folder = folder or CHECKOUT / "facilitator" / "domain"
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.py"))]
    refusals = {"Refusal"}
    for tree in trees:  # every class that is a kind of Refusal (PlanError, ActivityError, …)
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", "") in refusals for b in node.bases):
                refusals.add(node.name)
    found: dict[tuple[str, str], None] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            texts: list[tuple[str, str]] = []
            if name in refusals and node.args:
                texts += [("Refusal", t) for t in _strings(node.args[0])]
            position = LABEL_ARGUMENT.get(name)
            if isinstance(node.func, ast.Attribute) and position is not None and len(node.args) > position:
                texts += [("Undo", t) for t in _strings(node.args[position])]
            for keyword in node.keywords:
                if keyword.arg == "label":
                    texts += [("Undo", t) for t in _strings(keyword.value)]
            for key in texts:
                if key[1].strip():
                    found[key] = None
    return list(found)


def _domain_source(directory: Path) -> Path:
    """A Python file lupdate reads: one QT_TRANSLATE_NOOP per domain text."""
    path = directory / "domain_texts.py"
    lines = [f"QT_TRANSLATE_NOOP({context!r}, {text!r})" for context, text in domain_texts()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


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
    with tempfile.TemporaryDirectory() as tmp:
        files = [*map(str, sources()), str(_domain_source(Path(tmp)))]
        subprocess.run(
            [tool("lupdate"), "-locations", "none", *extra, *files, "-ts", str(ts_file)],
            check=True,
            capture_output=True,
        )


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    subprocess.run([tool("lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "all"
    if command in ("update", "all"):
        update()
    if command in ("release", "all"):
        release()
    print(TS_FILE)
