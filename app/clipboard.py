"""Notes on the clipboard: copied from one board, pasted onto any board or workshop.

The clipboard carries samskap/1 note objects as JSON under our own MIME type,
and the notes' text as plain text for other programs.
"""

from __future__ import annotations

import dataclasses
import json

from app.domain.frame_geometry import frame_for_note
from app.domain.model import Frame, Note, new_id, now_iso
from app.storage.rows import from_row, to_row

MIME_TYPE = "application/x-samskap-notes+json"


def notes_to_json(notes: list[Note]) -> bytes:
    return json.dumps([to_row(n, for_json=True) for n in notes], ensure_ascii=False).encode("utf-8")


def notes_as_text(notes: list[Note]) -> str:
    return "\n\n".join(n.text for n in notes)


def notes_from_json(data: bytes, *, board_id: str, dx: float, dy: float, top_z: float) -> list[Note]:
    """Fresh copies of clipboard notes for `board_id`, shifted and stacked on top.

    Anything on the clipboard that is not our notes gives an empty list: a
    paste of something foreign does nothing rather than fail.
    """
    try:
        rows = json.loads(data.decode("utf-8"))
        notes = [from_row(Note, row) for row in rows]
    except (ValueError, TypeError, AttributeError, UnicodeDecodeError):
        return []
    stamp = now_iso()
    return [
        dataclasses.replace(
            note,
            id=new_id(),
            board_id=board_id,
            frame_id=None,  # frames belong to the board the notes came from
            x=note.x + dx,
            y=note.y + dy,
            z=top_z + 1 + index,
            created=stamp,
            modified=stamp,
        )
        for index, note in enumerate(notes)
    ]


def place_copies(
    copies: list[Note], *, visible: tuple[float, float, float, float], offset: float, frames: list[Frame]
) -> list[Note]:
    """Put pasted copies where the facilitator will see them, each in the frame it lands in.

    Beside the originals (moved by `offset`) when they are in the `visible`
    part of the board (x, y, width, height); otherwise in its middle.
    """
    if not copies:
        return []
    left = min(n.x for n in copies)
    top = min(n.y for n in copies)
    right = max(n.x + n.width for n in copies)
    bottom = max(n.y + n.height for n in copies)
    vx, vy, vw, vh = visible
    in_view = left < vx + vw and right > vx and top < vy + vh and bottom > vy
    if in_view:
        dx = dy = offset
    else:
        dx, dy = vx + vw / 2 - (left + right) / 2, vy + vh / 2 - (top + bottom) / 2
    placed = []
    for note in copies:
        x, y = round(note.x + dx), round(note.y + dy)
        frame_id = frame_for_note(frames, x, y, note.width, note.height)
        placed.append(dataclasses.replace(note, x=x, y=y, frame_id=frame_id))
    return placed
