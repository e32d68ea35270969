"""Running the agenda: which step the room is on, moving through it, and editing it with undo.

The agenda panel, the step panel and the timer only read from here and call
its methods; a later projector view listens to `room_content_changed`, which
carries what the room may see and never the facilitator's notes.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from app.agenda.commands import DURATION_MERGE_ID, EditAgenda
from app.document import Changes, WorkshopDocument
from app.domain.model import AgendaStep, Meeting, Phase
from app.domain.schedule import Lateness, lateness, workshop_start
from app.domain.text_limits import TITLE_MAX
from app.storage.rows import Entity
from app.templates.model import Exercise
from app.workshop_plan import TemplateLibrary, exercise_entities, step_from_exercise

MIN_DURATION, MAX_DURATION = 1, 600  # minutes: a step of ten hours is a typing error
MAX_TITLE = TITLE_MAX  # a step's title is a title (app.domain.text_limits)


@dataclasses.dataclass(frozen=True)
class RoomContent:
    """What the room may see of a step: for the projector. Deliberately without facilitator notes."""

    step_id: str
    title: str
    instructions: str
    phase: Phase
    board_id: str | None


class AgendaController(QObject):
    """The agenda of the open workshop: the current step, navigation, and undoable edits."""

    # AgendaStep or None: the facilitator's view of the step (with private notes).
    current_step_changed = Signal(object)
    # RoomContent or None: what may be shown to the room.
    room_content_changed = Signal(object)
    agenda_changed = Signal()  # steps added, removed, reordered, retimed, or the start time changed

    def __init__(self, *, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._document: WorkshopDocument | None = None
        self._shown: tuple[object, ...] | None = None  # what current_step_changed last said
        self._viewed: str | None = None  # an earlier (or planned) meeting looked at, read-only

    # -- the document ------------------------------------------------------------------

    @property
    def document(self) -> WorkshopDocument | None:
        return self._document

    def set_document(self, document: WorkshopDocument | None) -> None:
        if self._document is not None:
            self._document.entities_changed.disconnect(self._on_document_entities_changed)
        self._document = document
        self._viewed = None
        if document is not None:
            document.entities_changed.connect(self._on_document_entities_changed)
        self.agenda_changed.emit()
        self._announce_current_step()

    @property
    def editable(self) -> bool:
        return self._document is not None and not self._document.read_only

    @property
    def shown_editable(self) -> bool:
        """Whether the agenda shown may be edited: not while another meeting's is looked at
        (the room's keys and timer still work on the current meeting meanwhile)."""
        return self.editable and self._viewed is None

    # -- the meetings ------------------------------------------------------------------------

    def view_meeting(self, meeting_id: str | None) -> None:
        """Show another meeting's agenda, read-only (None, or the current meeting: the room's)."""
        current = self._document.info.current_meeting_id if self._document is not None else None
        viewed = None if meeting_id == current else meeting_id
        if viewed != self._viewed:
            self._viewed = viewed
            self.agenda_changed.emit()

    @property
    def viewed_meeting_id(self) -> str | None:
        """The meeting whose agenda is shown: one looked at, else the current one."""
        if self._viewed is not None:
            return self._viewed
        return self._document.info.current_meeting_id if self._document is not None else None

    def shown_steps(self) -> list[AgendaStep]:
        """The agenda shown: the current meeting's, or the one looked at."""
        if self._document is None:
            return []
        return self._document.workshop.agenda_in_order(self._viewed) if self._viewed else self.steps()

    # -- queries -------------------------------------------------------------------------

    def steps(self) -> list[AgendaStep]:
        return self._document.workshop.agenda_in_order() if self._document is not None else []

    def step(self, step_id: str | None) -> AgendaStep | None:
        return self._document.find(AgendaStep, step_id) if self._document is not None else None

    def current_step(self) -> AgendaStep | None:
        """The step the room is on, with its facilitator notes: for the facilitator's screen only."""
        if self._document is None:
            return None
        return self.step(self._document.info.current_step_id)

    def room_content(self) -> RoomContent | None:
        """What the room may see of the current step (no facilitator notes)."""
        return _room_content(self.current_step())

    def start_moment(self) -> datetime | None:
        if self._document is None:
            return None
        return workshop_start(self._document.info.date, self._document.info.start_time)

    def lateness(self, now: datetime) -> Lateness | None:
        start = self.start_moment()
        if start is None or self._document is None:
            return None
        return lateness(self.steps(), start, self._document.info.current_step_id, now)

    # -- moving through the agenda ---------------------------------------------------------

    def go_to(self, step_id: str) -> None:
        """Move the room to a step: one undo step, so a clicker pressed once too often is undone.

        Only the current step is changed and undone (not the timers, not the rest of
        the info), as the projector's step keys do (widgets/projector/projector_keys.py). It
        is stored, so a reopened workshop resumes on the same step.
        """
        doc = self._document
        step = doc.find(AgendaStep, step_id) if doc is not None else None
        if doc is None or step is None:
            return
        fields = {"current_step_id": step_id, **self._meeting_of(step)}
        if doc.info.current_step_id != step_id and not doc.read_only:
            text = QCoreApplication.translate("Agenda", "Go to step %1").replace("%1", step.title)
            self._push(EditAgenda(text, document=doc, info_fields=fields, board_id=step.board_id))
        elif doc.read_only:
            # Nothing can be stored, but a read-only workshop can still be walked through:
            # in memory, told to every listener like any change.
            doc.apply(info=dataclasses.replace(doc.info, **fields), store=False)  # type: ignore[arg-type]

    def _meeting_of(self, step: AgendaStep) -> dict[str, str | None]:
        """The info's fields that move the room to the meeting of `step`, when it is another one.

        A step belongs to one meeting; going to a step of another meeting (an earlier one
        looked at again, or the planned one on its day) makes that meeting the current one.
        """
        doc = self._require()
        meeting = doc.find(Meeting, step.meeting_id)
        if meeting is None or meeting.id == doc.info.current_meeting_id:
            return {}
        return {"current_meeting_id": meeting.id, "date": meeting.date, "start_time": meeting.start_time}

    def next_step(self) -> None:
        self._go_by(+1)

    def previous_step(self) -> None:
        self._go_by(-1)

    def _go_by(self, offset: int) -> None:
        steps = self.steps()
        if not steps:
            return
        ids = [s.id for s in steps]
        current = self.current_step()
        index = ids.index(current.id) + offset if current is not None else 0
        if 0 <= index < len(ids):
            self.go_to(ids[index])

    # -- edits (each one undo step) -------------------------------------------------------------

    def add_step(self, step: AgendaStep, *, after_id: str | None = None, extra: list[Entity] | None = None) -> str:
        """Insert a step after `after_id` (at the end when None); `extra` are entities made with it."""
        steps = self.steps()
        index = next((i + 1 for i, s in enumerate(steps) if s.id == after_id), len(steps))
        ordered = [*steps[:index], step, *steps[index:]]
        step = dataclasses.replace(step, position=index, meeting_id=self._require().info.current_meeting_id)
        fields = {s.id: {"position": i} for i, s in enumerate(ordered) if s.id != step.id and s.position != i}
        info = {} if self.current_step() is not None else {"current_step_id": step.id}
        self._push(
            EditAgenda(
                QCoreApplication.translate("Agenda", "Add step"),
                document=self._require(),
                create=[*(extra or []), step],
                fields=fields,
                info_fields=info,
                board_id=step.board_id,
            )
        )
        return step.id

    def add_custom_step(
        self,
        title: str,
        phase: Phase,
        duration_min: int,
        *,
        room_instructions: str = "",
        facilitator_notes: str = "",
        after_id: str | None = None,
    ) -> str:
        """A step of the facilitator's own (a welcome round, a break), with no board."""
        step = AgendaStep(
            title=_clip(title) or QCoreApplication.translate("Agenda", "Step"),
            phase=phase,
            duration_min=_clamp(duration_min),
            room_instructions=room_instructions,
            facilitator_notes=facilitator_notes,
        )
        return self.add_step(step, after_id=after_id)

    def add_exercise_step(self, exercise: Exercise, library: TemplateLibrary, *, after_id: str | None = None) -> str:
        """A step for an exercise, with the board it creates, in the workshop's language."""
        doc = self._require()
        language = doc.info.language
        board, entities = exercise_entities(library, exercise, language, doc.workshop.boards)
        step = step_from_exercise(exercise, language, board_id=board.id if board else None)
        return self.add_step(step, after_id=after_id, extra=entities)

    def remove_step(self, step_id: str) -> None:
        """Remove a step from the agenda; its board stays (it holds the room's work)."""
        steps = self.steps()
        ids = [s.id for s in steps]
        if step_id not in ids:
            return
        index = ids.index(step_id)
        rest = [s for s in steps if s.id != step_id]
        fields = {s.id: {"position": i} for i, s in enumerate(rest) if s.position != i}
        info = {}
        doc = self._require()
        if doc.info.current_step_id == step_id:
            neighbour = rest[min(index, len(rest) - 1)].id if rest else None
            info = {"current_step_id": neighbour}
        self._push(
            EditAgenda(
                QCoreApplication.translate("Agenda", "Remove step"),
                document=doc,
                remove=[step_id],
                fields=fields,
                info_fields=info,
            )
        )

    def move_step(self, step_id: str, index: int) -> None:
        """Put a step at `index` in the agenda (clamped)."""
        steps = self.steps()
        moving = next((s for s in steps if s.id == step_id), None)
        if moving is None:
            return
        rest = [s for s in steps if s.id != step_id]
        index = max(0, min(index, len(rest)))
        if steps.index(moving) == index:
            return
        ordered = [*rest[:index], moving, *rest[index:]]
        fields = {s.id: {"position": i} for i, s in enumerate(ordered) if s.position != i}
        self._push(
            EditAgenda(QCoreApplication.translate("Agenda", "Move step"), document=self._require(), fields=fields)
        )

    def move_step_by(self, step_id: str, offset: int) -> None:
        ids = [s.id for s in self.steps()]
        if step_id in ids:
            self.move_step(step_id, ids.index(step_id) + offset)

    def set_duration(self, step_id: str, minutes: int) -> None:
        step = self.step(step_id)
        minutes = _clamp(minutes)
        if step is None or step.duration_min == minutes:
            return
        self._push(
            EditAgenda(
                QCoreApplication.translate("Agenda", "Change duration"),
                document=self._require(),
                fields={step_id: {"duration_min": minutes}},
                merge_id=DURATION_MERGE_ID,
            )
        )

    def edit_step(self, step_id: str, **values: object) -> None:
        """Change the title, phase, duration, instructions or notes of a step: one undo step."""
        step = self.step(step_id)
        if step is None:
            return
        allowed = {"title", "phase", "duration_min", "room_instructions", "facilitator_notes"}
        if "title" in values:
            # An empty title, or one longer than a title holds, is refused: the step keeps its own.
            title = _clip(str(values["title"]))
            values["title"] = title if title and len(title) <= MAX_TITLE else step.title
        if "duration_min" in values:
            values["duration_min"] = _clamp(int(values["duration_min"]))  # type: ignore[call-overload]
        changed = {k: v for k, v in values.items() if k in allowed and getattr(step, k) != v}
        if changed:
            text = (
                QCoreApplication.translate("Agenda", "Rename step")
                if set(changed) == {"title"}
                else QCoreApplication.translate("Agenda", "Edit step")
            )
            self._push(EditAgenda(text, document=self._require(), fields={step_id: changed}))

    def set_start_time(self, start_time: str) -> None:
        """Set when the agenda starts ("HH:MM", or "" for not planned)."""
        doc = self._require()
        if doc.info.start_time != start_time:
            self._push(
                EditAgenda(
                    QCoreApplication.translate("Agenda", "Change start time"),
                    document=doc,
                    info_fields={"start_time": start_time},
                )
            )

    # -- internals --------------------------------------------------------------------------

    def _push(self, command: EditAgenda) -> None:
        if self.editable:
            self._undo_stack.push(command)

    def _require(self) -> WorkshopDocument:
        if self._document is None:
            raise RuntimeError("no workshop is open")
        return self._document

    def _announce_current_step(self) -> None:
        step = self.current_step()
        shown = None if step is None else (
            step.id, step.title, step.phase, step.board_id, step.room_instructions, step.facilitator_notes,
            step.duration_min,
        )  # fmt: skip
        if shown == self._shown:
            return
        room_before = self._shown[:5] if self._shown is not None else None
        self._shown = shown
        self.current_step_changed.emit(step)
        if (shown[:5] if shown is not None else None) != room_before:
            self.room_content_changed.emit(_room_content(step))

    def _on_document_entities_changed(self, changes: Changes) -> None:
        # A timer start or pause also lands here, and the info holds the current step
        # and the start time; listeners refresh cheaply.
        if (
            changes.info_changed
            and self._document is not None
            and self._viewed == self._document.info.current_meeting_id
        ):
            self._viewed = None  # the meeting looked at became the room's
        if changes.touches(AgendaStep) or changes.info_changed or changes.touches(Meeting):
            self.agenda_changed.emit()
            self._announce_current_step()


def _room_content(step: AgendaStep | None) -> RoomContent | None:
    if step is None:
        return None
    return RoomContent(step.id, step.title, step.room_instructions, step.phase, step.board_id)


def _clamp(minutes: int) -> int:
    return max(MIN_DURATION, min(MAX_DURATION, int(minutes)))


def _clip(title: str) -> str:
    # One line, no control characters: it is a row in a list and a heading on the wall. Never
    # cut: the step dialog keeps to MAX_TITLE, and edit_step refuses a longer title.
    return "".join(ch if ch >= " " else " " for ch in title).strip()
