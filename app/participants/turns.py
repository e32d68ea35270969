"""Taking turns with the window: a burst of requests gives Qt's event loop a turn every few milliseconds.

The server runs on the window's loop (qasync), and asyncio runs every callback
that is ready before anything that became due later: a room of 100 phones
asking at once (each phone's page reloads its state when the workshop changes)
would be handled in one go, holding the facilitator's screen still for a
hundred milliseconds or more. So each request first asks for its turn: while
the requests handled in a row have taken less than the budget it goes on at
once; after that it waits for a timer, which runs only after what Qt had
waiting meanwhile (a repaint, a click, the next frame of a drag).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

# With a group commit and a repaint of the board on top, the longest stall stays under the
# 50 ms the facilitator should not feel (tests/benchmarks/phones.py); a shorter budget means
# more repaints during the burst, and slower answers to the phones.
BUDGET_S = 0.025
# A timer rather than the next callback: a callback would run before Qt's own timers that
# are due, a timer after them.
PAUSE_S = 0.001


class Turns:
    """Hands out turns to requests, a budget of loop time at a time."""

    def __init__(
        self, *, budget_s: float = BUDGET_S, pause_s: float = PAUSE_S, clock: Callable[[], float] = time.perf_counter
    ) -> None:
        self._budget = budget_s
        self._pause = pause_s
        self._clock = clock
        self._run_started: float | None = None  # when the requests handled in a row began
        self._run = 0  # counts runs, so a stale end-of-run timer ends nothing
        self._paused: asyncio.Event | None = None

    async def take(self) -> None:
        """Return when this request may be handled: at once, or after the loop's next turn."""
        loop = asyncio.get_running_loop()
        while True:
            if self._paused is not None:
                await self._paused.wait()  # an Event: one cancelled request does not wake the others
                continue
            now = self._clock()
            if self._run_started is None:
                self._run_started = now
                self._run += 1
                # The loop idle by then: the next request starts a run of its own.
                loop.call_later(self._budget, self._end_run, self._run)
            if now - self._run_started <= self._budget:
                return
            self._paused = asyncio.Event()
            loop.call_later(self._pause, self._resume, self._paused)

    def _end_run(self, run: int) -> None:
        if run == self._run and self._paused is None:
            self._run_started = None

    def _resume(self, paused: asyncio.Event) -> None:
        self._paused = None
        self._run_started = None
        paused.set()
