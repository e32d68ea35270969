"""The template library: Samskap's own exercises and plans, plus the facilitator's.

The built-in templates are package data (workshop_templates/exercises and
workshop_templates/plans, read with importlib.resources so a PyInstaller
bundle finds them too). The facilitator's own live in a folder the caller
chooses (the app passes one under its data folder), laid out the same way.

A broken file never takes the library down: each file is read on its own,
its problems are collected in `problems`, and everything else loads. The
same checks guard `import_file`, which refuses a file with every reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from app.domain.model import PHASES, AgendaStep, Phase
from app.storage.atomic import write_atomic
from app.templates.model import Exercise, LocalText, Plan, PlanStep, local
from app.templates.reader import MAX_FILE_BYTES, Template, TemplateError, TemplateProblem, read_template
from app.templates.writer import template_json

BUILTIN_PACKAGE = "workshop_templates"
FOLDERS = {"exercise": "exercises", "plan": "plans"}  # kind: sub-folder, built-in and user alike
# Names Windows keeps for devices, even with an extension: a template id must not become one of them.
_DEVICE_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


@dataclass(frozen=True)
class StepDetails:
    """What a plan's step means in one language: what the agenda shows for it."""

    title: str
    phase: Phase
    duration_min: int
    room_instructions: str
    facilitator_notes: str
    exercise: Exercise | None  # None for a step of the plan's own


class TemplateLibrary:
    """Every exercise and plan that loaded, and the problems of the files that did not."""

    def __init__(self, user_folder: Path | None = None) -> None:
        self.user_folder = user_folder
        self._exercises: dict[str, Exercise] = {}
        self._plans: dict[str, Plan] = {}
        self._builtin_ids: set[tuple[str, str]] = set()  # (kind, id)
        self.problems: list[TemplateProblem] = []
        self.reload()

    # -- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read every built-in and user file again."""
        self._exercises, self._plans, self._builtin_ids, self.problems = {}, {}, set(), []
        loaded: list[tuple[Template, bool]] = []
        for data, name, builtin in self._sources():
            item, problems = read_template(data, name) if data is not None else (None, [])
            self.problems += problems
            if item is not None:
                loaded.append((item, builtin))
        for item, builtin in loaded:  # exercises first: plans are checked against them
            if isinstance(item, Exercise):
                self._add(item, builtin)
        for item, builtin in loaded:
            if isinstance(item, Plan):
                missing = self.missing_exercises(item)
                if missing:
                    self.problems += missing
                else:
                    self._add(item, builtin)

    def _sources(self) -> Iterator[tuple[bytes | None, str, bool]]:
        """(bytes or None, name for messages, built in?) of every template file, in a stable order."""
        root = files(BUILTIN_PACKAGE)
        for folder in FOLDERS.values():
            entries: Iterable[Traversable] = (root / folder).iterdir() if (root / folder).is_dir() else ()
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.name.endswith(".json"):
                    yield entry.read_bytes(), f"{BUILTIN_PACKAGE}/{folder}/{entry.name}", True
        if self.user_folder is None:
            return
        for folder in FOLDERS.values():
            directory = self.user_folder / folder
            paths = sorted(directory.glob("*.json")) if directory.is_dir() else []
            for path in paths:
                data, problem = read_limited(path)
                if problem is not None:
                    self.problems.append(problem)
                yield data, str(path), False

    def _add(self, item: Template, builtin: bool) -> None:
        kind = "plan" if isinstance(item, Plan) else "exercise"
        table: dict[str, Exercise] | dict[str, Plan] = self._plans if kind == "plan" else self._exercises
        if item.id in table:
            first = table[item.id].source
            self.problems.append(TemplateProblem(item.source, "id", f"{item.id!r} is already used by {first}"))
            return
        table[item.id] = item  # type: ignore[assignment]
        if builtin:
            self._builtin_ids.add((kind, item.id))

    def builtin_id_problems(self, item: Template, source: str) -> list[TemplateProblem]:
        """A problem when `item` would take the id of a built-in template of its kind."""
        kind = "plan" if isinstance(item, Plan) else "exercise"
        if (kind, item.id) in self._builtin_ids:
            return [TemplateProblem(source, "id", f"{item.id!r} is the id of a built-in {kind}")]
        return []

    def missing_exercises(self, plan: Plan) -> list[TemplateProblem]:
        """A problem for each step of `plan` that names an exercise the library does not have."""
        return [
            TemplateProblem(
                plan.source, f"steps[{index}].exercise_id", f"there is no exercise {step.exercise_id!r} in the library"
            )
            for index, step in enumerate(plan.steps)
            if step.exercise_id and step.exercise_id not in self._exercises
        ]

    # -- queries ---------------------------------------------------------------------

    @property
    def exercises(self) -> list[Exercise]:
        """Every exercise, by phase, then in its order within the phase."""
        return sorted(self._exercises.values(), key=lambda e: (PHASES.index(e.phase), e.order, e.id))

    @property
    def plans(self) -> list[Plan]:
        return list(self._plans.values())

    def exercises_in(self, phase: Phase) -> list[Exercise]:
        return [exercise for exercise in self.exercises if exercise.phase == phase]

    def exercise(self, exercise_id: str) -> Exercise | None:
        return self._exercises.get(exercise_id)

    def plan(self, plan_id: str) -> Plan | None:
        return self._plans.get(plan_id)

    def is_builtin(self, item: Template) -> bool:
        return ("plan" if isinstance(item, Plan) else "exercise", item.id) in self._builtin_ids

    def step_details(self, step: PlanStep, language: str) -> StepDetails:
        """A plan's step in `language`: its own texts where it has them, else its exercise's.

        Raises KeyError for an exercise the library does not have (a loaded plan never has one).
        """
        exercise = self._exercises[step.exercise_id] if step.exercise_id else None

        def text(own: LocalText, fallback: LocalText | None) -> str:
            return local(own, language) if own else local(fallback or {}, language)

        phase = exercise.phase if exercise is not None else step.phase
        duration = step.duration_min if step.duration_min is not None else exercise.duration_min if exercise else 15
        return StepDetails(
            title=text(step.title, exercise.title if exercise else None),
            phase=phase or Phase.CO_INITIATION,
            duration_min=duration,
            room_instructions=text(step.room_instructions, exercise.room_instructions if exercise else None),
            facilitator_notes=text(step.facilitator_notes, exercise.facilitator_notes if exercise else None),
            exercise=exercise,
        )

    def plan_from_agenda(
        self, steps: Iterable[AgendaStep], *, plan_id: str, title: str, language: str, description: str = ""
    ) -> Plan:
        """A plan of a workshop's agenda, to save with `save_plan` and use again.

        The facilitator wrote the agenda in one language, so the plan's own texts
        are in that language only; the exercises it names keep all of theirs.
        A step keeps its own title and texts only where they differ from its exercise's.
        """
        plan_steps = []
        for step in sorted(steps, key=lambda s: s.position):
            exercise = self._exercises.get(step.exercise_id)
            own = {
                "title": step.title,
                "room_instructions": step.room_instructions,
                "facilitator_notes": step.facilitator_notes,
            }
            if exercise is None:
                texts = {name: {language: value} for name, value in own.items() if value.strip()}
                plan_steps.append(PlanStep("", step.duration_min, phase=step.phase, **texts))
                continue
            texts = {
                name: {language: value}
                for name, value in own.items()
                if value.strip() and value != local(getattr(exercise, name), language)
            }
            plan_steps.append(PlanStep(exercise.id, step.duration_min, **texts))  # type: ignore[arg-type]
        return Plan(
            id=plan_id,
            title={language: title},
            description={language: description or title},
            steps=tuple(plan_steps),
            languages=(language,),
        )

    # -- the facilitator's own templates ---------------------------------------------

    def save_plan(self, plan: Plan, folder: Path | None = None) -> Path:
        """Save `plan` among the user's templates (replacing their plan of the same id); returns the file.

        Raises TemplateError: for a plan that would not read back, an id of a built-in plan,
        or a file that cannot be written.
        """
        folder = self._folder(folder)
        target = user_file(folder, "plan", plan.id)
        text = template_json(plan).encode("utf-8")
        item, problems = read_template(text, str(target))
        if item is not None and not problems:
            problems = self.missing_exercises(replace(plan, source=str(target)))
        if ("plan", plan.id) in self._builtin_ids:
            problems.append(TemplateProblem(str(target), "id", f"{plan.id!r} is the id of a built-in plan"))
        if problems:
            raise TemplateError(problems)
        self._write(target, text)
        return target

    def import_file(self, path: Path, folder: Path | None = None, *, replace_existing: bool = False) -> Template:
        """Check a shared template file, then copy it into the user's templates; returns what it holds.

        Raises TemplateError with every reason the file cannot be used; then nothing is written.
        """
        folder = self._folder(folder)
        data, problem = read_limited(path)
        if problem is not None or data is None:
            raise TemplateError([problem] if problem else [])
        item, problems = read_template(data, str(path))
        if item is None:
            raise TemplateError(problems)
        kind = "plan" if isinstance(item, Plan) else "exercise"
        if isinstance(item, Plan):
            problems += self.missing_exercises(item)
        problems += self.builtin_id_problems(item, str(path))
        target = user_file(folder, kind, item.id)
        if target.exists() and not replace_existing:
            article = "a plan" if kind == "plan" else "an exercise"
            problems.append(TemplateProblem(str(path), "id", f"your templates already have {article} {item.id!r}"))
        if problems:
            raise TemplateError(problems)
        self._write(target, data)
        return item

    def export(self, item: Template, path: Path) -> None:
        """Write `item` as a template file to share. Raises TemplateError if it cannot be written."""
        self._write(Path(path), template_json(item).encode("utf-8"))

    def _folder(self, folder: Path | None) -> Path:
        folder = folder if folder is not None else self.user_folder
        if folder is None:
            raise ValueError("no folder for the user's templates was given")
        return folder

    def _write(self, target: Path, data: bytes) -> None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, data)
        except OSError as error:
            raise TemplateError(
                [TemplateProblem(str(target), "", f"cannot be written: {error.strerror or error}")]
            ) from None
        if self.user_folder is not None and target.is_relative_to(self.user_folder):
            self.reload()


def user_file(folder: Path, kind: str, template_id: str) -> Path:
    """Where the user's template of this kind and id lives."""
    name = f"_{template_id}" if template_id in _DEVICE_NAMES else template_id
    return folder / FOLDERS[kind] / f"{name}.json"


def read_limited(path: Path) -> tuple[bytes | None, TemplateProblem | None]:
    """The bytes of a file, unless it cannot be read or is bigger than a template may be."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return None, TemplateProblem(str(path), "", f"cannot be read: {error.strerror or error}")
    if len(data) > MAX_FILE_BYTES:
        return None, TemplateProblem(
            str(path), "", f"is bigger than {MAX_FILE_BYTES / 1e6:g} MB, too big for a template"
        )
    return data, None
