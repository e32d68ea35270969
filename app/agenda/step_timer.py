"""The countdown of the current step: start, pause, reset, one more minute, and time's up.

The state lives in the step itself (app.domain.agenda): seconds used before
the last start, and the moment of that start. So a running timer keeps
running through a closed laptop lid or a restart of the app, and a clock
passed in (`now`) lets the tests move time without waiting.

Timer changes are written through `document.apply` directly, NOT pushed on the
undo stack: undoing time makes no sense (Ctrl+Z after a typo must not stop
the clock or give back five minutes), and the agenda commands restore only
the fields they change, so they never rewind a timer either.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from app.document import Changes, WorkshopDocument
from app.domain.agenda import (
    timer_budget_s,
    timer_elapsed_s,
    timer_extended,
    timer_paused,
    timer_remaining_s,
    timer_reset,
    timer_running,
    timer_started,
    utc_now,
)
from app.domain.model import AgendaStep

TICK_MS = 250  # four ticks a second: the seconds change on time without burning a core


class StepTimer(QObject):
    """Counts down one agenda step (the current one) and says when its time is up."""

    ticked = Signal(float)  # seconds remaining (negative when over time)
    state_changed = Signal()  # started, paused, reset, extended, or another step
    time_up = Signal(str)  # step id, once each time the countdown passes zero while running

    def __init__(self, *, now: Callable[[], datetime] = utc_now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.now = now
        self._document: WorkshopDocument | None = None
        self._step_id: str | None = None
        self._up_for: str | None = None  # the step whose time_up was signalled (not again until it has time again)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)

    def set_document(self, document: WorkshopDocument | None) -> None:
        if self._document is not None:
            self._document.entities_changed.disconnect(self._on_document_entities_changed)
        self._document = document
        if document is not None:
            # The projector's T key (widgets/projector/projector_keys.py) writes the same fields.
            document.entities_changed.connect(self._on_document_entities_changed)
        self._step_id = None
        self._up_for = None
        if document is None:
            self._ticker.stop()
        else:
            self._ticker.start()
        self.state_changed.emit()

    def set_step(self, step_id: str | None) -> None:
        """Count down this step from now on; the step the room leaves stops its clock.

        Leaving a step means the room has finished it (or left it for now): a
        timer left running there would tick on unseen and mark the agenda
        "running" forever. Its time used is kept; going back resumes from it.
        """
        if step_id != self._step_id:
            if self._step_id is not None and step_id is not None and self.running():
                self.pause()
            self._step_id = step_id
            self.state_changed.emit()
            self.tick()

    # -- state -------------------------------------------------------------------------------

    def step(self) -> AgendaStep | None:
        if self._document is None:
            return None
        return self._document.find(AgendaStep, self._step_id)

    @property
    def enabled(self) -> bool:
        return self.step() is not None and self._document is not None and not self._document.read_only

    def running(self) -> bool:
        step = self.step()
        return step is not None and timer_running(step)

    def remaining_s(self) -> float:
        step = self.step()
        return timer_remaining_s(step, self.now()) if step is not None else 0.0

    def budget_s(self) -> float:
        step = self.step()
        return timer_budget_s(step) if step is not None else 0.0

    def elapsed_s(self) -> float:
        step = self.step()
        return timer_elapsed_s(step, self.now()) if step is not None else 0.0

    # -- controls ----------------------------------------------------------------------------

    def start(self) -> None:
        self._write(lambda step: timer_started(step, self.now()))

    def pause(self) -> None:
        self._write(lambda step: timer_paused(step, self.now()))

    def toggle(self) -> None:
        if self.running():
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        self._write(timer_reset)

    def add_minute(self) -> None:
        self._write(lambda step: timer_extended(step, 60))

    def tick(self) -> None:
        """Tell listeners the time left, and signal time's up once when it runs out."""
        step = self.step()
        if step is None:
            return
        remaining = timer_remaining_s(step, self.now())
        if remaining > 0 and self._up_for == step.id:
            self._up_for = None  # given more time (or reset): may be up again later
        self.ticked.emit(remaining)
        if remaining <= 0 and timer_running(step) and self._up_for != step.id:
            self._up_for = step.id
            self.time_up.emit(step.id)

    def _on_document_entities_changed(self, changes: Changes) -> None:
        if any(step.id == self._step_id for step in changes.upserted_of(AgendaStep)):
            self.state_changed.emit()
            self.tick()

    def _write(self, change: Callable[[AgendaStep], AgendaStep]) -> None:
        step = self.step()
        if step is None or self._document is None or self._document.read_only:
            return
        changed = change(step)
        if changed != step:
            self._document.apply(upsert=[changed])  # state_changed and tick follow from the document
        else:
            self.state_changed.emit()
