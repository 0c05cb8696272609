"""Every record kind is registered by importing ``facilitator.domain`` (no module found by name)."""

from __future__ import annotations

import ast
from pathlib import Path

import facilitator.domain as domain
from facilitator.domain.records import KINDS

DOMAIN = Path(domain.__file__).parent


def modules_with_record_kinds() -> set[str]:
    """The domain modules whose source declares a record kind (``@record_kind``)."""
    found = set()
    for path in DOMAIN.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(
                (isinstance(d, ast.Name) and d.id == "record_kind")
                or (isinstance(d, ast.Call) and getattr(d.func, "id", "") == "record_kind")
                for d in node.decorator_list
            ):
                found.add(path.stem)
    return found


def test_every_module_with_a_record_kind_is_listed_in_the_package():
    listed = {module.__name__.rsplit(".", 1)[1] for module in domain.RECORD_MODULES}
    assert modules_with_record_kinds() <= listed


def test_the_listed_modules_register_their_kinds():
    registered = {cls.__module__.rsplit(".", 1)[1] for cls in KINDS.values()}
    assert modules_with_record_kinds() <= registered
