"""The demo village: a fictional village for trainers and first-time users.

Its content is data (``resources/data/demo/<step>.json``); each step's domain module
turns its file into records with its own operations (:func:`demo_loaders`). A step whose
file is missing is skipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .content import data_dir
from .domain.session import Session

DEMO_FILE = "demo-dorp-ulrum-aan-de-vaart.kernkracht"


def demo_loaders() -> dict[str, Callable[[Session, dict[str, Any]], None]]:
    """Step -> the function that fills that step from its demo file."""
    from .domain import (
        actieplan_demo,
        avond,
        eigenaarschap_demo,
        gemeente,
        krachtenkaart,
        opbrengst,
        preparation,
        rollen,
        room,
        spiegel,
        themes_demo,
    )

    return {
        "voorbereiding": preparation.load_demo,
        "krachtenkaart": krachtenkaart.load_demo,
        "eigenaarschap": eigenaarschap_demo.load_demo,
        "rollen": rollen.load_demo,
        "actieplan": actieplan_demo.load,
        # issue 15: themes with their werkgroep, the actions per theme and a few progress answers
        "themes": themes_demo.load_demo,
        # after the plan: the homework links to its ideas and actions, action points to its actions
        "gemeente": gemeente.load_demo,
        "spiegel": spiegel.load_demo,
        # issue 12: who is missing, what ideas yield, the evening's interviews, sign-ups and closing
        "room": room.load_demo,
        "opbrengst": opbrengst.load_demo,
        "avond": avond.load_demo,
    }


def build_demo(session: Session) -> None:
    for step, loader in demo_loaders().items():
        source = data_dir() / "demo" / f"{step}.json"
        if source.is_file():
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
