"""Dot voting rules: who may put a dot where, and what the result is.

Pure functions over the Workshop dataclasses. The screen asks `refusal()`
before it pushes a dot, the tests ask `rule_violations()` after any sequence
of dots, undos and redos, and the PDF summary and the "send top ideas"
action read `ranked_results()`, so all of them agree on one result.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from app.domain.model import (
    NOTE_HEIGHT,
    NOTE_WIDTH,
    Device,
    Frame,
    Note,
    Participant,
    Vote,
    VoteDot,
    VoteStatus,
    Workshop,
)


class Refusal(StrEnum):
    """Why a dot cannot be added (or removed)."""

    CLOSED = "closed"
    NOT_A_VOTER = "not-a-voter"
    NOT_IN_VOTE = "not-in-vote"  # the note is on another board, or outside the frame voted on
    NO_DOTS_LEFT = "no-dots-left"
    NO_STACKING = "no-stacking"  # this voter already has a dot on this note
    NO_DOT_TO_REMOVE = "no-dot-to-remove"


def find_vote(workshop: Workshop, vote_id: str) -> Vote:
    """The vote with this id (KeyError when there is none)."""
    for vote in workshop.votes:
        if vote.id == vote_id:
            return vote
    raise KeyError(vote_id)


def votes_on(workshop: Workshop, board_id: str) -> list[Vote]:
    """The votes held on one board, oldest first."""
    return sorted((v for v in workshop.votes if v.board_id == board_id), key=lambda v: v.created)


def is_open(vote: Vote) -> bool:
    return vote.status == VoteStatus.OPEN


def dots_visible(vote: Vote) -> bool:
    """Whether the dots may be shown: a hidden vote shows them only once revealed."""
    return not vote.hidden or vote.revealed


def voters(workshop: Workshop, vote: Vote) -> list[Participant]:
    """Who votes, in the workshop's order: the chosen participants, or all when none were chosen."""
    if not vote.voter_ids:
        return list(workshop.participants)
    chosen = set(vote.voter_ids)
    return [p for p in workshop.participants if p.id in chosen]


def voter_of(dot: VoteDot) -> str:
    """Who put a dot: its participant's id, or for an anonymous phone the device's id."""
    voter = dot.participant_id if dot.participant_id is not None else dot.device_id
    if voter is None:  # validation and the file's CHECK keep this from happening
        raise ValueError(f"vote dot {dot.id} has no voter")
    return voter


def voter_keys(workshop: Workshop, vote: Vote) -> set[str]:
    """The ids that may vote: the voting participants, and anonymous phones when everyone votes.

    A vote limited to chosen participants is theirs alone; a phone linked to a
    participant votes under the participant's id, so it counts as them.
    """
    keys = {p.id for p in voters(workshop, vote)}
    if not vote.voter_ids:
        keys |= {d.id for d in workshop.devices if d.participant_id is None}
    return keys


def phone_voters(workshop: Workshop, vote: Vote) -> list[Device]:
    """The anonymous phones that vote under their own id (see voter_keys), in the order they joined.

    A phone linked to a participant is not among them: it votes as that participant.
    """
    if vote.voter_ids:
        return []
    return sorted((d for d in workshop.devices if d.participant_id is None), key=lambda d: d.number)


@dataclass(frozen=True)
class PhoneTally:
    """How far the phones have got in a vote: what a facilitator waits for before revealing."""

    voters: int  # the anonymous phones and the voting participants who joined with a phone
    dots: int  # the dots these voters have put
    possible: int  # voters times dots per person


def phone_tally(workshop: Workshop, vote: Vote, used: Mapping[str, int] | None = None) -> PhoneTally:
    """The dots put from phones out of those the phones could put.

    A participant who joined with a phone counts as a phone voter with all their
    dots: the phone and the facilitator's recording share one budget (voter_of).
    `used`: dots_used_by(workshop, vote.id), when the caller keeps it counted.
    """
    linked = {d.participant_id for d in workshop.devices if d.participant_id is not None}
    keys = {d.id for d in phone_voters(workshop, vote)} | {p.id for p in voters(workshop, vote) if p.id in linked}
    if used is None:
        used = dots_used_by(workshop, vote.id)
    return PhoneTally(len(keys), sum(used[k] for k in keys), len(keys) * vote.dots_per_person)


def _frames_within(frames: list[Frame], frame_id: str) -> set[str]:
    """The frame and every frame nested in it."""
    inside = {frame_id}
    grew = True
    while grew:
        grew = False
        for frame in frames:
            if frame.parent_id in inside and frame.id not in inside:
                inside.add(frame.id)
                grew = True
    return inside


def notes_in_vote(workshop: Workshop, vote: Vote) -> list[Note]:
    """The notes one can vote for: all notes of the board, or those in the frame (nested frames too)."""
    notes = workshop.notes_on(vote.board_id)
    if vote.frame_id is None:
        return notes
    frames = _frames_within([f for f in workshop.frames if f.board_id == vote.board_id], vote.frame_id)
    return [n for n in notes if n.frame_id in frames]


def in_vote(workshop: Workshop, vote: Vote, note_id: str, note: Note | None = None) -> bool:
    """Whether one can vote for this note (as notes_in_vote, without sorting the board: once per dot).

    `note`, when the caller has it at hand (a document finds it by id), spares a pass over
    every note of the workshop.
    """
    if note is None or note.id != note_id:
        note = next((n for n in workshop.notes if n.id == note_id), None)
    if note is None or note.board_id != vote.board_id:
        return False
    if vote.frame_id is None:
        return True
    return note.frame_id in _frames_within([f for f in workshop.frames if f.board_id == vote.board_id], vote.frame_id)


def dots_of(workshop: Workshop, vote_id: str) -> list[VoteDot]:
    return [d for d in workshop.vote_dots if d.vote_id == vote_id]


def dots_used(workshop: Workshop, vote_id: str, participant_id: str) -> int:
    """How many dots one voter (see voter_of) has put in this vote."""
    return sum(1 for d in workshop.vote_dots if d.vote_id == vote_id and voter_of(d) == participant_id)


def dots_used_by(workshop: Workshop, vote_id: str) -> Counter[str]:
    """How many dots each voter (see voter_of) has put in this vote, in one pass over the dots."""
    return Counter(voter_of(d) for d in workshop.vote_dots if d.vote_id == vote_id)


def dots_left(workshop: Workshop, vote: Vote, participant_id: str, used: Mapping[str, int] | None = None) -> int:
    """The dots this voter has yet to put; `used`: dots_used_by(workshop, vote.id), when the caller keeps it."""
    spent = used.get(participant_id, 0) if used is not None else dots_used(workshop, vote.id, participant_id)
    return max(0, vote.dots_per_person - spent)


def refusal(
    workshop: Workshop,
    vote: Vote,
    participant_id: str,
    note_id: str,
    note: Note | None = None,
    used: Mapping[str, int] | None = None,
    on_note: Mapping[str, int] | None = None,
) -> Refusal | None:
    """Why this voter may not put one more dot on this note now, or None when they may.

    `note` (see in_vote), `used` (dots_used_by for this vote) and `on_note` (this vote's dots
    per note), when the caller has them at hand, spare passes over every note and every dot.
    """
    if not is_open(vote):
        return Refusal.CLOSED
    if participant_id not in voter_keys(workshop, vote):
        return Refusal.NOT_A_VOTER
    if not in_vote(workshop, vote, note_id, note):
        return Refusal.NOT_IN_VOTE
    if dots_left(workshop, vote, participant_id, used) <= 0:
        return Refusal.NO_DOTS_LEFT
    stacking = not vote.allow_stacking and (on_note is None or on_note.get(note_id, 0) > 0)
    if stacking and dot_to_remove(workshop, vote.id, participant_id, note_id) is not None:
        return Refusal.NO_STACKING
    return None


def dot_to_remove(workshop: Workshop, vote_id: str, participant_id: str, note_id: str) -> VoteDot | None:
    """The voter's most recent dot on this note (the one a removal takes back), or None."""
    found = None
    for dot in workshop.vote_dots:
        if dot.vote_id == vote_id and voter_of(dot) == participant_id and dot.note_id == note_id:
            found = dot
    return found


def rule_violations(workshop: Workshop, vote_id: str) -> list[str]:
    """Every way the dots of a vote break its rules; empty when they keep them (for checks and tests)."""
    vote = find_vote(workshop, vote_id)
    problems = []
    dots = dots_of(workshop, vote_id)
    voter_ids = voter_keys(workshop, vote)
    per_voter = Counter(voter_of(d) for d in dots)
    for participant_id, count in per_voter.items():
        if count > vote.dots_per_person:
            problems.append(f"{participant_id} has {count} dots, more than {vote.dots_per_person}")
        if participant_id not in voter_ids:
            problems.append(f"{participant_id} is not a voter")
    if not vote.allow_stacking:
        for (participant_id, note_id), count in Counter((voter_of(d), d.note_id) for d in dots).items():
            if count > 1:
                problems.append(f"{participant_id} has {count} dots on {note_id}")
    return problems


@dataclass(frozen=True)
class RankedNote:
    """One line of a vote's result."""

    rank: int  # 1 for the most dots; notes with as many dots share a rank (1, 2, 2, 4)
    note: Note
    dots: int
    voters: int  # how many different people gave it a dot
    tied: bool  # another note has the same number of dots


def ranked_results(workshop: Workshop, vote_id: str, *, include_unvoted: bool = False) -> list[RankedNote]:
    """The notes of a vote ranked by dots, most first; ties share a rank ("standard competition" ranking).

    Notes with as many dots keep the board's reading order (top to bottom,
    left to right) among themselves, so the list is the same on every call.
    Notes without a dot are left out unless `include_unvoted`. Dots on a note
    that has since left the frame still count: the voters chose that note.
    """
    vote = find_vote(workshop, vote_id)
    dots = dots_of(workshop, vote_id)
    counts = Counter(d.note_id for d in dots)
    people: dict[str, set[str]] = {}
    for dot in dots:
        people.setdefault(dot.note_id, set()).add(voter_of(dot))
    candidates = {n.id: n for n in notes_in_vote(workshop, vote)} if include_unvoted else {}
    candidates |= {n.id: n for n in workshop.notes if n.id in counts}
    ordered = sorted(candidates.values(), key=lambda n: (-counts[n.id], n.y, n.x, n.id))
    how_many = Counter(counts[n.id] for n in ordered)
    results: list[RankedNote] = []
    for position, note in enumerate(ordered, start=1):
        same = results[-1].rank if results and results[-1].dots == counts[note.id] else position
        results.append(
            RankedNote(same, note, counts[note.id], len(people.get(note.id, ())), how_many[counts[note.id]] > 1)
        )
    return results


def top_results(results: list[RankedNote], count: int) -> list[RankedNote]:
    """The top `count` of a ranking; a tie at the cut brings all tied notes (top 3 of 1, 2, 3, 3 gives 4)."""
    return [r for r in results if r.rank <= count and r.dots > 0]


def copies_for_board(
    results: list[RankedNote], *, board_id: str, origin: tuple[float, float], top_z: float, columns: int = 4
) -> list[Note]:
    """New notes carrying the text and colour of the given results, laid out in reading order.

    The copies are new notes with new ids: the next exercise (nytt, nyttig,
    nyttiggjort) works on them while the voted notes and their dots stay as
    they were.
    """
    gap = 20.0
    x0, y0 = origin
    copies = []
    for index, result in enumerate(results):
        note = result.note
        copies.append(
            Note(
                board_id=board_id,
                text=note.text,
                colour=note.colour,
                x=x0 + (index % columns) * (NOTE_WIDTH + gap),
                y=y0 + (index // columns) * (NOTE_HEIGHT + gap),
                z=top_z + 1 + index,
                author=note.author,
                sectors=list(note.sectors),
            )
        )
    return copies
