"""A vote's rules for a group of dots checked one after another, in one pass over the workshop.

A room's phones put their dots in groups of up to 40 per commit (see
app/participants/group_commit.py), each checked with the ones before it.
`voting.refusal()` scans every note and every dot for each of them, so a
group cost a few milliseconds on the window's loop by the end of a vote;
here the counts are made once and kept up to date as each dot is accepted,
and `refusal()` gives what `voting.refusal()` gives for the workshop with
those dots added.
"""

from __future__ import annotations

from collections import Counter

from app.domain import voting
from app.domain.model import Vote, VoteDot, Workshop


class DotRules:
    """`voting.refusal()` for one vote, for a workshop that gains the dots passed to `add()`."""

    def __init__(self, workshop: Workshop, vote: Vote) -> None:
        self.vote = vote
        self._keys = voting.voter_keys(workshop, vote)
        self._candidates = {n.id for n in voting.notes_in_vote(workshop, vote)}
        dots = voting.dots_of(workshop, vote.id)
        self._used = Counter(voting.voter_of(d) for d in dots)
        self._on_note = {(voting.voter_of(d), d.note_id) for d in dots}

    def refusal(self, voter: str, note_id: str) -> voting.Refusal | None:
        """Why this voter may not put one more dot on this note now, or None when they may."""
        if not voting.is_open(self.vote):
            return voting.Refusal.CLOSED
        if voter not in self._keys:
            return voting.Refusal.NOT_A_VOTER
        if note_id not in self._candidates:
            return voting.Refusal.NOT_IN_VOTE
        if self.vote.dots_per_person - self._used[voter] <= 0:
            return voting.Refusal.NO_DOTS_LEFT
        if not self.vote.allow_stacking and (voter, note_id) in self._on_note:
            return voting.Refusal.NO_STACKING
        return None

    def add(self, dot: VoteDot) -> None:
        """A dot of this vote accepted: the next ones are checked with it."""
        voter = voting.voter_of(dot)
        self._used[voter] += 1
        self._on_note.add((voter, dot.note_id))
