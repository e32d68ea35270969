"""An exercise's board, built in a workshop's language, ready to add to a workshop.

The agenda adds each step's board with one EditEntities command:

    built = build_board(exercise, workshop.info.language, position=len(document.boards_in(phase)))
    EditEntities(text, document=document, upsert=built.entities(), board_id=built.board.id)

Everything is made fresh (new ids) on each call. Frames come parents first, so a
child's parent_id always points to a frame made before it; each child lies
above its parent (z). A prompt note belongs to the smallest frame that holds
it whole. An actor map's categories become one lane each, below the frames.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from app.domain.model import Board, Frame, Note, Phase, StakeholderCategory, Vote
from app.templates.model import Exercise, FrameSpec, LocalText, local

FRAME_Z = -1000.0  # frames lie under every note, as on boards the facilitator draws
LANE_WIDTH, LANE_HEIGHT, LANE_GAP, LANES_PER_ROW = 300.0, 320.0, 40.0, 4  # wide enough for "Eksperter og forskning"
LANE_COLOURS = ("#eef3f8", "#f6f0e6")  # blue-grey, sand: alternate rows, as in the demo's actor map

# The names of Sørensen's categories of actors (slide 5), as the lanes of an actor map show them.
CATEGORY_NAMES: dict[StakeholderCategory, LocalText] = {
    StakeholderCategory.POLITICIANS: {
        "nb": "Politikere", "nn": "Politikarar", "sv": "Politiker", "da": "Politikere", "en": "Politicians"},
    StakeholderCategory.ADMINISTRATORS: {
        "nb": "Administrasjon", "nn": "Administrasjon", "sv": "Tjänstepersoner", "da": "Administration",
        "en": "Administrators"},
    StakeholderCategory.PROFESSIONALS: {
        "nb": "Fagfolk", "nn": "Fagfolk", "sv": "Professioner", "da": "Fagprofessionelle", "en": "Professionals"},
    StakeholderCategory.EXPERTS: {
        "nb": "Eksperter og forskning", "nn": "Ekspertar og forsking", "sv": "Experter och forskning",
        "da": "Eksperter og forskning", "en": "Experts and research"},
    StakeholderCategory.ASSOCIATIONS: {
        "nb": "Lag og foreninger", "nn": "Lag og foreiningar", "sv": "Föreningar", "da": "Foreninger",
        "en": "Associations"},
    StakeholderCategory.BUSINESSES: {
        "nb": "Næringsliv", "nn": "Næringsliv", "sv": "Näringsliv", "da": "Virksomheder", "en": "Businesses"},
    StakeholderCategory.CITIZENS: {
        "nb": "Innbyggere", "nn": "Innbyggjarar", "sv": "Invånare", "da": "Borgere", "en": "Citizens"},
    StakeholderCategory.USERS: {
        "nb": "Brukere", "nn": "Brukarar", "sv": "Brukare", "da": "Brugere", "en": "Users"},
}  # fmt: skip


@dataclass(frozen=True)
class BuiltBoard:
    """A board with its frames, prompt notes and vote; unpacks as (board, frames, notes, vote)."""

    board: Board
    frames: list[Frame] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    vote: Vote | None = None

    def __iter__(self) -> Iterator[object]:
        return iter((self.board, self.frames, self.notes, self.vote))

    def entities(self) -> list[object]:
        """Everything to upsert, parents before children."""
        return [self.board, *self.frames, *self.notes, *([self.vote] if self.vote else [])]


def build_board(
    exercise: Exercise, language: str, *, position: int = 0, phase: Phase | None = None, name: str = ""
) -> BuiltBoard | None:
    """The board `exercise` starts with, its text in `language`; None if it has no board.

    `position` is the board's place within its phase; `phase` defaults to the
    exercise's; `name` to the exercise's title.
    """
    spec = exercise.board
    if spec is None:
        return None
    board = Board(
        name=name or local(exercise.title, language),
        phase=phase or exercise.phase,
        kind=spec.kind,
        position=position,
    )
    frames: list[Frame] = []
    for frame_spec in spec.frames:
        parent = _frame(board, frame_spec, language, len(frames))
        frames.append(parent)
        for child in frame_spec.children:
            frames.append(_frame(board, child, language, len(frames), parent_id=parent.id))
    frames += _category_lanes(board, spec.stakeholder_categories, language, frames)
    notes = []
    for index, prompt in enumerate(spec.prompts):
        note = Note(
            board_id=board.id,
            text=local(prompt.text, language),
            colour=prompt.colour,
            x=prompt.x,
            y=prompt.y,
            width=prompt.width,
            height=prompt.height,
            z=float(index + 1),
        )
        container = _smallest_frame_holding(note, frames)
        notes.append(replace(note, frame_id=container.id if container else None))
    vote = None
    if spec.vote is not None:
        rules = spec.vote
        vote = Vote(
            board_id=board.id,
            title=local(rules.question, language) if rules.question else board.name,
            dots_per_person=rules.dots_per_person,
            allow_stacking=rules.allow_stacking,
            hidden=rules.hidden,
        )
    return BuiltBoard(board, frames, notes, vote)


def _frame(board: Board, spec: FrameSpec, language: str, index: int, parent_id: str | None = None) -> Frame:
    return Frame(
        board_id=board.id,
        title=local(spec.title, language),
        x=spec.x,
        y=spec.y,
        width=spec.width,
        height=spec.height,
        z=FRAME_Z + index,
        colour=spec.colour,
        parent_id=parent_id,
    )


def _category_lanes(
    board: Board, categories: tuple[StakeholderCategory, ...], language: str, frames: list[Frame]
) -> list[Frame]:
    """One empty lane per category, in rows of four, below the frames already on the board."""
    top = max((f.y + f.height for f in frames), default=-LANE_GAP) + LANE_GAP
    left = min((f.x for f in frames), default=0.0)
    lanes = []
    for number, category in enumerate(categories):
        row, column = divmod(number, LANES_PER_ROW)
        lanes.append(
            Frame(
                board_id=board.id,
                title=local(CATEGORY_NAMES[category], language),
                x=left + column * (LANE_WIDTH + LANE_GAP),
                y=top + row * (LANE_HEIGHT + LANE_GAP),
                width=LANE_WIDTH,
                height=LANE_HEIGHT,
                z=FRAME_Z + len(frames) + number,
                colour=LANE_COLOURS[row % 2],
            )
        )
    return lanes


def _smallest_frame_holding(note: Note, frames: list[Frame]) -> Frame | None:
    holding = [
        f
        for f in frames
        if f.x <= note.x
        and f.y <= note.y
        and note.x + note.width <= f.x + f.width
        and note.y + note.height <= f.y + f.height
    ]
    return min(holding, key=lambda f: f.width * f.height, default=None)
