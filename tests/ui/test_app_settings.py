"""Start-up, language, the settings dialog, remembered window sizes and the first start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from facilitator.store.library import Library
from facilitator.ui import app as app_module
from facilitator.ui.common.settings import AppSettings
from facilitator.ui.common.settings_dialog import SettingsDialog
from facilitator.ui.library.window import LibraryWindow


@pytest.fixture
def language(qapp):  # type: ignore[no-untyped-def]
    """Install the translators for a language; take them away again after the test."""
    installed: list = []

    def use(code: str) -> list:  # type: ignore[type-arg]
        translators = app_module.install_translators(qapp, code)
        installed.extend(translators)
        return translators

    yield use
    for t in installed:
        qapp.removeTranslator(t)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch))


@pytest.fixture
def restore_font(qapp):  # type: ignore[no-untyped-def]
    font = QFont(qapp.font())
    yield
    qapp.setFont(font)


def texts(window: LibraryWindow) -> dict[str, str]:
    return {
        "title": window.windowTitle(),
        "heading": window.findChild(QLabel, "heading").text(),  # type: ignore[union-attr]
        "new": window.buttons["new"].text(),
        "header": window.model.headerData(0, Qt.Orientation.Horizontal),
        "file_menu": window.menuBar().actions()[0].text(),
    }


def test_english_shows_the_library_window_in_english(qtbot, library, settings, language):
    translators = language("en")
    assert any(t.language() == "en" or t.filePath().endswith("kernkracht_en.qm") for t in translators)
    library.create("Eesveen")
    window = LibraryWindow(library.root, settings, "en")
    qtbot.addWidget(window)
    shown = texts(window)
    assert shown == {
        "title": "Kernkracht — library",
        "heading": "Your meetings",
        "new": "New meeting",
        "header": "Place",
        "file_menu": "&File",
    }
    assert window.search.placeholderText() == "Search by place, municipality or date…"


def test_dutch_is_the_default(qtbot, library, settings):
    window = LibraryWindow(library.root, settings)
    qtbot.addWidget(window)
    assert texts(window)["heading"] == "Uw bijeenkomsten"
    assert texts(window)["new"] == "Nieuwe bijeenkomst"


def test_a_missing_translation_file_leaves_the_app_working_in_dutch(
    qtbot, library, settings, language, monkeypatch, tmp_path: Path
):
    monkeypatch.setattr(app_module, "resources", lambda: tmp_path / "no-resources")
    translators = language("en")
    assert not any(t.filePath().endswith("kernkracht_en.qm") for t in translators)
    window = LibraryWindow(library.root, settings, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert texts(window)["heading"] == "Uw bijeenkomsten"


def test_the_compiled_english_translation_ships():
    from facilitator.paths import resources

    qm = resources() / "i18n" / "kernkracht_en.qm"
    ts = resources() / "i18n" / "kernkracht_en.ts"
    assert qm.is_file() and qm.stat().st_size > 1000
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")


# ------------------------------------------------------------------- settings
def test_settings_dialog_saves_language_library_and_font_size(qtbot, library_window, tmp_path: Path, restore_font):
    settings: AppSettings = library_window.settings
    other = Library(tmp_path / "andere-map")
    other.ensure()
    other.create("Borger")
    dialog = SettingsDialog(settings, library_window.library.root, library_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.language.accessibleName() == "Taal" and dialog.font_size.accessibleName() == "Lettergrootte"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.library.setText(str(other.root))
    dialog.font_size.setValue(15)
    dialog.accept()
    reread = AppSettings(settings.qsettings.fileName())
    assert (reread.language, reread.library, reread.font_size) == ("en", other.root, 15)
    assert QApplication.font().pointSize() == 15


def test_settings_dialog_from_the_library_window_switches_the_library(qtbot, library_window, tmp_path, monkeypatch):
    other = Library(tmp_path / "andere-map")
    other.ensure()
    other.create("Borger")

    def fill_and_accept(dialog: SettingsDialog) -> int:
        dialog.library.setText(str(other.root))
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_accept)
    library_window.show_settings()
    assert library_window.library.root == other.root
    assert [library_window.model.info(r).place for r in range(library_window.model.rowCount())] == ["Borger"]


def test_cancel_changes_nothing(qtbot, settings, library, restore_font):
    dialog = SettingsDialog(settings, library.root)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(1)
    dialog.font_size.setValue(20)
    dialog.reject()
    assert (settings.language, settings.font_size, settings.library) == ("nl", 11, None)


def test_settings_survive_bad_values(tmp_path: Path):
    s = AppSettings(tmp_path / "s.ini")
    s.set_value("language", "klingon")
    s.set_value("font_size", "groot")
    assert s.language == "nl" and s.font_size == 11
    s.font_size = 99
    assert s.font_size == 24


# -------------------------------------------------------------- window state
def test_the_library_window_remembers_its_size(qtbot, library, settings):
    first = LibraryWindow(library.root, settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(700, 480)
    qtbot.waitUntil(lambda: first.size() == QSize(700, 480))
    first.close()
    second = LibraryWindow(library.root, AppSettings(settings.qsettings.fileName()))
    qtbot.addWidget(second)
    assert second.size() == QSize(700, 480)


def test_the_session_window_remembers_its_size(qtbot, library, open_window, library_window):
    # the offscreen screen is 800x800 and the window is at least ~826 wide: Qt fits a restored
    # window onto the screen, so only the height (and that a geometry was saved) can be checked here
    path = library.create("Eesveen")
    window = open_window(path)
    wanted = window.minimumSizeHint().expandedTo(QSize(700, 560)) + QSize(10, 10)
    window.resize(wanted)
    qtbot.waitUntil(lambda: window.size() == wanted)
    window.close()
    assert library_window.settings.geometry("session") is not None
    again = open_window(path)
    assert again.height() == wanted.height() != 800
    again.close()


# ---------------------------------------------------------------- first start
def test_first_start_puts_the_demo_in_a_library_with_only_a_readme(tmp_path: Path):
    root = tmp_path / "sessions"
    root.mkdir()
    (root / "README.md").write_text("# sessions\n")
    app_module.ensure_first_library(root)
    infos = Library(root).sessions()
    # the demo village's first evening and its meeting a year later (issue 15)
    assert [i.date for i in infos] == ["2026-03-12", "2027-03-11"]
    assert all(i.demo and i.problem is None for i in infos)


def test_first_start_makes_a_missing_library_folder(tmp_path: Path):
    root = tmp_path / "nieuw" / "sessies"
    app_module.ensure_first_library(root)
    assert [i.demo for i in Library(root).sessions()] == [True, True]


def test_the_demo_does_not_come_back_once_there_are_meetings_or_it_was_trashed(tmp_path: Path):
    root = tmp_path / "sessions"
    library = Library(root)
    library.ensure()
    library.create("Eigen")
    app_module.ensure_first_library(root)
    assert [i.place for i in library.sessions()] == ["Eigen"]
    library.trash(library.sessions()[0].path)
    app_module.ensure_first_library(root)  # only a trashed meeting: still not the first start
    assert library.sessions() == []


def test_start_buttons_have_accessible_names(library_window):
    for button in library_window.findChildren(QPushButton):
        assert button.accessibleName(), button.text()


def test_a_failed_backup_is_reported_quietly_and_the_meeting_goes_on(qtbot, library, open_window, monkeypatch):
    from facilitator.domain import preparation as prep
    from facilitator.store import errors

    path = library.create("Eesveen")
    window = open_window(path)

    def no_room(self, sf, keep=10, stop=None):  # type: ignore[no-untyped-def]
        raise errors.DiskFull(sf.path)

    monkeypatch.setattr(type(library), "backup_online", no_room)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: "Geen reservekopie" in window.statusBar().currentMessage())
    window.context.run(prep.edit_meeting, window.context.session, notes="gaat door")
    assert prep.meeting(window.context.session).notes == "gaat door"
    window.close()


def test_settings_dialog_from_the_keyboard(qtbot, library_window, restore_font):
    """Ctrl+, opens it; Alt+L jumps to the font size; Enter saves."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    seen: list[SettingsDialog] = []
    focus: list[bool] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            return
        seen.append(dialog)
        try:
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
            focus.append(dialog.font_size.hasFocus())
            dialog.font_size.selectAll()
            qtbot.keyClicks(dialog.font_size, "14")
            qtbot.keyClick(dialog.font_size, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # never leave a modal dialog open: the test would hang
                dialog.reject()

    library_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is library_window)
    QTimer.singleShot(200, drive)
    qtbot.keyClick(library_window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+, did not open the settings"
    assert focus == [True], "Alt+L did not reach the font size"
    assert seen[0].result() == QDialog.DialogCode.Accepted
    assert library_window.settings.font_size == 14
