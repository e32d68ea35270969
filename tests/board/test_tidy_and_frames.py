"""Tidy and Shift+F on a floke map, as a facilitator uses them (issue 16, item 7).

Tidy moves notes without arrows out of where the tree and its arrows go, keeps an effect
of an effect inside the effects' frame, and fits the view to the tidied board; a frame
made round two notes far apart takes in no other note and leaves its parent's title readable.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt

from app.commands import EditEntities
from app.domain.frame_geometry import TITLE_BAND, frame_for_note, frame_round
from app.domain.model import Connector, ConnectorKind, Frame, Note
from tests.board.test_board_ui import view_point
from tests.board.test_new_notes import finish_typing
from tests.conftest import save_screenshot
from tests.floke_support import key, one, open_dialog
from widgets.board.frame_item import TITLE_BAND as DRAWN_TITLE_BAND
from widgets.board.frame_item import FrameItem

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def note_rect(note: Note) -> QRectF:
    return QRectF(note.x, note.y, note.width, note.height)


def crosses(a: Note, b: Note, obstacle: Note) -> bool:
    """Whether the arrow from a's centre to b's crosses the obstacle note."""
    start, end = note_rect(a).center(), note_rect(b).center()
    box = note_rect(obstacle)
    return any(box.contains(start + (end - start) * (i / 200)) for i in range(201))


def test_tidy_moves_notes_without_arrows_out_of_the_tree_s_way_and_fits_the_view(floke, qtbot, floke_path):
    window = floke
    view = window.view
    document = window.document
    arrows = [
        Connector("b-floke", "n-c", "n-a", kind=ConnectorKind.CAUSES),  # Virkning (0, 300) is a cause here
        Connector("b-floke", "n-a", "n-b", kind=ConnectorKind.LEADS_TO),  # Årsak (300, 0) an effect
    ]
    window.undo_stack.push(EditEntities("set-up", document=document, upsert=arrows, board_id="b-floke"))
    view.zoom_by(4)  # looking closely at one corner
    key(qtbot, window, Qt.Key.Key_L, CTRL_SHIFT)
    notes = {n.id: n for n in document.notes_on("b-floke")}
    loose = notes["n-d"]  # "Løs" had no arrows and stood between the cause and the effect
    tree = [notes[i] for i in ("n-a", "n-b", "n-c")]
    for a, b in (("n-c", "n-a"), ("n-a", "n-b")):
        assert not crosses(notes[a], notes[b], loose), "an arrow runs through a note without arrows"
    assert all(not note_rect(loose).intersects(note_rect(n)) for n in tree)
    frames = [f for f in document.all_of(Frame) if f.board_id == "b-floke"]
    assert frame_for_note(frames, loose.x, loose.y, loose.width, loose.height) is None, "not dropped in a frame"
    assert one(floke_path, "SELECT x, y FROM notes WHERE id = 'n-d'") == (loose.x, loose.y)
    # The whole tidied board is in view.
    visible = view.visible_rect()
    for n in notes.values():
        assert visible.contains(note_rect(n)), n.text
    save_screenshot(window, "floke_tidied_loose_note_aside")
    window.undo()
    assert one(floke_path, "SELECT x, y FROM notes WHERE id = 'n-d'") == (300, 300)


def test_tidy_keeps_an_effect_of_an_effect_in_the_effects_frame(window, demo_file, qtbot):
    assert window.open_path(demo_file)
    document = window.document
    board = next(b for b in document.workshop.boards if b.kind == "floke-map")
    window.show_board(board.id)
    view = window.view
    greiner = next(f for f in document.all_of(Frame) if f.title.startswith("Greiner"))
    # An effect of an effect of an effect, made by double-click in the frame's top right corner.
    in_frame = [n for n in document.notes_on(board.id) if n.frame_id == greiner.id]
    top_row = min(n.y for n in in_frame)
    parent = min((n for n in in_frame if n.y == top_row), key=lambda n: n.x)
    # The frame is full: the double-click goes in a gap between its notes.
    spot = next(
        QPointF(x, y)
        for y in range(round(greiner.y) + 10, round(greiner.y + greiner.height), 5)
        for x in range(round(greiner.x) + 10, round(greiner.x + greiner.width), 5)
        if not any(note_rect(n).adjusted(-5, -5, 5, 5).contains(QPointF(x, y)) for n in in_frame)
    )
    view.centerOn(spot)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(window, spot.x(), spot.y()))
    new_id = finish_typing(qtbot, window, "Pårørende sliter seg ut")
    window.view.map_edits.connect_notes(parent.id, new_id)
    connector = next(c for c in document.all_of(Connector) if c.to_note == new_id)
    window.view.map_edits.set_kind(ConnectorKind.LEADS_TO, [connector.id])
    key(qtbot, window, Qt.Key.Key_L, CTRL_SHIFT)
    new = document.note(new_id)
    frame = document.find(Frame, greiner.id)
    assert frame is not None
    assert new.frame_id == greiner.id
    assert note_rect(new).intersected(QRectF(frame.x, frame.y, frame.width, frame.height)) == note_rect(new)
    assert new.y + new.height <= parent.y, "a level above its cause"
    visible = view.visible_rect()
    assert visible.contains(note_rect(new)), "the view is fitted to the tidied tree"
    save_screenshot(window, "floke_tidied_effect_of_effect_in_frame")


def test_shift_f_round_two_notes_far_apart_takes_in_no_other_note(floke, qtbot, floke_path):
    window = floke
    view = window.view
    view.board_scene.select_notes(["n-a", "n-d"])  # (0, 0) and (300, 300): n-b and n-c lie between
    key(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ShiftModifier)
    dialog = open_dialog(window)
    dialog.setTextValue("Valgt")
    dialog.accept()
    document = window.document
    frame = next(f for f in document.all_of(Frame) if f.title == "Valgt")
    frames = [f for f in document.all_of(Frame) if f.board_id == "b-floke"]
    rect = QRectF(frame.x, frame.y, frame.width, frame.height)
    for n in document.notes_on("b-floke"):
        inside = rect.contains(note_rect(n).center())
        assert inside == (n.id in ("n-a", "n-d")), n.text
        if n.id in ("n-a", "n-d"):
            assert n.frame_id == frame.id
            assert rect.contains(note_rect(n))
    assert all(f.id == frame.id or not rect.intersects(QRectF(f.x, f.y, f.width, f.height)) for f in frames)
    save_screenshot(window, "floke_frame_round_two_notes_far_apart")
    assert window.undo_stack.count() == 1
    window.undo()
    assert (document.note("n-d").x, document.note("n-d").y) == (300, 300)


def test_a_frame_inside_another_leaves_the_parent_s_title_readable(floke, qtbot, floke_path):
    window = floke
    document = window.document
    # Two notes at the top of "Røtter" (600, 0, 500 x 400).
    notes = [Note("b-floke", text=t, x=x, y=20, z=10, frame_id="f-roots") for t, x in (("A", 620), ("B", 820))]
    window.undo_stack.push(EditEntities("set-up", document=document, upsert=notes, board_id="b-floke"))
    window.view.board_scene.select_notes([n.id for n in notes])
    key(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ShiftModifier)
    dialog = open_dialog(window)
    dialog.setTextValue("Indre")
    dialog.accept()
    child = next(f for f in document.all_of(Frame) if f.title == "Indre")
    parent = document.find(Frame, "f-roots")
    assert parent is not None and child.parent_id == parent.id
    # The child's title band (above its top edge) lies below the parent's (above the parent's top).
    assert child.y - TITLE_BAND >= parent.y, "the new frame's title covers its parent's"
    assert QRectF(parent.x, parent.y, parent.width, parent.height).contains(
        QRectF(child.x, child.y - TITLE_BAND, child.width, child.height + TITLE_BAND)
    )
    assert one(floke_path, "SELECT y FROM frames WHERE id = 'f-roots'") == (parent.y,)
    window.view.fit_all()
    save_screenshot(window, "floke_child_frame_under_parent_title")
    window.undo()
    assert one(floke_path, "SELECT y FROM frames WHERE id = 'f-roots'") == (0,)


def test_the_frame_rule_and_the_drawn_title_agree():
    assert TITLE_BAND == DRAWN_TITLE_BAND
    members = {"a": (0.0, 0.0, 180.0, 120.0), "b": (200.0, 0.0, 180.0, 120.0)}
    assert frame_round(members, [(0.0, 500.0, 180.0, 120.0)]) == ((-20.0, -20.0, 420.0, 160.0), {})


def test_a_frame_made_at_once_is_drawn_as_one_made_and_then_updated(qapp):
    """FrameItem sets its looks in its constructor (a board may hold thousands); update_from must agree."""
    title = "Helse og omsorg " * 40
    frame = Frame("b", title, x=120.0, y=-80.0, width=640.0, height=360.0, z=-1001.0, colour="#fde2b8")
    made = FrameItem(frame)
    updated = FrameItem(Frame("b", "", x=0.0, y=0.0, width=10.0, height=10.0, colour="#ffffff"))
    updated.update_from(frame)
    assert made.boundingRect() == updated.boundingRect()
    assert made.pos() == updated.pos() and made.zValue() == updated.zValue()
    assert made.shown_title() == updated.shown_title() and made.title_bar() == updated.title_bar()
    assert made.colour().name() == updated.colour().name() == "#fde2b8"
    assert made.toolTip() == updated.toolTip() == frame.title[:500]  # built when first asked for
