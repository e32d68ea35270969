"""Notes on the clipboard: copied from one board, pasted onto any board or workshop.

The clipboard carries samskap/1 note objects as JSON under our own MIME type,
and the notes' text as plain text for other programs.
"""

from __future__ import annotations

import dataclasses
import json

from app.domain.model import Note, new_id, now_iso
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
