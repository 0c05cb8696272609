"""The agenda timer in the session window: start, pause, next block; time left in the toolbar.

The Voorbereiding agenda drives it (see :mod:`facilitator.domain.agenda_timer`). At
the end of a block the time turns red and flashes a few times (and beeps once, unless
the sound is turned off); after that it counts on as "+3:12". It never blocks or asks
anything. Its state is kept in the settings, so closing and reopening the window
carries on where the timer was.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy

from ...domain.agenda_timer import AgendaTimer, TimedBlock, blocks_from_agenda
from ...domain.changes import ChangeEvent
from ...domain.preparation import Meeting

if TYPE_CHECKING:
    from .window import SessionWindow

TICK_MS = 250
FLASHES = 6
SOUND_KEY = "agenda_timer/sound"

#: phase -> (background, text colour) of the time in the toolbar and on the projector
COLOURS = {
    "idle": ("", ""),
    "running": ("#e3f1e4", "#103d14"),
    "ending": ("#ffe08a", "#3d2c00"),
    "over": ("#b3261e", "#ffffff"),
}


def phase_style(phase: str, flash: bool = False) -> str:
    background, colour = COLOURS.get(phase, ("", ""))
    if flash:
        background, colour = colour, background
    if not background:
        return "QLabel { padding: 2px 10px; border-radius: 4px; }"
    return f"QLabel {{ background: {background}; color: {colour}; padding: 2px 10px; border-radius: 4px; }}"


class AgendaTimerControl(QObject):
    """The timer's actions, its label in the toolbar, and the tick that moves it on."""

    #: the time, the block or the phase changed (the projector redraws its clock)
    changed = Signal()
    #: the current block's time ran out just now
    ended = Signal()

    def __init__(self, window: SessionWindow, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.context
        self.settings = window.settings
        self.model = AgendaTimer(clock)
        self.model.set_blocks(blocks_from_agenda(self.ctx.session))
        self._was_over = False
        self._flash_left = 0
        self.flash_on = False

        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.flasher = QTimer(self)
        self.flasher.setInterval(400)
        self.flasher.timeout.connect(self._flash)

        self.label = QLabel()
        self.label.setObjectName("agendaTimerLabel")
        self.label.setAccessibleName(self.tr("Tijd voor dit agendablok"))
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setToolTip(self.tr("Ctrl+T start of pauzeert, Ctrl+Shift+N gaat naar het volgende agendablok"))
        self._shown_running: bool | None = None

        self.toggle_action = self._action(self.tr("Timer &starten"), self.toggle, "Ctrl+T", "mdi6.timer-play-outline")
        self.next_action = self._action(self.tr("&Volgend agendablok"), self.next, "Ctrl+Shift+N", "mdi6.skip-next")
        self.previous_action = self._action(self.tr("Vo&rig agendablok"), self.previous, "Ctrl+Shift+B", "")
        self.restart_action = self._action(self.tr("Dit blok opnieuw &beginnen"), self.restart, "Ctrl+Shift+T", "")
        self.sound_action = QAction(self.tr("&Geluid aan het eind van een blok"), window)
        self.sound_action.setCheckable(True)
        self.sound_action.setChecked(self.sound_on)
        self.sound_action.toggled.connect(lambda on: self.settings.set_value(SOUND_KEY, bool(on)))

        menu = window.menus["meeting"]
        menu.addAction(self.toggle_action)
        menu.addAction(self.next_action)
        menu.addAction(self.previous_action)
        menu.addAction(self.restart_action)
        menu.addAction(self.sound_action)
        menu.addSeparator()
        window.toolbar.addAction(self.toggle_action)
        window.toolbar.addAction(self.next_action)
        window.toolbar.addWidget(self.label)

        self.ctx.changed.connect(self._on_changed)
        window.closed.connect(self.save)
        self._restore()
        self.update_view()

    def _action(self, text: str, slot: Callable[[], None], keys: str, icon_name: str) -> QAction:
        from ..common.icons import icon

        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # ---------------------------------------------------------------- settings
    @property
    def sound_on(self) -> bool:
        return str(self.settings.value(SOUND_KEY, True)).lower() not in ("false", "0")

    def _key(self) -> str:
        return f"agenda_timer/{self.ctx.session.single(Meeting).id}"

    def save(self) -> None:
        self.settings.set_value(self._key(), json.dumps(self.model.state()))

    def _restore(self) -> None:
        raw = self.settings.value(self._key(), "")
        if not raw:
            return
        try:
            state = json.loads(str(raw))
        except ValueError:
            return
        if isinstance(state, dict):
            self.model.restore(state)
            self._was_over = self.model.phase() == "over"
            if self.model.running:
                self.ticker.start()

    # ----------------------------------------------------------------- control
    def toggle(self) -> None:
        if self.model.current is None:
            self.window.statusBar().showMessage(self.tr("Er is nog geen agenda: maak die bij Voorbereiding."), 5000)
            return
        self.model.toggle()
        self.ticker.start() if self.model.running else self.ticker.stop()
        self.save()
        self.update_view()

    def next(self) -> None:
        if self.model.next():
            self._entered_block()
        else:
            self.window.statusBar().showMessage(self.tr("Dit is het laatste agendablok."), 4000)

    def previous(self) -> None:
        if self.model.previous():
            self._entered_block()

    def restart(self) -> None:
        self.model.restart_block()
        self._entered_block()

    def _entered_block(self) -> None:
        self._was_over = False
        self._stop_flash()
        self.save()
        block = self.model.current
        # the agenda block names its step: the window follows, so the room sees the right board
        if block is not None and block.step in self.window.step_ids() and block.step != self.ctx.current_step:
            self.window.show_step(block.step)
        self.update_view()

    def tick(self) -> None:
        over = self.model.phase() == "over"
        if over and not self._was_over:
            self._was_over = True
            self._start_flash()
            if self.sound_on:
                QApplication.beep()
            self.ended.emit()
        self.update_view()

    def _on_changed(self, event: ChangeEvent) -> None:
        if event.touches("agenda_block"):
            self.model.set_blocks(blocks_from_agenda(self.ctx.session))
            self.update_view()

    # ------------------------------------------------------------------ flash
    def _start_flash(self) -> None:
        self._flash_left = FLASHES
        self.flasher.start()

    def _stop_flash(self) -> None:
        self.flasher.stop()
        self._flash_left = 0
        self.flash_on = False

    def _flash(self) -> None:
        self._flash_left -= 1
        self.flash_on = not self.flash_on and self._flash_left > 0
        if self._flash_left <= 0:
            self._stop_flash()
        self.update_view()

    # ------------------------------------------------------------------- view
    @property
    def block(self) -> TimedBlock | None:
        return self.model.current

    def text(self) -> str:
        return self.model.text() if self.model.current is not None else ""

    def update_view(self) -> None:
        block = self.model.current
        running = self.model.running
        if running != self._shown_running:
            from ..common.icons import icon

            self._shown_running = running
            self.toggle_action.setText(self.tr("Timer &pauzeren") if running else self.tr("Timer &starten"))
            self.toggle_action.setIcon(icon("mdi6.timer-pause-outline" if running else "mdi6.timer-play-outline"))
        # start stays enabled without an agenda: pressing it says where to make one
        self.restart_action.setEnabled(block is not None)
        self.next_action.setEnabled(self.model.next_block is not None)
        self.previous_action.setEnabled(self.model.index > 0)
        if block is None:
            self.label.setText(self.tr("Geen agenda"))
            style = phase_style("idle")
        else:
            title = block.title if len(block.title) <= 28 else block.title[:27] + "…"
            paused = "" if running or not self.model.started_block else self.tr(" (pauze)")
            self.label.setText(f"{title}  {self.model.text()}{paused}")
            style = phase_style(self.model.phase(), self.flash_on)
        if style != self.label.styleSheet():  # a new style sheet re-polishes: only on a change
            self.label.setStyleSheet(style)
        self.changed.emit()


def install(window: SessionWindow) -> None:
    """Add the agenda timer to a session window (``window.agenda_timer``)."""
    window.agenda_timer = AgendaTimerControl(window)
