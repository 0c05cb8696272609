"""Merge, compare groups and the anonymised export, used from the library and session windows."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from facilitator.demo import write_demo
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.domain.records import KINDS
from facilitator.store.sessionfile import open_session
from facilitator.ui.library.compare_window import read_only_session
from facilitator.ui.library.tools import selected_infos

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def edit(path, fn):  # type: ignore[no-untyped-def]
    sf, s = open_session(path)
    try:
        fn(s)
    finally:
        sf.close()


def select_all_rows(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    window.table.selectRow(0)
    for _ in range(window.model.rowCount() - 1):
        qtbot.keyClick(window.table, Qt.Key.Key_Down, SHIFT)


def test_merge_two_copies_from_the_keyboard_shows_the_conflict(qtbot, library, library_window):
    base = library.create("Eenrum")
    edit(base, lambda s: kk.add_card(s, "Dorpshuis", "plekken"))
    copy = library.duplicate(base)
    edit(base, lambda s: kk.edit_card(s, kk.cards(s)[0], description="Groot"))
    edit(copy, lambda s: kk.edit_card(s, kk.cards(s)[0], description="Met podium"))
    library_window.reload()
    select_all_rows(qtbot, library_window)
    assert len(selected_infos(library_window)) == 2
    before = {p: p.read_bytes() for p in (base, copy)}
    qtbot.keyClick(library_window.table, Qt.Key.Key_M, CTRL)
    report = library_window.tools.last_report
    assert report is not None and report.isVisible()
    text = report.text.toPlainText()
    assert "1 conflict" in text and "Dorpshuis" in text and "beschrijving" in text and "kaart ‘Dorpshuis’" in text
    merged = [i.path for i in library.sessions() if "samengevoegd" in i.path.name]
    assert len(merged) == 1
    assert {p: p.read_bytes() for p in (base, copy)} == before
    sf, s = open_session(merged[0])
    try:
        assert kk.cards(s)[0].description == "Met podium"
    finally:
        sf.close()
    report.close()


def test_merge_with_one_selected_asks_for_two(qtbot, library, library_window, monkeypatch):
    library.create("Eenrum")
    library_window.reload()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    assert library_window.tools.merge() is None
    assert told and "twee" in told[0]


def test_compare_groups_side_by_side_read_only(qtbot, library, library_window):
    demo = write_demo(library.root)
    other = library.duplicate(demo)
    edit(other, lambda s: prep.edit_meeting(s, place="Groep 2"))
    library_window.reload()
    before = {p: p.read_bytes() for p in (demo, other)}
    select_all_rows(qtbot, library_window)
    qtbot.keyClick(library_window.table, Qt.Key.Key_G, CTRL)  # Groepen → Groepen vergelijken…
    view = library_window.tools.compare_windows[-1]
    qtbot.addWidget(view)
    assert view is not None and len(view.columns) == 2
    texts = ["\n".join(label.text() for label in c.findChildren(QLabel)) for c in view.columns]
    assert any("Groep 2" in t for t in texts) and any("Ulrum aan de Vaart" in t for t in texts)
    assert all("Rollen" in t and "Eigenaarschap" in t for t in texts)
    session = read_only_session(demo)
    for kind, module in (("activity", "eigenaarschap"), ("role_score", "rollen")):
        if kind in KINDS and session.count(KINDS[kind]):
            # the demo's own results are shown, per group
            if module == "eigenaarschap":
                title = session.all(KINDS[kind])[0].title
                assert all(title in t for t in texts)
            else:
                assert all("●" in t for t in texts)
    # the mirror of each group: its values per scoring group and where its two logics clash
    assert all("Democratische waarden" in t and "jongeren:" in t for t in texts)
    assert all("Besluiten: dorp 2 · gemeente 5 — botst" in t for t in texts)
    assert {p: p.read_bytes() for p in (demo, other)} == before
    view.close()


def test_anonymous_export_from_the_open_session(qtbot, library, open_window, tmp_path):
    from facilitator.ui.session.privacy_actions import export_anonymous

    window = open_window(write_demo(library.root))
    names = [p.name for p in window.context.session.all(prep.Participant)]
    assert window.export_anonymous_action in window.menus["file"].actions()
    out = export_anonymous(window, tmp_path / "anoniem.json")
    text = out.read_text(encoding="utf-8")
    assert all(name not in text for name in names)
    assert json.loads(text)["anoniem"] is True


def test_removing_a_participant_in_the_table_clears_their_name_on_cards(qtbot, library, open_window):
    path = library.create("Eenrum")
    window = open_window(path)
    s = window.context.session
    prep.add_participant(s, "Jan Bakker")
    card = kk.add_card(s, "Moestuin", "plekken", holder="Jan Bakker")
    page = window.pages["voorbereiding"]
    page.tabs.setCurrentIndex(1)
    page.participant_view.setFocus()
    page.participant_view.setCurrentIndex(page.participants.index(0, 0))
    qtbot.keyClick(page.participant_view, Qt.Key.Key_Delete)
    assert s.all(prep.Participant) == [] and s.get(kk.AssetCard, card.id).holder == ""
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # one undo brings both back
    assert len(s.all(prep.Participant)) == 1 and s.get(kk.AssetCard, card.id).holder == "Jan Bakker"
