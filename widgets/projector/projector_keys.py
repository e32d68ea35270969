"""The projector's keys for the agenda: next and previous step, start and pause the timer.

A clicker sends PgDown/PgUp (frames on the wall), so the step keys are
Alt+PgDown/Alt+PgUp and the timer is T: one key each, for a facilitator
standing at the wall. They do exactly what the Agenda menu does, through the
same agenda controller (an undoable move to another step) and the same step
timer (time is not undone); this module only adds the keys and keeps them
disabled where nothing could be changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.agenda.controller import AgendaController
from app.agenda.step_timer import StepTimer
from app.document import Changes, WorkshopDocument
from app.domain.model import AgendaStep


class ProjectorKeys(QObject):
    """QActions that move through the agenda and run its timer; enabled only when they can act."""

    def __init__(self, *, agenda: AgendaController, timer: StepTimer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._agenda = agenda
        self._timer = timer
        self.document: WorkshopDocument | None = None
        self.next_step = self._action(self.tr("&Next step"), agenda.next_step, "Alt+PgDown")
        self.previous_step = self._action(self.tr("&Previous step"), agenda.previous_step, "Alt+PgUp")
        self.toggle_timer = self._action(self.tr("Start or pause the &timer"), timer.toggle, "T")
        self.update_enabled()

    @property
    def clock(self) -> Callable[[], datetime]:
        """The step timer's clock (replaceable: tests drive time by hand)."""
        return self._timer.now

    @clock.setter
    def clock(self, now: Callable[[], datetime]) -> None:
        self._timer.now = now

    def actions(self) -> list[QAction]:
        return [self.next_step, self.previous_step, self.toggle_timer]

    def set_document(self, document: WorkshopDocument | None) -> None:
        if self.document is not None:
            self.document.entities_changed.disconnect(self._on_document_entities_changed)
        self.document = document
        if document is not None:
            document.entities_changed.connect(self._on_document_entities_changed)
        self.update_enabled()

    def current_step(self) -> AgendaStep | None:
        if self.document is None:
            return None
        return self.document.find(AgendaStep, self.document.info.current_step_id)

    def update_enabled(self) -> None:
        editable = self.document if self.document is not None and not self.document.read_only else None
        can_change = editable is not None
        has_steps = editable is not None and bool(editable.workshop.agenda)
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
        if changes.touches(AgendaStep) or changes.info_changed:
            self.update_enabled()
