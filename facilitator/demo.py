"""The demo village: a fictional village for trainers and first-time users.

Its content is data (``resources/data/demo/<step>.json``); each step's domain module
turns its file into records with its own operations, through ``load_demo(session,
data)``. Steps whose module or file does not exist yet are skipped.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
from pathlib import Path

from .content import data_dir
from .domain.session import Session

DEMO_FILE = "demo-dorp-ulrum-aan-de-vaart.kernkracht"

#: step -> domain module with ``load_demo(session, data)``
DEMO_LOADERS = {
    "voorbereiding": "facilitator.domain.preparation",
    "krachtenkaart": "facilitator.domain.krachtenkaart",
    "eigenaarschap": "facilitator.domain.eigenaarschap",
    "rollen": "facilitator.domain.rollen",
    "actieplan": "facilitator.domain.actieplan",
    "room": "facilitator.domain.room",
    "opbrengst": "facilitator.domain.opbrengst",
    "avond": "facilitator.domain.avond",
}


def build_demo(session: Session) -> None:
    for step, module in DEMO_LOADERS.items():
        source = data_dir() / "demo" / f"{step}.json"
        if not source.is_file() or importlib.util.find_spec(module) is None:
            continue
        loader = getattr(importlib.import_module(module), "load_demo", None)
        if loader is None:
            continue
        loader(session, json.loads(source.read_text(encoding="utf-8")))


def write_demo(library_root: Path, replace: bool = False) -> Path:
    """Make the demo village's session file in the library (from scratch)."""
    from .store.sessionfile import new_session

    path = library_root / DEMO_FILE
    if path.exists() and not replace:
        return path
    # built beside the old one and swapped in at the end: a failure leaves the old demo as it was
    tmp = path.with_name(path.name + ".nieuw")
    tmp.unlink(missing_ok=True)
    sf, session = new_session(tmp, demo=True)
    try:
        build_demo(session)
    except BaseException:
        sf.close()
        tmp.unlink(missing_ok=True)
        raise
    sf.close()
    tmp.replace(path)
    return path
