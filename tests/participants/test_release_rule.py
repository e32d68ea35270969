"""Where released notes land, and what a release plans: pure rules, no Qt, no file."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from app.domain import voting
from app.domain.model import NOTE_HEIGHT, NOTE_WIDTH, Device, Frame, Submission, SubmissionStatus, Vote, VoteDot
from app.domain.release_layout import GAP, Rect, free_grid, place_in_frame, place_on_board
from app.domain.submissions import plan_release, plan_unrelease, waiting, waiting_counts
from tests.participants.workshops import room_workshop


def cells(positions: list[tuple[float, float]]) -> list[Rect]:
    return [Rect(x, y, NOTE_WIDTH, NOTE_HEIGHT) for x, y in positions]


rects = st.builds(
    Rect,
    st.floats(-500, 1500),
    st.floats(-500, 1500),
    st.floats(60, 600),
    st.floats(60, 600),
)


@given(st.integers(1, 40), st.lists(rects, max_size=25), st.integers(1, 6))
def test_the_grid_never_lays_a_note_on_another(count: int, occupied: list[Rect], columns: int) -> None:
    placed = cells(free_grid(count, origin=(0.0, 0.0), columns=columns, occupied=occupied))
    assert len(placed) == count
    for cell in placed:
        assert not any(cell.near(r, GAP - 1e-6) for r in occupied)
        assert 0.0 <= cell.x < columns * (NOTE_WIDTH + GAP)
    for a, b in itertools.combinations(placed, 2):
        assert not a.near(b, GAP - 1e-6)


def test_an_empty_frame_fills_row_by_row_under_its_title() -> None:
    frame = Frame("b", x=100, y=50, width=620, height=400)
    placement = place_in_frame(frame, 4, [])
    assert placement.positions == [(120, 94), (320, 94), (520, 94), (120, 234)]
    assert placement.frame_height is None


def test_a_full_frame_grows_downwards_instead_of_spilling() -> None:
    frame = Frame("b", x=0, y=0, width=420, height=200)
    placement = place_in_frame(frame, 5, [])
    bottom = max(y for _, y in placement.positions) + NOTE_HEIGHT
    assert placement.frame_height is not None and placement.frame_height >= bottom
    assert all(x + NOTE_WIDTH <= frame.width for x, _ in placement.positions)


def test_on_a_board_notes_go_clear_of_everything_there() -> None:
    occupied = [Rect(0, 0, 900, 500), Rect(1000, 0, 180, 120)]
    placed = cells(place_on_board(7, occupied).positions)
    assert all(not c.near(r, 0) for c in placed for r in occupied)
    assert place_on_board(2, []).positions == [(0, 0), (NOTE_WIDTH + GAP, 0)]


def test_a_release_plan_and_its_inverse() -> None:
    workshop = room_workshop()
    workshop.devices.append(Device(number=1, id="dev"))
    workshop.submissions += [
        Submission("dev", "b-ideas", "B", frame_id="f-new", created="2026-01-01T10:00:02.000+00:00", id="s-b"),
        Submission("dev", "b-ideas", "A", frame_id="f-new", created="2026-01-01T10:00:01.000+00:00", id="s-a"),
        Submission("dev", "b-gone", "Borte", created="2026-01-01T10:00:03.000+00:00", id="s-gone"),
    ]
    assert [s.id for s in waiting(workshop)] == ["s-a", "s-b", "s-gone"]
    assert [s.id for s in waiting(workshop, device_id="other")] == []
    assert waiting_counts(workshop) == {("b-ideas", "f-new"): 2, ("b-gone", None): 1}
    plan = plan_release(workshop, ["s-a", "s-b", "s-gone", "s-unknown"])
    assert [n.text for n in plan.notes] == ["A", "B"], "in the order they came; a gone board is skipped"
    assert [s.note_id for s in plan.submissions] == [n.id for n in plan.notes]
    assert {s.status for s in plan.submissions} == {SubmissionStatus.RELEASED}
    assert [s.id for s in plan.submissions_before] == ["s-a", "s-b"]
    assert min(n.z for n in plan.notes) > max(n.z for n in workshop.notes), "on top of the board's notes"
    existing = [Rect(n.x, n.y, n.width, n.height) for n in workshop.notes]
    assert not any(Rect(n.x, n.y, n.width, n.height).near(r, 0) for n in plan.notes for r in existing)
    assert plan.upsert()[-2:] == list(plan.submissions)
    assert plan.undo_delete() == list(plan.notes)
    assert plan_release(workshop, []).notes == ()
    workshop.notes += plan.notes
    workshop.submissions = [*plan.submissions, workshop.submissions[-1]]
    back, gone = plan_unrelease(workshop, ["s-a"])
    assert [(s.id, s.status, s.note_id) for s in back] == [("s-a", SubmissionStatus.WAITING, None)]
    assert gone == [plan.notes[0]]


def test_anonymous_phones_vote_when_everyone_votes_and_count_as_one_voter_each() -> None:
    workshop = room_workshop()
    workshop.devices += [Device(number=1, id="dev-1"), Device(number=2, participant_id="p-ada", id="dev-2")]
    everyone = Vote("b-ideas", dots_per_person=1, id="v-all")
    chosen = Vote("b-ideas", dots_per_person=1, voter_ids=["p-ada"], id="v-chosen")
    workshop.votes += [everyone, chosen]
    assert voting.voter_keys(workshop, everyone) == {"p-ada", "dev-1"}, "a linked phone votes as its person"
    assert voting.voter_keys(workshop, chosen) == {"p-ada"}
    assert voting.refusal(workshop, chosen, "dev-1", "n-light") == voting.Refusal.NOT_A_VOTER
    workshop.vote_dots += [
        VoteDot("v-all", "n-light", None, device_id="dev-1", id="d-1"),
        VoteDot("v-all", "n-light", "p-ada", id="d-2"),
    ]
    assert voting.refusal(workshop, everyone, "dev-1", "n-walk") == voting.Refusal.NO_DOTS_LEFT
    (top,) = voting.ranked_results(workshop, "v-all")
    assert (top.note.id, top.dots, top.voters) == ("n-light", 2, 2)
    assert voting.rule_violations(workshop, "v-all") == []
    workshop.vote_dots.append(VoteDot("v-all", "n-walk", None, device_id="dev-1", id="d-3"))
    assert voting.rule_violations(workshop, "v-all") == ["dev-1 has 2 dots, more than 1"]


def test_the_rules_need_no_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, app.domain.submissions, app.domain.release_layout, app.participants.phone_state, "
        "app.participants.room; assert not [m for m in sys.modules if m.startswith(('PySide6', 'aiohttp'))]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_join_qr_code_is_an_svg_scaled_by_its_view_box() -> None:
    from xml.etree import ElementTree

    from app.participants.qr import join_qr_svg

    svg = join_qr_svg("http://192.168.1.20:8765/j/ABC234")
    root = ElementTree.fromstring(svg)
    assert root.tag.endswith("svg")
    assert "width" not in root.attrib and "viewBox" in root.attrib
    width = float(root.attrib["viewBox"].split()[2])
    assert width >= 21 + 8, "at least a version 1 code with its quiet zone"
