"""The agenda timer: how long the current agenda block still has, during the meeting.

Plain Python with an injectable clock (seconds, monotonic), so tests can move time by
hand. The timer is live state, not a record: it follows the agenda blocks of the
session (by id, so reordering or renaming a block keeps the timer where it is) and
can be turned into a small dict to survive closing and reopening the window.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from typing import Any

#: the last part of a block in which the timer shows "almost over"
ENDING_SECONDS = 120


@dataclasses.dataclass(frozen=True)
class TimedBlock:
    id: str
    title: str
    seconds: int
    step: str = ""


class AgendaTimer:
    """Start, pause and step through agenda blocks; time left may go negative (overrun)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.blocks: list[TimedBlock] = []
        self.index = 0
        self._elapsed = 0.0  # seconds counted before the current run started
        self._started: float | None = None

    # ------------------------------------------------------------------ blocks
    def set_blocks(self, blocks: list[TimedBlock]) -> None:
        """Follow a new agenda; the current block stays current when it still exists."""
        current = self.current
        self.blocks = list(blocks)
        if current is not None:
            for i, b in enumerate(self.blocks):
                if b.id == current.id:
                    self.index = i
                    return
            # the current block was removed: start the block now at its place afresh
            self._reset_count()
        self.index = min(self.index, max(0, len(self.blocks) - 1))

    @property
    def current(self) -> TimedBlock | None:
        return self.blocks[self.index] if 0 <= self.index < len(self.blocks) else None

    @property
    def next_block(self) -> TimedBlock | None:
        i = self.index + 1
        return self.blocks[i] if i < len(self.blocks) else None

    # ----------------------------------------------------------------- control
    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self) -> None:
        if self._started is None and self.current is not None:
            self._started = self.clock()

    def pause(self) -> None:
        if self._started is not None:
            self._elapsed += self.clock() - self._started
            self._started = None

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def go_to(self, index: int) -> None:
        """Move to another block; its count starts at zero and runs on if the timer ran."""
        if not self.blocks:
            return
        index = max(0, min(len(self.blocks) - 1, index))
        was_running = self.running
        self.index = index
        self._reset_count()
        if was_running:
            self.start()

    def next(self) -> bool:
        """To the next block; False at the last block (nothing changes then)."""
        if self.index + 1 >= len(self.blocks):
            return False
        self.go_to(self.index + 1)
        return True

    def previous(self) -> bool:
        if self.index <= 0:
            return False
        self.go_to(self.index - 1)
        return True

    def restart_block(self) -> None:
        self.go_to(self.index)

    def _reset_count(self) -> None:
        self._elapsed = 0.0
        self._started = None

    # ----------------------------------------------------------------- reading
    def elapsed(self) -> float:
        extra = self.clock() - self._started if self._started is not None else 0.0
        return self._elapsed + extra

    def remaining(self) -> float:
        """Seconds left in the current block; negative once the block runs over."""
        block = self.current
        return block.seconds - self.elapsed() if block is not None else 0.0

    @property
    def started_block(self) -> bool:
        """True once the current block has been started (running or paused with time counted)."""
        return self.running or self._elapsed > 0

    def phase(self) -> str:
        """'idle' (not started), 'running', 'ending' (last two minutes), 'over' (overrun)."""
        if self.current is None or not self.started_block:
            return "idle"
        left = self.remaining()
        if left <= 0:
            return "over"
        if left <= min(ENDING_SECONDS, self.current.seconds / 4):
            return "ending"
        return "running"

    def text(self) -> str:
        return format_seconds(self.remaining())

    # ------------------------------------------------------------- persistence
    def state(self, wall: float | None = None) -> dict[str, Any]:
        """What is needed to carry on after a window reopen (``wall`` = time.time())."""
        block = self.current
        return {
            "block_id": block.id if block else "",
            "elapsed": self.elapsed(),
            "running": self.running,
            "saved_at": time.time() if wall is None else wall,
        }

    def restore(self, state: dict[str, Any], wall: float | None = None) -> None:
        """Pick up a saved state; a timer that ran keeps counting the time it was closed."""
        block_id = str(state.get("block_id", ""))
        for i, b in enumerate(self.blocks):
            if b.id == block_id:
                self.index = i
                break
        else:
            return
        try:
            elapsed = max(0.0, float(state.get("elapsed", 0.0)))
            saved_at = float(state.get("saved_at", 0.0))
        except (TypeError, ValueError):
            return
        running = str(state.get("running", False)).lower() in ("true", "1")
        now = time.time() if wall is None else wall
        if running and saved_at:
            elapsed += max(0.0, now - saved_at)
        self._elapsed = elapsed
        self._started = None
        if running:
            self.start()


def format_seconds(seconds: float) -> str:
    """12:34 for time left, +3:12 for time over; hours as 1:02:03."""
    over = seconds < 0
    # time left rounds up (0:00 only when it is really over); overrun rounds down
    whole = int(-seconds) if over else int(-(-seconds // 1))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    body = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return f"+{body}" if over and whole > 0 else body


def blocks_from_agenda(session: Any) -> list[TimedBlock]:
    """The session's agenda blocks as timed blocks, in agenda order."""
    from .preparation import AgendaBlock

    return [TimedBlock(b.id, b.title, b.minutes * 60, b.step) for b in session.all(AgendaBlock)]
