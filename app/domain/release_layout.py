"""Where notes released from phones land: a tidy grid in the free space of a frame or a board.

Pure geometry over rectangles, so the rule is tested without a screen. The
grid is scanned row by row, left to right; a cell is taken only when it keeps
a gap to every note (and nested frame) already there. The scan goes down as
far as it must, so it always finds room and never lays a note on another;
a frame that runs out of room grows downwards instead of spilling its notes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.model import NOTE_HEIGHT, NOTE_WIDTH, Frame

GAP = 20.0  # between released notes, and between them and what was there
FRAME_PADDING = 20.0
FRAME_TITLE_BAND = 44.0  # a frame's title is drawn along its top edge
BOARD_COLUMNS = 5


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle in scene units."""

    x: float
    y: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def near(self, other: Rect, margin: float) -> bool:
        """Whether the two overlap, or come closer than `margin`."""
        return (
            self.x < other.x + other.width + margin
            and other.x < self.x + self.width + margin
            and self.y < other.bottom + margin
            and other.y < self.bottom + margin
        )


def free_grid(
    count: int,
    *,
    origin: tuple[float, float],
    columns: int,
    occupied: Sequence[Rect],
    size: tuple[float, float] = (NOTE_WIDTH, NOTE_HEIGHT),
    gap: float = GAP,
) -> list[tuple[float, float]]:
    """Top-left corners for `count` notes on a grid from `origin`, skipping cells near `occupied`."""
    if count <= 0:
        return []
    width, height = size
    columns = max(1, columns)
    pitch = height + gap
    # Each rectangle is filed under the grid rows it comes near, so a cell is checked only
    # against its own row's neighbours: a board of 5,000 notes is scanned in milliseconds.
    rows: dict[int, list[Rect]] = {}

    def file_under_rows(rect: Rect) -> None:
        first = math.floor((rect.y - gap - height - origin[1]) / pitch)
        last = math.floor((rect.bottom + gap - origin[1]) / pitch)
        for row in range(max(0, first), max(0, last) + 1):
            rows.setdefault(row, []).append(rect)

    finite = [r for r in occupied if all(map(math.isfinite, (r.x, r.y, r.width, r.height)))]
    for rect in finite:
        file_under_rows(rect)
    # Below the lowest occupied rectangle every cell is free: the scan ends by then.
    last_row = max(rows, default=0) + math.ceil(count / columns) + 1
    positions: list[tuple[float, float]] = []
    for row in range(last_row + 1):
        for column in range(columns):
            cell = Rect(origin[0] + column * (width + gap), origin[1] + row * pitch, width, height)
            if any(cell.near(r, gap) for r in rows.get(row, ())):
                continue
            positions.append((cell.x, cell.y))
            file_under_rows(cell)
            if len(positions) == count:
                return positions
    raise AssertionError("the grid scan ran past every occupied cell")  # pragma: no cover


@dataclass(frozen=True)
class Placement:
    """Where released notes go, and the frame's new height when it had to grow (else None)."""

    positions: list[tuple[float, float]]
    frame_height: float | None = None


def place_in_frame(frame: Frame, count: int, occupied: Sequence[Rect]) -> Placement:
    """A grid inside the frame, under its title, clear of the notes and nested frames in `occupied`."""
    inner_width = frame.width - 2 * FRAME_PADDING
    columns = max(1, int((inner_width + GAP) // (NOTE_WIDTH + GAP)))
    origin = (frame.x + FRAME_PADDING, frame.y + FRAME_TITLE_BAND)
    positions = free_grid(count, origin=origin, columns=columns, occupied=occupied)
    needed = max((y + NOTE_HEIGHT for _, y in positions), default=frame.y) + FRAME_PADDING - frame.y
    return Placement(positions, needed if needed > frame.height else None)


def place_on_board(count: int, occupied: Sequence[Rect]) -> Placement:
    """A grid on a board without frames chosen, from the top left of what is there, clear of it all."""
    finite = [r for r in occupied if math.isfinite(r.x) and math.isfinite(r.y)]
    origin = (min((r.x for r in finite), default=0.0), min((r.y for r in finite), default=0.0))
    return Placement(free_grid(count, origin=origin, columns=BOARD_COLUMNS, occupied=occupied))
