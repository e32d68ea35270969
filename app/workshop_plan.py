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
lazily, loads the built-in and the facilitator's templates, and adapts them
to this seam (`LoadedLibrary`); if that fails it falls back to an
`EmptyLibrary` (no plans, no exercises: the wizard offers only an empty
agenda and the agenda panel only custom steps). Tests pass their own library
built from Exercise/Plan objects.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from app.domain.model import AgendaStep, Board, Participant, Phase, Workshop, WorkshopInfo
from app.storage.rows import TABLE_OF, Entity
from app.templates.model import Exercise, Plan, PlanStep, local

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


class LoadedLibrary:
    """The template library of app.templates (its lists are properties, its builder a function) as this seam."""

    def __init__(self, library: Any) -> None:
        self.library = library

    def plans(self) -> Sequence[Plan]:
        return list(self.library.plans)

    def exercises(self) -> Sequence[Exercise]:
        return list(self.library.exercises)

    def exercise(self, exercise_id: str) -> Exercise | None:
        found: Exercise | None = self.library.exercise(exercise_id)
        return found

    def build_board(self, exercise: Exercise, language: str, position: int) -> Sequence[Entity]:
        builder: Any = importlib.import_module("app.templates.builder")
        built = builder.build_board(exercise, language, position=position)
        return list(built.entities()) if built is not None else []


def load_library() -> TemplateLibrary:
    """The built-in and the facilitator's templates, or an empty library when they cannot be loaded.

    A file with problems is left out by the library itself (it lists them in
    `problems`, shown in File > Template library); this only guards against
    the library failing as a whole.
    """
    try:
        from app.settings import default_template_folder

        module: Any = importlib.import_module("app.templates.library")
        return LoadedLibrary(module.TemplateLibrary(default_template_folder()))
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


def step_from_plan_step(plan_step: PlanStep, library: TemplateLibrary, language: str) -> AgendaStep | None:
    """The agenda step for one step of a plan, or None when its exercise is not in the library.

    A plan's own text replaces its exercise's where it has one; a step of the
    plan's own (no exercise: a break, a welcome) brings its title and phase.
    """
    if not plan_step.exercise_id:
        title = local(plan_step.title, language) if plan_step.title else ""
        return AgendaStep(
            title=title or "…",
            phase=plan_step.phase or Phase.CO_INITIATION,
            duration_min=plan_step.duration_min or 15,
            room_instructions=local(plan_step.room_instructions, language) if plan_step.room_instructions else "",
            facilitator_notes=local(plan_step.facilitator_notes, language) if plan_step.facilitator_notes else "",
        )
    exercise = library.exercise(plan_step.exercise_id)
    if exercise is None:
        return None
    step = step_from_exercise(exercise, language, duration_min=plan_step.duration_min)
    own_texts: dict[str, str] = {}
    for name in ("title", "room_instructions", "facilitator_notes"):
        own = getattr(plan_step, name)
        if own and local(own, language):
            own_texts[name] = local(own, language)
    step = dataclasses.replace(step, **own_texts)  # type: ignore[arg-type]  # only the str fields above
    return step


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
        step = step_from_plan_step(plan_step, library, info.language)
        if step is None:
            log.warning("plan %s: no exercise %s", plan.id, plan_step.exercise_id)
            continue
        exercise = library.exercise(plan_step.exercise_id) if plan_step.exercise_id else None
        if exercise is not None:
            board, entities = exercise_entities(library, exercise, info.language, workshop.boards)
            for entity in entities:
                _append(workshop, entity)
            step = dataclasses.replace(step, board_id=board.id if board else None)
        workshop.agenda.append(dataclasses.replace(step, position=len(workshop.agenda)))
    workshop.info = dataclasses.replace(info, current_step_id=workshop.agenda[0].id if workshop.agenda else None)
    return workshop


def _append(workshop: Workshop, entity: Entity) -> None:
    getattr(workshop, TABLE_OF[type(entity)]).append(entity)
