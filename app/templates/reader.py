"""Reading one template file: from bytes to an Exercise or a Plan, or to reasons why not.

A template file may come from a colleague in another municipality by email,
so nothing in it is trusted: the size, the syntax, the nesting, the fields,
their types, the languages and the characters of every text are checked, and
every problem becomes a TemplateProblem that names the file and the field.
Reading never raises for a bad file; only a bug raises.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from app.domain.model import BoardKind, Phase, StakeholderCategory
from app.templates.model import (
    LANGUAGES,
    BoardSpec,
    Exercise,
    FrameSpec,
    LocalText,
    Plan,
    PlanStep,
    PromptSpec,
    VoteRules,
)
from app.templates.schema_check import check, join, shown

FORMAT = "samskap-template/1"
KINDS = ("exercise", "plan")
MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 16  # the format itself needs 7 (board.frames[0].children[0].title.nb)

Template = Exercise | Plan


@dataclass(frozen=True)
class TemplateProblem:
    """Why a template file cannot be used: the file, the field (may be empty), the reason."""

    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.reason}" if self.field else f"{self.file}: {self.reason}"


class TemplateError(Exception):
    """A template that cannot be imported, exported or saved, with every reason."""

    def __init__(self, problems: list[TemplateProblem]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems

    @property
    def message(self) -> str:
        return str(self)


@cache
def template_schema() -> dict[str, Any]:
    """The published JSON Schema (workshop_templates/schema/template.schema.json)."""
    text = files("workshop_templates").joinpath("schema", "template.schema.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def read_template(data: bytes, name: str) -> tuple[Template | None, list[TemplateProblem]]:
    """The exercise or plan in `data` (the bytes of the file called `name`), or its problems."""

    def problem(field: str, reason: str) -> tuple[None, list[TemplateProblem]]:
        return None, [TemplateProblem(name, field, reason)]

    if len(data) > MAX_FILE_BYTES:
        return problem("", f"is {len(data) / 1e6:.1f} MB; a template file is at most {MAX_FILE_BYTES / 1e6:g} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return problem("", f"is not UTF-8 text (byte {data[error.start]:#04x} at position {error.start})")
    try:
        value = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_refuse_duplicates)
    except json.JSONDecodeError as error:
        return problem("", f"is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})")
    except RecursionError:
        return problem("", f"nests deeper than {MAX_DEPTH} levels")
    except ValueError as error:  # from the two hooks
        return problem("", str(error))
    too_deep = _deeper_than(value, MAX_DEPTH)
    if too_deep is not None:
        return problem(too_deep, f"nests deeper than {MAX_DEPTH} levels")
    problems = [TemplateProblem(name, field, reason) for field, reason in _problems(value)]
    if problems:
        return None, problems
    return _build(value, name), []


def _refuse_constant(constant: str) -> None:
    raise ValueError(f"has {constant}, which is not a JSON number")


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"has the field {shown(key)} twice in one object")
        result[key] = value
    return result


def _deeper_than(value: Any, limit: int) -> str | None:
    """The top-level field under which a value nests more than `limit` deep, or None.

    Iterative, so a hostile file cannot exhaust the stack; the message names the
    field the facilitator can find, not a path of forty brackets.
    """
    stack: list[tuple[Any, str, int]] = [(value, "", 0)]
    while stack:
        item, field, depth = stack.pop()
        if depth > limit:
            return field
        if isinstance(item, dict):
            stack.extend((v, field or str(k), depth + 1) for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((v, field or f"[{i}]", depth + 1) for i, v in enumerate(item))
    return None


def _problems(value: Any) -> Iterator[tuple[str, str]]:
    if not isinstance(value, dict):
        yield "", "is not a template: it must hold one JSON object, with 'format' and 'kind'"
        return
    if value.get("format") != FORMAT:
        if "format" not in value:
            yield "format", f'is missing: a template file starts with "format": "{FORMAT}"'
        else:
            yield "format", f"{shown(value['format'])} is not a format this Samskap reads ({FORMAT})"
        return
    kind = value.get("kind")
    if kind not in KINDS:
        yield "kind", "is missing" if kind is None else f"{shown(kind)} is not one of: exercise, plan"
        return
    schema = template_schema()
    issues = list(check(value, schema["$defs"][kind], schema))
    if issues:
        yield from issues
        return
    yield from _text_problems(value, kind)
    if kind == "exercise":
        yield from _frame_problems(value)
    else:
        yield from _step_problems(value)


def _texts(value: dict[str, Any], kind: str) -> Iterator[tuple[str, LocalText]]:
    """Every text of a file that passed the schema, with its path."""
    fields = ("title", "room_instructions", "facilitator_notes") if kind == "exercise" else ("title", "description")
    yield from ((name, value[name]) for name in fields)
    if kind == "plan":
        for index, step in enumerate(value["steps"]):
            for name in ("title", "room_instructions", "facilitator_notes"):
                if name in step:
                    yield join(join("steps", index), name), step[name]
        return
    board = value["board"] or {}
    for index, frame in enumerate(board.get("frames", [])):
        yield f"board.frames[{index}].title", frame["title"]
        for child_index, child in enumerate(frame.get("children", [])):
            yield f"board.frames[{index}].children[{child_index}].title", child["title"]
    for index, prompt in enumerate(board.get("prompts", [])):
        yield f"board.prompts[{index}].text", prompt["text"]
    if "question" in board.get("vote", {}):
        yield "board.vote.question", board["vote"]["question"]


def _text_problems(value: dict[str, Any], kind: str) -> Iterator[tuple[str, str]]:
    languages = value.get("languages", list(LANGUAGES))
    for path, text in _texts(value, kind):
        missing = [language for language in languages if language not in text]
        if missing:
            listed = ", ".join(repr(m) for m in missing)
            yield path, f"has no text in {listed} (the file's languages are {', '.join(languages)})"
        for language, words in text.items():
            reason = _bad_characters(words)
            if reason:
                yield join(path, language), reason


def _bad_characters(text: str) -> str:
    """Why a text cannot be shown, stored and printed safely, or ""."""
    if not text.strip():
        return "is blank"
    for character in text:
        category = unicodedata.category(character)
        if category == "Cc" and character not in "\n\t":
            return f"contains the control character U+{ord(character):04X}"
        if category == "Cs":
            return f"contains a lone surrogate U+{ord(character):04X}, which is not a character"
        if category == "Cn" and (ord(character) & 0xFFFE == 0xFFFE or 0xFDD0 <= ord(character) <= 0xFDEF):
            return f"contains U+{ord(character):04X}, which is not a character"
    return ""


def _frame_problems(value: dict[str, Any]) -> Iterator[tuple[str, str]]:
    board = value["board"] or {}
    for index, frame in enumerate(board.get("frames", [])):
        for child_index, child in enumerate(frame.get("children", [])):
            inside = (
                child["x"] >= frame["x"]
                and child["y"] >= frame["y"]
                and child["x"] + child["width"] <= frame["x"] + frame["width"]
                and child["y"] + child["height"] <= frame["y"] + frame["height"]
            )
            if not inside:
                yield f"board.frames[{index}].children[{child_index}]", "does not lie inside its parent frame"


def _step_problems(value: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for index, step in enumerate(value["steps"]):
        where = join("steps", index)
        if "exercise_id" in step:
            if "phase" in step:
                yield join(where, "phase"), "is only for a step of the plan's own: the exercise decides the phase"
        else:
            lacking = [name for name in ("title", "phase", "duration_min") if name not in step]
            if lacking:
                yield where, f"has no exercise_id, so it needs {', '.join(lacking)} of its own"


# -- from checked JSON to the dataclasses ----------------------------------------------


def _build(value: dict[str, Any], name: str) -> Template:
    languages = tuple(value.get("languages", LANGUAGES))
    if value["kind"] == "plan":
        return Plan(
            id=value["id"],
            title=dict(value["title"]),
            description=dict(value["description"]),
            steps=tuple(_step(step) for step in value["steps"]),
            source=name,
            languages=languages,
        )
    return Exercise(
        id=value["id"],
        phase=Phase(value["phase"]),
        title=dict(value["title"]),
        room_instructions=dict(value["room_instructions"]),
        facilitator_notes=dict(value["facilitator_notes"]),
        duration_min=value["duration_min"],
        board=_board(value["board"]) if value["board"] is not None else None,
        source=name,
        languages=languages,
        order=value.get("order", 0),
    )


def _step(step: dict[str, Any]) -> PlanStep:
    return PlanStep(
        exercise_id=step.get("exercise_id", ""),
        duration_min=step.get("duration_min"),
        title=dict(step.get("title", {})),
        phase=Phase(step["phase"]) if "phase" in step else None,
        room_instructions=dict(step.get("room_instructions", {})),
        facilitator_notes=dict(step.get("facilitator_notes", {})),
    )


def _board(board: dict[str, Any]) -> BoardSpec:
    vote = board.get("vote")
    return BoardSpec(
        kind=BoardKind(board["kind"]),
        frames=tuple(_frame(frame) for frame in board.get("frames", [])),
        prompts=tuple(
            PromptSpec(
                text=dict(prompt["text"]),
                x=float(prompt["x"]),
                y=float(prompt["y"]),
                colour=prompt.get("colour", PromptSpec.colour).lower(),
                width=float(prompt.get("width", PromptSpec.width)),
                height=float(prompt.get("height", PromptSpec.height)),
            )
            for prompt in board.get("prompts", [])
        ),
        stakeholder_categories=tuple(StakeholderCategory(c) for c in board.get("stakeholder_categories", [])),
        vote=None
        if vote is None
        else VoteRules(
            dots_per_person=vote.get("dots_per_person", VoteRules.dots_per_person),
            allow_stacking=vote.get("allow_stacking", VoteRules.allow_stacking),
            hidden=vote.get("hidden", VoteRules.hidden),
            question=dict(vote.get("question", {})),
        ),
    )


def _frame(frame: dict[str, Any]) -> FrameSpec:
    return FrameSpec(
        title=dict(frame["title"]),
        x=float(frame["x"]),
        y=float(frame["y"]),
        width=float(frame["width"]),
        height=float(frame["height"]),
        colour=frame.get("colour", FrameSpec.colour).lower(),
        children=tuple(_frame(child) for child in frame.get("children", [])),
    )
