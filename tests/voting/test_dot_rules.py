"""A group of dots checked together gets the answers voting.refusal() gives with the dots before it added."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import voting
from app.domain.dot_rules import DotRules
from app.domain.model import (
    Board,
    BoardKind,
    Device,
    Frame,
    Note,
    Participant,
    Phase,
    Vote,
    VoteDot,
    VoteStatus,
    Workshop,
    WorkshopInfo,
)

PEOPLE = [Participant("Ada", id="p-ada"), Participant("Nils", id="p-nils"), Participant("Sara", id="p-sara")]
DEVICES = [Device(1, id="d-1"), Device(2, "Ada", participant_id="p-ada", id="d-2"), Device(3, id="d-3")]
VOTERS = ["p-ada", "p-nils", "p-sara", "d-1", "d-3", "d-stranger"]
FRAMES = [
    Frame("b-a", id="f-outer"),
    Frame("b-a", id="f-inner", parent_id="f-outer"),
    Frame("b-a", id="f-other"),
]
NOTES = [
    Note("b-a", id="n-1"),
    Note("b-a", id="n-2", frame_id="f-outer"),
    Note("b-a", id="n-3", frame_id="f-inner"),
    Note("b-a", id="n-4", frame_id="f-other"),
    Note("b-b", id="n-5"),
]
NOTE_IDS = [n.id for n in NOTES] + ["n-gone"]

votes = st.builds(
    Vote,
    board_id=st.just("b-a"),
    frame_id=st.sampled_from([None, "f-outer", "f-other"]),
    dots_per_person=st.integers(1, 4),
    allow_stacking=st.booleans(),
    status=st.sampled_from(list(VoteStatus)),
    voter_ids=st.lists(st.sampled_from(["p-ada", "p-nils", "p-sara"]), unique=True, max_size=2),
    id=st.just("v"),
)
dots = st.tuples(st.sampled_from(VOTERS), st.sampled_from(NOTE_IDS))


def dot(vote_id: str, voter: str, note_id: str) -> VoteDot:
    phone = voter.startswith("d-")
    return VoteDot(vote_id, note_id, None if phone else voter, device_id=voter if phone else None)


@settings(max_examples=200, deadline=None)
@given(votes, st.lists(dots, max_size=8), st.lists(dots, min_size=1, max_size=25))
def test_each_answer_is_the_rule_with_the_dots_accepted_before(
    vote: Vote, earlier: list[tuple[str, str]], group: list[tuple[str, str]]
) -> None:
    other_vote = Vote("b-a", id="v-other")
    boards = [Board("A", Phase.CO_DESIGN, BoardKind.IDEA_BOARD, id="b-a"), Board("B", Phase.CO_DESIGN, id="b-b")]
    workshop = Workshop(
        WorkshopInfo("x"),
        participants=PEOPLE,
        devices=DEVICES,
        boards=boards,
        frames=FRAMES,
        notes=NOTES,
        votes=[vote, other_vote],
        vote_dots=[dot("v", v, n) for v, n in earlier] + [dot("v-other", "p-ada", "n-1")] * 3,
    )
    rules = DotRules(workshop, vote)
    for voter, note_id in group:
        expected = voting.refusal(workshop, vote, voter, note_id)
        assert rules.refusal(voter, note_id) == expected
        if expected is None:
            accepted = dot("v", voter, note_id)
            rules.add(accepted)
            workshop = dataclasses.replace(workshop, vote_dots=[*workshop.vote_dots, accepted])


def test_a_group_of_phones_meets_every_refusal_in_turn() -> None:
    """A table of the answers, so the comparison above is known to reach each kind of refusal."""
    boards = [Board("A", Phase.CO_DESIGN, BoardKind.IDEA_BOARD, id="b-a"), Board("B", Phase.CO_DESIGN, id="b-b")]
    vote = Vote("b-a", frame_id="f-outer", dots_per_person=2, voter_ids=[], id="v")
    workshop = Workshop(
        WorkshopInfo("x"), participants=PEOPLE, devices=DEVICES, boards=boards, frames=FRAMES, notes=NOTES, votes=[vote]
    )
    rules = DotRules(workshop, vote)
    answers = []
    for voter, note_id in [
        ("d-1", "n-2"),
        ("d-1", "n-2"),  # one per note
        ("d-1", "n-3"),  # a nested frame is in the vote
        ("d-1", "n-1"),  # outside the frame, and
        ("d-3", "n-1"),  # the first check that fails is the answer
        ("d-1", "n-3"),  # no dots left
        ("d-stranger", "n-2"),
    ]:
        answer = rules.refusal(voter, note_id)
        if answer is None:
            rules.add(dot("v", voter, note_id))
        answers.append(answer)
    R = voting.Refusal
    assert answers == [None, R.NO_STACKING, None, R.NOT_IN_VOTE, R.NOT_IN_VOTE, R.NO_DOTS_LEFT, R.NOT_A_VOTER]
    closed = DotRules(workshop, dataclasses.replace(vote, status=VoteStatus.CLOSED))
    assert closed.refusal("d-1", "n-2") == R.CLOSED
