"""The window around the board: workshops, phases and boards, bad files, read-only files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QMessageBox

from app.domain.model import PHASES, Board, Note, Phase, Workshop, WorkshopInfo
from app.storage.workshop_file import WorkshopFile, file_name_for
from tests.conftest import save_screenshot
from tests.factories import query
from widgets.board.note_item import NoteItem


def board_rows(path: Path) -> list[tuple[str, str, int]]:
    return query(path, "SELECT name, phase, position FROM boards ORDER BY phase, position")


def problem_dialogs(window) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "problem_dialog") if box.isVisible()]


@pytest.fixture
def new_workshop(window, tmp_path) -> Path:
    path = tmp_path / "workshops" / "Ny workshop.samskap"
    info = WorkshopInfo("Ny workshop", municipality="Kautokeino/Guovdageaidnu", date="2026-11-22", facilitator="Ánde")
    assert window.create_workshop(path, info)
    return path


def test_start_page_lists_recent_workshops(window, new_workshop, qtbot):
    window.close_workshop()
    assert window.start_page.isVisible()
    items = [window.start_page.recent.item(i).text() for i in range(window.start_page.recent.count())]
    assert any("Ny workshop" in text for text in items)
    qtbot.wait(20)  # let the layout settle after the side panel hides
    save_screenshot(window, "start-page")


def test_a_new_workshop_is_one_file_with_a_board_in_each_phase(window, new_workshop):
    assert new_workshop.exists()
    assert {phase for _name, phase, _pos in board_rows(new_workshop)} == {p.value for p in PHASES}
    assert window.windowTitle().startswith("Ny workshop")
    assert window.view.board_scene is not None, "the first board is open to work on"


def test_a_workshop_file_is_named_after_its_title_without_path_characters():
    assert file_name_for("Floker i Sørdalen: 2026/27") == "Floker i Sørdalen 2026 27.samskap"
    assert file_name_for("  ...  ") == "workshop.samskap"
    assert file_name_for("a\x00b<c>") == "a b c.samskap"


def test_boards_are_added_renamed_reordered_and_deleted_with_undo(window, new_workshop, qtbot):
    navigator = window.navigator
    navigator.select_board(window.document.boards_in(Phase.CO_DESIGN)[0].id)
    added = navigator.add_board("Klynger")
    assert ("Klynger", "co-design", 1) in board_rows(new_workshop)
    assert window.current_board_id() == added, "a new board opens at once"

    navigator.rename_board("Klynger og prikker")
    assert ("Klynger og prikker", "co-design", 1) in board_rows(new_workshop)

    navigator.move_board(-1)
    assert next(r for r in board_rows(new_workshop) if r[1] == "co-design")[0] == "Klynger og prikker"

    navigator.delete_board(confirm=False)
    assert all(r[0] != "Klynger og prikker" for r in board_rows(new_workshop))
    assert window.view.board_scene is not None, "another board is shown after a deletion"

    for _ in range(3):  # the deletion, the move, the rename
        window.undo()
    assert [r for r in board_rows(new_workshop) if r[1] == "co-design"] == [
        ("Ideas", "co-design", 0),
        ("Klynger", "co-design", 1),
    ]
    window.undo()
    assert [r for r in board_rows(new_workshop) if r[1] == "co-design"] == [("Ideas", "co-design", 0)]
    for _ in range(4):
        window.redo()
    assert all(r[0] != "Klynger og prikker" for r in board_rows(new_workshop))
    assert navigator.board_ids_in_order() == [b.id for p in PHASES for b in window.document.boards_in(p)]


def test_deleting_a_board_with_notes_and_undoing_restores_every_note(window, tmp_path):
    board = Board("Floker", Phase.CO_INITIATION)
    notes = [Note(board.id, text=f"lapp {i}", x=i * 200, z=i) for i in range(5)]
    path = tmp_path / "workshops" / "b.samskap"
    WorkshopFile.create(path, Workshop(info=WorkshopInfo("B"), boards=[board], notes=notes)).close()
    assert window.open_path(path)
    window.navigator.select_board(board.id)
    window.navigator.delete_board(confirm=False)
    window.undo()
    reopened = WorkshopFile.open(path, read_only=True)
    try:
        assert sorted((n.id, n.text, n.x) for n in reopened.load().notes) == sorted((n.id, n.text, n.x) for n in notes)
    finally:
        reopened.close()
    assert len(window.view.board_scene.note_items()) == 5


@pytest.mark.parametrize(
    "content",
    [b"", b"just some text\n", b"\x89PNG\r\n\x1a\n" + bytes(200), b"SQLite format 3\x00" + bytes(50)],
    ids=["empty", "text", "png", "truncated-header"],
)
def test_opening_a_bad_file_explains_and_leaves_it_untouched(window, tmp_path, content):
    path = tmp_path / "bad.samskap"
    path.write_bytes(content)
    assert not window.open_path(path)
    dialogs = problem_dialogs(window)
    assert dialogs and "bad.samskap" in dialogs[0].text()
    assert "Traceback" not in dialogs[0].text()
    assert path.read_bytes() == content
    assert window.document is None


def test_opening_a_missing_file_explains_and_forgets_it(window, new_workshop):
    window.close_workshop()
    new_workshop.rename(new_workshop.with_suffix(".moved"))
    assert not window.open_path(new_workshop)
    assert "does not exist" in problem_dialogs(window)[0].text()
    assert new_workshop not in window.settings.recent_files()


def test_a_read_only_workshop_can_be_viewed_but_not_changed(window, new_workshop, qtbot):
    window.close_workshop()
    before = new_workshop.read_bytes()
    assert window.open_path(new_workshop, read_only=True)
    assert "read-only" in window.windowTitle()
    view = window.view
    assert not view.board_actions.add_note.isEnabled()
    assert not window.navigator.add_action.isEnabled()
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport().rect().center())
    qtbot.keyClick(view.viewport(), Qt.Key.Key_N)
    assert window.document.notes_on(window.current_board_id()) == []
    assert window.undo_stack.count() == 0
    save_screenshot(window, "read-only")
    window.close_workshop()
    assert new_workshop.read_bytes() == before


def test_save_as_continues_in_the_copy_and_keeps_undo(window, new_workshop, tmp_path, qtbot):
    view = window.view
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_N)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    copy = tmp_path / "copy.samskap"
    assert window.save_as(copy)
    assert window.document.file.path == copy
    qtbot.keyClick(view.viewport(), Qt.Key.Key_N)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)

    def count(path: Path) -> int:
        return query(path, "SELECT count(*) FROM notes")[0][0]

    assert (count(new_workshop), count(copy)) == (1, 2), "after Save As, changes go to the copy only"
    window.undo()
    window.undo()
    assert count(copy) == 0


def test_writing_failure_keeps_the_change_on_screen_and_says_so(window, new_workshop, qtbot):
    """A file that can no longer be written: the edit stays visible and the facilitator is told."""
    window.close_workshop()
    assert window.open_path(new_workshop)
    # Swap the open file for a read-only handle, as if the folder turned read-only.
    window.document.file.close()
    window.document.file = WorkshopFile.open(new_workshop, read_only=True)
    window.view.board_scene.document.file = window.document.file
    window.view.board_actions.update_enabled()
    from app.commands import AddNotes

    note = Note(window.current_board_id(), text="ikke lagret ennå")
    window.undo_stack.push(AddNotes(document=window.document, notes=[note]))
    assert window.view.board_scene.note_item(note.id) is not None
    dialogs = [box for box in window.findChildren(QMessageBox, "write_problem") if box.isVisible()]
    assert dialogs and "read-only" in dialogs[0].text()


def test_note_item_breaks_typed_lines_and_marks_cut_text():
    item = NoteItem(Note("b", text="første\nandre\r\ntredje"), editable=True)
    item._text_layout()
    assert item._line_count == 3 and not item._elided
    long = NoteItem(Note("b", text="ord " * 25_000), editable=True)
    long._text_layout()
    assert long._elided and long._line_count >= 1


def test_pyside_void_calls_do_not_drain_the_reference_count_of_none(qapp):
    """PySide6 6.12.0 on Python 3.11 lowers None's refcount on every void call and aborts (STACK.md)."""
    scene = QGraphicsScene()
    item = QGraphicsRectItem(QRectF(0, 0, 10, 10))
    scene.addItem(item)
    colour = QColor("#ffe14d")
    before = sys.getrefcount(None)
    for i in range(5000):
        item.setPos(QPointF(i, i))
        item.setBrush(colour)
        item.setZValue(i)
        item.setToolTip("x")
    after = sys.getrefcount(None)
    # 20,000 void calls; a leaking binding would have lowered the count by about that much.
    assert after >= before - 100, f"None refcount fell from {before} to {after}"
