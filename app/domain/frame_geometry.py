"""Which frame a note or a frame belongs to, from where it lies: pure geometry, no Qt.

A note belongs to the innermost frame under its centre when it is dropped;
a frame dropped inside another becomes its child, one level deep only (a
frame with children of its own stays on top, as does a frame dropped inside
a child frame: it joins that child's parent instead).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from app.domain.model import Frame

FRAME_MIN_WIDTH = 160.0
FRAME_MIN_HEIGHT = 100.0
FRAME_PAD = 20.0  # round the notes a new frame is made round
TITLE_BAND = 34.0  # a frame's title is drawn in this band above its top edge (widgets/board/frame_item.py)

Rect = tuple[float, float, float, float]  # x, y, width, height


def contains(frame: Frame, x: float, y: float) -> bool:
    return frame.x <= x <= frame.x + frame.width and frame.y <= y <= frame.y + frame.height


def frame_at(
    frames: Iterable[Frame], x: float, y: float, *, exclude: set[str] | frozenset[str] = frozenset()
) -> Frame | None:
    """The innermost frame under (x, y): a child frame before its parent, then the smallest."""
    under = [f for f in frames if f.id not in exclude and contains(f, x, y)]
    if not under:
        return None
    return min(under, key=lambda f: (f.parent_id is None, f.width * f.height, -f.z))


def frame_for_note(frames: Iterable[Frame], x: float, y: float, width: float, height: float) -> str | None:
    """The frame a note at this place belongs to (by its centre), or None."""
    found = frame_at(frames, x + width / 2, y + height / 2)
    return found.id if found is not None else None


def children_of(frames: Iterable[Frame], frame_id: str) -> list[Frame]:
    return [f for f in frames if f.parent_id == frame_id]


def parent_for(frame: Frame, frames: Sequence[Frame]) -> str | None:
    """The parent `frame` gets where it now lies, keeping nesting to one level."""
    if children_of(frames, frame.id):
        return None  # it is a parent itself: nesting it would make a grandchild
    others = [f for f in frames if f.id != frame.id]
    host = frame_at(others, frame.x + frame.width / 2, frame.y + frame.height / 2)
    if host is None:
        return None
    return host.parent_id or host.id


def clamped_size(width: float, height: float) -> tuple[float, float]:
    return max(FRAME_MIN_WIDTH, round(width)), max(FRAME_MIN_HEIGHT, round(height))


def frame_round(
    members: Mapping[str, Rect], others: Sequence[Rect], *, gap: float = 20.0
) -> tuple[Rect, dict[str, tuple[float, float]]]:
    """The rectangle of a new frame round the `members` notes, and where any of them must move.

    Round the notes where they lie, when that takes in no other note (by its centre, as a
    note belongs to a frame); otherwise, with notes far apart, the members are gathered in
    a grid in free space near the first of them (top left), so the frame holds them only.
    """
    from app.domain.free_spot import free_spot  # Shift+F only: not on the way to the first frame

    boxes = list(members.values())
    left = min(b[0] for b in boxes) - FRAME_PAD
    top = min(b[1] for b in boxes) - FRAME_PAD
    right = max(b[0] + b[2] for b in boxes) + FRAME_PAD
    bottom = max(b[1] + b[3] for b in boxes) + FRAME_PAD
    rect = (left, top, right - left, bottom - top)
    if not any(_holds(rect, o) for o in others):
        return rect, {}
    order = sorted(members.items(), key=lambda kv: (kv[1][1], kv[1][0], kv[0]))
    cols = math.ceil(math.sqrt(len(order)))
    rows = math.ceil(len(order) / cols)
    cell_w = max(b[2] for b in boxes) + gap
    cell_h = max(b[3] for b in boxes) + gap
    width = cols * cell_w - gap + 2 * FRAME_PAD
    height = rows * cell_h - gap + 2 * FRAME_PAD
    first = order[0][1]
    # Room for the frame and its title above it, kept clear of every other note.
    outer = (width, height + TITLE_BAND)
    x, y = free_spot(
        outer,
        others,
        centre=(first[0] - FRAME_PAD + width / 2, first[1] - FRAME_PAD - TITLE_BAND + outer[1] / 2),
    )
    y += TITLE_BAND
    moves = {
        note_id: (x + FRAME_PAD + i % cols * cell_w, y + FRAME_PAD + i // cols * cell_h)
        for i, (note_id, _box) in enumerate(order)
    }
    return (x, y, width, height), moves


def room_for_title(frame: Rect, host: Frame) -> Rect | None:
    """The host frame grown upwards when `frame`, inside it, would cover the host's title with its own."""
    _x, y, _w, _h = frame
    if y - TITLE_BAND >= host.y + FRAME_PAD / 2:
        return None
    top = y - TITLE_BAND - FRAME_PAD
    return host.x, top, host.width, host.height + host.y - top


def _holds(rect: Rect, other: Rect) -> bool:
    x, y, w, h = other
    cx, cy = x + w / 2, y + h / 2
    return rect[0] <= cx <= rect[0] + rect[2] and rect[1] <= cy <= rect[1] + rect[3]
