"""Kernkracht works without a network: a whole scripted evening with sockets blocked.

Every way Python has to open a connection raises here; the evening (preparation,
each step's domain operations that exist, export, import, anonymised export, merge,
the handout when it exists) and the windows (every step, the projector, the timer)
must still work.
"""

from __future__ import annotations

import json
import socket

import pytest

from facilitator.demo import demo_loaders
from facilitator.domain import preparation as prep


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []
    # modules that subclass socket.socket at import (reportlab imports urllib): import them
    # before the class is replaced by a function, or the import itself fails when this
    # test runs alone
    import http.client  # noqa: F401
    import ssl  # noqa: F401
    import urllib.request  # noqa: F401

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def blocked(*args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append(name)
            raise NetworkUsed(f"network use: socket.{name}{args!r}")

        return blocked

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "create_server", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_the_block_itself_works(no_network):  # type: ignore[no-untyped-def]
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))
    with pytest.raises(NetworkUsed):
        socket.socket()
    assert no_network == ["create_connection", "socket"]
    no_network.clear()


def fill_steps(session) -> list[str]:  # type: ignore[no-untyped-def]
    """Each step's own domain operations (through its demo loader) plus a few typed edits."""
    from facilitator.content import data_dir
    from facilitator.domain import krachtenkaart as kk
    from facilitator.domain import rollen

    done = []
    for step, loader in demo_loaders().items():
        if step == "voorbereiding":
            continue
        source = data_dir() / "demo" / f"{step}.json"
        loader(session, json.loads(source.read_text(encoding="utf-8")))
        done.append(step)
    card = kk.add_card(session, "Jeu-de-boulesbaan", "plekken", holder="Jan Bakker")
    kk.set_crown(session, card, True, "Iedereen komt er")
    set_id = rollen.current_set_id(session)
    role = rollen.profile(session, set_id)[0].role_id
    rollen.set_score(session, set_id, role, now=2, wanted=4)
    return done


def test_a_whole_evening_without_network(no_network, library, tmp_path):  # type: ignore[no-untyped-def]
    from facilitator import cli
    from facilitator.store.anonymise import export_file_anonymised
    from facilitator.store.merge import merge_files
    from facilitator.store.sessionfile import open_session

    path = library.create("Eenrum", municipality="Het Hogeland")
    sf, s = open_session(path)
    try:
        prep.edit_meeting(s, purpose="Wat is er sterk in Eenrum?", facilitator="Marijke")
        prep.add_participant(s, "Jan Bakker")
        p = prep.add_participant(s, "Ria Dijkstra")
        prep.edit_participant(s, p, consent=True, email="ria@voorbeeld.nl")
        prep.add_agenda_block(s, "Welkom", 10, "voorbereiding")
        prep.add_agenda_block(s, "Krachtenkaart", 40, "krachtenkaart")
        fill_steps(s)
        s.undo()
        s.redo()
    finally:
        sf.close()
    copy = library.duplicate(path)
    assert merge_files([path, copy], tmp_path / "samen.kernkracht").records > 0
    out = tmp_path / "export.json"
    library.export_json(path, out)
    imported = library.import_json(out)
    assert imported.is_file()
    anon = export_file_anonymised(path, tmp_path / "anoniem.json")
    assert "Ria Dijkstra" not in anon.read_text(encoding="utf-8")
    assert cli.main(["list", "--library", str(library.root)]) == 0
    pdf = tmp_path / "handout.pdf"
    assert cli.main(["handout", str(path), "-o", str(pdf), "--library", str(library.root)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert no_network == []


def test_the_windows_without_network(no_network, qtbot, library, open_window):  # type: ignore[no-untyped-def]
    from facilitator.demo import write_demo

    window = open_window(write_demo(library.root))
    for step_id in window.step_ids():
        page = window.show_step(step_id)
        assert page.isVisible()
    projector = window.projector.open()
    window.agenda_timer.toggle()
    window.agenda_timer.next()
    projector.rebuild()
    assert projector.isVisible()
    window.close()
    assert no_network == []
