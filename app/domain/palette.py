"""The six sticky-note colours.

Derived from the Okabe-Ito palette, which stays distinguishable for the
common forms of colour blindness, and lightened only as far as black text
keeps a WCAG AA contrast. The lightness of the six is spread out as well as
their hue, so two notes still differ on an old projector that washes colours
towards grey. tests/board/test_palette.py checks both claims numerically.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NoteColour:
    key: str  # stable name, also the translation context's source text
    hex: str  # "#rrggbb", what is stored in the file


NOTE_COLOURS: tuple[NoteColour, ...] = (
    NoteColour("yellow", "#ffe14d"),
    NoteColour("orange", "#f59a23"),
    NoteColour("sky blue", "#8fd0ff"),
    NoteColour("green", "#2eb88a"),
    NoteColour("pink", "#e79ac7"),
    NoteColour("white", "#ffffff"),
)

DEFAULT_NOTE_COLOUR = NOTE_COLOURS[0].hex


def colour_for_number(number: int) -> str | None:
    """The colour a number key (1 to 6) picks, or None for other numbers."""
    if 1 <= number <= len(NOTE_COLOURS):
        return NOTE_COLOURS[number - 1].hex
    return None


def is_hex_colour(value: str) -> bool:
    """True for "#rrggbb", the only colour form stored in a workshop file."""
    if len(value) != 7 or value[0] != "#":
        return False
    try:
        int(value[1:], 16)
    except ValueError:
        return False
    return True
