"""The base of a step page in the session window's sidebar."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from ...domain.changes import ChangeEvent
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
