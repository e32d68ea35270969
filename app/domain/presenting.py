"""What the projector shows, as plain rules: follow modes, the order of frames, legible sizes, the countdown.

No Qt here: the audience view (widgets/projector/projector_window.py) and the projector
(widgets/projector/projector.py) apply these to pixels and screens.
"""

from __future__ import annotations

import math
from enum import StrEnum

from app.domain.model import Frame

# Note text on the wall must be at least this share of the screen's height to be read from
# the back row of a council chamber (10 m from a 2 m high picture: about 28 px at 800 lines).
MIN_TEXT_SHARE = 0.035
# A board of three notes is not blown up beyond this: giant letters are hard to read too.
MAX_TEXT_SHARE = 0.07


class FollowMode(StrEnum):
    """What the audience view shows of the facilitator's board."""

    BOARD = "board"  # the whole board, fitted to the screen
    FRAME = "frame"  # one frame at a time, chosen by the facilitator
    VIEWPORT = "viewport"  # what the facilitator's own board view shows


def min_text_px(screen_height: int) -> float:
    """The smallest note text, in pixels, that the back row can read on a screen this high."""
    return MIN_TEXT_SHARE * screen_height


def max_scale(font_px: float, screen_height: int) -> float:
    """The largest zoom at which text of `font_px` board units stays within MAX_TEXT_SHARE."""
    return MAX_TEXT_SHARE * screen_height / font_px


def legible(scale: float, font_px: float, screen_height: int) -> bool:
    """True when text of `font_px` board units, drawn at `scale`, is big enough for the room."""
    return scale * font_px >= min_text_px(screen_height) - 1e-6


def frames_in_reading_order(frames: list[Frame]) -> list[Frame]:
    """Frames top to bottom, then left to right, as a room reads a wall; each followed by the frames inside it.

    Frames whose tops lie within a quarter of the shorter one's height count as
    one row, so a row of frames drawn by hand a few units apart is still read
    left to right.
    """
    ids = {f.id for f in frames}
    children: dict[str | None, list[Frame]] = {}
    for frame in frames:
        parent = frame.parent_id if frame.parent_id in ids else None
        children.setdefault(parent, []).append(frame)
    ordered: list[Frame] = []
    seen: set[str] = set()  # a cycle of parents in a damaged file must not loop forever

    def visit(parent: str | None) -> None:
        for frame in _in_rows(children.get(parent, [])):
            if frame.id not in seen:
                seen.add(frame.id)
                ordered.append(frame)
                visit(frame.id)

    visit(None)
    ordered += [f for f in _in_rows(frames) if f.id not in seen]
    return ordered


def _in_rows(frames: list[Frame]) -> list[Frame]:
    rows: list[list[Frame]] = []
    for frame in sorted(frames, key=lambda f: (f.y, f.x)):
        row = rows[-1] if rows else None
        if row is not None and frame.y - row[0].y <= 0.25 * min(frame.height, row[0].height):
            row.append(frame)
        else:
            rows.append([frame])
    return [frame for row in rows for frame in sorted(row, key=lambda f: (f.x, f.y))]


def step_index(current: int | None, count: int, step: int) -> int | None:
    """The index `step` places after `current` in a list of `count`, held at the ends; None if empty.

    With nothing chosen yet, going forward starts at the first and going back at the last.
    """
    if count == 0:
        return None
    if current is None:
        return 0 if step >= 0 else count - 1
    return min(count - 1, max(0, current + step))


def format_countdown(seconds: float) -> str:
    """ "12:05", "1:02:05" or, once the step has run over, "−0:30" (a true minus sign)."""
    # Round up while counting down, so "0:00" appears only when time is out, and the
    # minus only once a whole second has been overrun.
    over = seconds <= -1
    whole = math.floor(-seconds) if over else max(0, math.ceil(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return "\u2212" + text if over else text
