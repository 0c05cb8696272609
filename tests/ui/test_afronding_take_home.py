"""Afronding: the samenvatting saved and printed in 30 copies, the exports, and card photos."""

from __future__ import annotations

import csv

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from facilitator.demo import write_demo
from facilitator.domain import eigenaarschap as own
from facilitator.domain import krachtenkaart as kk
from tests.handouts import pdftext


def afronding(open_window, library):  # type: ignore[no-untyped-def]
    window = open_window(write_demo(library.root))
    return window, window.show_step("afronding")


def test_summary_saved_from_the_keyboard_is_one_sheet(qtbot, library, open_window, tmp_path):
    window, page = afronding(open_window, library)
    box = page.take_home
    box.save_summary.setFocus()
    target = tmp_path / "samen.pdf"
    # the file dialog is not part of the test: the button's path is given directly
    box.save_samenvatting(target)
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=20_000)
    data = target.read_bytes()
    assert len(pdftext.reader(data).pages) <= 2
    text = pdftext.text(data)
    assert "Samenvatting: Ulrum aan de Vaart" in text and "Onze kroonjuwelen" in text
    assert str(target) in page.status.text()


def test_thirty_copies_of_the_summary_go_to_the_printer(qtbot, library, open_window, tmp_path):
    window, page = afronding(open_window, library)
    out = tmp_path / "printed.pdf"

    def printer() -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    page.choose_printer = printer
    box = page.take_home
    assert box.copies.value() == 30
    box.copies.setFocus()
    qtbot.keyClick(box.copies, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box.copies, "3")
    qtbot.keyClick(box.copies, Qt.Key.Key_Tab)
    assert box.copies.value() == 3
    qtbot.mouseClick(box.print_summary, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "printer" in page.status.text(), timeout=20_000)
    assert len(pdftext.reader(out.read_bytes()).pages) == 3  # one side each, three copies
    assert "aantal: 3" in page.status.text()


def test_exports_chosen_with_the_keyboard_read_back(qtbot, library, open_window, tmp_path):
    window, page = afronding(open_window, library)
    box = page.take_home
    box.export_kind.setFocus()
    assert box.export_kind.currentData() == "xlsx"
    box.export(tmp_path / "ulrum")
    qtbot.waitUntil(lambda: (tmp_path / "ulrum.xlsx").exists() and page.busy is None, timeout=20_000)
    book = load_workbook(tmp_path / "ulrum.xlsx")
    assert "Acties" in book.sheetnames and book["Acties"]["A1"].value == "Wat"
    qtbot.keyClick(box.export_kind, Qt.Key.Key_Down)
    assert box.export_kind.currentData() == "csv"
    box.export(tmp_path / "ulrum.csv")
    qtbot.waitUntil(lambda: (tmp_path / "ulrum-acties.csv").exists() and page.busy is None, timeout=20_000)
    with open(tmp_path / "ulrum-acties.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][0] == "Wat" and len(rows) > 2
    qtbot.keyClick(box.export_kind, Qt.Key.Key_Down)
    box.export(tmp_path / "agenda")
    qtbot.waitUntil(lambda: (tmp_path / "agenda.ics").exists() and page.busy is None, timeout=20_000)
    assert b"BEGIN:VEVENT" in (tmp_path / "agenda.ics").read_bytes()


def test_photos_ticked_reach_the_handout(qtbot, library, open_window, tmp_path):
    window, page = afronding(open_window, library)
    card = kk.cards(page.ctx.session)[0]
    page.ctx.run(kk.add_photo, page.ctx.session, card, pdftext.png(800, 600), "image/png")
    page.save_handout(tmp_path / "zonder.pdf")
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=20_000)
    without = len(pdftext.images((tmp_path / "zonder.pdf").read_bytes()))  # the map picture
    page.last_pdf = None
    page.photos.setFocus()
    qtbot.keyClick(page.photos, Qt.Key.Key_Space)
    assert page.photos.isChecked()
    page.save_handout(tmp_path / "foto.pdf")
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=20_000)
    assert len(pdftext.images((tmp_path / "foto.pdf").read_bytes())) == without + 1


def test_a3_posters_from_the_export_list(qtbot, library, open_window, tmp_path):
    window, page = afronding(open_window, library)
    box = page.take_home
    box.export_kind.setFocus()
    for _ in range(3):
        qtbot.keyClick(box.export_kind, Qt.Key.Key_Down)
    assert box.export_kind.currentData() == "poster-krachtenkaart"
    box.export(tmp_path / "poster")
    qtbot.waitUntil(lambda: (tmp_path / "poster.pdf").exists() and page.busy is None, timeout=20_000)
    data = (tmp_path / "poster.pdf").read_bytes()
    assert len(pdftext.reader(data).pages) == 1 and "Krachtenkaart van Ulrum" in pdftext.text(data)
    qtbot.keyClick(box.export_kind, Qt.Key.Key_Down)
    box.export(tmp_path / "bord.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "bord.pdf").exists() and page.busy is None, timeout=20_000)
    assert "Wie is eigenaar?" in pdftext.text((tmp_path / "bord.pdf").read_bytes())


def test_png_pictures_from_the_export_list_and_a_clear_message_when_empty(qtbot, library, open_window, tmp_path):
    window, page = afronding(open_window, library)
    box = page.take_home
    box.export_kind.setCurrentIndex(box.export_kind.findData("png-board"))
    box.export(tmp_path / "bord")
    qtbot.waitUntil(lambda: (tmp_path / "bord.png").exists() and page.busy is None, timeout=20_000)
    assert (tmp_path / "bord.png").read_bytes().startswith(b"\x89PNG")
    for activity in list(own.activities(page.ctx.session)):
        page.ctx.run(own.remove_activity, page.ctx.session, activity)
    box.export(tmp_path / "leeg")
    qtbot.waitUntil(lambda: page.busy is None and "Niet gelukt" in page.status.text(), timeout=20_000)
    assert "nog niets ingevuld" in page.status.text() and not (tmp_path / "leeg.png").exists()


def test_a_working_group_handout_typed_in_afronding(qtbot, library, open_window, tmp_path):
    window, page = afronding(open_window, library)
    page.theme.setFocus()
    qtbot.keyClicks(page.theme, "jeugd")
    page.save_handout(tmp_path / "jeugd.pdf")
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=20_000)
    text = pdftext.text((tmp_path / "jeugd.pdf").read_bytes())
    assert "werkgroep jeugd" in text
    everything = [c.title for c in kk.cards(page.ctx.session)]
    shown = [t for t in everything if t in text]
    assert 0 < len(shown) < len(everything)
