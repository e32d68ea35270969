"""Two writers on one file: a second process changes the workshop under an open window.

The lock keeps this from happening on purpose; these tests force it, with a real
second process writing the same file, as a race on the lock or a file copied by
hand could. The window must tell the facilitator and keep the change on screen
and waiting, never let an exception out of an undo command (which took the process
down with SIGSEGV at the next push), and never show what the file does not hold
without saying so.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.commands import AddNotes, RemoveNotes
from app.domain.model import Board, Note, Phase
from app.storage.workshop_file import WorkshopFile
from tests.conftest import save_screenshot
from tests.factories import minimal_workshop, query

# The second writer: another program (or another Samskap that got past the lock) deleting a board.
SECOND_WRITER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA foreign_keys = ON")
conn.execute("DELETE FROM boards WHERE id = ?", [sys.argv[2]])
conn.close()
"""


def second_writer_deletes_board(path: Path, board_id: str) -> None:
    subprocess.run([sys.executable, "-c", SECOND_WRITER, str(path), board_id], check=True, timeout=60)


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    path = tmp_path / "work" / "Felles.samskap"
    path.parent.mkdir()
    workshop = minimal_workshop("Felles")
    workshop.boards.append(Board("Andre tavle", Phase.CO_DESIGN, id="b-other", position=1))
    WorkshopFile.create(path, workshop).close()
    return path


def visible(window, name: str) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]


def test_a_foreign_key_refused_by_the_file_is_a_write_problem_not_a_crash(window, workshop_path: Path, qtbot) -> None:
    assert window.open_path(workshop_path)
    second_writer_deletes_board(workshop_path, "b-other")
    note = Note("b-other", text="på ei tavle som er borte", id="n-orphan")

    # pytest-qt fails the test on any exception raised in redo() (the virtual QUndoStack calls).
    window.undo_stack.push(AddNotes(document=window.document, notes=[note]))

    document = window.document
    assert document.has_unsaved_changes, "the screen holds what the file refused, and says so"
    assert document.has_note("n-orphan")
    assert query(workshop_path, "SELECT id FROM notes") == []
    boxes = visible(window, "write_problem")
    assert len(boxes) == 1 and "FOREIGN KEY" in boxes[0].text() and "Save as" in boxes[0].text()
    save_screenshot(boxes[0], "write_conflict")
    assert "NOT SAVED" in window._save_state.text()

    # Further commands and their undo go the same way: no exception, still told, still waiting.
    window.undo_stack.push(RemoveNotes(document=document, note_ids=["n-orphan"]))
    window.undo_stack.undo()
    window.undo_stack.undo()
    window.undo_stack.redo()
    assert document.has_unsaved_changes and not document.retry_pending()
    assert len(visible(window, "write_problem")) == 1

    # Save as… writes the workshop as the screen shows it, whole, in a new file.
    target = workshop_path.with_name("Berga.samskap")
    assert window.save_as(target)
    assert not window.document.has_unsaved_changes
    assert {r[0] for r in query(target, "SELECT id FROM boards")} == {"b-only", "b-other"}
    assert query(target, "SELECT id, text FROM notes") == [("n-orphan", "på ei tavle som er borte")]


def test_a_change_undone_after_the_other_writer_deleted_its_row_is_a_write_problem(
    window, workshop_path: Path, qtbot
) -> None:
    assert window.open_path(workshop_path)
    document = window.document
    window.undo_stack.push(AddNotes(document=document, notes=[Note("b-other", text="fyrst", id="n-first")]))
    assert query(workshop_path, "SELECT id FROM notes") == [("n-first",)]
    second_writer_deletes_board(workshop_path, "b-other")  # its note goes with it (ON DELETE CASCADE)

    window.undo_stack.undo()  # deletes a note the file no longer has: nothing refused
    window.undo_stack.redo()  # puts it back on a board the file no longer has: refused
    assert document.has_unsaved_changes and document.has_note("n-first")
    assert len(visible(window, "write_problem")) == 1


def test_a_second_writer_that_changed_the_file_makes_the_next_commit_a_write_problem(
    window, workshop_path: Path, qtbot
) -> None:
    """No constraint is broken here: without the commit count the window would go on writing and
    the file would hold a mix of both workshops, with nobody told."""
    assert window.open_path(workshop_path)
    document = window.document
    window.undo_stack.push(AddNotes(document=document, notes=[Note("b-only", text="vår", id="n-ours")]))
    # Another Samskap that got past the lock writes its own note through the same storage.
    subprocess.run([sys.executable, "-c", SECOND_SAMSKAP, str(workshop_path)], cwd=ROOT, check=True, timeout=60)
    assert {r[0] for r in query(workshop_path, "SELECT id FROM notes")} == {"n-ours", "n-theirs"}

    window.undo_stack.push(AddNotes(document=document, notes=[Note("b-only", text="vår andre", id="n-ours-2")]))

    assert document.has_unsaved_changes
    assert {r[0] for r in query(workshop_path, "SELECT id FROM notes")} == {"n-ours", "n-theirs"}
    (box,) = visible(window, "write_problem")
    assert "another program or window" in box.text()


ROOT = Path(__file__).resolve().parents[2]
SECOND_SAMSKAP = """
import sys
from app.domain.model import Note
from app.storage.workshop_file import WorkshopFile

file = WorkshopFile.open(sys.argv[1])
file.commit(upsert=[Note("b-only", text="deira", id="n-theirs")])
file.close()
"""
