"""The release grid's scan resumes where the last one found room: the same cells as a scan from the top."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.model import NOTE_HEIGHT, NOTE_WIDTH
from app.domain.release_layout import GAP, ROUNDING, Rect, free_grid, place_on_board


def full_scan(count: int, origin: tuple[float, float], columns: int, occupied: list[Rect]) -> list[tuple[float, float]]:
    """The rule as first written: every cell from the grid's top, checked against everything occupied."""
    placed: list[Rect] = []
    finite = [r for r in occupied if all(map(math.isfinite, (r.x, r.y, r.width, r.height)))]
    row = 0
    while True:
        for column in range(columns):
            cell = Rect(
                origin[0] + column * (NOTE_WIDTH + GAP), origin[1] + row * (NOTE_HEIGHT + GAP), NOTE_WIDTH, NOTE_HEIGHT
            )
            if not any(cell.near(r, GAP - ROUNDING) for r in (*finite, *placed)):
                placed.append(cell)
                if len(placed) == count:
                    return [(c.x, c.y) for c in placed]
        row += 1


rects = st.builds(Rect, st.floats(-300, 1200), st.floats(-300, 1500), st.floats(40, 500), st.floats(40, 500))
# Each step: how many notes a release places, what else lands on the board before it (a note
# a facilitator adds), and whether one rectangle already there is taken away or moved first.
steps = st.lists(
    st.tuples(st.integers(1, 12), st.lists(rects, max_size=3), st.sampled_from(["keep", "remove", "move"])),
    min_size=1,
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(rects, max_size=15), steps, st.integers(1, 5), st.floats(-50, 50))
def test_releases_in_turn_land_where_a_scan_from_the_top_puts_them(
    start: list[Rect], releases: list[tuple[int, list[Rect], str]], columns: int, left: float
) -> None:
    occupied = list(start)
    origin = (left, 0.0)
    for count, added, change in releases:
        occupied += added
        if change == "remove" and occupied:
            occupied.pop(len(occupied) // 2)
        elif change == "move" and occupied:
            moved = occupied.pop(0)
            occupied.append(Rect(moved.x, moved.y - 400, moved.width, moved.height))
        expected = full_scan(count, origin, columns, occupied)
        assert free_grid(count, origin=origin, columns=columns, occupied=occupied) == expected
        occupied += [Rect(x, y, NOTE_WIDTH, NOTE_HEIGHT) for x, y in expected]  # the release is committed


def test_a_room_filling_a_board_group_by_group_matches_the_full_scan() -> None:
    """Groups of 40 onto a board that holds a frame and grows to 500 notes, with one note deleted halfway."""
    occupied = [Rect(0.0, 0.0, 900.0, 300.0)]
    for group in range(13):
        if group == 6:
            occupied.pop(3)  # a note deleted: the cells it held are free again
        expected = full_scan(40, (0.0, 0.0), 5, occupied)
        placement = place_on_board(40, occupied)
        assert placement.positions == expected
        occupied += [Rect(x, y, NOTE_WIDTH, NOTE_HEIGHT) for x, y in expected]
    assert (expected[0][1] > 3000) and len(occupied) == 1 + 13 * 40 - 1


def test_a_release_not_committed_is_placed_again_in_the_same_cells() -> None:
    occupied = [Rect(0.0, 0.0, NOTE_WIDTH, NOTE_HEIGHT)]
    first = free_grid(3, origin=(0.0, 0.0), columns=2, occupied=occupied)
    assert (
        free_grid(3, origin=(0.0, 0.0), columns=2, occupied=occupied) == first == full_scan(3, (0.0, 0.0), 2, occupied)
    )


def test_cells_a_rounding_closer_than_the_gap_still_fit_side_by_side() -> None:
    """Found by the test above: from x = -0.504..., the third cell of a row lay 5.7e-14 closer to the
    second than the gap, so each row took two notes and the scan ran past its end (an error in the
    room instead of the notes)."""
    left = -0.5040852299797862
    positions = free_grid(12, origin=(left, 0.0), columns=3, occupied=[Rect(0.0, 0.0, 40.0, 40.0)])
    assert len(positions) == 12
    assert positions == full_scan(12, (left, 0.0), 3, [Rect(0.0, 0.0, 40.0, 40.0)])
    assert len({y for _x, y in positions}) == 5  # rows of three, after the row the small note shares
