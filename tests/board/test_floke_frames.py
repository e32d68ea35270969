"""Frames on the floke map: made round notes, moved with them, resized, nested, renamed, deleted.

As in test_floke_map.py, each interaction goes through qtbot and the workshop
file is read back after it, after undo and after redo.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt

from app.domain.model import Frame, Note
from tests.board.test_board_ui import drag, view_point
from tests.factories import query
from tests.floke_support import HOSTILE, click, key, one, open_dialog


def frame_row(path: Path, title: str):
    return one(path, "SELECT id, x, y, width, height, parent_id FROM frames WHERE title = ?", title)


def test_f_adds_a_frame_round_the_selected_notes_and_they_belong_to_it(floke, qtbot, floke_path):
    window, view = floke, floke.view
    view.board_scene.select_notes(["n-a", "n-b"])
    key(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ShiftModifier)
    dialog = open_dialog(window)
    dialog.setTextValue("Stammen")
    dialog.accept()
    frame_id, x, y, width, height, parent = frame_row(floke_path, "Stammen")
    assert (x, y, width, height, parent) == (-20, -20, 520, 160, None)
    assert query(floke_path, "SELECT id FROM notes WHERE frame_id = ? ORDER BY id", (frame_id,)) == [("n-a",), ("n-b",)]
    assert window.undo_stack.count() == 1
    window.undo()
    assert frame_row(floke_path, "Stammen") is None
    assert query(floke_path, "SELECT count(*) FROM notes WHERE frame_id IS NOT NULL")[0][0] == 0
    window.redo()
    assert query(floke_path, "SELECT count(*) FROM notes WHERE frame_id = ?", (frame_id,))[0][0] == 2


def test_a_note_dropped_in_a_frame_belongs_to_it_and_leaves_it_when_dropped_outside(floke, qtbot, floke_path):
    window, view = floke, floke.view
    drag(qtbot, view.viewport(), view_point(window, 390, 60), view_point(window, 790, 160))
    assert one(floke_path, "SELECT frame_id, x FROM notes WHERE id = 'n-b'") == ("f-roots", 700)
    window.undo()
    assert one(floke_path, "SELECT frame_id, x FROM notes WHERE id = 'n-b'") == (None, 300)
    window.redo()
    assert one(floke_path, "SELECT frame_id FROM notes WHERE id = 'n-b'") == ("f-roots",)
    drag(qtbot, view.viewport(), view_point(window, 790, 160), view_point(window, 390, 160))
    assert one(floke_path, "SELECT frame_id FROM notes WHERE id = 'n-b'") == (None,)


def test_a_multi_note_drag_into_a_frame_is_one_step(floke, qtbot, floke_path):
    window, view = floke, floke.view
    view.board_scene.select_notes(["n-b", "n-d"])
    drag(qtbot, view.viewport(), view_point(window, 390, 60), view_point(window, 790, 60))
    assert query(floke_path, "SELECT id FROM notes WHERE frame_id = 'f-roots' ORDER BY id") == [("n-b",), ("n-d",)]
    assert window.undo_stack.count() == 1
    window.undo()
    assert query(floke_path, "SELECT count(*) FROM notes WHERE frame_id IS NOT NULL")[0][0] == 0


def test_moving_a_frame_by_its_title_moves_its_notes_in_one_step(floke, qtbot, floke_path):
    window, view = floke, floke.view
    drag(qtbot, view.viewport(), view_point(window, 390, 60), view_point(window, 790, 60))  # n-b into the frame
    drag(qtbot, view.viewport(), view_point(window, 700, -15), view_point(window, 700, 85))
    assert frame_row(floke_path, "Røtter")[1:3] == (600, 100)
    assert one(floke_path, "SELECT x, y FROM notes WHERE id = 'n-b'") == (700, 100)
    assert one(floke_path, "SELECT x, y FROM notes WHERE id = 'n-a'") == (0, 0), "notes outside stay"
    assert window.undo_stack.count() == 2
    window.undo()
    assert frame_row(floke_path, "Røtter")[1:3] == (600, 0)
    assert one(floke_path, "SELECT x, y FROM notes WHERE id = 'n-b'") == (700, 0)
    assert view.board_scene.note_item("n-b").pos() == QPointF(700, 0)
    window.redo()
    assert one(floke_path, "SELECT y FROM notes WHERE id = 'n-b'") == (100,)


def test_resizing_a_frame_by_its_corner(floke, qtbot, floke_path):
    window, view = floke, floke.view
    drag(qtbot, view.viewport(), view_point(window, 1093, 393), view_point(window, 1193, 443))
    assert frame_row(floke_path, "Røtter")[1:5] == (600, 0, 600, 450)
    window.undo()
    assert frame_row(floke_path, "Røtter")[3:5] == (500, 400)
    window.redo()
    assert frame_row(floke_path, "Røtter")[3:5] == (600, 450)


def test_shrinking_a_frame_lets_its_notes_out(floke, qtbot, floke_path):
    window, view = floke, floke.view
    drag(qtbot, view.viewport(), view_point(window, 390, 60), view_point(window, 1000, 320))  # n-b at (910, 260)
    assert one(floke_path, "SELECT frame_id FROM notes WHERE id = 'n-b'") == ("f-roots",)
    drag(qtbot, view.viewport(), view_point(window, 1093, 393), view_point(window, 793, 193))
    assert one(floke_path, "SELECT frame_id FROM notes WHERE id = 'n-b'") == (None,)
    window.undo()
    assert one(floke_path, "SELECT frame_id FROM notes WHERE id = 'n-b'") == ("f-roots",)


def test_a_frame_dropped_inside_another_becomes_its_child_one_level_deep(floke, qtbot, floke_path):
    window, view = floke, floke.view
    view.board_scene.select_notes(["n-c"])
    view.map_edits.add_frame("Helse")
    helse = frame_row(floke_path, "Helse")[0]
    view.board_scene.clearSelection()
    # Helse's title is above its top edge (y 300 - 20); drop it well inside Røtter.
    drag(qtbot, view.viewport(), view_point(window, 60, 263), view_point(window, 700, 123))
    assert frame_row(floke_path, "Helse")[5] == "f-roots"
    assert one(floke_path, "SELECT frame_id FROM notes WHERE id = 'n-c'") == (helse,), "its notes came along"
    # Røtter now has a child, so it can never become one.
    view.board_scene.select_notes(["n-a"])
    view.map_edits.add_frame("Ytre")
    drag(qtbot, view.viewport(), view_point(window, 700, -15), view_point(window, 100, -15))
    assert frame_row(floke_path, "Røtter")[5] is None
    window.undo()
    window.undo()
    window.undo()
    assert frame_row(floke_path, "Helse")[5] is None


def test_moving_a_parent_frame_moves_its_child_frames_and_their_notes(floke, qtbot, floke_path):
    window, view = floke, floke.view
    document = window.document
    inner = Frame("b-floke", "Indre", x=650, y=100, width=300, height=200, parent_id="f-roots", z=-999, id="f-in")
    from app.commands import EditEntities

    moved_note = Note("b-floke", text="Inni", x=700, y=150, frame_id="f-in", id="n-in", z=9)
    window.undo_stack.push(EditEntities("set-up", document=document, upsert=[inner, moved_note], board_id="b-floke"))
    drag(qtbot, view.viewport(), view_point(window, 700, -15), view_point(window, 750, 35))
    assert one(floke_path, "SELECT x, y FROM frames WHERE id = 'f-in'") == (700, 150)
    assert one(floke_path, "SELECT x, y FROM notes WHERE id = 'n-in'") == (750, 200)
    window.undo()
    assert one(floke_path, "SELECT x, y FROM frames WHERE id = 'f-in'") == (650, 100)


def test_double_click_on_a_frame_title_renames_it(floke, qtbot, floke_path):
    window, view = floke, floke.view
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(window, 700, -15))
    dialog = open_dialog(window)
    assert dialog.textValue() == "Røtter"
    dialog.setTextValue(HOSTILE)
    dialog.accept()
    assert one(floke_path, "SELECT title FROM frames WHERE id = 'f-roots'") == (HOSTILE,)
    assert view.board_scene.frame_item("f-roots").shown_title().endswith("…")
    window.undo()
    assert one(floke_path, "SELECT title FROM frames WHERE id = 'f-roots'") == ("Røtter",)
    window.redo()
    assert one(floke_path, "SELECT title FROM frames WHERE id = 'f-roots'") == (HOSTILE,)


def test_deleting_a_frame_keeps_its_notes(floke, qtbot, floke_path):
    window, view = floke, floke.view
    drag(qtbot, view.viewport(), view_point(window, 390, 60), view_point(window, 790, 160))
    click(qtbot, window, 700, -15)
    assert view.board_scene.selected_frame_ids() == ["f-roots"]
    key(qtbot, window, Qt.Key.Key_Delete)
    assert frame_row(floke_path, "Røtter") is None
    assert one(floke_path, "SELECT frame_id, x FROM notes WHERE id = 'n-b'") == (None, 700)
    window.undo()
    assert frame_row(floke_path, "Røtter") is not None
    assert one(floke_path, "SELECT frame_id FROM notes WHERE id = 'n-b'") == ("f-roots",)
    window.redo()
    assert frame_row(floke_path, "Røtter") is None
