"""Where a new note goes: in free space, near the note made last or inside a frame, never on top of another.

Pure geometry on (x, y, width, height) rectangles, so the rule is tested without a screen.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

Rect = tuple[float, float, float, float]

GAP = 20.0  # between a new note and its neighbours, as the demo's notes lie
INSET = 20.0  # from a frame's edge to the notes inside it
_RINGS = 30  # how far out to look before giving up on free space


def overlaps(a: Rect, b: Rect, gap: float = 0.0) -> bool:
    """Whether two rectangles come closer than `gap` (touching counts as apart)."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw + gap and bx < ax + aw + gap and ay < by + bh + gap and by < ay + ah + gap


def _inside(rect: Rect, host: Rect) -> bool:
    x, y, w, h = rect
    hx, hy, hw, hh = host
    return hx <= x and hy <= y and x + w <= hx + hw and y + h <= hy + hh


def _around(x: float, y: float, step_x: float, step_y: float, *, centre: bool) -> Iterator[tuple[float, float]]:
    """Grid spots round (x, y), ring by ring; in a ring the nearest first, to the right before below."""
    if centre:
        yield x, y
    for ring in range(1, _RINGS + 1):
        spots = [(i, j) for i in range(-ring, ring + 1) for j in range(-ring, ring + 1) if max(abs(i), abs(j)) == ring]
        # Reading order: to the right of the last note, then below it, then left and above.
        spots.sort(key=lambda s: (abs(s[0]) + abs(s[1]), s[0] < 0, s[1] < 0, -s[0], -s[1]))
        for i, j in spots:
            yield x + i * step_x, y + j * step_y


def free_spot(
    size: tuple[float, float],
    taken: Sequence[Rect],
    *,
    near: Rect | None = None,
    centre: tuple[float, float] | None = None,
    within: Rect | None = None,
) -> tuple[float, float]:
    """The top-left corner of a free place for a note of `size`.

    Inside `within` (a frame) in reading order when it has room; otherwise beside `near`
    (the note made last), or round `centre` (the middle of the view) when there is no such
    note. A place is free when it keeps GAP from every rectangle in `taken`.
    """
    width, height = size
    step_x, step_y = width + GAP, height + GAP

    def free(x: float, y: float) -> bool:
        return not any(overlaps((x, y, width, height), other, GAP - 0.5) for other in taken)

    if within is not None:
        if near is not None and _inside(near, within):
            for x, y in _around(near[0], near[1], step_x, step_y, centre=False):
                if _inside((x, y, width, height), within) and free(x, y):
                    return x, y
        fx, fy, fw, fh = within
        y = fy + INSET
        while y + height <= fy + fh - INSET + 0.5:
            x = fx + INSET
            while x + width <= fx + fw - INSET + 0.5:
                if free(x, y):
                    return x, y
                x += step_x
            y += step_y
    if near is not None:
        start, from_centre = (near[0], near[1]), False
    elif centre is not None:
        start, from_centre = (centre[0] - width / 2, centre[1] - height / 2), True
    elif within is not None:
        start, from_centre = (within[0] + INSET, within[1] + INSET), True
    else:
        start, from_centre = (0.0, 0.0), True
    for x, y in _around(*start, step_x, step_y, centre=from_centre):
        if free(x, y) and (within is None or not overlaps((x, y, width, height), within)):
            return x, y
    return start
