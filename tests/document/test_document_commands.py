"""Undo commands on a real workshop file: do, undo, redo, each checked in the model and in the file.

No QApplication: the document's signals and QUndoStack work without one, and
plain Python callables connected to the signals are called directly.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from app.commands import (
    NUDGE_MERGE_ID,
    AddBoard,
    AddNotes,
    ChangeNotes,
    EditEntities,
    MoveBoard,
    RemoveBoard,
    RemoveNotes,
    RenameBoard,
)
from app.document import Changes, WorkshopDocument
from app.domain.model import Board, BoardKind, Note, Phase
from app.storage.workshop_file import WorkshopFile
from tests.factories import query, read_back, sorted_by_id

NOTE_COLUMNS = "text, colour, x, y, width, height, z, frame_id"


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


def assert_file_matches_model(doc: WorkshopDocument) -> None:
    assert sorted_by_id(read_back(doc.file.path)) == sorted_by_id(doc.workshop)


def note_row(path: Path, note_id: str) -> list[tuple[Any, ...]]:
    return query(path, f"SELECT {NOTE_COLUMNS} FROM notes WHERE id = ?", (note_id,))


def do_undo_redo(stack: QUndoStack, command: Any, *, done: Callable[[], None], undone: Callable[[], None]) -> None:
    """Push, undo and redo `command`, running the matching check after each step."""
    undone()
    stack.push(command)
    done()
    stack.undo()
    undone()
    stack.redo()
    done()


# -- notes ---------------------------------------------------------------------------------


def test_add_notes(doc: WorkshopDocument, stack: QUndoStack, path: Path) -> None:
    new = [
        Note("b-ideas", text="Refleksvestar", colour="#ffe14d", x=10.0, y=20.0, z=9.0, id="n-new-1"),
        Note("b-ideas", text="Fartsdump", colour="#2eb88a", x=210.0, y=20.0, z=10.0, id="n-new-2"),
    ]

    def done() -> None:
        assert doc.has_note("n-new-1") and doc.has_note("n-new-2")
        assert [n.id for n in doc.notes_on("b-ideas")][-2:] == ["n-new-1", "n-new-2"]
        assert note_row(path, "n-new-1") == [("Refleksvestar", "#ffe14d", 10.0, 20.0, 180.0, 120.0, 9.0, None)]
        assert query(path, "SELECT count(*) FROM notes WHERE id LIKE 'n-new-%'") == [(2,)]
        assert_file_matches_model(doc)

    def undone() -> None:
        assert not doc.has_note("n-new-1") and not doc.has_note("n-new-2")
        assert query(path, "SELECT count(*) FROM notes WHERE id LIKE 'n-new-%'") == [(0,)]
        assert_file_matches_model(doc)

    do_undo_redo(stack, AddNotes(document=doc, notes=new), done=done, undone=undone)
    assert stack.undoText() == "Add 2 notes"


def test_remove_notes(doc: WorkshopDocument, stack: QUndoStack, path: Path) -> None:
    original = note_row(path, "n-misc")
    assert original

    def done() -> None:
        assert not doc.has_note("n-misc")
        assert note_row(path, "n-misc") == []
        assert_file_matches_model(doc)

    def undone() -> None:
        assert doc.note("n-misc").text == "" and doc.note("n-misc").x == 1e6
        assert note_row(path, "n-misc") == original
        assert_file_matches_model(doc)

    do_undo_redo(stack, RemoveNotes(document=doc, note_ids=["n-misc"]), done=done, undone=undone)


def test_remove_notes_with_connectors_and_vote_dots(doc: WorkshopDocument, stack: QUndoStack, path: Path) -> None:
    original = sorted_by_id(read_back(path))
    stack.push(RemoveNotes(document=doc, note_ids=["n-cars", "n-walk"]))

    assert query(path, "SELECT id FROM connectors ORDER BY id") == [("c-2",)]
    assert query(path, "SELECT id FROM vote_dots ORDER BY id") == [("d-1",), ("d-2",)]
    assert {c.id for c in doc.workshop.connectors} == {"c-2"}
    assert {d.id for d in doc.workshop.vote_dots} == {"d-1", "d-2"}
    assert_file_matches_model(doc)

    stack.undo()
    assert sorted_by_id(read_back(path)) == original
    assert sorted_by_id(doc.workshop) == original
    # The order on the board (z) is the remembered one.
    assert [n.id for n in doc.notes_on("b-floke")] == ["n-cars", "n-dark", "n-speed"]

    stack.redo()
    assert query(path, "SELECT count(*) FROM notes WHERE id IN ('n-cars', 'n-walk')") == [(0,)]
    assert_file_matches_model(doc)


def test_remove_note_that_an_action_points_to(doc: WorkshopDocument, stack: QUndoStack, path: Path) -> None:
    original = sorted_by_id(read_back(path))
    stack.push(RemoveNotes(document=doc, note_ids=["n-lights"]))
    assert_file_matches_model(doc)
    stack.undo()
    assert query(path, "SELECT note_id FROM actions WHERE id = 'a-2'") == [("n-lights",)]
    assert sorted_by_id(read_back(path)) == original


CHANGES: dict[str, tuple[str, dict[str, dict[str, Any]]]] = {
    "move": ("Move", {"n-cars": {"x": 400.0, "y": -120.5}, "n-dark": {"x": 0.0, "y": 0.0}}),
    "resize": ("Resize", {"n-cars": {"width": 60.0, "height": 2000.0}}),
    "colour": ("Colour", {"n-cars": {"colour": "#e79ac7"}, "n-speed": {"colour": "#e79ac7"}}),
    "text": ("Edit text", {"n-dark": {"text": "Mørkt frå november til februar\nog glatt"}}),
    "z": ("Bring to front", {"n-cars": {"z": 4.0}}),
    "frame": ("Move into frame", {"n-speed": {"frame_id": "f-inner"}}),
}
COLUMN_INDEX = {name.strip(): i for i, name in enumerate(NOTE_COLUMNS.split(","))}


@pytest.mark.parametrize("kind", list(CHANGES))
def test_change_notes(doc: WorkshopDocument, stack: QUndoStack, path: Path, kind: str) -> None:
    text, after = CHANGES[kind]
    before = {i: {k: getattr(doc.note(i), k) for k in fields} for i, fields in after.items()}
    assert before != after

    def holds(values: dict[str, dict[str, Any]]) -> None:
        for note_id, fields in values.items():
            row = note_row(path, note_id)[0]
            for name, value in fields.items():
                assert getattr(doc.note(note_id), name) == value, (note_id, name)
                assert row[COLUMN_INDEX[name]] == value, (note_id, name)
        assert_file_matches_model(doc)

    do_undo_redo(
        stack,
        ChangeNotes(document=doc, after=after, text=text),
        done=lambda: holds(after),
        undone=lambda: holds(before),
    )
    assert stack.undoText() == text


def test_change_notes_stamps_modified(doc: WorkshopDocument, stack: QUndoStack, path: Path) -> None:
    old = doc.note("n-cars").modified
    stack.push(ChangeNotes(document=doc, after={"n-cars": {"x": 1.0}}, text="Move"))
    assert doc.note("n-cars").modified > old
    assert query(path, "SELECT modified FROM notes WHERE id = 'n-cars'") == [(doc.note("n-cars").modified,)]


def test_nudges_merge_into_one_undo_step(doc: WorkshopDocument, stack: QUndoStack, path: Path) -> None:
    start = {i: (doc.note(i).x, doc.note(i).y) for i in ("n-cars", "n-dark")}
    for step in range(1, 4):
        after = {i: {"x": start[i][0] + 10 * step} for i in start}
        stack.push(ChangeNotes(document=doc, after=after, text="Nudge", merge_id=NUDGE_MERGE_ID))
    assert stack.count() == 1
    assert doc.note("n-cars").x == start["n-cars"][0] + 30
    assert query(path, "SELECT x FROM notes WHERE id = 'n-dark'") == [(start["n-dark"][0] + 30,)]

    stack.undo()
    assert (doc.note("n-cars").x, doc.note("n-dark").x) == (start["n-cars"][0], start["n-dark"][0])
    assert query(path, "SELECT x FROM notes WHERE id IN ('n-cars', 'n-dark') ORDER BY id") == [
        (start["n-cars"][0],),
        (start["n-dark"][0],),
    ]
    stack.redo()
    assert doc.note("n-dark").x == start["n-dark"][0] + 30
    assert_file_matches_model(doc)


def test_nudges_of_other_notes_or_without_merge_id_stay_separate(doc: WorkshopDocument, stack: QUndoStack) -> None:
    stack.push(ChangeNotes(document=doc, after={"n-cars": {"x": 1.0}}, text="Nudge", merge_id=NUDGE_MERGE_ID))
    stack.push(ChangeNotes(document=doc, after={"n-dark": {"x": 1.0}}, text="Nudge", merge_id=NUDGE_MERGE_ID))
    stack.push(ChangeNotes(document=doc, after={"n-dark": {"x": 2.0}}, text="Move"))
    stack.push(ChangeNotes(document=doc, after={"n-dark": {"x": 3.0}}, text="Move"))
    assert stack.count() == 4


# -- boards ---------------------------------------------------------------------------------


def board_rows(path: Path, phase: Phase) -> list[tuple[Any, ...]]:
    return query(path, "SELECT id, name, position FROM boards WHERE phase = ? ORDER BY position", (phase.value,))


def model_boards(doc: WorkshopDocument, phase: Phase) -> list[tuple[Any, ...]]:
    return [(b.id, b.name, b.position) for b in doc.boards_in(phase)]


def test_add_board(doc: WorkshopDocument, stack: QUndoStack, path: Path) -> None:
    board = Board("Vegval", Phase.CO_DESIGN, BoardKind.IDEA_BOARD, position=1, id="b-new")
    with_board = [("b-ideas", "Idear", 0), ("b-new", "Vegval", 1), ("b-free", "Fritt", 2)]
    without = [("b-ideas", "Idear", 0), ("b-free", "Fritt", 1)]

    def done() -> None:
        assert model_boards(doc, Phase.CO_DESIGN) == with_board
        assert board_rows(path, Phase.CO_DESIGN) == with_board
        assert doc.board("b-new").kind is BoardKind.IDEA_BOARD
        assert_file_matches_model(doc)

    def undone() -> None:
        assert not doc.has_board("b-new")
        assert model_boards(doc, Phase.CO_DESIGN) == without
        assert board_rows(path, Phase.CO_DESIGN) == without
        assert_file_matches_model(doc)

    do_undo_redo(stack, AddBoard(document=doc, board=board), done=done, undone=undone)


def test_remove_board(doc: WorkshopDocument, stack: QUndoStack, path: Path) -> None:
    def done() -> None:
        assert not doc.has_board("b-actors")
        assert model_boards(doc, Phase.CO_INITIATION) == [("b-floke", "Floke", 0)]
        assert board_rows(path, Phase.CO_INITIATION) == [("b-floke", "Floke", 0)]
        assert query(path, "SELECT count(*) FROM notes WHERE board_id = 'b-actors'") == [(0,)]
        assert_file_matches_model(doc)

    def undone() -> None:
        assert model_boards(doc, Phase.CO_INITIATION) == [("b-floke", "Floke", 0), ("b-actors", "Aktørar", 1)]
        assert board_rows(path, Phase.CO_INITIATION) == [("b-floke", "Floke", 0), ("b-actors", "Aktørar", 1)]
        assert [n.id for n in doc.notes_on("b-actors")] == ["n-fau"]
        assert query(path, "SELECT id FROM notes WHERE board_id = 'b-actors'") == [("n-fau",)]
        assert_file_matches_model(doc)

    do_undo_redo(stack, RemoveBoard(document=doc, board_id="b-actors"), done=done, undone=undone)


def test_remove_board_with_everything_on_it_and_undo(doc: WorkshopDocument, stack: QUndoStack, path: Path) -> None:
    original = sorted_by_id(read_back(path))
    stack.push(RemoveBoard(document=doc, board_id="b-floke"))

    for table, column in (
        ("notes", "board_id"),
        ("frames", "board_id"),
        ("connectors", "board_id"),
        ("votes", "board_id"),
    ):
        assert query(path, f"SELECT count(*) FROM {table} WHERE {column} = 'b-floke'") == [(0,)], table
    assert query(path, "SELECT count(*) FROM vote_dots WHERE id = 'd-4'") == [(0,)]
    assert query(path, "SELECT id FROM vote_dots ORDER BY id") == [("d-1",), ("d-2",), ("d-3",)]
    assert_file_matches_model(doc)

    stack.undo()
    assert sorted_by_id(read_back(path)) == original
    assert sorted_by_id(doc.workshop) == original
    assert [n.id for n in doc.notes_on("b-floke")] == ["n-cars", "n-dark", "n-speed"]

    stack.redo()
    assert not doc.has_board("b-floke") and not doc.has_note("n-cars")
    assert_file_matches_model(doc)
    stack.undo()
    assert sorted_by_id(read_back(path)) == original


def test_remove_board_that_actions_point_to_and_undo(doc: WorkshopDocument, stack: QUndoStack, path: Path) -> None:
    original = sorted_by_id(read_back(path))
    stack.push(RemoveBoard(document=doc, board_id="b-plan"))
    assert_file_matches_model(doc)
    stack.undo()
    assert query(path, "SELECT board_id, note_id FROM actions WHERE id = 'a-1'") == [("b-plan", "n-do")]
    assert sorted_by_id(read_back(path)) == original


def test_rename_board(doc: WorkshopDocument, stack: QUndoStack, path: Path) -> None:
    def named(name: str) -> Callable[[], None]:
        def check() -> None:
            assert doc.board("b-free").name == name
            assert [b.name for b in doc.workshop.boards if b.id == "b-free"] == [name]
            assert query(path, "SELECT name FROM boards WHERE id = 'b-free'") == [(name,)]
            assert_file_matches_model(doc)

        return check

    command = RenameBoard(document=doc, board_id="b-free", name="Parkeringsplass for idear")
    do_undo_redo(stack, command, done=named("Parkeringsplass for idear"), undone=named("Fritt"))


def test_move_board(doc: WorkshopDocument, stack: QUndoStack, path: Path) -> None:
    moved = [("b-actors", "Aktørar", 0), ("b-floke", "Floke", 1)]
    original = [("b-floke", "Floke", 0), ("b-actors", "Aktørar", 1)]

    def order(expected: list[tuple[Any, ...]]) -> Callable[[], None]:
        def check() -> None:
            assert model_boards(doc, Phase.CO_INITIATION) == expected
            assert board_rows(path, Phase.CO_INITIATION) == expected
            assert_file_matches_model(doc)

        return check

    do_undo_redo(
        stack, MoveBoard(document=doc, board_id="b-actors", position=0), done=order(moved), undone=order(original)
    )


def test_edit_workshop_info(doc: WorkshopDocument, stack: QUndoStack, path: Path) -> None:
    old = dataclasses.replace(doc.info)
    new = dataclasses.replace(old, title="Trygg skuleveg – del 2", date="2026-09-01", facilitator="Elle Márjá")
    info_columns = "SELECT title, date, facilitator, municipality FROM workshop"

    def holds(info: Any) -> Callable[[], None]:
        def check() -> None:
            assert doc.info == info
            assert query(path, info_columns) == [(info.title, info.date, info.facilitator, info.municipality)]
            assert_file_matches_model(doc)

        return check

    do_undo_redo(
        stack, EditEntities("Edit workshop details", document=doc, info=new), done=holds(new), undone=holds(old)
    )


# -- signals ---------------------------------------------------------------------------------


class Recorder:
    """Records every entities_changed as (what, payload) through the Changes helpers."""

    def __init__(self, doc: WorkshopDocument) -> None:
        self.calls: list[tuple[str, Any]] = []
        doc.entities_changed.connect(self._record)

    def _record(self, changes: Changes) -> None:
        for name, notes in (
            ("notes_added", changes.added_of(Note)),
            ("notes_changed", changes.changed_of(Note)),
            ("notes_removed", changes.deleted_of(Note)),
        ):
            for board_id in sorted({n.board_id for n in notes}):
                self.calls.append((name, (board_id, sorted(n.id for n in changes.on_board(notes, board_id)))))
        self.calls.extend(("board_added", b.id) for b in changes.added_of(Board))
        self.calls.extend(("board_removed", b.id) for b in changes.deleted_of(Board))
        self.calls.extend(("board_changed", (b.id, b.name, b.position)) for b in changes.changed_of(Board))
        if changes.info_changed:
            self.calls.append(("info_changed", None))

    def take(self) -> list[tuple[str, Any]]:
        calls, self.calls = self.calls, []
        return calls


def test_note_changes_name_their_boards(doc: WorkshopDocument, stack: QUndoStack) -> None:
    seen = Recorder(doc)
    stack.push(AddNotes(document=doc, notes=[Note("b-free", id="n-a"), Note("b-free", id="n-b")]))
    assert seen.take() == [("notes_added", ("b-free", ["n-a", "n-b"]))]

    stack.push(ChangeNotes(document=doc, after={"n-cars": {"x": 5.0}, "n-fau": {"x": 6.0}}, text="Move"))
    assert seen.take() == [
        ("notes_changed", ("b-actors", ["n-fau"])),
        ("notes_changed", ("b-floke", ["n-cars"])),
    ]

    stack.push(RemoveNotes(document=doc, note_ids=["n-cars", "n-dark", "n-walk"]))
    assert seen.take() == [
        ("notes_removed", ("b-floke", ["n-cars", "n-dark"])),
        ("notes_removed", ("b-ideas", ["n-walk"])),
    ]

    stack.undo()
    assert seen.take() == [
        ("notes_added", ("b-floke", ["n-cars", "n-dark"])),
        ("notes_added", ("b-ideas", ["n-walk"])),
    ]


def test_board_changes(doc: WorkshopDocument, stack: QUndoStack) -> None:
    seen = Recorder(doc)
    stack.push(AddBoard(document=doc, board=Board("Først", Phase.CO_DESIGN, position=0, id="b-first")))
    assert seen.take() == [
        ("board_added", "b-first"),
        ("board_changed", ("b-ideas", "Idear", 1)),
        ("board_changed", ("b-free", "Fritt", 2)),
    ]
    stack.push(RenameBoard(document=doc, board_id="b-first", name="Fyrst"))
    assert seen.take() == [("board_changed", ("b-first", "Fyrst", 0))]
    stack.push(MoveBoard(document=doc, board_id="b-first", position=5))
    assert seen.take() == [
        ("board_changed", ("b-ideas", "Idear", 0)),
        ("board_changed", ("b-free", "Fritt", 1)),
        ("board_changed", ("b-first", "Fyrst", 2)),
    ]
    stack.push(RemoveBoard(document=doc, board_id="b-ideas"))
    assert seen.take() == [
        ("notes_removed", ("b-ideas", ["n-lights", "n-walk"])),  # the board takes its notes along
        ("board_removed", "b-ideas"),
        ("board_changed", ("b-free", "Fritt", 0)),
        ("board_changed", ("b-first", "Fyrst", 1)),
    ]
    stack.push(EditEntities("Edit workshop details", document=doc, info=dataclasses.replace(doc.info, title="Ny")))
    assert seen.take() == [("info_changed", None)]


# -- when the file cannot be written -----------------------------------------------------------


def test_write_failed_keeps_the_change_in_memory(path: Path, stack: QUndoStack) -> None:
    before_bytes = path.read_bytes()
    document = WorkshopDocument.open(WorkshopFile.open(path, read_only=True))
    failures: list[str] = []
    changes: list[str] = []
    document.write_failed.connect(failures.append)
    document.entities_changed.connect(lambda c: changes.extend(n.board_id for n in c.changed_of(Note)))
    try:
        assert document.read_only is True
        stack.push(
            ChangeNotes(document=document, after={"n-cars": {"x": 777.0, "text": "berre i minnet"}}, text="Move")
        )
        assert len(failures) == 1
        assert "verkstad.samskap" in failures[0] and "read-only" in failures[0]
        assert document.note("n-cars").x == 777.0 and document.note("n-cars").text == "berre i minnet"
        assert changes == ["b-floke"]  # the screen still follows the change
        assert query(path, "SELECT x, text FROM notes WHERE id = 'n-cars'") == [(12.5, "For mange bilar")]

        stack.push(AddNotes(document=document, notes=[Note("b-free", id="n-mem")]))
        assert len(failures) == 2
        assert document.has_note("n-mem")
        assert query(path, "SELECT count(*) FROM notes WHERE id = 'n-mem'") == [(0,)]
    finally:
        document.close()
    assert path.read_bytes() == before_bytes


def test_redo_puts_back_what_undo_took_with_the_entities_it_created(doc: WorkshopDocument, path: Path) -> None:
    """An arrow (or a phone's dot) made on a new note outside this command goes when undo deletes the
    note, and comes back with it on redo: EditEntities keeps what its undo took."""
    from app.domain.model import Connector

    stack = QUndoStack()
    note = Note("b-floke", text="Ny årsak", x=900, y=900, id="n-new")
    stack.push(AddNotes(document=doc, notes=[note]))
    arrow = Connector("b-floke", "n-new", "n-speed", id="c-new")
    doc.apply(upsert=[arrow])  # not through the stack, as a phone's change is not
    stack.undo()
    assert doc.find(Connector, "c-new") is None
    assert query(path, "SELECT id FROM connectors WHERE id = 'c-new'") == []
    stack.redo()
    assert doc.find(Connector, "c-new") == arrow and doc.has_note("n-new")
    assert query(path, "SELECT from_note, to_note FROM connectors WHERE id = 'c-new'") == [("n-new", "n-speed")]
