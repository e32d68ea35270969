"""From the template library to a workshop's agenda: steps, boards and phases.

The seam to the library
-----------------------
The new-workshop wizard and the agenda panel need only four things from the
template library, so they take any object with these (a `TemplateLibrary`):

- `plans() -> Sequence[Plan]` and `exercises() -> Sequence[Exercise]`;
- `exercise(id) -> Exercise | None`;
- `build_board(exercise, language, position) -> Sequence[Entity]`: the new
  Board first (in the exercise's phase, at `position` within that phase), then
  everything it starts with (frames, prompt notes, a vote, stakeholders ...),
  with text in `language`.

`load_library()` is what the app uses: it imports `app.templates.library`
lazily and, while that module does not exist or fails to load, falls back to
an `EmptyLibrary` (no plans, no exercises: the wizard offers only an empty
agenda and the agenda panel only custom steps). The lead wires the real
library there; tests pass their own library built from Exercise/Plan objects.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from app.domain.model import AgendaStep, Board, Participant, Workshop, WorkshopInfo
from app.storage.rows import TABLE_OF, Entity
from app.templates.model import Exercise, Plan, local

log = logging.getLogger(__name__)


class TemplateLibrary(Protocol):
    """What the agenda needs from the template library (see the module docstring)."""

    def plans(self) -> Sequence[Plan]: ...

    def exercises(self) -> Sequence[Exercise]: ...

    def exercise(self, exercise_id: str) -> Exercise | None: ...

    def build_board(self, exercise: Exercise, language: str, position: int) -> Sequence[Entity]: ...


class EmptyLibrary:
    """A library with nothing in it: the app still plans workshops, with custom steps."""

    def plans(self) -> Sequence[Plan]:
        return ()

    def exercises(self) -> Sequence[Exercise]:
        return ()

    def exercise(self, exercise_id: str) -> Exercise | None:
        return None

    def build_board(self, exercise: Exercise, language: str, position: int) -> Sequence[Entity]:
        return ()


def load_library() -> TemplateLibrary:
    """The shipped template library, or an empty one while it cannot be loaded."""
    try:
        module: Any = importlib.import_module("app.templates.library")
        factory = getattr(module, "load_library", None) or getattr(module, "default_library", None)
        if factory is None:
            return EmptyLibrary()
        library: TemplateLibrary = factory()
        return library
    except ImportError:
        return EmptyLibrary()
    except Exception:  # a broken library must not stop the facilitator planning with custom steps
        log.exception("the template library could not be loaded")
        return EmptyLibrary()


def step_from_exercise(
    exercise: Exercise, language: str, *, duration_min: int | None = None, board_id: str | None = None
) -> AgendaStep:
    """An agenda step for an exercise, its texts in `language` (the position is set by the caller)."""
    return AgendaStep(
        title=local(exercise.title, language),
        phase=exercise.phase,
        duration_min=duration_min if duration_min is not None else exercise.duration_min,
        exercise_id=exercise.id,
        board_id=board_id,
        room_instructions=local(exercise.room_instructions, language),
        facilitator_notes=local(exercise.facilitator_notes, language),
    )


def exercise_entities(
    library: TemplateLibrary, exercise: Exercise, language: str, boards: Iterable[Board]
) -> tuple[Board | None, list[Entity]]:
    """The board an exercise creates (placed last in its phase among `boards`) and all it holds."""
    if exercise.board is None:
        return None, []
    position = sum(1 for b in boards if b.phase == exercise.phase)
    entities = list(library.build_board(exercise, language, position))
    board = next((e for e in entities if isinstance(e, Board)), None)
    return board, entities


def workshop_from_plan(
    info: WorkshopInfo,
    participants: Sequence[Participant],
    plan: Plan,
    library: TemplateLibrary,
) -> Workshop:
    """A new workshop with one agenda step per plan step, each with its board; the first is current.

    Steps whose exercise the library does not have (a plan shared from a newer
    library) are left out rather than refusing the whole plan.
    """
    workshop = Workshop(info=info, participants=list(participants))
    for plan_step in plan.steps:
        exercise = library.exercise(plan_step.exercise_id)
        if exercise is None:
            log.warning("plan %s: no exercise %s", plan.id, plan_step.exercise_id)
            continue
        board, entities = exercise_entities(library, exercise, info.language, workshop.boards)
        for entity in entities:
            _append(workshop, entity)
        step = step_from_exercise(
            exercise, info.language, duration_min=plan_step.duration_min, board_id=board.id if board else None
        )
        step.position = len(workshop.agenda)
        workshop.agenda.append(step)
    info.current_step_id = workshop.agenda[0].id if workshop.agenda else None
    return workshop


def _append(workshop: Workshop, entity: Entity) -> None:
    getattr(workshop, TABLE_OF[type(entity)]).append(entity)
