"""Afronding used from the app: save the handout (with progress), open it, print it, worksheets."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QProgressDialog

from facilitator.demo import write_demo
from facilitator.domain import preparation as prep
from facilitator.paths import resources
from tests.handouts import pdftext


def pdf_printer(out: Path) -> QPrinter:
    """A printer that writes a PDF file, as a chosen printer would print."""
    p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    p.setOutputFileName(str(out))
    return p


def afronding(open_window, library):  # type: ignore[no-untyped-def]
    path = write_demo(library.root)
    window = open_window(path)
    return window, window.show_step("afronding")


def test_summary_says_what_the_session_holds_and_follows_edits(qtbot, library, open_window):
    window, page = afronding(open_window, library)
    text = page.summary.text()
    # Steun van buiten is one list: the partners of the demo's action plan and of its Krachtenkaart
    demo = resources() / "data" / "demo"
    partners = sum(
        len(json.loads((demo / name).read_text(encoding="utf-8"))[key])
        for name, key in (("opbrengst.json", "partners"), ("krachtenkaart.json", "support"))
    )
    assert partners == 7
    assert "Wie ontbrak: 4 groepen" in text and f"Wat levert het op: 5 ideeën, {partners} partners" in text
    assert "Afsluiting: 6 aanmeldingen, afsluitende ronde ingevuld" in text
    assert "Deelnemers: 10" in text and "37 kaarten" in text and "4 kroonjuwelen" in text  # 32 + 5 from interviews
    # the demo's three worries are parked: counted apart, never as strengths
    assert "Parkeerplaats: 3 zorgen en knelpunten" in text
    assert "–  Actieplan" in text or "Actieplan" in text
    page.ctx.run(prep.add_participant, page.ctx.session, "Nieuwe Buur")
    assert "Deelnemers: 11" in page.summary.text()
    # the demo's mirror and homework go into the handout
    assert "✓  Spiegel van het collectief" in text and "✓  Huiswerk voor de gemeente" in text


def test_save_handout_from_the_app_shows_progress_and_writes_the_pdf(qtbot, library, open_window, tmp_path):
    window, page = afronding(open_window, library)
    target = tmp_path / "uit"  # no extension: .pdf is added
    seen: list[int] = []
    shown = page._progress
    page._progress = lambda value: (seen.append(value), shown(value))  # type: ignore[method-assign]
    page.save_handout(target)
    dialog = page.findChild(QProgressDialog, "handoutProgress")
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    # the window stays responsive while the worker builds: events keep being processed
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=20_000)
    assert page.findChild(QProgressDialog, "handoutProgress") is None or not dialog.isVisible()
    saved = tmp_path / "uit.pdf"
    assert page.last_pdf == saved and saved.is_file()
    assert not (tmp_path / "uit.pdf.tmp").exists()
    text = pdftext.text(saved.read_bytes())
    assert "Ulrum aan de Vaart" in text and "Kroonjuwelen" in text and "Jan Bakker" in text
    assert str(saved) in page.status.text()
    assert page.open_button.isEnabled()
    assert len(seen) > 3 and seen == sorted(seen) and seen[-1] == 100
    # one signal per whole percent, not one per flowable (which made large handouts 4× slower)
    assert len(seen) == len(set(seen)) <= 101


def test_anonymous_english_handout_from_the_app(qtbot, library, open_window, tmp_path):
    window, page = afronding(open_window, library)
    page.anonymous.setFocus()
    qtbot.keyClick(page.anonymous, Qt.Key.Key_Space)
    assert page.anonymous.isChecked()
    page.language.setCurrentIndex(page.language.findData("en"))
    page.save_handout(tmp_path / "anon.pdf")
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=20_000)
    text = pdftext.text((tmp_path / "anon.pdf").read_bytes())
    assert "Jan Bakker" not in text and "jan@voorbeeld.nl" not in text
    assert "Asset map" in text


def test_open_uses_the_desktop(qtbot, library, open_window, tmp_path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(
        "facilitator.ui.steps.afronding.page.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    window, page = afronding(open_window, library)
    page.save_handout(tmp_path / "h.pdf")
    qtbot.waitUntil(lambda: page.open_button.isEnabled(), timeout=20_000)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path / "h.pdf")]


def test_print_renders_every_page_to_the_printer(qtbot, library, open_window, tmp_path):
    window, page = afronding(open_window, library)
    out = tmp_path / "printed.pdf"
    page.choose_printer = lambda: pdf_printer(out)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "printer" in page.status.text(), timeout=20_000)
    pages = len(pdftext.reader(out.read_bytes()).pages)
    assert pages >= 5 and f"{pages} pagina" in page.status.text()
    assert pdftext.images(out.read_bytes())  # each page arrives as a rendered picture


def test_cancelled_print_dialog_prints_nothing(qtbot, library, open_window):
    window, page = afronding(open_window, library)
    page.choose_printer = lambda: None
    page.print_handout()
    qtbot.waitUntil(lambda: page.busy is None, timeout=20_000)
    assert page.status.text() == ""


def test_worksheet_from_the_app_with_a_role_set(qtbot, library, open_window, tmp_path):
    window, page = afronding(open_window, library)
    assert not page.role_set.isEnabled()
    page.sheet.setCurrentIndex(page.sheet.findData("rollen"))
    assert page.role_set.isEnabled()
    page.role_set.setCurrentIndex(page.role_set.findData("overheidsrollen"))
    page.save_worksheet(tmp_path / "rollen.pdf")
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=20_000)
    text = pdftext.text((tmp_path / "rollen.pdf").read_bytes())
    assert page.role_set.currentText() in text


def test_unwritable_target_gives_a_message_and_leaves_nothing(qtbot, library, open_window, tmp_path):
    window, page = afronding(open_window, library)
    page.save_handout(tmp_path / "bestaat-niet" / "h.pdf")
    qtbot.waitUntil(lambda: page.busy is None, timeout=20_000)
    assert page.last_pdf is None and "Niet gelukt" in page.status.text()
    # the child's failure in the user's words, naming the folder (not the system's English)
    assert f"Deze map bestaat niet (meer): {tmp_path / 'bestaat-niet'}" in page.status.text()
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "handoutErrorBox")
    assert box.isVisible()
    box.close()
    assert not Path(tmp_path / "bestaat-niet").exists()


def test_keyboard_reaches_the_controls(qtbot, library, open_window):
    window, page = afronding(open_window, library)
    page.focus_first()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.save_button)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.anonymous.isChecked)  # a mnemonic "animates" the click
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.sheet
    qtbot.keyClick(page.sheet, Qt.Key.Key_Down)
    assert page.sheet.currentData() == "eigenaarschap"
    for control in (page.save_button, page.print_button, page.sheet_button, page.language, page.anonymous):
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_wijksafari_sheet_from_a_meeting_has_its_place_date_and_more_lines(qtbot, library, open_window, tmp_path):
    window, page = afronding(open_window, library)
    page.sheet.setFocus()
    assert page.sheet.currentData() == "inventaris" and page.items.isEnabled()
    page.items.setFocus()
    qtbot.keyClick(page.items, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.items, "20")
    qtbot.keyClick(page.items, Qt.Key.Key_Tab)
    assert page.items.value() == 20
    page.save_worksheet(tmp_path / "safari.pdf")
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=20_000)
    data = (tmp_path / "safari.pdf").read_bytes()
    text = pdftext.text(data)
    assert "Plaats / wijk: Ulrum aan de Vaart" in text and "12 maart 2026" in text
    assert " 20 " in pdftext.text(data) + " " and len(pdftext.reader(data).pages) >= 2
    page.sheet.setCurrentIndex(page.sheet.findData("rollen"))
    assert not page.items.isEnabled()


def test_the_pages_go_to_the_printer_off_the_window_thread(qtbot, library, open_window, tmp_path, monkeypatch):
    import threading

    from facilitator.ui.common import pdf_printing

    window, page = afronding(open_window, library)
    out = tmp_path / "printed.pdf"
    threads: list[str] = []
    real = pdf_printing.print_pdf

    def print_pdf(data, printer, copies=1, **more):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(data, printer, copies=copies, **more)

    monkeypatch.setattr(pdf_printing, "print_pdf", print_pdf)
    page.choose_printer = lambda: pdf_printer(out)
    page.print_button.setFocus()
    qtbot.keyClick(page.print_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "printer" in page.status.text(), timeout=30_000)
    assert threads and threads[0] != threading.main_thread().name  # painted in a worker thread
    pages = len(pdftext.reader(out.read_bytes()).pages)
    assert f"{pages} pagina" in page.status.text() and page.busy is None


def test_a_printer_that_will_not_start_is_told_in_dutch(qtbot, library, open_window, tmp_path, monkeypatch):
    from facilitator.ui.common import pdf_printing

    window, page = afronding(open_window, library)

    def refuses(data, printer, copies=1, **more):  # type: ignore[no-untyped-def]
        raise OSError("de printer kon niet worden gestart")

    monkeypatch.setattr(pdf_printing, "print_pdf", refuses)
    page.choose_printer = lambda: QPrinter(QPrinter.PrinterMode.ScreenResolution)
    page.print_handout()
    qtbot.waitUntil(lambda: "Niet gelukt" in page.status.text(), timeout=30_000)
    assert "de printer kon niet worden gestart" in page.status.text() and page.busy is None


def test_the_closing_round_fits_beside_the_handout_column_on_a_1280_screen(qtbot, library, open_window):
    """The long export choices and the summary buttons side by side made the right column so wide
    that the closing round was cut off on the right at 1280×800 (its fields a few letters wide)."""
    from PySide6.QtWidgets import QScrollArea

    window, page = afronding(open_window, library)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    area = page.findChild(QScrollArea)
    assert area is not None and area.widget() is not None
    assert area.widget().width() <= area.viewport().width()  # nothing cut off at the right
    field = next(iter(page.closing.fields.values()))
    assert field.width() >= 200  # room to read what was typed
    assert (
        field.mapTo(window, field.rect().topRight()).x()
        < page.take_home.mapTo(window, page.take_home.rect().topLeft()).x()
    )


def test_the_print_bar_follows_the_pages_and_annuleren_stops_before_the_next(
    qtbot, library, open_window, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    """A long handout takes 0.3 s a page at 300 dpi: the bar moves page by page, and Annuleren
    aborts the print run, so the printer gets nothing more (and the status says so)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from facilitator.ui.common import pdf_printing

    window, page = afronding(open_window, library)
    painted: list[tuple[int, int]] = []
    real = pdf_printing.print_pdf

    def print_pdf(data, printer, copies=1, told=None, stop=None):  # type: ignore[no-untyped-def]
        def noted(n: int, total: int) -> None:
            painted.append((n, total))
            told(n, total)

        return real(data, printer, copies=copies, told=noted, stop=stop)

    monkeypatch.setattr(pdf_printing, "print_pdf", print_pdf)
    page.choose_printer = lambda: pdf_printer(tmp_path / "printed.pdf")
    seen: list[int] = []

    def click_annuleren_after_two_pages() -> None:
        busy = page.busy
        if busy is None or not busy.isVisible() or len(painted) < 2 or seen:
            return
        seen.append(busy.value())
        button = next(b for b in busy.findChildren(QPushButton) if b.isVisible())
        assert button.text() == "Annuleren"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    timer = QTimer()
    timer.timeout.connect(click_annuleren_after_two_pages)
    timer.start(5)
    try:
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "gestopt" in page.status.text(), timeout=60_000)
    finally:
        timer.stop()
    total = painted[0][1]
    assert total >= 5 and 2 <= len(painted) < total  # stopped before the last page
    assert seen and 0 < seen[0] < 100  # the bar had moved with the pages
    qtbot.waitUntil(lambda: page.busy is None, timeout=20_000)


def test_the_handout_is_told_saved_even_when_the_field_that_had_the_focus_is_gone_meanwhile(
    qtbot, library, open_window, tmp_path
):
    """When the work ends, the keyboard goes back to the field that had it; that field may have
    been deleted meanwhile (its page or window closed). That raised inside the end of the work,
    so the saved handout was never told and a waiting caller waited for ever."""
    from PySide6.QtWidgets import QLineEdit

    window, page = afronding(open_window, library)
    field = QLineEdit(window)
    field.show()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    target = tmp_path / "h.pdf"
    page.save_handout(target)
    field.deleteLater()  # gone before the handout is ready
    qtbot.waitUntil(lambda: page.busy is None, timeout=60_000)
    assert target.is_file()
    assert str(target) in page.status.text() or "opgeslagen" in page.status.text().lower()
