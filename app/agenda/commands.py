"""The undo command for agenda edits: add, remove, reorder, retitle and retime steps.

Why not EditEntities: it undoes by putting back whole entities as they were
when the command was made. Agenda steps also carry their timer, which runs
outside the undo stack (see app.agenda.step_timer), and the workshop info carries
the current step, which moving through the agenda sets without undo. Undoing
"change duration" with EditEntities would also rewind a timer started since,
or jump the room back to an old step. So this command changes and restores
only the FIELDS it was given, reading everything else fresh from the document,
and still goes through `document.apply` (one transaction, one signal).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.document import WorkshopDocument
from app.domain.model import AgendaStep
from app.storage.rows import Entity

# Consecutive changes of one step's duration (a spin box being clicked) are one undo step.
DURATION_MERGE_ID = 3101

StepFields = Mapping[str, Mapping[str, Any]]  # {step id: {field: value}}


class EditAgenda(QUndoCommand):
    """Create entities, delete steps, and set fields of steps and of the workshop info, as one step."""

    def __init__(
        self,
        text: str,
        *,
        document: WorkshopDocument,
        create: Iterable[Entity] = (),
        remove: Iterable[str] = (),
        fields: StepFields | None = None,
        info_fields: Mapping[str, Any] | None = None,
        board_id: str | None = None,
        merge_id: int = -1,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.board_id = board_id
        self._merge_id = merge_id
        self.create = list(create)
        self.remove = list(remove)
        self.fields_after = {i: dict(f) for i, f in (fields or {}).items()}
        self.info_after = dict(info_fields or {})
        # Filled in by redo: what undo puts back.
        self.fields_before: dict[str, dict[str, Any]] = {}
        self.info_before: dict[str, Any] = {}
        self.removed: list[Entity] = []
        self.dependents_before: list[Entity] = []

    def redo(self) -> None:
        doc = self.document
        self.fields_before = {
            i: {k: getattr(self._step(i), k) for k in f} for i, f in self.fields_after.items() if self._step(i)
        }
        self.info_before = {k: getattr(doc.info, k) for k in self.info_after}
        self.removed = [s for s in (doc.find(AgendaStep, i) for i in self.remove) if s is not None]
        changes = doc.apply(
            upsert=[*self.create, *self._with_fields(self.fields_after)],
            delete=self.removed,
            info=dataclasses.replace(doc.info, **self.info_after) if self.info_after else None,
        )
        self.dependents_before = changes.dependents_before

    def undo(self) -> None:
        doc = self.document
        doc.apply(
            upsert=[
                *self.removed,
                *self.dependents_before,
                *self._with_fields(self.fields_before),
            ],
            delete=[e for e in (doc.find(type(c), c.id) for c in reversed(self.create)) if e is not None],
            info=dataclasses.replace(doc.info, **self.info_before) if self.info_before else None,
        )

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditAgenda) or other.create or other.remove or self.create or self.remove:
            return False
        if set(other.fields_after) != set(self.fields_after) or set(other.info_after) != set(self.info_after):
            return False
        for step_id, values in other.fields_after.items():
            self.fields_after[step_id].update(values)
            for key in values:  # a field the first command did not touch: its "before" is the other's
                self.fields_before[step_id].setdefault(key, other.fields_before[step_id][key])
        self.info_after.update(other.info_after)
        return True

    def _step(self, step_id: str) -> AgendaStep | None:
        return self.document.find(AgendaStep, step_id)

    def _with_fields(self, fields: Mapping[str, Mapping[str, Any]]) -> list[AgendaStep]:
        """The steps as they are now, with these fields set (steps gone meanwhile are skipped)."""
        steps = []
        for step_id, values in fields.items():
            step = self._step(step_id)
            if step is not None and values:
                steps.append(dataclasses.replace(step, **values))
        return steps
