"""Canvas modes through the real board view: one at a time, Esc cancels, a cancelled drag leaves no trace.

The board's drags and connect mode are Interaction objects the view holds one
at a time (widgets/board/interaction.py); these tests drive them with mouse
and keys as a facilitator does, and read the workshop file back.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QGraphicsLineItem

from tests.board.test_board_ui import drag, view_point
from tests.factories import query
from tests.floke_support import click, connectors, key, one
from widgets.board.canvas_interactions import MoveNotesInteraction
from widgets.board.map_interactions import ConnectMode, MoveFrameInteraction


def positions(path) -> dict[str, tuple[float, float]]:
    return {i: (x, y) for i, x, y in query(path, "SELECT id, x, y FROM notes")}


def shown_positions(window) -> dict[str, tuple[float, float]]:
    return {i.note_id: (i.pos().x(), i.pos().y()) for i in window.view.board_scene.note_items()}


def previews(window) -> list[QGraphicsLineItem]:
    """The dashed lines a connect in progress draws."""
    return [i for i in window.view.board_scene.items() if isinstance(i, QGraphicsLineItem)]


def press_and_move(qtbot, window, start: QPoint, end: QPoint) -> None:
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * i / 5)


def test_escape_cancels_a_connect_in_progress_and_removes_its_preview(floke, qtbot, floke_path):
    window, view = floke, floke.view
    key(qtbot, window, Qt.Key.Key_C)
    click(qtbot, window, 90, 60)  # the arrow starts from n-a
    qtbot.mouseMove(view.viewport(), view_point(window, 390, 60))
    assert isinstance(view.mode(), ConnectMode) and view.mode().source == "n-a"
    assert [p for p in previews(window) if p.isVisible()], "the dashed line follows the pointer"
    key(qtbot, window, Qt.Key.Key_Escape)
    assert view.mode() is None and previews(window) == []
    assert view.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor
    assert window.statusBar().currentMessage() == ""
    assert view.selected_ids() == [], "clicking in connect mode selected nothing"
    click(qtbot, window, 390, 60)
    assert connectors(floke_path) == [] and window.undo_stack.count() == 0


def test_escape_during_a_note_drag_puts_the_notes_back_with_no_undo_step(floke, qtbot, floke_path):
    window, view = floke, floke.view
    before = positions(floke_path)
    view.board_scene.select_notes(["n-a", "n-b"])
    start, end = view_point(window, 90, 60), view_point(window, 90, 260)
    press_and_move(qtbot, window, start, end)
    assert isinstance(view.mode(), MoveNotesInteraction)
    assert shown_positions(window)["n-b"] == (300, 200), "both selected notes follow the pointer"
    key(qtbot, window, Qt.Key.Key_Escape)
    assert view.mode() is None
    assert shown_positions(window) == before
    # The button is still down: the rest of that drag moves nothing.
    qtbot.mouseMove(view.viewport(), end + QPoint(0, 80))
    assert shown_positions(window) == before
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert shown_positions(window) == before and positions(floke_path) == before
    assert window.undo_stack.count() == 0

    # The next drag is a drag again, of what is selected now, as one step.
    view.board_scene.select_notes(["n-d"])
    drag(qtbot, view.viewport(), view_point(window, 390, 360), view_point(window, 390, 460))
    assert positions(floke_path) == {**before, "n-d": (300, 400)}
    assert window.undo_stack.count() == 1
    window.undo()
    assert positions(floke_path) == before


def test_escape_during_a_frame_drag_puts_the_frame_and_its_notes_back(floke, qtbot, floke_path):
    window, view = floke, floke.view
    drag(qtbot, view.viewport(), view_point(window, 390, 60), view_point(window, 790, 160))  # n-b into the frame
    assert one(floke_path, "SELECT frame_id FROM notes WHERE id = 'n-b'") == ("f-roots",)
    before, steps = positions(floke_path), window.undo_stack.count()
    press_and_move(qtbot, window, view_point(window, 700, -15), view_point(window, 700, 185))
    assert isinstance(view.mode(), MoveFrameInteraction)
    assert shown_positions(window)["n-b"] != before["n-b"], "the frame's note moves with it"
    key(qtbot, window, Qt.Key.Key_Escape)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(window, 700, 185))
    assert view.mode() is None and shown_positions(window) == before
    assert view.board_scene.frame_item("f-roots").pos().y() == 0
    assert one(floke_path, "SELECT x, y FROM frames") == (600, 0) and window.undo_stack.count() == steps


def test_one_mode_at_a_time_connect_ends_a_drag_in_progress(floke, qtbot, floke_path):
    window, view = floke, floke.view
    before = positions(floke_path)
    view.board_scene.select_notes(["n-a"])
    end = view_point(window, 90, 260)
    press_and_move(qtbot, window, view_point(window, 90, 60), end)
    key(qtbot, window, Qt.Key.Key_C)  # connect mode replaces the drag, which is cancelled
    assert isinstance(view.mode(), ConnectMode)
    assert shown_positions(window) == before
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert isinstance(view.mode(), ConnectMode), "the release of the cancelled drag does not end connect mode"
    assert positions(floke_path) == before and window.undo_stack.count() == 0
    click(qtbot, window, 390, 360)  # n-a was selected: it is the source; n-d is the target
    assert connectors(floke_path) == [("n-a", "n-d", "causes", "")] and window.undo_stack.count() == 1


def test_starting_connect_again_replaces_the_first_with_one_preview(floke, qtbot):
    window, view = floke, floke.view
    key(qtbot, window, Qt.Key.Key_C)
    first = view.mode()
    view.board_scene.clearSelection()
    view.start_connect()
    assert view.mode() is not first and isinstance(view.mode(), ConnectMode)
    assert len(previews(window)) == 1, "the first mode took its preview away"


def test_panning_in_connect_mode_keeps_the_mode(floke, qtbot, floke_path):
    window, view = floke, floke.view
    key(qtbot, window, Qt.Key.Key_C)
    click(qtbot, window, 90, 60)
    mode = view.mode()
    h = view.horizontalScrollBar().value()
    drag(qtbot, view.viewport(), QPoint(400, 300), QPoint(300, 300), button=Qt.MouseButton.MiddleButton)
    assert view.horizontalScrollBar().value() == h + 100
    assert view.mode() is mode and mode.source == "n-a"
    click(qtbot, window, 390, 60)
    assert connectors(floke_path) == [("n-a", "n-b", "causes", "")]


def test_showing_another_board_cancels_the_mode(floke, qtbot):
    window, view = floke, floke.view
    key(qtbot, window, Qt.Key.Key_C)
    scene = view.board_scene
    view.show_board(None)
    assert view.mode() is None
    assert not [i for i in scene.items() if isinstance(i, QGraphicsLineItem)]
    assert window.statusBar().currentMessage() == ""
