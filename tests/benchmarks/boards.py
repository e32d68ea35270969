"""Benchmark boards made of the demo's real content, scaled up to any number of notes.

A generated grid of one-colour notes with one short text flatters the figures: one colour
lets the overview draw a fitted board in one call, and short uniform texts make the summary
PDF cheaper than real ones. Here every board of the demo workshop that holds notes (the floke
map with its sectors and arrows, the idea board with its dots, the action plan …) is laid down
again and again side by side on one board, with its frames, arrows, stakeholder links and dots,
until the board holds the number of notes asked for.
"""

from __future__ import annotations

import dataclasses
import math

from app.domain.model import (
    Board,
    Connector,
    NoteStakeholder,
    Phase,
    Vote,
    VoteDot,
    VoteStatus,
    Workshop,
    WorkshopInfo,
)
from app.domain.model import new_id as _new_id

_GAP = 300.0  # between two copies of a demo board


def demo_board_workshop(count: int) -> Workshop:
    """A workshop whose one board holds `count` notes copied from the demo's boards (see module doc)."""
    from app.demo import build_demo_workshop

    demo = build_demo_workshop()
    sources = [b for b in demo.boards if any(n.board_id == b.id for n in demo.notes)]
    extents = {b.id: _extent(demo, b.id) for b in sources}
    cell_w = max(r[2] - r[0] for r in extents.values()) + _GAP
    cell_h = max(r[3] - r[1] for r in extents.values()) + _GAP
    per_tile = sum(1 for n in demo.notes if n.board_id in extents) / len(sources)
    tiles = math.ceil(count / per_tile)
    # Columns so that the whole board is about as wide as a 16:9 screen.
    columns = max(1, round(math.sqrt(tiles * (16 / 9) * cell_h / cell_w)))
    board = Board("Benchmark", Phase.CO_INITIATION)
    vote = Vote(board.id, title="Benchmark", dots_per_person=3, status=VoteStatus.CLOSED)
    out = Workshop(
        info=WorkshopInfo("Benchmark"),
        boards=[board],
        participants=list(demo.participants),
        stakeholders=list(demo.stakeholders),
        votes=[vote],
    )
    z = 0.0
    tile = 0
    while len(out.notes) < count:
        source = sources[tile % len(sources)]
        left, top = extents[source.id][:2]
        dx = (tile % columns) * cell_w - left
        dy = (tile // columns) * cell_h - top
        z = _copy_board(demo, source.id, out, board.id, vote.id, dx, dy, z, count)
        tile += 1
    return out


def _extent(workshop: Workshop, board_id: str) -> tuple[float, float, float, float]:
    rects = [(n.x, n.y, n.x + n.width, n.y + n.height) for n in workshop.notes if n.board_id == board_id]
    rects += [(f.x, f.y, f.x + f.width, f.y + f.height) for f in workshop.frames if f.board_id == board_id]
    return min(r[0] for r in rects), min(r[1] for r in rects), max(r[2] for r in rects), max(r[3] for r in rects)


def _copy_board(
    demo: Workshop, source: str, out: Workshop, board_id: str, vote_id: str, dx: float, dy: float, z: float, count: int
) -> float:
    """Copy one demo board's content into `out`, shifted by (dx, dy); returns the next z."""
    frame_ids = {f.id: _new_id() for f in demo.frames if f.board_id == source}
    for frame in demo.frames:
        if frame.board_id == source:
            parent = frame_ids.get(frame.parent_id) if frame.parent_id else None
            out.frames.append(
                dataclasses.replace(
                    frame, board_id=board_id, x=frame.x + dx, y=frame.y + dy, parent_id=parent, id=frame_ids[frame.id]
                )
            )
    note_ids: dict[str, str] = {}
    for note in sorted((n for n in demo.notes if n.board_id == source), key=lambda n: n.z):
        if len(out.notes) >= count:
            break
        note_ids[note.id] = _new_id()
        z += 1
        out.notes.append(
            dataclasses.replace(
                note,
                board_id=board_id,
                x=note.x + dx,
                y=note.y + dy,
                z=z,
                frame_id=frame_ids.get(note.frame_id) if note.frame_id else None,
                sectors=list(note.sectors),
                id=note_ids[note.id],
            )
        )
    for connector in demo.connectors:
        if connector.from_note in note_ids and connector.to_note in note_ids:
            out.connectors.append(
                Connector(
                    board_id,
                    note_ids[connector.from_note],
                    note_ids[connector.to_note],
                    label=connector.label,
                    kind=connector.kind,
                )
            )
    for link in demo.note_stakeholders:
        if link.note_id in note_ids:
            out.note_stakeholders.append(NoteStakeholder(note_ids[link.note_id], link.stakeholder_id, link.relation))
    for dot in demo.vote_dots:
        if dot.note_id in note_ids and dot.participant_id is not None:
            out.vote_dots.append(VoteDot(vote_id, note_ids[dot.note_id], dot.participant_id))
    return z
