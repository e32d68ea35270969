"""Dot-vote results ranked for the summary.

Kept private to the summary on purpose: when app/domain/voting.py (with its
ranked_results) lands on main, this module can be replaced by a call to it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from app.domain.model import Note, Vote, VoteDot


@dataclass(frozen=True)
class RankedNote:
    rank: int  # 1 for the most dots; notes with equal dots share a rank ("1, 2, 2, 4")
    note: Note
    dots: int


def ranked_results(vote: Vote, dots: list[VoteDot], notes: dict[str, Note]) -> list[RankedNote]:
    """The notes that got dots in `vote`, most dots first; ties in reading order (top to bottom, left to right)."""
    tally = Counter(dot.note_id for dot in dots if dot.vote_id == vote.id and dot.note_id in notes)
    ordered = sorted(tally, key=lambda note_id: (-tally[note_id], notes[note_id].y, notes[note_id].x, note_id))
    ranked: list[RankedNote] = []
    for index, note_id in enumerate(ordered):
        same_as_before = ranked and ranked[-1].dots == tally[note_id]
        rank = ranked[-1].rank if same_as_before else index + 1
        ranked.append(RankedNote(rank, notes[note_id], tally[note_id]))
    return ranked


def results_visible(vote: Vote) -> bool:
    """A hidden vote's dots stay out of the summary until the facilitator has revealed them."""
    return not vote.hidden or vote.revealed
