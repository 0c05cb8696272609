""" "Nieuwe bijeenkomst voor deze plaats": the next meeting of a place, made from its last one.

From the library (menu Bestand, the list's context menu, Ctrl+Alt+N) the source is the
last meeting of the selected row's place; from an open meeting (its Bestand menu) it is
that meeting itself. What is carried is decided in ``domain/next_meeting.py``; the dialog
is in :mod:`.next_meeting_dialog` (imported when used: the library window's first paint
does not wait for it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from ...store.errors import StoreError
from ..common.start_helpers import new_action, set_shortcut

if TYPE_CHECKING:
    from ..session.window import SessionWindow
    from .window import LibraryWindow

SHORTCUT = "Ctrl+Alt+N"


# ------------------------------------------------------------- the library
def from_library(window: LibraryWindow) -> Path | None:
    info = window.selected()
    if info is None:
        return None
    if not info.place.strip():
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            window,
            QCoreApplication.translate("NextMeeting", "Kernkracht"),
            QCoreApplication.translate(
                "NextMeeting", "Deze bijeenkomst heeft nog geen plaats. Vul eerst de plaats in."
            ),
        )
        return None
    from ...store import next_meeting as store
    from .next_meeting_dialog import ask_and_make

    last = store.last_meeting(window.library, info.place) or info.path
    try:
        source = store.read_source(last)
    except StoreError as exc:
        window.show_error(exc)
        return None
    path = ask_and_make(window, window.library, source, window.language)
    if path is not None:
        window.reload()
        window.open_path(path)
    return path


def install_library(window: LibraryWindow) -> None:
    action = new_action(QCoreApplication.translate("NextMeeting", "Nieuwe bijeenkomst voor deze p&laats…"), window)
    set_shortcut(action, QKeySequence(SHORTCUT))
    action.triggered.connect(lambda: from_library(window))
    window.addAction(action)
    window.next_meeting_action = action  # type: ignore[attr-defined]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    file_menu.insertAction(window.file_actions["open"], action)  # right after "Nieuwe bijeenkomst"
    window.table.setProperty(
        "contextMenuPolicy", 3
    )  # Qt.ContextMenuPolicy.CustomContextMenu, without Qt (see window.py)

    def context_menu(pos: QPoint) -> None:
        menu = QMenu(window)
        menu.addAction(window.file_actions["open"])
        menu.addAction(action)
        for key in ("duplicate", "export", "delete"):
            menu.addAction(window.file_actions[key])
        window.context_menu = menu  # type: ignore[attr-defined]
        menu.popup(window.table.viewport().mapToGlobal(pos))

    window.table.customContextMenuRequested.connect(context_menu)


# ------------------------------------------------------------ an open meeting
def from_session(window: SessionWindow) -> Path | None:
    ctx = window.context
    if ctx.library is None:
        return None
    from ...store import next_meeting as store
    from .next_meeting_dialog import ask_and_make

    session_id = ctx.file.session_id if ctx.file is not None else ""
    path = ask_and_make(window, ctx.library, store.open_source(ctx.session, session_id), ctx.language)
    if path is not None:
        window.open_after_close = path  # type: ignore[attr-defined]  # the library opens it when this one is closed
        window.close()
    return path


def install_session(window: SessionWindow) -> None:
    action = window._action(
        QCoreApplication.translate("NextMeeting", "Nieuwe bijeenkomst voor deze p&laats…"),
        lambda: from_session(window),
        None,
    )
    set_shortcut(action, QKeySequence(SHORTCUT))
    file_menu = window.menus["file"]
    file_menu.insertAction(file_menu.actions()[0], action)
    window.next_meeting_action = action  # type: ignore[attr-defined]
