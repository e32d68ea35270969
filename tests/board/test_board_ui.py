"""The sticky-note board driven as a facilitator drives it: mouse and keys through qtbot.

After each interaction the workshop file itself is read back with a separate
SQLite connection: what the screen shows must already be in the file. Then
undo and redo, and the file again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from app.commands import ChangeNotes
from app.domain.model import Board, BoardKind, Note, Phase, Workshop, WorkshopInfo
from app.domain.palette import NOTE_COLOURS
from app.storage.workshop_file import WorkshopFile
from tests.conftest import save_screenshot
from tests.factories import query


def rows(path: Path, sql: str, *params) -> list[tuple]:
    return query(path, sql, params)


def note_row(path: Path, note_id: str) -> dict | None:
    """The note's row as the file holds it, by column name."""
    columns = [r[1] for r in query(path, "PRAGMA table_info(notes)")]
    found = query(path, "SELECT * FROM notes WHERE id = ?", (note_id,))
    return dict(zip(columns, found[0], strict=True)) if found else None


@pytest.fixture
def workshop_path(tmp_path) -> Path:
    a = Board("Floker", Phase.CO_INITIATION, BoardKind.FLOKE_MAP, position=0)
    b = Board("Idéer", Phase.CO_DESIGN, BoardKind.IDEA_BOARD, position=0)
    notes = [
        Note(a.id, text="Første", x=0, y=0, z=1),
        Note(a.id, text="Andre", x=300, y=0, z=2),
        Note(a.id, text="Tredje", x=0, y=300, z=3),
    ]
    path = tmp_path / "workshops" / "test.samskap"
    path.parent.mkdir(exist_ok=True)
    WorkshopFile.create(
        path, Workshop(info=WorkshopInfo("Test", facilitator="Kari"), boards=[a, b], notes=notes)
    ).close()
    return path


@pytest.fixture
def board(window, workshop_path, qtbot):
    """The window with the test workshop open on its first board, at 100 % zoom."""
    assert window.open_path(workshop_path)
    view = window.view
    view.zoom_actual_size()
    view.centerOn(QPointF(240, 210))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return window


def view_point(window, scene_x: float, scene_y: float) -> QPoint:
    return window.view.mapFromScene(QPointF(scene_x, scene_y))


def note_ids(window) -> list[str]:
    return [n.id for n in window.document.notes_on(window.current_board_id())]


def select(window, *ids: str) -> None:
    window.view.board_scene.select_notes(list(ids))


def first_id(window, text: str) -> str:
    return next(n.id for n in window.document.notes_on(window.current_board_id()) if n.text == text)


def type_text(widget, text: str) -> None:
    """Type any Unicode text (QTest's keyClicks only knows ASCII keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def drag(
    qtbot, widget, start: QPoint, end: QPoint, button=Qt.MouseButton.LeftButton, modifier=Qt.KeyboardModifier.NoModifier
):
    qtbot.mousePress(widget, button, modifier, start)
    steps = 5
    for i in range(1, steps + 1):
        qtbot.mouseMove(widget, start + (end - start) * i / steps)
    qtbot.mouseRelease(widget, button, modifier, end)


# -- adding and typing --------------------------------------------------------------


def test_double_click_on_empty_canvas_adds_a_note_and_typing_is_one_undo_step(board, qtbot, workshop_path):
    window, view = board, board.view
    before = set(note_ids(window))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(window, 700, 500))
    added = set(note_ids(window)) - before
    assert len(added) == 1
    note_id = added.pop()
    assert note_row(workshop_path, note_id) is not None, "the new note is in the file at once"
    assert view.is_editing()
    qtbot.keyClicks(view.viewport(), "Bo hjemme")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    type_text(view.viewport(), "lengst mulig ŋ")
    save_screenshot(window, "board-typing")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert not view.is_editing()
    assert note_row(workshop_path, note_id)["text"] == "Bo hjemme\nlengst mulig ŋ"
    assert window.undo_stack.count() == 1, "adding and typing a new note is one step"
    window.undo()
    assert note_row(workshop_path, note_id) is None
    window.redo()
    assert note_row(workshop_path, note_id)["text"] == "Bo hjemme\nlengst mulig ŋ"


def test_key_n_adds_a_note_in_view_and_enter_edits_existing_text(board, qtbot, workshop_path):
    window, view = board, board.view
    qtbot.keyClick(view.viewport(), Qt.Key.Key_N)
    assert view.is_editing()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert len(note_ids(window)) == 4
    target = first_id(window, "Andre")
    select(window, target)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_F2)
    assert view.is_editing()
    qtbot.keyClicks(view.viewport(), " utkast")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert note_row(workshop_path, target)["text"] == "Andre utkast"
    window.undo()
    assert note_row(workshop_path, target)["text"] == "Andre"
    window.redo()
    assert note_row(workshop_path, target)["text"] == "Andre utkast"


def test_undo_while_typing_ends_the_edit_and_undoes_it_whole(board, qtbot, workshop_path):
    window, view = board, board.view
    target = first_id(window, "Første")
    view.edit_note(target)
    qtbot.keyClicks(view.viewport(), " tekst")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not view.is_editing()
    assert note_row(workshop_path, target)["text"] == "Første"
    window.redo()
    assert note_row(workshop_path, target)["text"] == "Første tekst"


# -- colour, move, resize, delete ------------------------------------------------------


def test_number_keys_pick_colours_for_the_selection(board, qtbot, workshop_path):
    window, view = board, board.view
    a, b = first_id(window, "Første"), first_id(window, "Andre")
    select(window, a, b)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_3)
    assert {note_row(workshop_path, i)["colour"] for i in (a, b)} == {NOTE_COLOURS[2].hex}
    assert window.undo_stack.count() == 1
    window.undo()
    assert {note_row(workshop_path, i)["colour"] for i in (a, b)} == {NOTE_COLOURS[0].hex}
    window.redo()
    assert note_row(workshop_path, a)["colour"] == NOTE_COLOURS[2].hex


def test_dragging_a_note_is_one_step_with_old_and_new_position(board, qtbot, workshop_path):
    window, view = board, board.view
    target = first_id(window, "Første")
    drag(qtbot, view.viewport(), view_point(window, 90, 60), view_point(window, 190, 110))
    row = note_row(workshop_path, target)
    assert (row["x"], row["y"]) == (100, 50)
    assert window.undo_stack.count() == 1
    window.undo()
    row = note_row(workshop_path, target)
    assert (row["x"], row["y"]) == (0, 0)
    assert view.board_scene.note_item(target).pos() == QPointF(0, 0)
    window.redo()
    assert (note_row(workshop_path, target)["x"], note_row(workshop_path, target)["y"]) == (100, 50)


def test_dragging_a_selection_moves_all_of_it_in_one_step(board, qtbot, workshop_path):
    window, view = board, board.view
    a, b = first_id(window, "Første"), first_id(window, "Andre")
    select(window, a, b)
    drag(qtbot, view.viewport(), view_point(window, 90, 60), view_point(window, 90, 160))
    assert note_row(workshop_path, a)["y"] == 100 and note_row(workshop_path, b)["y"] == 100
    window.undo()
    assert note_row(workshop_path, a)["y"] == 0 and note_row(workshop_path, b)["y"] == 0


def test_arrow_keys_nudge_and_consecutive_nudges_are_one_step(board, qtbot, workshop_path):
    window, view = board, board.view
    target = first_id(window, "Tredje")
    select(window, target)
    for _ in range(3):
        qtbot.keyClick(view.viewport(), Qt.Key.Key_Right)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    row = note_row(workshop_path, target)
    assert (row["x"], row["y"]) == (30, 301)
    assert window.undo_stack.count() == 1
    window.undo()
    row = note_row(workshop_path, target)
    assert (row["x"], row["y"]) == (0, 300)


def test_resizing_from_the_corner_handle(board, qtbot, workshop_path):
    window, view = board, board.view
    target = first_id(window, "Første")
    select(window, target)
    drag(qtbot, view.viewport(), view_point(window, 176, 116), view_point(window, 256, 156))
    row = note_row(workshop_path, target)
    assert (row["width"], row["height"]) == (260, 160)
    assert (row["x"], row["y"]) == (0, 0), "resizing does not move the note"
    window.undo()
    row = note_row(workshop_path, target)
    assert (row["width"], row["height"]) == (180, 120)
    window.redo()
    assert note_row(workshop_path, target)["width"] == 260


def test_delete_key_removes_the_selection_and_undo_restores_it_in_place(board, qtbot, workshop_path):
    window, view = board, board.view
    a, b = first_id(window, "Første"), first_id(window, "Andre")
    before = {i: note_row(workshop_path, i) for i in (a, b)}
    select(window, a, b)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert note_row(workshop_path, a) is None and note_row(workshop_path, b) is None
    assert len(view.board_scene.note_items()) == 1
    window.undo()
    assert {i: note_row(workshop_path, i) for i in (a, b)} == before, "same place, size, colour and z-order"
    window.redo()
    assert note_row(workshop_path, a) is None


def test_bring_to_front_and_send_to_back(board, qtbot, workshop_path):
    window, view = board, board.view
    first = first_id(window, "Første")
    select(window, first)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    z = {r[0]: r[1] for r in rows(workshop_path, "SELECT text, z FROM notes")}
    assert z["Første"] > max(z["Andre"], z["Tredje"])
    qtbot.keyClick(view.viewport(), Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    z = {r[0]: r[1] for r in rows(workshop_path, "SELECT text, z FROM notes")}
    assert z["Første"] < min(z["Andre"], z["Tredje"])
    window.undo()
    window.undo()
    z = {r[0]: r[1] for r in rows(workshop_path, "SELECT text, z FROM notes")}
    assert z == {"Første": 1, "Andre": 2, "Tredje": 3}


# -- selection ---------------------------------------------------------------------------


def test_rubber_band_ctrl_click_and_select_all(board, qtbot):
    window, view = board, board.view
    # A band around the two top notes only.
    drag(qtbot, view.viewport(), view_point(window, -20, -20), view_point(window, 500, 140))
    assert set(view.selected_ids()) == {first_id(window, "Første"), first_id(window, "Andre")}
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, view_point(window, 90, 360)
    )
    assert len(view.selected_ids()) == 3
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, view_point(window, 90, 60)
    )
    assert set(view.selected_ids()) == {first_id(window, "Andre"), first_id(window, "Tredje")}
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(window, 700, 700))
    assert view.selected_ids() == []
    qtbot.keyClick(view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(view.selected_ids()) == 3


# -- clipboard ---------------------------------------------------------------------------


def test_copy_and_paste_onto_another_board(board, qtbot, workshop_path):
    window, view = board, board.view
    first_board = window.current_board_id()
    select(window, first_id(window, "Første"), first_id(window, "Andre"))
    qtbot.keyClick(view.viewport(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "Første" in QApplication.clipboard().text()
    other = next(b.id for b in window.document.boards_in(Phase.CO_DESIGN))
    window.show_board(other)
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = rows(workshop_path, "SELECT text FROM notes WHERE board_id = ? ORDER BY z", other)
    assert pasted == [("Første",), ("Andre",)]
    assert len(rows(workshop_path, "SELECT id FROM notes WHERE board_id = ?", first_board)) == 3, "originals stay"
    window.undo()
    assert rows(workshop_path, "SELECT id FROM notes WHERE board_id = ?", other) == []


def test_cut_then_paste_and_duplicate(board, qtbot, workshop_path):
    window, view = board, board.view
    target = first_id(window, "Tredje")
    select(window, target)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert note_row(workshop_path, target) is None
    qtbot.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert rows(workshop_path, "SELECT count(*) FROM notes WHERE text = 'Tredje'") == [(1,)]
    qtbot.keyClick(view.viewport(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copies = rows(workshop_path, "SELECT x, y FROM notes WHERE text = 'Tredje' ORDER BY z")
    assert len(copies) == 2 and copies[0] != copies[1], "the duplicate sits beside its original"


def test_pasting_plain_text_from_another_program_makes_a_note(board, qtbot, workshop_path):
    window, view = board, board.view
    QApplication.clipboard().setText("Fra e-posten: bussen går to ganger om dagen")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert rows(workshop_path, "SELECT count(*) FROM notes WHERE text LIKE 'Fra e-posten%'") == [(1,)]
    assert window.undo_stack.count() == 1
    window.undo()
    assert rows(workshop_path, "SELECT count(*) FROM notes WHERE text LIKE 'Fra e-posten%'") == [(0,)]


# -- zoom and pan ---------------------------------------------------------------------------


def test_zoom_with_ctrl_wheel_keys_and_fit(board, qtbot):
    view = board.view
    assert view.zoom() == pytest.approx(1.0)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.viewport().mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() > 1.3
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    zoomed_out = view.zoom()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > zoomed_out
    qtbot.keyClick(view.viewport(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.board_scene.content_rect()), "fit all shows every note"


def test_pan_with_middle_button_and_with_space_held(board, qtbot):
    window, view = board, board.view
    h = view.horizontalScrollBar()
    start = h.value()
    drag(qtbot, view.viewport(), QPoint(600, 400), QPoint(500, 400), button=Qt.MouseButton.MiddleButton)
    assert h.value() == start + 100
    notes_before = {n.id: (n.x, n.y) for n in window.document.notes_on(window.current_board_id())}
    qtbot.keyPress(view.viewport(), Qt.Key.Key_Space)
    drag(qtbot, view.viewport(), view_point(window, 90, 60), view_point(window, 40, 60))
    qtbot.keyRelease(view.viewport(), Qt.Key.Key_Space)
    assert h.value() == start + 150
    after = {n.id: (n.x, n.y) for n in window.document.notes_on(window.current_board_id())}
    assert after == notes_before, "panning over a note does not move it"


# -- undo across the session -------------------------------------------------------------------


def test_undo_goes_back_to_the_board_it_changes(board, qtbot, workshop_path):
    window, view = board, board.view
    first_board = window.current_board_id()
    target = first_id(window, "Andre")
    select(window, target)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_5)
    other = next(b.id for b in window.document.boards_in(Phase.CO_DESIGN))
    window.show_board(other)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_board_id() == first_board
    assert note_row(workshop_path, target)["colour"] == NOTE_COLOURS[0].hex
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert note_row(workshop_path, target)["colour"] == NOTE_COLOURS[4].hex


def test_every_change_survives_closing_and_reopening(board, qtbot, workshop_path):
    window, view = board, board.view
    target = first_id(window, "Andre")
    select(window, target)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_2)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Left)
    view.edit_note(target)
    type_text(view.viewport(), " 🙂 עברית")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    expected = [
        (n.id, n.text, n.colour, n.x, n.y, n.width, n.height, n.z)
        for n in window.document.notes_on(window.current_board_id())
    ]
    window.close_workshop()
    reopened = WorkshopFile.open(workshop_path)
    try:
        notes = reopened.load().notes
    finally:
        reopened.close()
    got = sorted((n.id, n.text, n.colour, n.x, n.y, n.width, n.height, n.z) for n in notes if n.text != "")
    assert sorted(expected) == got
    assert "Andre 🙂 עברית" in [e[1] for e in expected]


def test_screenshots_of_the_demo_workshop_boards(window, qtbot):
    assert window.open_path(window._demo_path())
    for phase in Phase:
        for board in window.document.boards_in(phase):
            window.show_board(board.id)
            qtbot.wait(1)
            save_screenshot(window, f"demo-{phase.value}-{board.position}")
    assert window.view.board_scene is not None


def test_undoing_a_deletion_brings_back_the_notes_arrows_on_screen(window, qtbot):
    assert window.open_path(window._demo_path())
    document = window.document
    floke_map = document.boards_in(Phase.CO_INITIATION)[0]
    window.show_board(floke_map.id)
    scene = window.view.board_scene
    problem = max(
        document.notes_on(floke_map.id),
        key=lambda n: sum(n.id in (c.from_note, c.to_note) for c in document.workshop.connectors),
    )
    arrows_before = len(scene._connectors)
    touching = sum(problem.id in (c.from_note, c.to_note) for c in document.workshop.connectors)
    assert touching > 0
    scene.select_notes([problem.id])
    window.view.delete_selected()
    assert len(scene._connectors) == arrows_before - touching
    window.undo()
    assert len(scene._connectors) == arrows_before, "the restored note's arrows are drawn again"
    window.redo()
    assert len(scene._connectors) == arrows_before - touching


def test_a_fitted_board_stays_fitted_when_the_window_grows_until_the_user_zooms(window, workshop_path, qtbot):
    window.resize(700, 500)
    assert window.open_path(workshop_path)
    qtbot.wait(10)
    small = window.view.zoom()
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.view.zoom() > small * 1.3)
    content = window.view.board_scene.content_rect()
    assert window.view.mapToScene(window.view.viewport().rect()).boundingRect().contains(content)
    window.view.zoom_in()
    zoomed = window.view.zoom()
    window.resize(1200, 800)
    qtbot.wait(10)
    assert window.view.zoom() == pytest.approx(zoomed), "after the facilitator zooms, the view is theirs"


def test_the_scene_follows_one_changed_note_without_rebuilding(board, qtbot, workshop_path):
    scene = board.view.board_scene
    items = {i.note_id: i for i in scene.note_items()}
    moved = first_id(board, "Andre")
    board.undo_stack.push(ChangeNotes(document=board.document, after={moved: {"x": 555.0}}, text="Move"))
    assert {i.note_id: i for i in scene.note_items()} == items  # the very same items: nothing rebuilt
    assert scene.note_item(moved).pos().x() == 555.0
    assert note_row(workshop_path, moved)["x"] == 555.0
    board.undo_stack.undo()
    assert scene.note_item(moved).pos().x() == 300.0 and scene.note_item(moved) is items[moved]
