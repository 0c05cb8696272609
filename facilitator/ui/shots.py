"""``python main.py shots DIR``: every screen rendered offscreen to PNG files.

Used for the README's screenshots and to look at layouts. The session is copied to
a temporary library first, so taking screenshots never changes the user's file.
Shots asks for what it pictures: each step page's ``extra_shots()``, the projector's views,
the map panel and the wijksafari form. No feature module imports this one.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from ..store.errors import StoreError
from ..store.library import Library

SIZE = (1280, 800)


def settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def grab(widget, path: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    settle(QApplication.instance())
    widget.grab().save(str(path))
    return path


def make_shots(library: Library, directory: Path, session: str | None = None, language: str = "nl") -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..demo import DEMO_FILE, write_demo
    from .app import create_app, quiet_qt_messages
    from .common.settings import AppSettings

    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kernkracht-shots-") as tmp:
        tmp_path = Path(tmp)
        settings = AppSettings(tmp_path / "settings.ini")
        settings.language = language
        app = create_app(settings, language)
        quiet_qt_messages()
        try:
            source = library.find(session) if session else library.root / DEMO_FILE
            if not source.is_file():
                library.ensure()
                source = write_demo(library.root)
        except StoreError as exc:
            print(f"Fout: {exc.message(language)}", file=sys.stderr)
            return 2
        work = Library(tmp_path / "library")
        work.ensure()
        shutil.copy2(source, work.root / source.name)
        written = take_all(app, work, work.root / source.name, settings, directory, language, shown_root=library.root)
    for path in written:
        print(path)
    return 0


def take_all(
    app, work: Library, path: Path, settings, directory: Path, language: str, shown_root: Path | None = None
) -> list[Path]:
    from ..domain import hyphenation
    from .common.settings_dialog import SettingsDialog
    from .library.window import LibraryWindow
    from .session.window import SessionWindow

    # the app reads the Dutch hyphenation dictionary in a worker and paints the card tiles again
    # once it is there; a shot taken before that moment would depend on the machine's speed
    hyphenation.load()
    written: list[Path] = []
    lib_window = LibraryWindow(work.root, settings, language)
    lib_window.resize(*SIZE)
    lib_window.show()
    lib_window.load_icons()
    if shown_root is not None:  # the user's library, not the temporary copy the shots are taken from
        from PySide6.QtCore import QCoreApplication

        text = QCoreApplication.translate("LibraryWindow", "Bibliotheek: {0}")
        lib_window.statusBar().showMessage(text.format(shown_root))
    written.append(grab(lib_window, directory / "00-bibliotheek.png"))

    dialog = SettingsDialog(settings, shown_root or work.root, lib_window)
    dialog.show()
    written.append(grab(dialog, directory / "01-instellingen.png"))
    dialog.close()
    lib_window.hide()

    window = SessionWindow.open(path, work, settings, language)
    window.resize(*SIZE)
    window.show()
    for number, step_id in enumerate(window.step_ids(), start=1):
        page = window.show_step(step_id)
        written.append(grab(window, directory / f"{number + 1:02d}-{step_id}.png"))
        for name, prepare in page.extra_shots():
            prepare()
            written.append(grab(window, directory / f"{number + 1:02d}-{step_id}-{name}.png"))
    written.extend(window_extras(window, directory))
    window.close()
    lib_window.close()
    return written


def window_extras(window, directory: Path) -> list[Path]:
    """The shots that are not a step page: the projector views, the map panel, the wijksafari form."""
    from .session.projector import projector_views
    from .steps.krachtenkaart.map_view import map_for_shots
    from .steps.krachtenkaart.safari import safari_for_shots

    written = [grab(view, directory / f"{name}.png") for name, view in projector_views(window)]
    if not any(directory.glob("*-krachtenkaart-kaart.png")):  # unless the page already shot its map tab
        panel = map_for_shots(window.context)
        panel.resize(*SIZE)
        panel.show()
        panel.view.fit()
        written.append(grab(panel, directory / "20-krachtenkaart-kaart.png"))
        panel.close()
        panel.deleteLater()
    dialog = safari_for_shots(window.context, window)
    dialog.resize(*SIZE)
    dialog.show()
    written.append(grab(dialog, directory / "21-wijksafari.png"))
    dialog.close()
    dialog.deleteLater()
    from .session.review_window import ReviewWindow

    review = ReviewWindow(window.context, window)  # Toen en nu (issue 15)
    review.resize(*SIZE)
    review.show()
    written.append(grab(review, directory / "22-toen-en-nu.png"))
    review.close()
    review.deleteLater()
    return written
