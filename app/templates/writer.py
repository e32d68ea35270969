"""Writing exercises and plans as template files (samskap-template/1 JSON).

What is written reads back to the same Exercise or Plan (tests check the round
trip). The library writes the text with app.storage.atomic.write_atomic, so a
template file is never left half-written.
"""

from __future__ import annotations

import json
from typing import Any

from app.templates.model import BoardSpec, FrameSpec, Plan, PlanStep
from app.templates.reader import FORMAT, Template


def template_data(item: Template) -> dict[str, Any]:
    """The JSON object of a template file for `item`."""
    if isinstance(item, Plan):
        return {
            "format": FORMAT,
            "kind": "plan",
            "id": item.id,
            "languages": list(item.languages),
            "title": item.title,
            "description": item.description,
            "steps": [_step(step) for step in item.steps],
        }
    return {
        "format": FORMAT,
        "kind": "exercise",
        "id": item.id,
        "phase": str(item.phase),
        "order": item.order,
        "duration_min": item.duration_min,
        "languages": list(item.languages),
        "title": item.title,
        "room_instructions": item.room_instructions,
        "facilitator_notes": item.facilitator_notes,
        "board": _board(item.board) if item.board is not None else None,
    }


def template_json(item: Template) -> str:
    """The text of a template file for `item`: UTF-8 JSON, readable and diffable."""
    return json.dumps(template_data(item), ensure_ascii=False, indent=2) + "\n"


def _step(step: PlanStep) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if step.exercise_id:
        data["exercise_id"] = step.exercise_id
    if step.duration_min is not None:
        data["duration_min"] = step.duration_min
    if step.phase is not None:
        data["phase"] = str(step.phase)
    for name in ("title", "room_instructions", "facilitator_notes"):
        if getattr(step, name):
            data[name] = getattr(step, name)
    return data


def _board(board: BoardSpec) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": str(board.kind)}
    if board.frames:
        data["frames"] = [_frame(frame) for frame in board.frames]
    if board.prompts:
        data["prompts"] = [
            {"text": p.text, "x": p.x, "y": p.y, "width": p.width, "height": p.height, "colour": p.colour}
            for p in board.prompts
        ]
    if board.stakeholder_categories:
        data["stakeholder_categories"] = [str(category) for category in board.stakeholder_categories]
    if board.vote is not None:
        vote = board.vote
        data["vote"] = {
            "dots_per_person": vote.dots_per_person,
            "allow_stacking": vote.allow_stacking,
            "hidden": vote.hidden,
        }
        if vote.question:
            data["vote"]["question"] = vote.question
    return data


def _frame(frame: FrameSpec) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": frame.title,
        "x": frame.x,
        "y": frame.y,
        "width": frame.width,
        "height": frame.height,
        "colour": frame.colour,
    }
    if frame.children:
        data["children"] = [_frame(child) for child in frame.children]
    return data
