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
#: the demo village a year later, made from the first evening (resources/data/demo/vervolg.json)
DEMO_NEXT_FILE = "demo-dorp-ulrum-aan-de-vaart-2027.kernkracht"


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


def write_demo(library_root: Path, replace: bool = False, follow_up: bool = False) -> Path:
    """Make the demo village's session file in the library (from scratch); ``follow_up``: also
    its meeting a year later (the app's first start and "Demodorp opnieuw maken" ask for it)."""
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
    if follow_up:
        write_follow_up(library_root, path)
    return path


def write_follow_up(library_root: Path, first: Path) -> Path | None:
    """The demo village's progress meeting a year later, made from ``first`` by the same code
    as "Nieuwe bijeenkomst voor deze plaats", then moved on as the file ``vervolg.json`` says."""
    source_file = data_dir() / "demo" / "vervolg.json"
    if not source_file.is_file():
        return None
    from .domain import actieplan, card_check, next_meeting
    from .domain import krachtenkaart as kk
    from .domain.preparation import edit_meeting
    from .store import next_meeting as store
    from .store.library import Library
    from .store.sessionfile import open_session

    data = json.loads(source_file.read_text(encoding="utf-8"))
    path = library_root / DEMO_NEXT_FILE
    tmp = path.with_name(path.name + ".nieuw")
    tmp.unlink(missing_ok=True)
    source = store.read_source(first)
    offer = next_meeting.plan(source)
    choice = next_meeting.Choice(data["date"], data["kind"], offer.ticked)
    store.make_next_meeting(Library(library_root), source, choice, dest=tmp)
    sf, session = open_session(tmp)
    try:
        edit_meeting(session, demo=True, purpose=data.get("purpose", ""))
        cards = {c.title: c for c in kk.cards(session)}
        for title in data["cards"].get("confirm", []):
            card_check.confirm_card(session, cards[title])
        for title, new in data["cards"].get("change", {}).items():
            card_check.change_card(session, cards[title], new)
        for title in data["cards"].get("gone", []):
            card_check.card_gone(session, cards[title])
        for action in actieplan.actions(session):
            progress = data["actions"].get(action.what)
            if progress:
                actieplan.add_note(session, action, progress["note"], date=data["date"])
                actieplan.set_status(session, action, progress["status"], date=data["date"])
    except BaseException:
        sf.close()
        tmp.unlink(missing_ok=True)
        raise
    sf.close()
    tmp.replace(path)
    return path
