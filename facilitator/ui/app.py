"""Start-up of the desktop app: QApplication, language, font size, the library window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from .. import APP_NAME, __version__
from ..paths import default_library, log_dir, resources
from .common.settings import AppSettings, apply_font_size

START = time.perf_counter()
# the log file, once setup_logging() made it (after the first paint: logging is slow to import)
LOG_PATH: Path | None = None


def log_warning(message: str, *args: object) -> None:
    import logging

    logging.getLogger("kernkracht").warning(message, *args)


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Dutch is the source language; English comes from resources/i18n/kernkracht_en.qm. Qt's own
    dialogs speak the same language through Qt's qtbase translation (shipped with PySide6), with
    resources/i18n/qt_extra_nl.qm for the Dutch that file lacks."""
    translators: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    if base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(base)
        translators.append(base)
    extra = QTranslator(app)
    if language == "nl" and extra.load(str(resources() / "i18n" / "qt_extra_nl.qm")):
        # Qt's Dutch leaves "Look in:" and "Files of type:" of its file dialog in English
        app.installTranslator(extra)
        translators.append(extra)
    if language == "en":
        own = QTranslator(app)
        if own.load(str(resources() / "i18n" / "kernkracht_en.qm")):
            app.installTranslator(own)
            translators.append(own)
    return translators


#: the program's name towards the desktop: X11 WM_CLASS instance, Wayland app id, kernkracht.desktop
DESKTOP_NAME = "kernkracht"


def app_icon() -> QIcon:
    """The Kernkracht icon at every size drawn for it (resources/icons)."""
    icon = QIcon()
    for png in sorted((resources() / "icons").glob("kernkracht-*.png")):
        icon.addFile(str(png))
    return icon


def set_identity(app: QApplication) -> None:
    """Names and icon the desktop shows, and the folder QSettings uses (Kernkracht/Kernkracht)."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_NAME)
    # every window without an icon of its own takes this one (dialogs, projector, library)
    app.setWindowIcon(app_icon())


def create_app(settings: AppSettings, language: str | None = None) -> QApplication:
    # argv[0] names the X11 WM_CLASS instance: "kernkracht", not "main.py" or "__main__.py"
    app = QApplication.instance() or QApplication([DESKTOP_NAME])
    assert isinstance(app, QApplication)
    set_identity(app)
    app.setProperty("kernkracht_translators", install_translators(app, language or settings.language))
    apply_font_size(app, settings.font_size)
    return app


def setup_logging() -> Path | None:
    """Bugs go to a log file with their traceback (and stderr); they are never swallowed."""
    global LOG_PATH
    import logging

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "kernkracht.log"
        logging.basicConfig(filename=path, level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    except OSError:
        return None
    LOG_PATH = path
    return path


def install_excepthook(log_path: Path | None = None) -> None:
    def hook(exc_type, exc, tb):
        import logging
        import traceback

        text = "".join(traceback.format_exception(exc_type, exc, tb))
        logging.getLogger("kernkracht").error("Onverwachte fout:\n%s", text)
        sys.__stderr__.write(text) if sys.__stderr__ else None
        if QApplication.instance() is not None:
            from PySide6.QtWidgets import QMessageBox

            where_log = log_path or LOG_PATH
            where = f"\n\nDetails staan in {where_log}." if where_log else ""
            QMessageBox.critical(
                None,
                APP_NAME,
                QApplication.translate("App", "Er ging iets mis in Kernkracht. Uw werk tot nu toe is opgeslagen.")
                + where,
            )

    sys.excepthook = hook


#: harmless messages of the offscreen platform (used for screenshots), not worth a line on stderr
QUIET_MESSAGES = ("This plugin does not support propagateSizeHints",)


def quiet_qt_messages() -> None:
    """Send Qt's messages to the log, dropping the known harmless ones (not used under pytest-qt)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if any(message.startswith(q) for q in QUIET_MESSAGES):
            return
        log_warning("Qt: %s", message)
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def ensure_first_library(root: Path) -> None:
    """The first start: a library with the demo village in it, ready to practise on.

    "First" means the folder holds no meeting at all (not even in the trash): a
    checkout ships ``sessions/`` with only a README in it, and a facilitator who put the
    demo in the trash does not want it back on the next start.
    """
    from ..store.check import FILE_SUFFIX
    from ..store.library import Library

    library = Library(root)
    if any(root.glob(f"*{FILE_SUFFIX}")) or any(library.trash_dir.glob(f"*{FILE_SUFFIX}")):
        return
    from ..demo import write_demo
    from ..store.errors import StoreError

    try:
        library.ensure()
        write_demo(root, follow_up=True)  # the first evening and the meeting a year later
    except (OSError, StoreError) as exc:
        log_warning("Kon het demodorp in %s niet maken: %s", root, exc)


class _PagePainted(QObject):
    """For the start-up benchmark: prints ``session-painted`` once a page of ``window`` painted, then stops."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window() is self.window:
            pages = getattr(self.window, "pages", {})
            if any(page is watched or page.isAncestorOf(watched) for page in pages.values()):
                QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]  # the app runs
                QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"session-painted {time.perf_counter() - START:.4f}", flush=True)
        QApplication.instance().quit()  # type: ignore[union-attr]  # the app runs


def open_and_report(window: Any, path: Path) -> None:
    print(f"listed {time.perf_counter() - START:.4f}", flush=True)
    watch = _PagePainted(window)
    QApplication.instance().installEventFilter(watch)  # type: ignore[union-attr]  # the app runs
    if not window.open_path(path) or window.session_window is None:
        print(f"not-opened {path}", flush=True)
        QApplication.instance().quit()  # type: ignore[union-attr]  # the app runs
        return
    watch.window = window.session_window
    watch.setParent(window.session_window)


def run_app(library: Path | None = None, language: str | None = None) -> int:
    settings = AppSettings()
    app = create_app(settings, language)
    install_excepthook()
    quiet_qt_messages()
    from .library.window import LibraryWindow

    root = library or settings.library or default_library()
    ensure_first_library(root)
    # the session files are read just after the first paint: the window shows at once
    window = LibraryWindow(root, settings, language or settings.language, list_now=False)
    if os.environ.get("KERNKRACHT_QUIT_AFTER_PAINT"):
        # used by the start-up benchmark: report the first paint and the filled list, then stop
        def painted() -> None:
            print(f"first-paint {time.perf_counter() - START:.4f}", flush=True)

        def listed() -> None:
            print(f"listed {time.perf_counter() - START:.4f}", flush=True)
            app.quit()

        window.first_paint.connect(painted)
        meeting = os.environ.get("KERNKRACHT_OPEN_AFTER_LISTED", "")
        if meeting:  # and then open that meeting, as a double-click does, until its page painted
            window.listed.connect(lambda: QTimer.singleShot(0, lambda: open_and_report(window, root / meeting)))
        else:
            window.listed.connect(listed)
    window.first_paint.connect(setup_logging)  # after the window is on screen: logging is slow to import
    window.show()
    return app.exec()
