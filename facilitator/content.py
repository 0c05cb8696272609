"""Exercise content from ``resources/data``: categories, prompts, role sets, cases, phrases.

Content is data, so a trainer can change it without touching code. Every user-visible
text in a data file is a ``{"nl": ..., "en": ...}`` pair; :func:`text` picks the
language (Dutch when the English is missing). Files are validated when loaded, and a
broken file gives a :class:`ContentError` that names the file and what is wrong.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from .paths import resources

DATA = "data"


class ContentError(Exception):
    """A data file in resources/ is missing or malformed (a message for the trainer)."""


def data_dir() -> Path:
    return resources() / DATA


@functools.cache
def load(name: str) -> Any:
    """The parsed JSON of ``resources/data/<name>.json`` (cached; do not mutate)."""
    path = data_dir() / f"{name}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"Het bestand met inhoud {path} ontbreekt.") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ContentError(f"Het bestand met inhoud {path} is geen geldige JSON: {exc}") from None


def text(value: Any, language: str = "nl") -> str:
    """Pick the language from a ``{"nl": ..., "en": ...}`` pair; plain strings pass through."""
    if isinstance(value, dict):
        return str(value.get(language) or value.get("nl") or "")
    return "" if value is None else str(value)


def require(item: dict[str, Any], keys: tuple[str, ...], where: str) -> None:
    missing = [k for k in keys if k not in item]
    if missing:
        raise ContentError(f"{where}: ontbreekt {', '.join(missing)}")
