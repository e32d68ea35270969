"""Where released notes land, and what a release plans: pure rules, no Qt, no file."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from app.domain import voting
from app.domain.model import (
    NOTE_HEIGHT,
    NOTE_WIDTH,
    Board,
    Device,
    Frame,
    Note,
    Phase,
    Submission,
    SubmissionStatus,
    Vote,
    VoteDot,
    Workshop,
    WorkshopInfo,
)
from app.domain.release_layout import GAP, Rect, free_grid, place_in_frame, place_on_board
from app.domain.submissions import plan_release, waiting, waiting_counts
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


def test_a_release_plan() -> None:
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
    assert [s.id for s in plan.submissions] == ["s-a", "s-b"]
    assert min(n.z for n in plan.notes) > max(n.z for n in workshop.notes), "on top of the board's notes"
    existing = [Rect(n.x, n.y, n.width, n.height) for n in workshop.notes]
    assert not any(Rect(n.x, n.y, n.width, n.height).near(r, 0) for n in plan.notes for r in existing)
    assert plan.upsert()[-2:] == list(plan.submissions)
    assert plan_release(workshop, []).notes == ()


def frames_apart(frames: list[Frame]) -> bool:
    """No two frames overlap, unless one is nested in the other."""
    rect = {f.id: Rect(f.x, f.y, f.width, f.height) for f in frames}
    return not [
        (a.id, b.id)
        for a, b in itertools.combinations(frames, 2)
        if rect[a.id].near(rect[b.id], -1e-6) and b.id != a.id and b.parent_id != a.id and a.parent_id != b.id
    ]


def test_a_frame_that_grows_pushes_down_what_lies_below_it_and_nothing_else() -> None:
    """The demo's idea board: clusters in a grid. A full top-left cluster grows onto the one below
    unless that one, its nested frame and its notes move down; the column beside them stays."""
    board = Board("Idéer", Phase.CO_DESIGN, id="b")
    full = Frame("b", "Teknologi", x=0, y=0, width=420, height=360, id="f-top")
    below = Frame("b", "Fellesskap", x=0, y=420, width=420, height=360, id="f-below")
    nested = Frame("b", "Inni", x=10, y=470, width=400, height=200, parent_id="f-below", id="f-nested")
    beside = Frame("b", "Mestre", x=480, y=0, width=420, height=900, id="f-beside")
    notes = [
        Note("b", "full", x=20 + (i % 2) * 200, y=44 + (i // 2) * 140, id=f"n-full-{i}", frame_id="f-top")
        for i in range(4)
    ]
    notes += [
        Note("b", "below", x=20, y=500, id="n-below", frame_id="f-nested"),
        Note("b", "loose", x=20, y=900, id="n-loose"),
        Note("b", "beside", x=500, y=600, id="n-beside", frame_id="f-beside"),  # below f-top's bottom, held by f-beside
    ]
    workshop = Workshop(WorkshopInfo("x"), boards=[board], frames=[full, below, nested, beside], notes=notes)
    workshop.devices.append(Device(number=1, id="dev"))
    workshop.submissions += [Submission("dev", "b", f"ny {i}", frame_id="f-top", id=f"s-{i}") for i in range(3)]

    plan = plan_release(workshop, [f"s-{i}" for i in range(3)])
    grown = next(f for f in plan.frames if f.id == "f-top")
    drop = grown.height - full.height
    assert drop > 0
    after = {f.id: f for f in [*workshop.frames, *plan.frames]}  # later ones win
    assert frames_apart(list(after.values()))
    assert (after["f-below"].y, after["f-nested"].y) == (below.y + drop, nested.y + drop)
    assert after["f-beside"] == beside
    assert {n.id: n.y for n in plan.moved} == {"n-below": 500 + drop, "n-loose": 900 + drop}
    assert [n.id for n in plan.moved] == ["n-below", "n-loose"]
    assert all(grown.y <= n.y and n.y + n.height <= grown.y + grown.height for n in plan.notes)
    assert {f.id for f in plan.frames} == {"f-top", "f-below", "f-nested"}, "only what grew or moved"
    assert plan.upsert()[: len(plan.frames) + 2] == [*plan.frames, *plan.moved]

    workshop.frames.remove(below)
    workshop.frames.remove(nested)
    workshop.notes = [n for n in workshop.notes if n.id != "n-below"]  # n-loose stays out of its reach
    alone = plan_release(workshop, [f"s-{i}" for i in range(3)])
    assert [f.id for f in alone.frames] == ["f-top"] and alone.moved == (), "nothing below it: nothing moves"


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
