"""Tidy a floke tree: the problem in the middle, causes below, effects above.

A pure function over the board's notes, connectors and frames; it returns
where notes and frames should go and changes nothing itself, so the board
turns the answer into one undo step and the tests need no screen.

The facilitator's own arrangement is kept as far as the tree allows:
- the notes of the tree move (the trunk stays);
- a level keeps its notes' left-to-right order and, where they do not
  overlap, their own x; overlapping notes are pushed apart as little as
  possible (least squares, by pooling adjacent violators);
- a level stays at the height where its notes already are, unless that is on
  the wrong side of the level before it or too close to it;
- notes without arrows that lie where the tree now goes (where its arrows
  run) move aside, to a column beside the tree; the others stay;
- a tree note in no frame joins the frame of its level (or of the level it
  grows from): an effect of an effect goes in with the effects;
- frames keep their notes: a frame grows to hold its members again.
"""

from __future__ import annotations

import dataclasses
import statistics
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.domain.model import Connector, ConnectorKind, Frame, Note

LEVEL_GAP = 50.0  # between levels: room for an arrow with its label
NOTE_GAP = 20.0  # between notes of a level, as on a board laid out by hand
CLEARANCE = 10.0  # kept free between the tree and notes outside it
FRAME_PAD = 20.0  # round a frame's notes (its title is drawn above it)
_STEP = 20.0  # how far a note moved aside goes down at a time to find room
_MAX_STEPS = 500
# Words in a frame title that mark the trunk of the tree (the problem), in the app's languages.
TRUNK_WORDS = ("trunk", "stamme", "stam", "problem")
# Related is a link without a direction: it does not make a note a cause or an effect.
DIRECTED = frozenset({ConnectorKind.CAUSES, ConnectorKind.LEADS_TO, ConnectorKind.BLOCKS})

Rect = tuple[float, float, float, float]  # x, y, width, height


@dataclass
class FlokeTree:
    """The tree read from the arrows: the trunk, then causes and effects by depth."""

    trunk: list[str]
    causes: list[list[str]] = field(default_factory=list)  # causes[0] are the direct causes
    effects: list[list[str]] = field(default_factory=list)  # effects[0] are the direct effects

    def members(self) -> set[str]:
        return {*self.trunk, *(i for level in (*self.causes, *self.effects) for i in level)}


@dataclass
class Tidied:
    """Where things go: only what moves is listed."""

    notes: dict[str, tuple[float, float]]  # note id: (x, y)
    frames: dict[str, Rect]  # frame id: (x, y, width, height)
    joined: dict[str, str] = field(default_factory=dict)  # note id: the frame it now belongs to

    def is_empty(self) -> bool:
        return not self.notes and not self.frames and not self.joined


def find_trunk(notes: Sequence[Note], connectors: Sequence[Connector], frames: Sequence[Frame]) -> list[str]:
    """The note(s) of the problem: those in a frame titled trunk/stamme, else the most connected note."""
    edges = _directed(notes, connectors)
    linked = {i for edge in edges for i in edge}
    if not linked:
        return []
    trunk_frames = {f.id for f in frames if any(w in f.title.casefold() for w in TRUNK_WORDS)}
    trunk_frames |= {f.id for f in frames if f.parent_id in trunk_frames}
    in_trunk_frame = [n.id for n in notes if n.frame_id in trunk_frames]
    if any(i in linked for i in in_trunk_frame):
        return in_trunk_frame
    degree = {i: 0 for i in linked}
    for a, b in edges:
        degree[a] += 1
        degree[b] += 1
    by_id = {n.id: n for n in notes}
    cx = statistics.fmean(_centre(by_id[i])[0] for i in linked)
    cy = statistics.fmean(_centre(by_id[i])[1] for i in linked)

    def rank(note_id: str) -> tuple[int, float, str]:
        x, y = _centre(by_id[note_id])
        return (-degree[note_id], (x - cx) ** 2 + (y - cy) ** 2, note_id)

    return [min(linked, key=rank)]


def read_tree(notes: Sequence[Note], connectors: Sequence[Connector], frames: Sequence[Frame]) -> FlokeTree:
    """Follow the arrows back from the trunk (causes) and forward from it (effects), by depth."""
    trunk = find_trunk(notes, connectors, frames)
    edges = _directed(notes, connectors)
    forward: dict[str, list[str]] = {}
    backward: dict[str, list[str]] = {}
    for a, b in edges:
        forward.setdefault(a, []).append(b)
        backward.setdefault(b, []).append(a)
    cause_depth = _depths(trunk, backward)
    effect_depth = _depths(trunk, forward)
    causes: dict[int, list[str]] = {}
    effects: dict[int, list[str]] = {}
    for note in notes:
        c, e = cause_depth.get(note.id), effect_depth.get(note.id)
        if note.id in trunk or (c is None and e is None):
            continue
        # A note on a loop is both: it goes where it is nearer the trunk (a cause on a tie).
        if e is None or (c is not None and c <= e):
            causes.setdefault(c, []).append(note.id)  # type: ignore[arg-type]
        else:
            effects.setdefault(e, []).append(note.id)
    return FlokeTree(
        trunk=trunk,
        causes=[causes[d] for d in sorted(causes)],
        effects=[effects[d] for d in sorted(effects)],
    )


def tidy_floke_tree(notes: Sequence[Note], connectors: Sequence[Connector], frames: Sequence[Frame]) -> Tidied:
    """Lay the tree out in levels around its trunk; see the module docstring for what is kept."""
    tree = read_tree(notes, connectors, frames)
    if not tree.trunk or not (tree.causes or tree.effects):
        return Tidied({}, {})
    by_id = {n.id: n for n in notes}
    members = tree.members()
    placed: dict[str, Rect] = {i: _rect(by_id[i]) for i in tree.trunk}
    trunk_top = min(r[1] for r in placed.values())
    trunk_bottom = max(r[1] + r[3] for r in placed.values())

    edge = trunk_bottom
    for level in tree.causes:
        rects = _place_level([by_id[i] for i in level], edge, downward=True)
        placed.update(rects)
        edge = max(r[1] + r[3] for r in rects.values())
    edge = trunk_top
    for level in tree.effects:
        rects = _place_level([by_id[i] for i in level], edge, downward=False)
        placed.update(rects)
        edge = min(r[1] for r in rects.values())
    placed.update(_out_of_the_way([n for n in notes if n.id not in members], list(placed.values()), frames))

    moved = {
        i: (r[0], r[1]) for i, r in placed.items() if (r[0], r[1]) != (by_id[i].x, by_id[i].y) and i not in tree.trunk
    }
    joined = _joined_frames(tree, by_id, {f.id for f in frames})
    framed = [dataclasses.replace(n, frame_id=joined[n.id]) if n.id in joined else n for n in notes]
    final = {n.id: placed.get(n.id, _rect(n)) for n in notes}
    return Tidied(moved, _grown_frames(frames, framed, final), joined)


def _out_of_the_way(loose: list[Note], tree: list[Rect], frames: Sequence[Frame]) -> dict[str, Rect]:
    """Notes outside the tree that lie where it now goes, moved to a column on its right.

    The tree's arrows run anywhere between its notes, so the whole area the tree takes is
    kept clear; the moved notes keep their top-to-bottom order, and land in no frame they
    do not belong to.
    """
    left = min(r[0] for r in tree) - CLEARANCE
    top = min(r[1] for r in tree) - CLEARANCE
    right = max(r[0] + r[2] for r in tree) + CLEARANCE
    bottom = max(r[1] + r[3] for r in tree) + CLEARANCE
    area = (left, top, right - left, bottom - top)
    in_the_way = sorted((n for n in loose if _overlaps(_rect(n), area)), key=lambda n: (n.y, n.x, n.id))
    staying = [_rect(n) for n in loose if n not in in_the_way]
    moved: dict[str, Rect] = {}
    x, y = right + LEVEL_GAP, top
    for note in in_the_way:
        spot = (x, y, note.width, note.height)
        foreign = [(f.x, f.y, f.width, f.height) for f in frames if f.id != note.frame_id]
        for _ in range(_MAX_STEPS):
            if not any(_overlaps(spot, o, CLEARANCE) for o in [*staying, *moved.values(), *foreign]):
                break
            spot = (x, spot[1] + _STEP, note.width, note.height)
        moved[note.id] = spot
        y = spot[1] + note.height + NOTE_GAP
    return moved


def _joined_frames(tree: FlokeTree, by_id: dict[str, Note], frame_ids: set[str]) -> dict[str, str]:
    """Tree notes in no frame, with the frame most of their level (or the level before) is in."""
    joined: dict[str, str] = {}
    for side in (tree.causes, tree.effects):
        for depth, level in enumerate(side):
            for note_id in level:
                if by_id[note_id].frame_id is not None:
                    continue
                for near in (level, side[depth - 1] if depth > 0 else []):
                    homes = [by_id[i].frame_id for i in near if by_id[i].frame_id in frame_ids]
                    if homes:
                        joined[note_id] = str(statistics.mode(homes))
                        break
    return joined


# -- levels ------------------------------------------------------------------------


def _place_level(level: list[Note], edge: float, *, downward: bool) -> dict[str, Rect]:
    """One level's rectangles: beyond `edge` (below it, or above it)."""
    level = sorted(level, key=lambda n: (n.x, n.y, n.id))
    height = max(n.height for n in level)
    wanted = statistics.median(n.y for n in level)
    top = max(wanted, edge + LEVEL_GAP) if downward else min(wanted, edge - LEVEL_GAP - height)
    xs = spread([n.x for n in level], [n.width for n in level], NOTE_GAP)
    return {n.id: (x, top, n.width, n.height) for n, x in zip(level, xs, strict=True)}


def spread(xs: Sequence[float], widths: Sequence[float], gap: float) -> list[float]:
    """Left edges as near `xs` as possible (least squares) with no overlap, in the same order.

    With offset_i the room the notes before i need, q_i = x_i - offset_i must not
    decrease: isotonic regression, solved by pooling adjacent violators.
    """
    offsets = []
    total = 0.0
    for width in widths:
        offsets.append(total)
        total += width + gap
    targets = [x - o for x, o in zip(xs, offsets, strict=True)]
    blocks: list[list[float]] = []  # [sum, count]
    for t in targets:
        blocks.append([t, 1.0])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            s, c = blocks.pop()
            blocks[-1][0] += s
            blocks[-1][1] += c
    q = [s / c for s, c in blocks for _ in range(int(c))]
    # A note that needs no room keeps its x exactly, not a float's rounding of it.
    return [x if abs(v + o - x) < 1e-6 else round(v + o, 1) for x, v, o in zip(xs, q, offsets, strict=True)]


# -- frames ------------------------------------------------------------------------


def _grown_frames(frames: Sequence[Frame], notes: Sequence[Note], final: dict[str, Rect]) -> dict[str, Rect]:
    """Frames that must grow to hold their notes (and child frames) where they now are."""
    rects: dict[str, Rect] = {f.id: (f.x, f.y, f.width, f.height) for f in frames}
    # Children first, so a parent grows around its grown children.
    ordered = sorted(frames, key=lambda f: f.parent_id is None)
    for frame in ordered:
        x, y, w, h = rects[frame.id]
        left, top, right, bottom = x, y, x + w, y + h
        contents = [final[n.id] for n in notes if n.frame_id == frame.id]
        contents += [rects[f.id] for f in frames if f.parent_id == frame.id]
        for cx, cy, cw, ch in contents:
            left = min(left, cx - FRAME_PAD)
            top = min(top, cy - FRAME_PAD)
            right = max(right, cx + cw + FRAME_PAD)
            bottom = max(bottom, cy + ch + FRAME_PAD)
        rects[frame.id] = (left, top, right - left, bottom - top)
    return {f.id: rects[f.id] for f in frames if rects[f.id] != (f.x, f.y, f.width, f.height)}


# -- internals ---------------------------------------------------------------------


def _directed(notes: Iterable[Note], connectors: Iterable[Connector]) -> list[tuple[str, str]]:
    ids = {n.id for n in notes}
    return [
        (c.from_note, c.to_note)
        for c in connectors
        if c.kind in DIRECTED and c.from_note in ids and c.to_note in ids and c.from_note != c.to_note
    ]


def _depths(start: list[str], neighbours: dict[str, list[str]]) -> dict[str, int]:
    depth = {i: 0 for i in start}
    queue = deque(start)
    while queue:
        current = queue.popleft()
        for other in neighbours.get(current, ()):
            if other not in depth:
                depth[other] = depth[current] + 1
                queue.append(other)
    return {i: d for i, d in depth.items() if d > 0}


def _centre(note: Note) -> tuple[float, float]:
    return note.x + note.width / 2, note.y + note.height / 2


def _rect(note: Note) -> Rect:
    return note.x, note.y, note.width, note.height


def _overlaps(a: Rect, b: Rect, margin: float = 0.0) -> bool:
    return (
        a[0] < b[0] + b[2] + margin
        and b[0] < a[0] + a[2] + margin
        and a[1] < b[1] + b[3] + margin
        and b[1] < a[1] + a[3] + margin
    )
