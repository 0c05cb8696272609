"""The CSV, XLSX and .ics files for the gemeente, read back with csv, openpyxl and icalendar."""

from __future__ import annotations

import csv
import datetime

from icalendar import Calendar
from openpyxl import load_workbook

from facilitator.domain import actieplan as plan
from facilitator.domain import eigenaarschap as own
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.domain import support
from facilitator.domain.session import Session
from facilitator.handouts import exports

HOSTILE = ["=1+1", "+31 6 1234", "-2", "@SUM(A1)", '=HYPERLINK("http://x")', "<b>&amp;</b>", "Zoë 🎉 שלום"]


def _session() -> Session:
    s = Session()
    prep.edit_meeting(s, place="Ulrum", date="2026-03-10")
    plan.add_action(s, "Zaal regelen", trekker="Anna Bos", first_step="Bellen", due="2026-06-01", with_whom="Kees")
    plan.add_action(s, "Bankje", trekker="Bert Kok")
    for n, text in enumerate(HOSTILE):
        plan.add_action(s, text, trekker="Anna Bos", first_step=text)
        kk.add_card(s, text, "gaven", description=text, holder="Anna Bos")
        del n
    card = kk.add_card(s, "Dorpshuis", "plekken", holder="Jan Bakker", contact="jan@voorbeeld.nl", contact_consent=True)
    kk.set_crown(s, card, True, "Iedereen komt er")
    support.ask_partner(s, "Provincie", ask="Geld voor het dak")
    own.add_activity(s, "IJsbaan", current_type=1)
    return s


def _read_csv(path) -> list[list[str]]:  # type: ignore[no-untyped-def]
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def test_csv_files_have_dutch_headings_iso_dates_and_no_formulas(tmp_path):
    files = exports.write_csv(_session(), tmp_path, "ulrum")
    assert sorted(p.name for p in files) == [
        "ulrum-acties.csv",
        "ulrum-activiteiten.csv",
        "ulrum-krachten.csv",
        "ulrum-steun.csv",
    ]
    rows = _read_csv(tmp_path / "ulrum-acties.csv")
    assert rows[0][:6] == ["Wat", "Waarom", "Trekker", "Met wie", "Eerste stap", "Wanneer"]
    zaal = next(r for r in rows if r[0] == "Zaal regelen")
    assert zaal[5] == "2026-06-01" and zaal[2] == "Anna Bos" and zaal[3] == "Kees"
    assert next(r for r in rows if r[0] == "Bankje")[5] == ""  # no date: an empty cell
    cells = [c for r in rows[1:] for c in r]
    assert not any(c.startswith(exports.FORMULA_STARTS) for c in cells)
    for text in HOSTILE:
        expected = "'" + text if text.startswith(exports.FORMULA_STARTS) else text
        assert expected in cells
    cards = _read_csv(tmp_path / "ulrum-krachten.csv")
    assert cards[0][:3] == ["Nr.", "Kaart", "Categorie"]
    assert any("jan@voorbeeld.nl" in r for r in cards)


def test_anonymous_exports_name_nobody(tmp_path):
    exports.write_csv(_session(), tmp_path, "anon", anonymous=True)
    exports.write_xlsx(_session(), tmp_path / "anon.xlsx", anonymous=True)
    text = "".join(p.read_text(encoding="utf-8-sig") for p in tmp_path.glob("*.csv"))
    assert "Anna" not in text and "Kees" not in text and "jan@voorbeeld.nl" not in text and "Jan Bakker" not in text
    book = load_workbook(tmp_path / "anon.xlsx")
    values = [str(c.value) for ws in book for row in ws.iter_rows() for c in row if c.value is not None]
    assert not any("Anna" in v or "jan@" in v for v in values)


def test_xlsx_has_a_sheet_per_table_real_dates_and_text_kept_verbatim(tmp_path):
    target = tmp_path / "ulrum.xlsx"
    exports.write_xlsx(_session(), target)
    book = load_workbook(target)
    assert book.sheetnames == ["Acties", "Krachten", "Activiteiten", "Steun van buiten"]
    sheet = book["Acties"]
    heads = [c.value for c in sheet[1]]
    assert heads[0] == "Wat" and heads[5] == "Wanneer"
    zaal = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == "Zaal regelen")
    assert zaal[5] == datetime.datetime(2026, 6, 1)  # a real date, not text
    # what was typed comes back as typed, and none of it is a formula
    whats = [r[0].value for r in sheet.iter_rows(min_row=2)]
    for text in HOSTILE:
        assert text in whats
    assert all(c.data_type != "f" for ws in book for row in ws.iter_rows() for c in row)


def test_calendar_has_one_event_per_dated_open_action(tmp_path):
    s = _session()
    done = plan.add_action(s, "Al gedaan", trekker="Anna Bos", due="2026-04-01")
    plan.set_status(s, done, "klaar", date="2026-04-01")
    cal = Calendar.from_ical(exports.calendar_bytes(s))
    events = [e for e in cal.walk("VEVENT")]
    assert [str(e["summary"]) for e in events] == ["Zaal regelen"]
    event = events[0]
    assert event.decoded("dtstart") == datetime.date(2026, 6, 1)
    assert "Trekker: Anna Bos" in str(event["description"]) and "Eerste stap: Bellen" in str(event["description"])
    anonymous = Calendar.from_ical(exports.calendar_bytes(s, anonymous=True))
    assert "Anna" not in str(anonymous.to_ical())


def test_calendar_holds_the_next_meeting_the_closing_round_set():
    from facilitator.domain import avond

    s = _session()
    avond.set_next_meeting(s, "2026-11-12", "Dorpshuis De Vaart")
    cal = Calendar.from_ical(exports.calendar_bytes(s))
    nexts = [e for e in cal.walk("VEVENT") if str(e["summary"]).startswith("Volgende bijeenkomst")]
    assert len(nexts) == 1
    assert nexts[0].decoded("dtstart") == datetime.date(2026, 11, 12)
    assert str(nexts[0]["location"]) == "Dorpshuis De Vaart"
    english = Calendar.from_ical(exports.calendar_bytes(s, language="en"))
    assert [str(e["summary"]) for e in english.walk("VEVENT")][-1] == "Next meeting Ulrum"
    avond.set_next_meeting(s, "")  # no date: no event, even with a place
    assert not [
        e for e in Calendar.from_ical(exports.calendar_bytes(s)).walk("VEVENT") if "Volgende" in str(e["summary"])
    ]
