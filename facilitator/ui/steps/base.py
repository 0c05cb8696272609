"""The base of a step page in the session window's sidebar, and of a step made of tabs.

``TabbedStepPage`` is the shared skeleton of the Gemeente and Spiegel steps: their content
is loaded from ``resources/data`` first (a broken file shows a Dutch message instead of the
tabs), the tabs are built by the step, and the projector shows a ``RoomSheet`` of the tab
shown. The step writes its own texts (``self.tr`` in the step's class).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...content import ContentError
from ...domain.changes import ChangeEvent
from ..common.content_problem import show_content_problem
from ..common.room_sheet import RoomSheet, SheetContent
from ..session.context import SessionContext


class StepPage(QWidget):
    #: id of the step, one of facilitator.domain.preparation.STEPS
    step_id: ClassVar[str] = ""
    #: qtawesome icon name for the sidebar
    icon_name: ClassVar[str] = "mdi6.circle-outline"

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"step-{self.step_id}")
        ctx.changed.connect(self._on_changed)

    def title(self) -> str:
        """The step's name in the sidebar (translated)."""
        raise NotImplementedError

    def _on_changed(self, event: ChangeEvent) -> None:
        self.refresh(event)

    def refresh(self, event: ChangeEvent) -> None:
        """Redraw what the event touches (see ChangeEvent.touches)."""

    def focus_first(self) -> None:
        """Put the keyboard focus where work on this step starts."""
        self.focusNextChild()

    def projector_widget(self, parent: QWidget) -> QWidget | None:
        """A large, control-free view of this step for the room (None: not shown)."""
        return None

    def extra_shots(self) -> list[tuple[str, Callable[[], None]]]:
        """Extra screenshots for ``main.py shots``: (name, prepare the page for it)."""
        return []


class TabbedStepPage(StepPage):
    """A step of tabs over content from ``resources/data``, shown to the room as a sheet."""

    #: the kinds of record the projector's sheet reads (it redraws when one changes)
    projector_kinds: ClassVar[tuple[str, ...]] = ()
    #: one screenshot name per tab, in tab order
    shot_names: ClassVar[tuple[str, ...]] = ()

    #: the tab or the item shown changed (the projector follows it)
    view_changed = Signal()

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.content_error = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        try:
            self.load_content()
        except ContentError as exc:
            self.content_error = str(exc)
            show_content_problem(outer, self.content_problem(), self.content_error, f"{self.step_id}ContentError")
            return
        self.tabs = QTabWidget()
        self.build(outer, self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        outer.addWidget(self.tabs, 1)
        self.built()

    # ------------------------------------------------------------ the step fills in
    def load_content(self) -> None:
        """Load (and so check) the step's content file; raises ContentError when it is broken."""
        raise NotImplementedError

    def content_problem(self) -> str:
        """The Dutch sentence shown above the loader's message when the content is broken."""
        raise NotImplementedError

    def build(self, outer: QVBoxLayout, tabs: QTabWidget) -> None:
        """Add what stands above the tabs to ``outer`` and the step's tabs to ``tabs``."""
        raise NotImplementedError

    def built(self) -> None:
        """Called once the tabs are in place (a first fill, if the step needs one)."""

    def update_view(self, event: ChangeEvent) -> None:
        """Redraw what the event touches (only called when the content loaded)."""

    def focus_tab(self, index: int) -> None:
        """Put the keyboard focus where work on tab ``index`` starts."""

    def sheet(self) -> SheetContent:
        """What the room sees for the tab shown."""
        raise NotImplementedError

    # ------------------------------------------------------------ shared
    def _tab_changed(self, _index: int) -> None:
        self.focus_first()
        self.view_changed.emit()

    def refresh(self, event: ChangeEvent) -> None:
        if not self.content_error:
            self.update_view(event)

    def focus_first(self) -> None:
        if not self.content_error:
            self.focus_tab(self.tabs.currentIndex())

    def projector_widget(self, parent: QWidget) -> QWidget | None:
        if self.content_error:
            return None
        view = RoomSheet(self.ctx, self.sheet, self.projector_kinds, f"{self.step_id}Projector", parent)
        self.view_changed.connect(view.update_view)
        return view

    def extra_shots(self) -> list[tuple[str, Callable[[], None]]]:
        if self.content_error:
            return []
        return [(name, partial(self.tabs.setCurrentIndex, i)) for i, name in enumerate(self.shot_names)]
