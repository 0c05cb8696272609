"""The projector view: the current step, large and without controls, for the room.

F5 (Beeld → Projectorbeeld, or the toolbar) opens it full-screen on the second screen
when one is connected, else as a normal window that can be dragged to the projector.
It follows the session window live: another step, an edit, a selection. A page gives
its own large view through ``StepPage.projector_widget(parent)``; otherwise a plain
view shows the meeting and the agenda. Personal contact details are never shown.
Esc or F5 closes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFont, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from ...domain import preparation as prep
from ...domain.changes import ChangeEvent
from ..common.settings import DEFAULT_FONT_SIZE
from .projector_views import BAR, INK, PAPER, ElidedLabel, GenericProjectorView, step_label

if TYPE_CHECKING:
    from .window import SessionWindow

T = TypeVar("T")

#: body text at a 1080-pixel-high projector picture (points); scales with the picture and the text-size setting
BASE_POINTS = 30
REFERENCE_HEIGHT = 1080
#: how long edits may come in before the view is rebuilt (typing stays smooth)
REBUILD_DELAY_MS = 150


def projector_screen(own: T, screens: list[T]) -> T | None:
    """The screen for the room: the first one that is not the facilitator's (None: only one screen)."""
    others = [s for s in screens if s is not own]
    return others[0] if others else None


class ProjectorWindow(QWidget):
    """The full-screen view for the room; it follows the session window."""

    def __init__(self, window: SessionWindow) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.window_ = window
        self.ctx = window.context
        self.setObjectName("projectorWindow")
        self.setWindowTitle(self.tr("Kernkracht — beamerbeeld"))
        self.setAccessibleName(self.tr("Beamerbeeld"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAutoFillBackground(True)
        # dark ink on white paper whatever the desktop palette (a style sheet: palettes do not
        # reach widgets under one)
        # lists and tables take the palette's Base, not Window: paper too, or a dark desktop puts
        # black under the cards on the projector
        self.setStyleSheet(
            f"#projectorWindow {{ background: {PAPER}; }} #projectorWindow QWidget {{ color: {INK}; }}"
            f" #projectorWindow QAbstractItemView {{ background: {PAPER}; }}"
        )
        self.step_id = ""
        self.body: QWidget | None = None
        self.points = 0.0

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.bar = QFrame()
        self.bar.setObjectName("projectorBar")
        self.bar.setStyleSheet(f"#projectorBar {{ background: {BAR}; }}")
        bar_layout = QHBoxLayout(self.bar)
        self.step_title = ElidedLabel()
        self.step_title.setObjectName("projectorStepTitle")
        self.step_title.setStyleSheet("QLabel { color: #ffffff; }")
        self.clock = ElidedLabel()
        self.clock.setObjectName("projectorClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # the step on the left, the agenda block and its time on the right: both shorten with "…"
        self.clock.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        bar_layout.addWidget(self.step_title, 1)
        bar_layout.addWidget(self.clock)
        outer.addWidget(self.bar)
        self.area = QWidget()
        # the picture decides the text size, never the other way round: large text must
        # not make the window grow (which would make the text larger still)
        self.area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.area_layout = QVBoxLayout(self.area)
        outer.addWidget(self.area, 1)

        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(REBUILD_DELAY_MS)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self.ctx.step_changed.connect(self._step_changed)
        self.ctx.changed.connect(self._changed)
        self.ctx.focus_changed.connect(self._focus_changed)
        timer = getattr(window, "agenda_timer", None)
        if timer is not None:
            timer.changed.connect(self.update_clock)
        # Ctrl++ / Ctrl+- in the session window change the application font: follow it
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.fontChanged.connect(self._app_font_changed)
        # the session window's shortcuts work here too (timer, next step, text size, F5 to close)
        self.addActions(window.actions())
        self.resize(1280, 720)
        self._apply_font()
        self.rebuild()

    # ------------------------------------------------------------------ showing
    def present(self) -> None:
        """Full screen on a screen other than the session window's, else a normal window."""
        target = projector_screen(self.window_.screen(), QGuiApplication.screens())
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.showNormal()
        self.rebuild()

    # ------------------------------------------------------------------ content
    def _step_changed(self, step_id: str) -> None:
        self.rebuild()

    def _focus_changed(self, _step_id: str, _record_id: str) -> None:
        """Something else is under discussion: a page's own view follows it in place
        (``follow_focus``), the plain view is rebuilt."""
        follow = getattr(self.body, "follow_focus", None)
        if callable(follow) and not isinstance(self.body, GenericProjectorView):
            follow()
        else:
            self._rebuild_timer.start()

    def _changed(self, event: ChangeEvent) -> None:
        # a page's own view redraws itself from the same events; only the plain view is rebuilt
        if isinstance(self.body, GenericProjectorView):
            self._rebuild_timer.start()

    def rebuild(self) -> None:
        """Show the current step again (its own projector view, or the plain one)."""
        self._rebuild_timer.stop()
        step_id = self.ctx.current_step or (self.window_.step_ids() or ["voorbereiding"])[0]
        self.step_id = step_id
        if self.body is not None:
            self.area_layout.removeWidget(self.body)
            self.body.hide()
            self.body.deleteLater()
            self.body = None
        widget = None
        page = self.window_.pages.get(step_id)
        if page is not None:
            widget = page.projector_widget(self.area)
        if widget is None:
            widget = GenericProjectorView(self.window_, step_id, self.area)
        self.body = widget
        self.area_layout.addWidget(widget)
        self._scale_labels(widget)
        place = prep.meeting(self.ctx.session).place.strip()
        label = step_label(step_id, self.ctx.language)
        self.step_title.set_full_text(f"{label}  ·  {place}" if place else label)
        self.update_clock()

    def update_clock(self) -> None:
        from .agenda_timer import phase_style

        timer = getattr(self.window_, "agenda_timer", None)
        if timer is None or timer.block is None or not timer.model.started_block:
            self.clock.set_full_text("")
            self.clock.hide()
            return
        # the time must always show: the block's title gives way
        self.clock.set_full_text(timer.block.title, keep_end=f"  {timer.text()}")
        phase = timer.model.phase()
        style = phase_style(phase, timer.flash_on)
        if phase == "running":
            style = "QLabel { color: #ffffff; padding: 2px 10px; }"
        if style != self.clock.styleSheet():
            self.clock.setStyleSheet(style)
        self.clock.show()

    # -------------------------------------------------------------------- fonts
    def zoom(self) -> float:
        """The text-size setting (Ctrl++ in the session window) reaches the projector too."""
        return max(0.6, self.window_.settings.font_size / DEFAULT_FONT_SIZE)

    def _apply_font(self) -> None:
        points = round(BASE_POINTS * max(0.5, self.height() / REFERENCE_HEIGHT) * self.zoom(), 1)
        if points == self.points:
            return
        self.points = points
        font = QFont(self.font())
        font.setPointSizeF(points)
        self.setFont(font)
        bar_font = QFont(font)
        bar_font.setPointSizeF(points * 0.95)
        bar_font.setBold(True)
        self.step_title.setFont(bar_font)
        self.clock.setFont(bar_font)
        margin = int(points * 1.5)
        self.area_layout.setContentsMargins(margin, margin, margin, margin)
        bar_layout = self.bar.layout()
        if bar_layout is not None:
            bar_layout.setContentsMargins(margin, int(points * 0.4), margin, int(points * 0.4))
        if self.body is not None:
            self._scale_labels(self.body)
        self._rebuild_timer.start()  # a page's own view is rebuilt at the new size

    def _scale_labels(self, widget: QWidget) -> None:
        for label in widget.findChildren(QLabel):
            scale = label.property("scale")
            if scale:
                font = QFont(label.font())
                font.setPointSizeF(self.points * float(scale))
                label.setFont(font)
            if label.property("column"):
                # room for "600 min" in every row, so the titles line up
                label.setMinimumWidth(label.fontMetrics().horizontalAdvance("600 min"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.clock.setMaximumWidth(int(self.width() * 0.55))  # the step name keeps the rest
        self._apply_font()

    def _app_font_changed(self, _font: QFont) -> None:
        self.points = 0.0
        self._apply_font()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._rebuild_timer.stop()
        super().closeEvent(event)
        self.window_.projector_closed()


class ProjectorControl:
    """The F5 action in the session window, and the one projector window it opens."""

    def __init__(self, window: SessionWindow) -> None:
        from ..common.icons import icon

        self.window = window
        self.projector: ProjectorWindow | None = None
        action = QAction(
            icon("mdi6.projector-screen-outline"), QCoreApplication.translate("Projector", "&Beamerbeeld"), window
        )
        action.setShortcut(QKeySequence("F5"))
        action.setCheckable(True)
        action.setToolTip(QCoreApplication.translate("Projector", "Beamerbeeld voor de zaal (F5; Esc sluit het)"))
        action.triggered.connect(self.toggle)
        window.addAction(action)
        window.menus["view"].addSeparator()
        window.menus["view"].addAction(action)
        window.toolbar.addSeparator()
        window.toolbar.addAction(action)
        self.action = action
        window.closed.connect(self.close)

    def toggle(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.close()
        else:
            self.open()

    def open(self) -> ProjectorWindow:
        if self.projector is None:
            self.projector = ProjectorWindow(self.window)
        self.projector.present()
        self.action.setChecked(True)
        return self.projector

    def close(self) -> None:
        if self.projector is not None:
            projector, self.projector = self.projector, None
            projector.close()
            projector.deleteLater()
        self.action.setChecked(False)

    def closed(self) -> None:
        self.action.setChecked(False)
        if self.projector is not None and not self.projector.isVisible():
            self.projector.deleteLater()
            self.projector = None


def install(window: SessionWindow) -> None:
    """Add the projector (F5) to a session window (``window.projector``)."""
    control = ProjectorControl(window)
    window.projector = control
    window.projector_closed = control.closed


def projector_views(window: SessionWindow) -> Iterator[tuple[str, QWidget]]:
    """``main.py shots``: the projector view of every step at 1920×1080, one (name, widget) at a time.

    Each view is ready to be grabbed when it is yielded; the caller (``ui/shots.py``) takes the picture.
    """
    projector = ProjectorWindow(window)
    projector.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    projector.resize(1920, 1080)
    projector.show()
    timer = getattr(window, "agenda_timer", None)
    if timer is not None and timer.block is not None and not timer.model.started_block:
        timer.toggle()  # a running clock in the bar, as during a meeting
    try:
        for number, step_id in enumerate(window.step_ids(), start=1):
            window.show_step(step_id)
            if timer is not None:
                # the clock shows the agenda block of this step, as it would during the evening
                index = next((i for i, b in enumerate(timer.model.blocks) if b.step == step_id), None)
                if index is not None:
                    timer.model.go_to(index)
                    timer.model.start()
                    timer.update_view()
            projector.rebuild()
            yield f"{number + 1:02d}-projector-{step_id}", projector
    finally:
        if timer is not None and timer.model.running:
            timer.toggle()
        projector.close()
        projector.deleteLater()
