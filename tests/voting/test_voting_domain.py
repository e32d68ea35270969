"""Dot voting rules and results, without Qt widgets."""

from __future__ import annotations

import dataclasses

import pytest

from app.demo import build_demo_workshop
from app.domain.model import Board, Frame, Note, Participant, Phase, Vote, VoteDot, VoteStatus, Workshop, WorkshopInfo
from app.domain.voting import (
    Refusal,
    copies_for_board,
    dot_to_remove,
    dots_left,
    dots_visible,
    in_vote,
    notes_in_vote,
    ranked_results,
    refusal,
    rule_violations,
    top_results,
    voters,
)


def workshop(**vote_fields) -> Workshop:
    board = Board("Idéer", Phase.CO_DESIGN, id="b")
    outer = Frame("b", "Ute", id="f-out")
    inner = Frame("b", "Inne", parent_id="f-out", id="f-in")
    notes = [
        Note("b", text="A", x=0, y=0, frame_id="f-out", id="n-a"),
        Note("b", text="B", x=200, y=0, frame_id="f-in", id="n-b"),
        Note("b", text="C", x=400, y=0, id="n-c"),
        Note("b", text="D", x=0, y=200, id="n-d"),
    ]
    people = [Participant("Ada", id="p-ada"), Participant("Nils", id="p-nils"), Participant("Siri", id="p-siri")]
    vote = Vote("b", dots_per_person=2, id="v", **vote_fields)
    return Workshop(
        WorkshopInfo("T"), participants=people, boards=[board], frames=[outer, inner], notes=notes, votes=[vote]
    )


def add(w: Workshop, participant: str, note: str) -> None:
    assert refusal(w, w.votes[0], participant, note) is None
    w.vote_dots.append(VoteDot("v", note, participant))


def test_voters_default_to_everyone_and_can_be_chosen():
    w = workshop()
    assert [p.id for p in voters(w, w.votes[0])] == ["p-ada", "p-nils", "p-siri"]
    w = workshop(voter_ids=["p-siri", "p-ada"])
    assert [p.id for p in voters(w, w.votes[0])] == ["p-ada", "p-siri"]
    assert refusal(w, w.votes[0], "p-nils", "n-a") is Refusal.NOT_A_VOTER


def test_a_vote_on_a_frame_takes_the_notes_of_nested_frames_too():
    w = workshop(frame_id="f-out")
    assert [n.id for n in notes_in_vote(w, w.votes[0])] == ["n-a", "n-b"]
    assert refusal(w, w.votes[0], "p-ada", "n-c") is Refusal.NOT_IN_VOTE


@pytest.mark.parametrize("frame_id", [None, "f-out", "f-in"])
def test_in_vote_answers_as_notes_in_vote_does(frame_id):
    """The check each dot makes is the list phones are shown, without sorting the board per dot."""
    w = workshop(frame_id=frame_id)
    w.boards.append(Board("Andre", Phase.CO_DESIGN, id="b-2"))
    w.notes.append(Note("b-2", text="E", x=0, y=0, id="n-e"))
    shown = {n.id for n in notes_in_vote(w, w.votes[0])}
    assert shown
    for note_id in ["n-a", "n-b", "n-c", "n-d", "n-e", "n-unknown"]:
        assert in_vote(w, w.votes[0], note_id) == (note_id in shown), note_id


def test_the_stacking_rule_walks_the_dots_only_when_the_note_has_some():
    """`on_note` (the vote's dots per note, which the screen keeps) answers for a note with no dot:
    every dot of a board of thousands was walked for each dot put."""

    class CountedWalks(list):
        walks = 0

        def __iter__(self):
            type(self).walks += 1
            return super().__iter__()

    w = workshop()
    vote = w.votes[0]
    add(w, "p-ada", "n-a")
    w.vote_dots = CountedWalks(w.vote_dots)
    on_note = {"n-a": 1}
    assert refusal(w, vote, "p-ada", "n-b", used={"p-ada": 1}, on_note=on_note) is None
    assert CountedWalks.walks == 0
    assert refusal(w, vote, "p-ada", "n-a", used={"p-ada": 1}, on_note=on_note) is Refusal.NO_STACKING


def test_dots_per_person_and_stacking_are_enforced():
    w = workshop()
    vote = w.votes[0]
    add(w, "p-ada", "n-a")
    assert refusal(w, vote, "p-ada", "n-a") is Refusal.NO_STACKING
    add(w, "p-ada", "n-b")
    assert dots_left(w, vote, "p-ada") == 0
    assert refusal(w, vote, "p-ada", "n-c") is Refusal.NO_DOTS_LEFT
    assert rule_violations(w, "v") == []
    w.vote_dots.append(VoteDot("v", "n-a", "p-ada"))  # past the rules, as a bug would
    assert len(rule_violations(w, "v")) == 2


def test_stacking_allows_several_dots_from_one_person_on_one_note():
    w = workshop(allow_stacking=True)
    add(w, "p-ada", "n-a")
    add(w, "p-ada", "n-a")
    assert rule_violations(w, "v") == []
    assert dot_to_remove(w, "v", "p-ada", "n-a") is w.vote_dots[-1]
    assert dot_to_remove(w, "v", "p-nils", "n-a") is None


def test_a_closed_vote_takes_no_dots_and_a_hidden_one_shows_none_until_revealed():
    w = workshop(status=VoteStatus.CLOSED)
    assert refusal(w, w.votes[0], "p-ada", "n-a") is Refusal.CLOSED
    assert dots_visible(Vote("b"))
    assert not dots_visible(Vote("b", hidden=True))
    assert dots_visible(Vote("b", hidden=True, revealed=True))


def test_results_rank_by_dots_and_ties_share_a_rank():
    w = workshop(allow_stacking=True)
    add(w, "p-ada", "n-d")
    add(w, "p-ada", "n-d")
    add(w, "p-nils", "n-c")
    add(w, "p-nils", "n-a")
    add(w, "p-siri", "n-b")
    add(w, "p-siri", "n-a")
    results = ranked_results(w, "v")
    assert [(r.rank, r.note.id, r.dots, r.voters, r.tied) for r in results] == [
        (1, "n-a", 2, 2, True),  # reading order among the tied: top row first
        (1, "n-d", 2, 1, True),
        (3, "n-b", 1, 1, True),
        (3, "n-c", 1, 1, True),
    ]
    assert [r.note.id for r in top_results(results, 1)] == ["n-a", "n-d"]
    assert [r.note.id for r in top_results(results, 2)] == ["n-a", "n-d"]
    assert len(top_results(results, 3)) == 4


def test_unvoted_notes_can_be_listed_last():
    w = workshop()
    add(w, "p-ada", "n-c")
    results = ranked_results(w, "v", include_unvoted=True)
    assert [(r.rank, r.note.id, r.dots) for r in results] == [
        (1, "n-c", 1),
        (2, "n-a", 0),
        (2, "n-b", 0),
        (2, "n-d", 0),
    ]
    assert [r.note.id for r in top_results(results, 5)] == ["n-c"]
    with pytest.raises(KeyError):
        ranked_results(w, "no-such-vote")


def test_copies_are_new_notes_in_reading_order_on_the_target_board():
    w = workshop()
    add(w, "p-ada", "n-c")
    add(w, "p-nils", "n-c")
    add(w, "p-nils", "n-b")
    w.notes[1] = dataclasses.replace(w.notes[1], sectors=["health"])
    copies = copies_for_board(ranked_results(w, "v"), board_id="b2", origin=(100, 50), top_z=7, columns=1)
    assert [(c.text, c.board_id, c.x, c.y, c.z, c.frame_id) for c in copies] == [
        ("C", "b2", 100, 50, 8, None),
        ("B", "b2", 100, 190, 9, None),
    ]
    assert copies[1].sectors == ["health"]
    assert {c.id for c in copies}.isdisjoint(n.id for n in w.notes)


def test_the_demo_vote_is_closed_keeps_its_rules_and_ranks_meaningfully():
    demo = build_demo_workshop()
    [vote] = demo.votes
    assert vote.status == VoteStatus.CLOSED
    assert rule_violations(demo, vote.id) == []
    results = ranked_results(demo, vote.id)
    assert [r.dots for r in results[:3]] == [7, 6, 5]  # a clear top three, no tie at the top
    assert [r.rank for r in results[:3]] == [1, 2, 3]
    assert any(r.tied for r in results)  # and ties further down, shown as ties
    assert sum(r.dots for r in results) == len(voters(demo, vote)) * vote.dots_per_person
