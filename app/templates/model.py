"""The template library's data: exercises and workshop plans, in five languages.

This module is the contract between the template files (workshop_templates/,
loaded and validated by app.templates.library) and the rest of the app: the
new-workshop wizard, the agenda, and the board an exercise creates. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.model import NOTE_HEIGHT, NOTE_WIDTH, BoardKind, Phase, StakeholderCategory

# The languages every template must have text in. English is the app's source language.
LANGUAGES: tuple[str, ...] = ("nb", "nn", "sv", "da", "en")

# Text in each of LANGUAGES: {"nb": "...", "nn": "...", ...}
LocalText = dict[str, str]


def local(text: LocalText, language: str) -> str:
    """The text in `language`, falling back to Bokmål for Nynorsk, then to English."""
    for candidate in (language, "nb" if language == "nn" else "", "en"):
        if candidate and text.get(candidate):
            return text[candidate]
    return next(iter(text.values()), "")


@dataclass(frozen=True)
class FrameSpec:
    """A titled area the exercise's board starts with, in scene units."""

    title: LocalText
    x: float
    y: float
    width: float
    height: float
    colour: str = "#f2f2f2"
    children: tuple[FrameSpec, ...] = ()  # nested one deep


@dataclass(frozen=True)
class PromptSpec:
    """A prompt note the board starts with (a question to answer, an example)."""

    text: LocalText
    x: float
    y: float
    colour: str = "#ffffff"
    width: float = NOTE_WIDTH  # a wide prompt holds a sentence the whole room reads
    height: float = NOTE_HEIGHT


@dataclass(frozen=True)
class VoteRules:
    dots_per_person: int = 3
    allow_stacking: bool = False
    hidden: bool = False
    question: LocalText = field(default_factory=dict)  # the vote's title; empty: the exercise's title


@dataclass(frozen=True)
class BoardSpec:
    kind: BoardKind
    frames: tuple[FrameSpec, ...] = ()
    prompts: tuple[PromptSpec, ...] = ()
    stakeholder_categories: tuple[StakeholderCategory, ...] = ()  # for a stakeholder exercise
    vote: VoteRules | None = None  # for a voting exercise


@dataclass(frozen=True)
class Exercise:
    id: str
    phase: Phase
    title: LocalText
    room_instructions: LocalText
    facilitator_notes: LocalText
    duration_min: int
    board: BoardSpec | None  # None for an exercise that needs no board (a round of talk)
    source: str = ""  # the file it was loaded from, for messages
    languages: tuple[str, ...] = LANGUAGES  # the languages every text of the file has
    order: int = 0  # place within its phase in the library's lists


@dataclass(frozen=True)
class PlanStep:
    """One step of a plan: an exercise from the library, or a step of the plan's own.

    A step of its own (a break, a welcome, a talk by the mayor) has no exercise
    and gives its title, phase and duration itself. On an exercise's step, a
    non-empty text here replaces the exercise's for this plan.
    """

    exercise_id: str
    duration_min: int | None = None  # None: the exercise's own suggested duration
    title: LocalText = field(default_factory=dict)
    phase: Phase | None = None  # for a step of its own; an exercise's step takes the exercise's
    room_instructions: LocalText = field(default_factory=dict)
    facilitator_notes: LocalText = field(default_factory=dict)


@dataclass(frozen=True)
class Plan:
    id: str
    title: LocalText
    description: LocalText
    steps: tuple[PlanStep, ...] = field(default_factory=tuple)
    source: str = ""
    languages: tuple[str, ...] = LANGUAGES  # the languages the plan's own texts have
