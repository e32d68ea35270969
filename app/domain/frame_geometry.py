"""Which frame a note or a frame belongs to, from where it lies: pure geometry, no Qt.

A note belongs to the innermost frame under its centre when it is dropped;
a frame dropped inside another becomes its child, one level deep only (a
frame with children of its own stays on top, as does a frame dropped inside
a child frame: it joins that child's parent instead).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.domain.model import Frame

FRAME_MIN_WIDTH = 160.0
FRAME_MIN_HEIGHT = 100.0


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
