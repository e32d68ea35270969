"""New notes on a floke board, as a facilitator makes them (issue 16, items 1 and 2).

A note made or pasted inside a frame belongs to it; after typing, the note stays selected
with the board keeping the keys; N puts the next note in free space beside the last one,
or inside the selected frame, never on top of another.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from app.domain.free_spot import GAP, free_spot, overlaps
from app.domain.model import Frame
from tests.board.test_board_ui import view_point
from tests.conftest import save_screenshot
from tests.floke_support import click, key, one

ROOTS = "f-roots"  # the frame "Røtter" at (600, 0), 500 x 400


def rect(note) -> tuple[float, float, float, float]:
    return (note.x, note.y, note.width, note.height)


def finish_typing(qtbot, window, text: str, end=Qt.Key.Key_Escape) -> str:
    view = window.view
    assert view.is_editing()
    note_id = view.note_edits.editor.note_id
    qtbot.keyClicks(view.viewport(), text)
    if end == Qt.Key.Key_Return:
        qtbot.keyClick(view.viewport(), end, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.keyClick(view.viewport(), end)
    assert not view.is_editing()
    return note_id


def test_a_note_made_by_double_click_in_a_frame_belongs_to_it_and_moves_with_it(floke, qtbot, floke_path):
    window = floke
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(window, 850, 200))
    note_id = finish_typing(qtbot, window, "Ny årsak")
    assert window.document.note(note_id).frame_id == ROOTS
    assert one(floke_path, "SELECT frame_id FROM notes WHERE id = ?", note_id) == (ROOTS,)
    # Dragging the frame by its title takes the new note along.
    before = window.document.note(note_id)
    start, end = view_point(window, 700, -15), view_point(window, 700, 85)
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert window.document.find(Frame, ROOTS).y == 100
    assert window.document.note(note_id).y == before.y + 100


def test_n_with_a_frame_selected_puts_the_note_in_it_and_paste_in_a_frame_joins_it(floke, qtbot, floke_path):
    window = floke
    view = window.view
    view.board_scene.select_items([view.board_scene.frame_item(ROOTS)])
    key(qtbot, window, Qt.Key.Key_N)
    note_id = finish_typing(qtbot, window, "I rammen")
    note = window.document.note(note_id)
    frame = window.document.find(Frame, ROOTS)
    assert note.frame_id == ROOTS
    assert frame.x <= note.x and note.x + note.width <= frame.x + frame.width
    # Text from another program pasted with the frame's note selected lands in the frame too.
    mime = QMimeData()
    mime.setText("Limt inn")
    QApplication.clipboard().setMimeData(mime)
    key(qtbot, window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = next(n for n in window.document.notes_on("b-floke") if n.text == "Limt inn")
    assert pasted.frame_id == ROOTS
    assert one(floke_path, "SELECT frame_id FROM notes WHERE id = ?", pasted.id) == (ROOTS,)


def test_after_typing_the_note_stays_selected_and_arrow_keys_nudge_it(floke, qtbot, floke_path):
    window = floke
    view = window.view
    for end in (Qt.Key.Key_Escape, Qt.Key.Key_Return):
        key(qtbot, window, Qt.Key.Key_N)
        note_id = finish_typing(qtbot, window, "Skrevet", end)
        assert view.selected_ids() == [note_id]
        assert view.hasFocus()
        x = window.document.note(note_id).x
        key(qtbot, window, Qt.Key.Key_Right)
        assert window.document.note(note_id).x == x + 10
        assert one(floke_path, "SELECT x FROM notes WHERE id = ?", note_id) == (x + 10,)


def test_n_puts_each_new_note_in_free_space_beside_the_last(floke, qtbot):
    window = floke
    view = window.view
    made = []
    for i in range(5):
        key(qtbot, window, Qt.Key.Key_N)
        made.append(finish_typing(qtbot, window, f"Ny {i}"))
    notes = window.document.notes_on("b-floke")
    for new_id in made:
        new = window.document.note(new_id)
        for other in notes:
            if other.id != new_id:
                assert not overlaps(rect(new), rect(other)), (new.text, other.text)
    # Each next to the one before, not across the board.
    for a, b in itertools.pairwise(made):
        na, nb = window.document.note(a), window.document.note(b)
        assert abs(na.x - nb.x) + abs(na.y - nb.y) <= 2 * (na.width + GAP)
    save_screenshot(window, "board_new_notes_side_by_side")
    assert view.selected_ids() == [made[-1]]


def test_the_free_spot_rule():
    size = (180.0, 120.0)
    last = (0.0, 0.0, 180.0, 120.0)
    # Beside the last note, to its right.
    assert free_spot(size, [last], near=last) == (200.0, 0.0)
    # That taken, below it.
    assert free_spot(size, [last, (200.0, 0.0, 180.0, 120.0)], near=last) == (0.0, 140.0)
    # Round the middle of the view: the middle itself when free.
    assert free_spot(size, [last], centre=(1000.0, 1000.0)) == (910.0, 940.0)
    # Inside a frame, in reading order, keeping clear of what is there.
    frame = Frame("b", "R", x=600, y=0, width=500, height=400)
    inside = (frame.x, frame.y, frame.width, frame.height)
    assert free_spot(size, [(620.0, 20.0, 180.0, 120.0)], within=inside) == (820.0, 20.0)
    # A full frame: beside it, not over it.
    spot = free_spot(size, [], within=(0.0, 0.0, 100.0, 100.0), centre=(50.0, 50.0))
    assert not overlaps((*spot, *size), (0.0, 0.0, 100.0, 100.0))


def test_clicking_another_note_after_typing_selects_that_one(floke, qtbot):
    window = floke
    key(qtbot, window, Qt.Key.Key_N)
    window.view.note_edits.editor.setPlainText("Ferdig")
    click(qtbot, window, 90, 60)  # the note "Problem"
    assert not window.view.is_editing()
    assert window.view.selected_ids() == ["n-a"]
