"""The gemeente's overview of all its kernen: read-only, every file listed, exports read back (no Qt)."""

from __future__ import annotations

import datetime
import hashlib
import io
from pathlib import Path

import pytest

from facilitator import cli
from facilitator.domain import actieplan as ap
from facilitator.domain import eigenaarschap as eig
from facilitator.domain import preparation as prep
from facilitator.domain import rollen, support
from facilitator.store.overview import build_overview, last_per_kern, meeting_files
from facilitator.store.sessionfile import open_session
from tests.handouts import pdftext


def make_meeting(library, place: str, date: str, fill) -> Path:  # type: ignore[no-untyped-def]
    path = library.create(place, date=date, municipality="Het Hogeland")
    sf, s = open_session(path)
    try:
        fill(s)
    finally:
        sf.close()
    return path


def ulrum_first(s) -> None:  # type: ignore[no-untyped-def]
    ria = prep.add_participant(s, "Ria Dijkstra")
    prep.edit_participant(s, ria, consent=True)
    prep.add_participant(s, "Jan Bakker")  # no consent: not named in the overview
    eig.add_activity(s, "Dorpsfeest", 1)
    school = eig.add_activity(s, "Schoolplein", 4)
    eig.set_wanted_type(s, school, 2)
    eig.add_activity(s, "Ijsbaan", 2)
    rollen.set_score(
        s, rollen.current_set_id(s), rollen.profile(s, rollen.current_set_id(s))[0].role_id, now=2, wanted=4
    )
    ap.add_action(s, "Jeu de boules", trekker="Ria Dijkstra", due="2026-01-10")
    done = ap.add_action(s, "Flyer", trekker="Jan Bakker")
    ap.set_status(s, done, "klaar")
    ap.add_action(s, "Dorpsapp", trekker="Jan Bakker", due="2099-01-01")
    support.ask_partner(s, "Provinciale vereniging kleine kernen", ask="Hulp bij de dorpsvisie")


def hashes(paths: list[Path]) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


@pytest.fixture
def province(library, tmp_path):  # type: ignore[no-untyped-def]
    first = make_meeting(library, "Ulrum", "2025-03-12", ulrum_first)
    later = make_meeting(library, "Ulrum", "2026-03-12", lambda s: eig.add_activity(s, "Dorpsfeest", 1))
    other = make_meeting(library, "Warffum", "2026-02-01", lambda s: ap.add_action(s, "=SOM(A1:A9)", trekker="+31 6"))
    damaged = library.root / "kapot.kernkracht"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    # a backup and a trashed meeting are copies, not kernen
    (library.root / ".reservekopieen").mkdir(exist_ok=True)
    (library.root / ".reservekopieen" / first.name).write_bytes(first.read_bytes())
    return {"first": first, "later": later, "other": other, "damaged": damaged}


def test_every_meeting_is_read_and_the_last_one_per_kern_comes_first(library, province):
    overview = build_overview([library.root], today="2026-06-01")
    assert [r.path.name for r in overview.problems] == ["kapot.kernkracht"]
    assert overview.problems[0].problem  # with the reason, in Dutch
    assert len(overview.readable) == 3  # the backup copy is not a meeting of its own
    per_kern = last_per_kern(overview)
    assert [(r.place, r.date) for r in per_kern if not r.problem] == [
        ("Ulrum", "2026-03-12"),
        ("Warffum", "2026-02-01"),
    ]
    first = next(r for r in overview.readable if r.date == "2025-03-12")
    assert first.types_now == (1, 1, 0, 1) and first.shifts_to == (0, 1, 0, 0)
    assert (first.actions_open, first.actions_done, first.overdue) == (2, 1, 1)
    assert first.asks == ("Provinciale vereniging kleine kernen: Hulp bij de dorpsvisie",)
    assert first.trekkers == ("Ria Dijkstra", "+1 zonder toestemming")  # Jan gave no consent
    assert first.roles and (first.roles[0].now, first.roles[0].wanted) == (2, 4)


def test_the_overview_changes_no_file_and_takes_no_lock(library, province):
    sf, s = open_session(province["later"])  # one meeting is open in the app right now
    try:
        others = [p for p in meeting_files([library.root]) if p != province["later"]]
        before = hashes(others)
        overview = build_overview([library.root], today="2026-06-01")
        assert hashes(others) == before
        eig.add_activity(s, "Na het overzicht")  # the open meeting still takes edits: no lock was left
    finally:
        sf.close()
    assert len(overview.rows) == 4


def test_anonymous_mode_names_no_trekker(library, province):
    overview = build_overview([library.root], anonymous=True, today="2026-06-01")
    first = next(r for r in overview.readable if r.date == "2025-03-12")
    assert first.trekkers == ("Trekker 1", "Trekker 2")


def test_a_folder_of_libraries_is_read_whole(library, province, tmp_path):
    other_library = tmp_path / "gemeente-b"
    other_library.mkdir()
    (other_library / "eenrum.kernkracht").write_bytes(province["other"].read_bytes())
    overview = build_overview([library.root, other_library], today="2026-06-01")
    assert len(overview.readable) == 4


def test_cancel_stops_the_overview(library, province):
    from facilitator.store.overview import Cancelled

    calls: list[int] = []
    with pytest.raises(Cancelled):
        build_overview([library.root], progress=lambda n, total: calls.append(n), cancelled=lambda: len(calls) >= 2)
    assert calls == [1, 2]


def test_the_command_writes_a_workbook_with_real_dates_and_no_formulas(library, province, tmp_path, capsys):
    from openpyxl import load_workbook

    out = tmp_path / "overzicht.xlsx"
    assert cli.main(["overzicht", "-o", str(out), "--library", str(library.root)]) == 0
    printed = capsys.readouterr()
    assert "kapot.kernkracht" in printed.err and "3 bijeenkomsten, 1 niet te lezen" in printed.out
    book = load_workbook(out)
    assert book.sheetnames == ["Per kern", "Alle bijeenkomsten", "Niet te lezen"]
    sheet = book["Per kern"]
    headings = [c.value for c in sheet[1]]
    assert headings[:3] == ["Kern of wijk", "Gemeente", "Laatste bijeenkomst"]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert isinstance(rows["Ulrum"][2], datetime.datetime) and rows["Ulrum"][2].date() == datetime.date(2026, 3, 12)
    warffum = rows["Warffum"]
    trekkers = headings.index("Trekkers")
    assert warffum[trekkers] == "+1 zonder toestemming"
    # text typed by a user is never a formula in the workbook
    for row in book["Alle bijeenkomsten"].iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
    assert [r[0] for r in book["Niet te lezen"].iter_rows(min_row=2, values_only=True)] == ["kapot"]


def test_the_command_writes_a_pdf_report(library, province, tmp_path):
    out = tmp_path / "overzicht.pdf"
    assert cli.main(["overzicht", "-o", str(out), "--anoniem", "--library", str(library.root)]) == 0
    text = pdftext.text(out.read_bytes())
    assert "Overzicht van de kernen" in text and "Ulrum" in text and "Warffum" in text
    assert "Ria Dijkstra" not in text and "kapot.kernkracht" in text


def test_the_command_refuses_an_unknown_kind_of_output(library, tmp_path, capsys):
    assert cli.main(["overzicht", "-o", str(tmp_path / "x.docx"), "--library", str(library.root)]) == 2
    assert ".xlsx of .pdf" in capsys.readouterr().err


def test_a_workbook_can_be_written_to_a_stream(library, province):
    from facilitator.handouts.overview import write_xlsx

    out = io.BytesIO()
    write_xlsx(build_overview([library.root]), out)
    assert out.getvalue()[:2] == b"PK"


def test_overview_shows_open_and_overdue_actions_per_theme_and_the_gemeentes_doen_en_laten(library):
    from facilitator.domain import gemeente
    from facilitator.domain import themes as th
    from facilitator.store.overview import theme_text

    def fill(s) -> None:  # type: ignore[no-untyped-def]
        zorg = th.add_theme(s, key="zorg")
        groen = th.add_theme(s, name="Het jaagpad")
        th.add_theme(s, key="wonen")  # nothing open: left out
        for what, due, theme in (
            ("Wensbus", "2026-01-01", zorg),
            ("Burenhulp", "2099", zorg),
            ("Maaien", "najaar 2026", groen),
            ("Nieuwsbrief", "", None),
        ):
            a = ap.add_action(s, what, due=due)
            if theme is not None:
                th.set_theme(s, a, theme.id)
        gemeente.add_homework(s, "start", "Een vast aanspreekpunt voor het dorp")
        gemeente.add_homework(s, "stop", "Niet meer alles zelf maaien")

    path = make_meeting(library, "Ulrum", "2026-03-12", fill)
    before = hashes([path])
    row = build_overview([library.root], today="2026-12-15").rows[0]
    assert [(t.name, t.open, t.overdue) for t in row.themes] == [
        ("Zorg en welzijn", 2, 1),
        ("Het jaagpad", 1, 1),  # "najaar 2026" ends on 30 November
        ("", 1, 0),
    ]
    assert row.overdue == 2
    assert theme_text(row.themes) == "Zorg en welzijn 2 (1 te laat); Het jaagpad 1 (1 te laat); zonder thema 1"
    assert row.starts == ("Een vast aanspreekpunt voor het dorp",) and row.stops == ("Niet meer alles zelf maaien",)
    assert hashes([path]) == before  # read, never changed
