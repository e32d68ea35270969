"""Keyboard facilitation of the agenda from the laptop: next and previous step, start and pause the timer.

A minimal set kept apart from the agenda panel, so the panel can take these
actions over (or share them) without touching the projector: all they need is
the document, the undo stack and a clock. Going to another step is an undo
step (EditEntities on the workshop's current_step_id); starting and pausing
the timer are not, because undoing them would turn time back, so they go
through `document.apply` directly, as facts about the timer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from app.commands import EditEntities
from app.document import Changes, WorkshopDocument
from app.domain.agenda import timer_paused, timer_running, timer_started
from app.domain.model import AgendaStep

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class StepActions(QObject):
    """QActions that move through the agenda and run its timer; enabled only when they can act."""

    def __init__(self, *, undo_stack: QUndoStack, clock: Clock = utc_now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.clock = clock  # replaceable: tests drive time by hand
        self.document: WorkshopDocument | None = None
        self.next_step = self._action(self.tr("&Next step"), lambda: self.go_to_step(1), "Alt+PgDown")
        self.previous_step = self._action(self.tr("&Previous step"), lambda: self.go_to_step(-1), "Alt+PgUp")
        self.toggle_timer = self._action(self.tr("Start or pause the &timer"), self.start_or_pause_timer, "T")
        self.update_enabled()

    def actions(self) -> list[QAction]:
        return [self.next_step, self.previous_step, self.toggle_timer]

    def set_document(self, document: WorkshopDocument | None) -> None:
        if self.document is not None:
            self.document.info_changed.disconnect(self.update_enabled)
            self.document.entities_changed.disconnect(self._on_document_entities_changed)
        self.document = document
        if document is not None:
            document.info_changed.connect(self.update_enabled)
            document.entities_changed.connect(self._on_document_entities_changed)
        self.update_enabled()

    def current_step(self) -> AgendaStep | None:
        if self.document is None:
            return None
        return self.document.find(AgendaStep, self.document.info.current_step_id)

    def go_to_step(self, offset: int) -> None:
        """Make the step `offset` places away the room's current step (the first one if none is)."""
        document = self.document
        if document is None or document.read_only:
            return
        steps = document.workshop.agenda_in_order()
        if not steps:
            return
        ids = [s.id for s in steps]
        current = document.info.current_step_id
        if current in ids:
            index = min(len(steps) - 1, max(0, ids.index(current) + offset))
        else:
            index = 0 if offset >= 0 else len(steps) - 1
        target = steps[index]
        if target.id == current:
            return
        self.undo_stack.push(
            EditEntities(
                self.tr("Go to step %s") % target.title,
                document=document,
                info=dataclasses.replace(document.info, current_step_id=target.id),
                board_id=target.board_id,
            )
        )

    def start_or_pause_timer(self) -> None:
        step = self.current_step()
        if step is None or self.document is None or self.document.read_only:
            return
        now = self.clock()
        changed = timer_paused(step, now) if timer_running(step) else timer_started(step, now)
        self.document.apply(upsert=[changed])

    def update_enabled(self) -> None:
        document = self.document
        can_change = document is not None and not document.read_only
        has_steps = can_change and bool(document.workshop.agenda)
        self.next_step.setEnabled(has_steps)
        self.previous_step.setEnabled(has_steps)
        self.toggle_timer.setEnabled(can_change and self.current_step() is not None)

    def _action(self, text: str, slot: Callable[[], None], shortcut: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _on_document_entities_changed(self, changes: Changes) -> None:
        if changes.touches(AgendaStep):
            self.update_enabled()
