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
# Cells are laid exactly a gap apart, which the sums of their places may miss by a rounding
# (5.7e-14 of a unit): so little closer must not count as near, or no two cells of a row would
# fit side by side and the scan would run past its end.
ROUNDING = 1e-6


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
    finite = [r for r in occupied if all(map(math.isfinite, (r.x, r.y, r.width, r.height)))]
    grid = (origin, columns, size, gap)
    seen = frozenset((r.x, r.y, r.width, r.height) for r in finite)
    start = _resume_row(grid, seen)
    # Each rectangle is filed under the grid rows it comes near, so a cell is checked only
    # against its own row's neighbours: a board of 5,000 notes is scanned in milliseconds.
    rows: dict[int, list[Rect]] = {}

    def file_under_rows(rect: Rect) -> None:
        first = math.floor((rect.y - gap - height - origin[1]) / pitch)
        last = math.floor((rect.bottom + gap - origin[1]) / pitch)
        for row in range(max(start, first), max(0, last) + 1):
            rows.setdefault(row, []).append(rect)

    for rect in finite:
        # Rows above the start are not scanned: what lies only there need not be filed.
        if start == 0 or (rect.bottom + gap - origin[1]) / pitch >= start:
            file_under_rows(rect)
    # Below the lowest occupied rectangle every cell is free: the scan ends by then.
    last_row = max(max(rows, default=0), start) + math.ceil(count / columns) + 1
    positions: list[tuple[float, float]] = []
    for row in range(start, last_row + 1):
        for column in range(columns):
            cell = Rect(origin[0] + column * (width + gap), origin[1] + row * pitch, width, height)
            if any(cell.near(r, gap - ROUNDING) for r in rows.get(row, ())):
                continue
            if not positions:
                _first_free[grid] = (seen, row)
                while len(_first_free) > _GRIDS_REMEMBERED:
                    del _first_free[next(iter(_first_free))]
            positions.append((cell.x, cell.y))
            file_under_rows(cell)
            if len(positions) == count:
                return positions
    raise AssertionError("the grid scan ran past every occupied cell")  # pragma: no cover


# Releases come in groups of at most 40 while a room writes, and each used to scan a full
# board from its top: about 8 ms for 40 notes on a board of 500. Each grid remembers the row
# of its last first free cell and what was occupied then. Every cell before it was taken by
# that occupied space; when the space now occupied holds all of it (notes were only added),
# those cells are still taken, so the scan starts at that row and gives the same cells a
# full scan gives. A note moved or removed since means a scan from the top.
_GRIDS_REMEMBERED = 64
_first_free: dict[
    tuple[tuple[float, float], int, tuple[float, float], float],
    tuple[frozenset[tuple[float, float, float, float]], int],
] = {}


def _resume_row(
    grid: tuple[tuple[float, float], int, tuple[float, float], float],
    occupied: frozenset[tuple[float, float, float, float]],
) -> int:
    """The grid row the scan may start at: 0, or where the last scan of this grid found its first free cell."""
    remembered = _first_free.get(grid)
    if remembered is None or not remembered[0] <= occupied:
        return 0
    return remembered[1]


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
