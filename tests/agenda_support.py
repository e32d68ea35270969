"""What the agenda, wizard and timer tests share: a small template library, a clock, a window.

The library is built from the contract's own dataclasses (app.templates.model)
so these tests do not depend on the shipped template files; its board builder
makes a board with the exercise's frames, prompt notes and vote, as the real
builder does. The clock only moves when a test moves it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from app.domain.model import Board, BoardKind, Frame, Note, Phase, Vote
from app.storage.rows import Entity
from app.templates.model import BoardSpec, Exercise, FrameSpec, Plan, PlanStep, PromptSpec, VoteRules, local

INIT, DESIGN, IMPL = Phase.CO_INITIATION, Phase.CO_DESIGN, Phase.CO_IMPLEMENTATION


def _text(en: str, nb: str, sv: str = "", da: str = "", nn: str = "") -> dict[str, str]:
    return {"en": en, "nb": nb, "nn": nn or nb, "sv": sv or en, "da": da or en}


FLOKE_TREE = Exercise(
    id="floke-tree",
    phase=INIT,
    title=_text("Floke tree", "Floketre", "Problemträd", "Problemtræ"),
    room_instructions=_text("Causes are roots, effects are branches.", "Årsaker er røtter, følger er greiner."),
    facilitator_notes=_text("Keep asking why.", "Spør «hvorfor?» igjen og igjen."),
    duration_min=60,
    board=BoardSpec(
        kind=BoardKind.FLOKE_MAP,
        frames=(
            FrameSpec(_text("Roots", "Røtter"), 0, 400, 800, 300),
            FrameSpec(_text("Branches", "Greiner"), 0, 0, 800, 300),
        ),
        prompts=(PromptSpec(_text("What is the problem?", "Hva er floken?"), 300, 330),),
    ),
)
BURNING_PLATFORM = Exercise(
    id="burning-platform",
    phase=INIT,
    title=_text("Burning platform", "Brennende plattform", "Brinnande plattform", "Brændende platform"),
    room_instructions=_text("Why now?", "Hvorfor nå?"),
    facilitator_notes=_text("Bring the figures.", "Ha tallene klare."),
    duration_min=20,
    board=BoardSpec(kind=BoardKind.FREE),
)
IGP = Exercise(
    id="igp",
    phase=DESIGN,
    title=_text("Individual, group, plenary", "Individ, gruppe, plenum", "Individ, grupp, plenum"),
    room_instructions=_text("Write alone, then share.", "Skriv alene, så del i gruppa."),
    facilitator_notes=_text("Silence first.", "Stillhet først."),
    duration_min=40,
    board=BoardSpec(kind=BoardKind.IDEA_BOARD, vote=VoteRules(dots_per_person=3, hidden=True)),
)
ROUND = Exercise(
    id="round",
    phase=DESIGN,
    title=_text("Round of reflection", "Refleksjonsrunde"),
    room_instructions=_text("One sentence each.", "Én setning hver."),
    facilitator_notes=_text("Watch the time.", "Pass tida."),
    duration_min=10,
    board=None,
)
ACTION_PLAN = Exercise(
    id="action-plan",
    phase=IMPL,
    title=_text("Action plan", "Tiltaksplan", "Handlingsplan", "Handleplan"),
    room_instructions=_text("What, who, by when?", "Hva, hvem, innen når?"),
    facilitator_notes=_text("Every action gets an owner.", "Hvert tiltak får en eier."),
    duration_min=30,
    board=BoardSpec(kind=BoardKind.ACTION_PLAN),
)
EXERCISES = (FLOKE_TREE, BURNING_PLATFORM, IGP, ROUND, ACTION_PLAN)
DAY_PLAN = Plan(
    id="day",
    title=_text("A co-creation day", "En samskapingsdag", "En samskapande dag"),
    description=_text("All three phases.", "Alle tre fasene."),
    steps=(PlanStep("floke-tree", 45), PlanStep("burning-platform"), PlanStep("igp"), PlanStep("round"),
           PlanStep("action-plan", 25), PlanStep("missing-exercise")),
)  # fmt: skip
SHORT_PLAN = Plan(
    id="follow-up",
    title=_text("Follow-up meeting", "Oppfølgingsmøte"),
    description=_text("Co-implementation only.", "Bare samimplementering."),
    steps=(PlanStep("action-plan"),),
)


@dataclass
class SampleLibrary:
    """A template library for tests: the seam of app.workshop_plan, with a real board builder."""

    all_exercises: Sequence[Exercise] = EXERCISES
    all_plans: Sequence[Plan] = (DAY_PLAN, SHORT_PLAN)
    built: list[str] = field(default_factory=list)  # exercise ids, in the order boards were built

    def plans(self) -> Sequence[Plan]:
        return self.all_plans

    def exercises(self) -> Sequence[Exercise]:
        return self.all_exercises

    def exercise(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.all_exercises if e.id == exercise_id), None)

    def build_board(self, exercise: Exercise, language: str, position: int) -> list[Entity]:
        spec = exercise.board
        assert spec is not None
        self.built.append(exercise.id)
        board = Board(local(exercise.title, language), exercise.phase, spec.kind, position=position)
        entities: list[Entity] = [board]
        for f in spec.frames:
            entities.append(Frame(board.id, local(f.title, language), f.x, f.y, f.width, f.height))
        for p in spec.prompts:
            entities.append(Note(board.id, local(p.text, language), colour=p.colour, x=p.x, y=p.y))
        if spec.vote is not None:
            entities.append(Vote(board.id, dots_per_person=spec.vote.dots_per_person, hidden=spec.vote.hidden))
        return entities


class Clock:
    """A clock that stands still until the test moves it."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def advance(self, *, minutes: float = 0, seconds: float = 0) -> None:
        self.moment += timedelta(minutes=minutes, seconds=seconds)


def local_moment(day: str, clock: str) -> datetime:
    """A local wall-clock time as an aware UTC datetime: what a clock on the wall would say."""
    return datetime.combine(date.fromisoformat(day), time.fromisoformat(clock)).astimezone().astimezone(UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock(local_moment("2026-03-18", "08:55"))


@pytest.fixture
def library() -> SampleLibrary:
    return SampleLibrary()


@pytest.fixture
def facilitator(qtbot, tmp_path, clock, library):
    """A main window with the sample library and the test's clock, no workshop open."""
    from app.settings import Settings
    from widgets.common.fonts import install_fonts
    from widgets.window.main_window import MainWindow

    install_fonts()
    folder = tmp_path / "workshops"
    folder.mkdir()
    from app.storage.backups import BackupStore

    window = MainWindow(
        backups=BackupStore(tmp_path / "backups"),
        settings=Settings(tmp_path / "settings.ini"),
        workshop_folder=folder,
        demo_path=lambda: Path(folder / "none.samskap"),
        library=library,
        now=clock.now,
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.parts_installed)  # built after the first frame, as for a user
    yield window
    window.close()
