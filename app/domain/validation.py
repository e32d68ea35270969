"""Rules a whole workshop must satisfy, whatever file it came from.

`problems` is what `samskap import`, the window's import and `samskap check` refuse a
workshop for: each broken rule as one sentence naming the entry (`frames[3]`) and its
field, in the interface's language. The file's own constraints (foreign keys, CHECKs)
cannot say these: an id inside a JSON list, a frame whose parent is on another board,
a date of month 13.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain import text_limits
from app.domain.model import NOTE_MAX_SIZE, NOTE_MIN_SIZE, PHASES, REFERENCES, Workshop
from app.domain.palette import is_hex_colour

# The languages a workshop may be held in: those of the Nordic countries' municipalities, and
# English. Samskap's own texts (the interface, the templates, the PDF's headings) exist in nb,
# nn, sv, da and en; a workshop in another of these (Northern Sámi, Finnish) gets English
# headings until they come. Anything else is not a language: a typing error or a foreign file.
LANGUAGES: tuple[str, ...] = (
    *("nb", "nn", "sv", "da", "en"),
    *("se", "sma", "smj", "smn", "sms"),  # the Sámi languages with official standing
    *("fi", "fkv", "is", "fo", "kl"),  # Finnish, Kven, Icelandic, Faroese, Greenlandic
)
# A frame may hold frames, one level deep (app.domain.frame_geometry.parent_for): a child
# frame has no children of its own.
MAX_FRAME_DEPTH = 1

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
# Moments stored as ISO 8601 text: (list, field, may it be empty).
_MOMENTS: tuple[tuple[str, str, bool], ...] = (
    ("notes", "created", False),
    ("notes", "modified", False),
    ("votes", "created", False),
    ("devices", "joined", False),
    ("submissions", "created", False),
    ("agenda", "timer_started_at", True),
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def problems(workshop: Workshop) -> Iterator[str]:
    """Each broken rule, as a short reason naming the entry and field, in the interface's language."""
    ids: dict[str, set[str]] = {}
    for name in _LISTS:
        seen: set[str] = set()
        for index, entity in enumerate(getattr(workshop, name)):
            if entity.id in seen:
                yield f"{name}[{index}]: " + QCoreApplication.translate("Validation", "duplicate id {id}").format(
                    id=repr(entity.id)
                )
            seen.add(entity.id)
        ids[name] = seen
    for name, field, target, _on_delete in REFERENCES:
        for index, entity in enumerate(getattr(workshop, name)):
            value = getattr(entity, field)
            if value is not None and value not in ids[target]:
                yield f"{name}[{index}]: " + _missing(field, value)
    yield from _info_problems(workshop, ids)
    for index, vote in enumerate(workshop.votes):
        for voter in vote.voter_ids:
            if voter not in ids["participants"]:
                yield f"votes[{index}]: " + _missing("voter_ids", voter)
    for index, dot in enumerate(workshop.vote_dots):
        if (dot.participant_id is None) == (dot.device_id is None):
            yield f"vote_dots[{index}]: " + QCoreApplication.translate(
                "Validation", "exactly one of 'participant_id' and 'device_id' must be set"
            )
    yield from _frame_tree_problems(workshop)
    yield from _board_problems(workshop)
    for index, note in enumerate(workshop.notes):
        yield from _geometry(f"notes[{index}]", note, sized=True)
        if not is_hex_colour(note.colour):
            yield f"notes[{index}]: " + QCoreApplication.translate("Validation", "'colour' is not a #rrggbb colour")
    for index, frame in enumerate(workshop.frames):
        yield from _geometry(f"frames[{index}]", frame, sized=False)
    for index, step in enumerate(workshop.agenda):
        if not 0 <= step.duration_min <= 24 * 60:
            yield f"agenda[{index}]: " + QCoreApplication.translate(
                "Validation", "'duration_min' is not between 0 and 1440"
            )
        if not math.isfinite(step.timer_elapsed_s) or step.timer_elapsed_s < 0:
            yield f"agenda[{index}]: " + QCoreApplication.translate(
                "Validation", "'timer_elapsed_s' is not a finite number of seconds"
            )
    for index, stakeholder in enumerate(workshop.stakeholders):
        for field in ("power", "interest"):
            if not 0.0 <= getattr(stakeholder, field) <= 1.0:  # NaN fails this too
                yield f"stakeholders[{index}]: " + QCoreApplication.translate(
                    "Validation", "'{field}' is not between 0 and 1"
                ).format(field=field)
        for role in stakeholder.phase_roles:
            if role not in PHASES:
                yield f"stakeholders[{index}]: " + _unknown("phase_roles", role)
    for name, field, allow_empty in _MOMENTS:
        for index, entity in enumerate(getattr(workshop, name)):
            value = getattr(entity, field)
            if not (allow_empty and value == "") and not _is_moment(value):
                yield f"{name}[{index}]: " + _not_a_moment(field, value)
    yield from _length_problems(workshop)


def _missing(field: str, value: str) -> str:
    return QCoreApplication.translate("Validation", "'{field}' points to a missing entry {value}").format(
        field=field, value=repr(value)
    )


def _unknown(field: str, value: str) -> str:
    return QCoreApplication.translate("Validation", "'{field}' has the unknown value {value}").format(
        field=field, value=repr(value)[:60]
    )


def _not_a_moment(field: str, value: str) -> str:
    return QCoreApplication.translate("Validation", "'{field}' is not a date and time ({value})").format(
        field=field, value=repr(value)[:60]
    )


def _info_problems(workshop: Workshop, ids: dict[str, set[str]]) -> Iterator[str]:
    info = workshop.info
    if info.current_step_id is not None and info.current_step_id not in ids["agenda"]:
        yield "workshop: " + _missing("current_step_id", info.current_step_id)
    if info.language not in LANGUAGES:
        yield "workshop: " + _unknown("language", info.language)
    if info.date and not _is_date(info.date):
        yield "workshop: " + QCoreApplication.translate(
            "Validation", "'date' is not a date written YYYY-MM-DD ({value})"
        ).format(value=repr(info.date)[:60])
    if info.start_time and not _CLOCK.fullmatch(info.start_time):
        yield "workshop: " + QCoreApplication.translate(
            "Validation", "'start_time' is not a time of day written HH:MM ({value})"
        ).format(value=repr(info.start_time)[:60])
    if not _is_moment(info.created):
        yield "workshop: " + _not_a_moment("created", info.created)
    message = text_limits.too_long(text_limits.TITLE, info.title)
    if message:
        yield f"workshop: 'title': {message}"


def _is_date(text: str) -> bool:
    if not _DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_moment(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _frame_tree_problems(workshop: Workshop) -> Iterator[str]:
    """A frame's parent is another frame that has no parent itself: no loops, one level deep."""
    parent_of = {f.id: f.parent_id for f in workshop.frames}
    for index, frame in enumerate(workshop.frames):
        where = f"frames[{index}]: "
        if frame.parent_id is None or frame.parent_id not in parent_of:
            continue  # no parent, or a missing one (said above)
        if frame.parent_id == frame.id:
            yield where + QCoreApplication.translate("Validation", "'parent_id' is the frame itself")
            continue
        depth, seen = 0, {frame.id}
        current: str | None = frame.parent_id
        while current is not None and current in parent_of:
            if current in seen:
                yield where + QCoreApplication.translate("Validation", "'parent_id' leads round in a circle of frames")
                break
            seen.add(current)
            depth += 1
            current = parent_of[current]
        else:
            if depth > MAX_FRAME_DEPTH:
                yield where + QCoreApplication.translate(
                    "Validation", "'parent_id' nests it {depth} frames deep; frames nest one level deep"
                ).format(depth=depth)


def _board_problems(workshop: Workshop) -> Iterator[str]:
    """What one board holds points only at things on that board."""
    board_of = {name: {e.id: e.board_id for e in getattr(workshop, name)} for name in ("notes", "frames", "votes")}

    def elsewhere(where: str, field: str, kind: str, target: str | None, board_id: str) -> Iterator[str]:
        other = board_of[kind].get(target) if target is not None else None
        if other is not None and other != board_id:
            yield where + QCoreApplication.translate(
                "Validation", "'{field}' points to {value}, which is on another board"
            ).format(field=field, value=repr(target))

    for index, connector in enumerate(workshop.connectors):
        for field in ("from_note", "to_note"):
            note_id = getattr(connector, field)
            yield from elsewhere(f"connectors[{index}]: ", field, "notes", note_id, connector.board_id)
    for index, note in enumerate(workshop.notes):
        yield from elsewhere(f"notes[{index}]: ", "frame_id", "frames", note.frame_id, note.board_id)
    for index, frame in enumerate(workshop.frames):
        yield from elsewhere(f"frames[{index}]: ", "parent_id", "frames", frame.parent_id, frame.board_id)
    for index, vote in enumerate(workshop.votes):
        yield from elsewhere(f"votes[{index}]: ", "frame_id", "frames", vote.frame_id, vote.board_id)
    vote_board = board_of["votes"]
    for index, dot in enumerate(workshop.vote_dots):
        board_id = vote_board.get(dot.vote_id)
        if board_id is not None:
            yield from elsewhere(f"vote_dots[{index}]: ", "note_id", "notes", dot.note_id, board_id)


def _length_problems(workshop: Workshop) -> Iterator[str]:
    for name, field, kind in text_limits.LIMITED_FIELDS:
        for index, entity in enumerate(getattr(workshop, name)):
            message = text_limits.too_long(kind, getattr(entity, field))
            if message:
                yield f"{name}[{index}]: '{field}': {message}"


def _geometry(where: str, item: Any, *, sized: bool) -> Iterator[str]:
    for field in ("x", "y", "z", "width", "height"):
        if not math.isfinite(getattr(item, field)):
            yield f"{where}: " + QCoreApplication.translate("Validation", "'{field}' is not a finite number").format(
                field=field
            )
    if sized:
        for field in ("width", "height"):
            if not NOTE_MIN_SIZE <= getattr(item, field) <= NOTE_MAX_SIZE:
                yield f"{where}: " + QCoreApplication.translate(
                    "Validation", "'{field}' is outside {low} to {high}"
                ).format(field=field, low=f"{NOTE_MIN_SIZE:g}", high=f"{NOTE_MAX_SIZE:g}")
    elif item.width <= 0 or item.height <= 0:
        yield f"{where}: " + QCoreApplication.translate("Validation", "the size is not positive")
