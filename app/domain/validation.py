"""Rules a whole workshop must satisfy, whatever file it came from."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from app.domain.model import NOTE_MAX_SIZE, NOTE_MIN_SIZE, REFERENCES, Workshop
from app.domain.palette import is_hex_colour

_LISTS = (
    "participants",
    "boards",
    "frames",
    "notes",
    "connectors",
    "votes",
    "vote_dots",
    "stakeholders",
    "note_stakeholders",
    "actions",
    "agenda",
    "decisions",
    "devices",
    "submissions",
    "meetings",
    "action_updates",
)


def problems(workshop: Workshop) -> Iterator[str]:
    """Each broken rule, as a short English reason naming the entity and field."""
    ids: dict[str, set[str]] = {}
    for name in _LISTS:
        seen: set[str] = set()
        for index, entity in enumerate(getattr(workshop, name)):
            if entity.id in seen:
                yield f"{name}[{index}]: duplicate id {entity.id!r}"
            seen.add(entity.id)
        ids[name] = seen
    for name, field, target, _on_delete in REFERENCES:
        for index, entity in enumerate(getattr(workshop, name)):
            value = getattr(entity, field)
            if value is not None and value not in ids[target]:
                yield f"{name}[{index}]: '{field}' points to a missing entry {value!r}"
    for index, dot in enumerate(workshop.vote_dots):
        if (dot.participant_id is None) == (dot.device_id is None):
            yield f"vote_dots[{index}]: exactly one of 'participant_id' and 'device_id' must be set"
    for index, note in enumerate(workshop.notes):
        yield from _geometry(f"notes[{index}]", note, sized=True)
        if not is_hex_colour(note.colour):
            yield f"notes[{index}]: 'colour' is not a #rrggbb colour"
    for index, frame in enumerate(workshop.frames):
        yield from _geometry(f"frames[{index}]", frame, sized=False)
    for index, step in enumerate(workshop.agenda):
        if not 0 <= step.duration_min <= 24 * 60:
            yield f"agenda[{index}]: 'duration_min' is not between 0 and 1440"
        if not math.isfinite(step.timer_elapsed_s) or step.timer_elapsed_s < 0:
            yield f"agenda[{index}]: 'timer_elapsed_s' is not a finite number of seconds"
    for index, stakeholder in enumerate(workshop.stakeholders):
        for field in ("power", "interest"):
            if not 0.0 <= getattr(stakeholder, field) <= 1.0:  # NaN fails this too
                yield f"stakeholders[{index}]: '{field}' is not between 0 and 1"


def _geometry(where: str, item: Any, *, sized: bool) -> Iterator[str]:
    for field in ("x", "y", "z", "width", "height"):
        if not math.isfinite(getattr(item, field)):
            yield f"{where}: '{field}' is not a finite number"
    if sized:
        for field in ("width", "height"):
            if not NOTE_MIN_SIZE <= getattr(item, field) <= NOTE_MAX_SIZE:
                yield f"{where}: '{field}' is outside {NOTE_MIN_SIZE:g} to {NOTE_MAX_SIZE:g}"
    elif item.width <= 0 or item.height <= 0:
        yield f"{where}: the size is not positive"
