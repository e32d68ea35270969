"""Puts the demo's boards together: notes on a grid, frames round them, arrows between them."""

from __future__ import annotations

from collections.abc import Sequence

from app.demo.content import CREATED, GAP, INIT, PAD, TITLE, TREE_COL_GAP, FlokeItem, Item, Point
from app.domain.floke_layout import LEVEL_GAP
from app.domain.model import (
    NOTE_HEIGHT,
    NOTE_WIDTH,
    Board,
    BoardKind,
    Connector,
    ConnectorKind,
    Frame,
    Note,
    Phase,
    Workshop,
)


def tree_frame_size(cols: int, rows: int) -> tuple[float, float]:
    """The size of a floke tree frame: levels further apart, so arrows and their labels have room.

    Kept as compact as that allows: a 1920x1080 projector must show one such frame with
    legible text (tests/audience_screens_scenario.py).
    """
    width = 2 * PAD + cols * NOTE_WIDTH + (cols - 1) * TREE_COL_GAP
    return width, PAD + rows * NOTE_HEIGHT + (rows - 1) * LEVEL_GAP + PAD


def frame_size(cols: int, rows: int, note_width: float = NOTE_WIDTH) -> tuple[float, float]:
    """The width and height of a frame that holds `rows` by `cols` notes."""
    width = 2 * PAD + cols * note_width + (cols - 1) * GAP
    return width, TITLE + rows * NOTE_HEIGHT + (rows - 1) * GAP + PAD


class Builder:
    """Adds boards and their contents to a workshop, one board at a time.

    After `start()`, every note, frame and connector goes on that board, and
    each note lies above the one made before it.
    """

    def __init__(self, workshop: Workshop, names: dict[str, str]) -> None:
        self.workshop = workshop
        self.names = names  # author key to name
        self.board = Board(name="", phase=INIT)  # a stand-in until start() makes the first board
        self._z = 0.0

    def start(self, name: str, phase: Phase, kind: BoardKind = BoardKind.FREE) -> None:
        self.board = Board(name=name, phase=phase, kind=kind, position=len(self.workshop.boards_in(phase)))
        self.workshop.boards.append(self.board)
        self._z = 0.0

    def note(
        self,
        item: Item,
        colour: str,
        at: Point,
        frame: Frame | None = None,
        width: float = NOTE_WIDTH,
        sectors: Sequence[str] = (),
    ) -> Note:
        text, author = item
        x, y = map(float, at)  # the tables may give whole numbers
        self._z += 1.0
        note = Note(
            board_id=self.board.id,
            text=text,
            colour=colour,
            x=x,
            y=y,
            width=width,
            z=self._z,
            author=self.names.get(author, author),
            frame_id=frame.id if frame else None,
            created=CREATED,
            modified=CREATED,
            sectors=list(sectors),
        )
        self.workshop.notes.append(note)
        return note

    def framed(
        self,
        title: str,
        fill: str,
        at: Point,
        cols: int,
        items: Sequence[Item],
        colour: str,
        rows: int = 0,
        width: float = NOTE_WIDTH,
        sectors: Sequence[str] = (),
    ) -> list[Note]:
        """A frame with a grid of notes in it, filled by rows; at least `rows` high."""
        x, y = map(float, at)
        rows = max(rows, -(-len(items) // cols))
        frame_width, frame_height = frame_size(cols, rows, width)
        depth = sum(1 for f in self.workshop.frames if f.board_id == self.board.id)
        frame = Frame(self.board.id, title, x, y, frame_width, frame_height, z=-1000.0 + depth, colour=fill)
        self.workshop.frames.append(frame)
        x, y = x + PAD, y + TITLE
        return [
            self.note(
                item, colour, (x + i % cols * (width + GAP), y + i // cols * (NOTE_HEIGHT + GAP)), frame, width, sectors
            )
            for i, item in enumerate(items)
        ]

    def connect(self, start: Note, end: Note, kind: ConnectorKind, label: str = "") -> None:
        self.workshop.connectors.append(Connector(self.board.id, start.id, end.id, label=label, kind=kind))

    def tree_frame(
        self, title: str, fill: str, at: Point, cols: int, items: Sequence[FlokeItem], colour: str, *, upward: bool
    ) -> dict[str, Note]:
        """A frame holding levels of a floke tree, row 0 nearest the trunk (at the bottom when `upward`)."""
        x, y = map(float, at)
        rows = 1 + max(row for *_, row in items)
        frame_width, frame_height = tree_frame_size(cols, rows)
        depth = sum(1 for f in self.workshop.frames if f.board_id == self.board.id)
        frame = Frame(self.board.id, title, x, y, frame_width, frame_height, z=-1000.0 + depth, colour=fill)
        self.workshop.frames.append(frame)
        notes = {}
        for key, text, author, sectors, col, row in items:
            line = rows - 1 - row if upward else row
            spot = (x + PAD + col * (NOTE_WIDTH + TREE_COL_GAP), y + PAD + line * (NOTE_HEIGHT + LEVEL_GAP))
            notes[key] = self.note((text, author), colour, spot, frame, sectors=sectors)
        return notes
