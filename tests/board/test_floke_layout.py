"""The floke tree tidy-up, frame geometry and sector vocabulary: pure functions, no Qt widgets."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from app.demo import build_demo_workshop
from app.domain.floke_layout import LEVEL_GAP, find_trunk, read_tree, spread, tidy_floke_tree
from app.domain.frame_geometry import frame_for_note, parent_for
from app.domain.model import BoardKind, Connector, ConnectorKind, Frame, Note
from app.domain.sectors import SECTORS, normalised, sector, sector_counts, toggled

B = "b"


def note(key: str, x: float, y: float, frame_id: str | None = None) -> Note:
    return Note(B, text=key, x=x, y=y, id=key, frame_id=frame_id)


def arrow(a: str, b: str, kind: ConnectorKind = ConnectorKind.CAUSES) -> Connector:
    return Connector(B, a, b, kind=kind, id=f"{a}->{b}")


def rects(notes: list[Note], moved: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float, float, float]]:
    return {n.id: (*moved.get(n.id, (n.x, n.y)), n.width, n.height) for n in notes}


def overlapping(boxes: dict[str, tuple[float, float, float, float]]) -> list[tuple[str, str]]:
    found = []
    for (i, a), (j, b) in itertools.combinations(boxes.items(), 2):
        if a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]:
            found.append((i, j))
    return found


# -- reading the tree ----------------------------------------------------------------


def test_the_trunk_is_the_note_in_a_frame_titled_trunk_or_stamme():
    frames = [Frame(B, "Stammen: floken", id="f-trunk")]
    notes = [note("p", 0, 0, "f-trunk"), note("hub", 500, 0), note("a", 0, 300), note("b", 300, 300)]
    connectors = [arrow("a", "hub"), arrow("b", "hub"), arrow("hub", "p")]
    assert find_trunk(notes, connectors, frames) == ["p"]
    assert find_trunk(notes, connectors, []) == ["hub"], "without such a frame: the most connected note"


def test_causes_and_effects_are_read_by_depth_and_related_gives_no_direction():
    notes = [note(k, i * 200, 0) for i, k in enumerate("pabcdex")]
    connectors = [
        arrow("a", "p"),
        arrow("b", "a"),  # a cause of a cause
        arrow("p", "c", ConnectorKind.LEADS_TO),
        arrow("c", "d", ConnectorKind.LEADS_TO),
        arrow("e", "p", ConnectorKind.BLOCKS),
        arrow("x", "p", ConnectorKind.RELATED),
    ]
    tree = read_tree(notes, connectors, [])
    assert tree.trunk == ["p"]
    assert [sorted(level) for level in tree.causes] == [["a", "e"], ["b"]]
    assert tree.effects == [["c"], ["d"]]
    assert "x" not in tree.members()


def test_no_arrows_means_nothing_to_tidy():
    assert tidy_floke_tree([note("a", 0, 0), note("b", 10, 10)], [], []).is_empty()


# -- laying it out ---------------------------------------------------------------------


def test_a_messy_tree_gets_causes_below_and_effects_above_in_levels_without_overlap():
    # Everything piled near the problem, some on the wrong side of it.
    notes = [
        note("p", 400, 400),
        note("c1", 100, 380),  # a cause beside the trunk
        note("c2", 450, 100),  # a cause above it
        note("c3", 120, 390),  # a cause of c1, overlapping c1
        note("e1", 600, 700),  # an effect below
        note("e2", 620, 710),  # an effect of e1, overlapping it
        note("free", 2000, 2000),  # not part of the tree
    ]
    connectors = [
        arrow("c1", "p"),
        arrow("c2", "p"),
        arrow("c3", "c1"),
        arrow("p", "e1", ConnectorKind.LEADS_TO),
        arrow("e1", "e2", ConnectorKind.LEADS_TO),
    ]
    result = tidy_floke_tree(notes, connectors, [])
    boxes = rects(notes, result.notes)
    assert "p" not in result.notes and "free" not in result.notes, "the trunk and notes outside the tree stay"
    trunk_top, trunk_bottom = 400, 400 + 120
    assert boxes["c1"][1] >= trunk_bottom + LEVEL_GAP and boxes["c2"][1] == boxes["c1"][1]
    assert boxes["c3"][1] >= boxes["c1"][1] + 120 + LEVEL_GAP, "a cause of a cause is a level further down"
    assert boxes["e1"][1] + 120 <= trunk_top - LEVEL_GAP
    assert boxes["e2"][1] + 120 <= boxes["e1"][1] - LEVEL_GAP
    assert boxes["c1"][0] < boxes["c2"][0], "left-to-right order within a level is kept"
    assert overlapping(boxes) == []


def test_a_level_keeps_its_own_place_and_notes_without_arrows_in_the_tree_s_way_move_aside():
    notes = [note("p", 0, 0), note("a", -300, 300), note("b", 300, 300), note("free", -300, 330)]
    notes[3] = Note(B, text="free", x=-320, y=300, id="free")  # sits where "a" would go
    notes.append(note("between", 0, 160))  # where the arrows from the causes to the problem run
    notes.append(note("far", 2000, 0))  # out of the tree's way
    connectors = [arrow("a", "p"), arrow("b", "p")]
    result = tidy_floke_tree(notes, connectors, [])
    boxes = rects(notes, result.notes)
    assert boxes["b"][0] == 300 and boxes["a"][0] == -300, "x is the facilitator's"
    assert boxes["a"][1] == 300, "the level stays where the facilitator put it"
    assert overlapping(boxes) == []
    tree_right = max(boxes[i][0] + boxes[i][2] for i in ("p", "a", "b"))
    tree_bottom = max(boxes[i][1] + boxes[i][3] for i in ("p", "a", "b"))
    for aside in ("free", "between"):
        x, y, _w, _h = boxes[aside]
        assert x > tree_right or y > tree_bottom, f"{aside} is out of the tree's area, where its arrows run"
    assert "far" not in result.notes, "a note out of the way stays"
    assert boxes["between"][1] < boxes["free"][1], "the notes moved aside keep their order"


def test_a_tree_note_in_no_frame_joins_the_frame_of_its_level():
    frames = [Frame(B, "Greiner", x=-20, y=-480, width=620, height=180, id="branches")]
    notes = [
        note("p", 0, 0),
        note("e1", 0, -300, "branches"),
        note("e2", 300, -300, "branches"),
        note("e1a", 0, -200),  # an effect of an effect, made before it could join the frame
        note("c", 0, 300),
    ]
    connectors = [arrow("p", "e1"), arrow("p", "e2"), arrow("e1", "e1a"), arrow("c", "p")]
    result = tidy_floke_tree(notes, connectors, frames)
    assert result.joined == {"e1a": "branches"}
    x, y, w, h = result.frames["branches"]
    ex, ey = result.notes["e1a"]
    assert x <= ex and ex + 180 <= x + w and y <= ey and ey + 120 <= y + h, "the frame grew round it"


def test_frames_grow_to_keep_their_notes():
    frames = [Frame(B, "Røtter", x=-20, y=160, width=220, height=180, id="roots")]
    notes = [note("p", 0, 0), note("a", 0, 200, "roots"), note("b", 5, 210, "roots")]
    result = tidy_floke_tree(notes, [arrow("a", "p"), arrow("b", "p")], frames)
    x, y, w, h = result.frames["roots"]
    for n in ("a", "b"):
        nx, ny = result.notes.get(n, (notes[1].x, notes[1].y))
        assert x <= nx and nx + 180 <= x + w and y <= ny and ny + 120 <= y + h


def test_the_demo_floke_map_is_already_tidy():
    workshop = build_demo_workshop()
    board = next(b for b in workshop.boards if b.kind == BoardKind.FLOKE_MAP)
    notes = workshop.notes_on(board.id)
    connectors = [c for c in workshop.connectors if c.board_id == board.id]
    frames = [f for f in workshop.frames if f.board_id == board.id]
    tree = read_tree(notes, connectors, frames)
    assert len(tree.trunk) == 1 and len(tree.causes) == 2 and len(tree.effects) == 2
    assert tidy_floke_tree(notes, connectors, frames).is_empty()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(-800, 800), st.integers(-800, 800)), min_size=2, max_size=14),
    st.data(),
)
def test_tidy_never_leaves_tree_notes_overlapping(positions, data):
    notes = [note(f"n{i}", x, y) for i, (x, y) in enumerate(positions)]
    connectors = []
    for i in range(1, len(notes)):
        parent = data.draw(st.integers(0, i - 1))
        backwards = data.draw(st.booleans())
        a, b = (f"n{i}", f"n{parent}") if backwards else (f"n{parent}", f"n{i}")
        connectors.append(arrow(a, b))
    result = tidy_floke_tree(notes, connectors, [])
    members = read_tree(notes, connectors, []).members()
    boxes = rects(notes, result.notes)
    clashes = [(a, b) for a, b in overlapping(boxes) if a in members and b in members]
    assert clashes == [] or all({a, b} <= set(find_trunk(notes, connectors, [])) for a, b in clashes)


def test_spread_keeps_order_and_moves_overlapping_notes_least():
    assert spread([0, 500], [100, 100], 40) == [0, 500]
    assert spread([0, 0], [100, 100], 40) == [-70, 70]
    xs = spread([0, 10, 20], [100, 100, 100], 40)
    assert xs == sorted(xs) and all(b - a >= 140 for a, b in itertools.pairwise(xs))


# -- frames ------------------------------------------------------------------------------


def test_a_note_belongs_to_the_innermost_frame_under_its_centre():
    outer = Frame(B, "Sektor", x=0, y=0, width=1000, height=800, id="outer")
    inner = Frame(B, "Helse", x=100, y=100, width=400, height=300, parent_id="outer", z=-999, id="inner")
    assert frame_for_note([outer, inner], 150, 150, 180, 120) == "inner"
    assert frame_for_note([outer, inner], 600, 500, 180, 120) == "outer"
    assert frame_for_note([outer, inner], 2000, 0, 180, 120) is None


def test_nesting_is_one_level_deep():
    outer = Frame(B, "A", x=0, y=0, width=1000, height=800, id="outer")
    child = Frame(B, "B", x=100, y=100, width=400, height=300, parent_id="outer", id="child")
    dropped = Frame(B, "C", x=150, y=150, width=100, height=100, id="dropped")
    assert parent_for(dropped, [outer, child, dropped]) == "outer", "dropped into a child: joins its parent"
    assert parent_for(outer, [dropped, child, outer]) is None, "a frame with children is never nested"
    far = Frame(B, "D", x=5000, y=0, id="far")
    assert parent_for(far, [outer, far]) is None


# -- sectors -----------------------------------------------------------------------------


def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def test_sector_markers_keep_white_letters_readable():
    for s in SECTORS:
        contrast = 1.05 / (_luminance(s.colour) + 0.05)
        assert contrast >= 4.5, f"{s.key}: {contrast:.1f}"
    assert len({s.abbreviation for s in SECTORS}) == len(SECTORS)


def test_sector_lists_are_normalised_and_unknown_keys_are_kept():
    assert normalised(["nav", "health-care", "nav", "roads"]) == ["health-care", "nav", "roads"]
    assert toggled(["nav"], "schools", True) == ["schools", "nav"]
    assert toggled(["nav", "schools"], "nav", False) == ["schools"]
    assert sector("roads").abbreviation == "ROA" and sector("").abbreviation == "?"
    assert sector_counts([["nav", "culture"], ["nav"], []]) == [("nav", 2), ("culture", 1)]


def test_sector_names_shown_are_the_vocabulary_s_english_source():
    from app.domain.sectors import sector_abbreviation, sector_label

    for s in SECTORS:
        assert (sector_label(s.key), sector_abbreviation(s.key)) == (s.label, s.abbreviation)
    assert sector_label("roads") == "roads" and sector_abbreviation("roads") == "ROA"
