"""Start-up speed of the library window: what it leaves until after its first paint.

Behaviour, not stopwatch: the list is filled just after the first paint (and the
"no meetings yet" line does not flash meanwhile), and nothing touches PySide's ``Qt``
namespace before that paint (building its enums costs ~20 ms); the timing itself is
in ``tests/benchmarks/test_startup.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from facilitator.ui.library.window import LibraryWindow

ROOT = Path(__file__).resolve().parents[2]


def test_the_list_is_filled_just_after_the_first_paint(qtbot, library, settings):
    library.create("Eesveen")
    window = LibraryWindow(library.root, settings, list_now=False)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 0
    with qtbot.waitSignals([window.first_paint, window.listed], order="strict", timeout=5000):
        window.show()
    assert [window.model.info(r).place for r in range(window.model.rowCount())] == ["Eesveen"]
    assert window.selected() is not None and window.selected().place == "Eesveen"  # type: ignore[union-attr]
    assert not window.empty.isVisible()


def test_an_empty_library_says_so_once_it_is_listed(qtbot, library, settings):
    library.ensure()
    window = LibraryWindow(library.root, settings, list_now=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.listed, timeout=5000):
        window.show()
        assert not window.empty.isVisible()  # not before the files have been looked at
    assert window.empty.isVisible()
    assert window.model.rowCount() == 0


def test_a_window_listed_at_once_reports_it_once(qtbot, library, settings):
    library.create("Borger")
    seen: list[int] = []
    window = LibraryWindow(library.root, settings)
    window.listed.connect(lambda: seen.append(1))
    qtbot.addWidget(window)
    assert window.model.rowCount() == 1
    window.show()
    qtbot.waitExposed(window)
    window.reload()
    assert seen == []  # it was emitted inside the constructor, before anyone could connect


NO_QT_NAMESPACE = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["KERNKRACHT_SETTINGS"] = os.path.join(sys.argv[1], "settings.ini")
from pathlib import Path
import PySide6.QtCore as QtCore
from facilitator.ui import app
from facilitator.ui.library.window import LibraryWindow
from facilitator.ui.common.settings import AppSettings

settings = AppSettings()
qapp = app.create_app(settings, "nl")
app.quiet_qt_messages()
window = LibraryWindow(Path(sys.argv[1]), settings, "nl", list_now=False)
window.first_paint.connect(lambda: (print("built" if "Qt" in vars(QtCore) else "not built"), qapp.quit()))
window.show()
qapp.exec()
"""


def test_the_qt_namespace_is_not_built_before_the_first_paint(tmp_path: Path):
    from facilitator.demo import write_demo

    write_demo(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", NO_QT_NAMESPACE, str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "not built"


def test_listing_selects_the_row_even_after_ctrl_shift_keys(qtbot, library, settings):
    """The list can be filled while Qt still counts Ctrl/Shift as held (at start, or right after
    Ctrl+D made a copy): the first row is still selected, not toggled off or range-extended."""
    from PySide6.QtCore import Qt

    library.create("Eesveen")
    window = LibraryWindow(library.root, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Qt's test keyboard leaves these modifiers counted as held afterwards
    qtbot.keyClick(window.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    window.reload()
    assert window.selected() is not None and window.selected().place == "Eesveen"  # type: ignore[union-attr]


def test_the_date_and_status_columns_fit_their_text_after_listing(qtbot, library, settings):
    """Filling the list after the paint must still size the narrow columns to their texts
    (found by eye: they once stayed as wide as their header, '12-3…', 'Dem…')."""
    from facilitator.ui.library.model import DATE, KIND, STATUS

    library.create("Eesveen", date="2026-12-24")
    window = LibraryWindow(library.root, settings, list_now=False)
    qtbot.addWidget(window)
    window.resize(960, 600)
    with qtbot.waitSignal(window.listed, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: window.table.horizontalHeader().sectionSize(DATE) > 0)
    header = window.table.horizontalHeader()
    for column in (KIND, DATE, STATUS):
        assert header.sectionSize(column) >= window.table.sizeHintForColumn(column), column


SESSION_WINDOW_OPEN = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from facilitator.ui import app
from facilitator.ui.common.settings import AppSettings
from facilitator.store.library import Library
from facilitator.ui.session.window import SessionWindow

settings = AppSettings(Path(sys.argv[1]) / "settings.ini")
qapp = app.create_app(settings, "nl")
app.quiet_qt_messages()
library = Library(Path(sys.argv[1]))
window = SessionWindow.open(library.root / sys.argv[2], library, settings)
window.show()
qapp.processEvents()
print("opened", "reportlab" in sys.modules)
window.show_step("afronding")
qapp.processEvents()
print("afronding", "reportlab" in sys.modules)
window.close()
"""


def test_opening_a_meeting_leaves_reportlab_for_the_first_handout(tmp_path: Path):
    """reportlab (~0.1 s to import) came in through the Afronding page's imports at every window open."""
    from facilitator.demo import write_demo

    demo = write_demo(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", SESSION_WINDOW_OPEN, str(tmp_path), demo.name],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["opened False", "afronding True"]
