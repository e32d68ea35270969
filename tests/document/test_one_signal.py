"""One way to change a workshop (apply), one signal every listener follows (entities_changed).

No QApplication needed: the document's signals and QUndoStack work without one.
"""

from __future__ import annotations

import ast
import dataclasses
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack

from app.agenda.controller import AgendaController
from app.commands import NEW_NOTE_TEXT_MERGE_ID, AddNotes, ChangeNotes, RemoveBoard, RemoveNotes
from app.document import Changes, WorkshopDocument
from app.domain.model import AgendaStep, Connector, Note, NoteStakeholder, Stakeholder, VoteDot
from app.storage.workshop_file import WorkshopFile
from tests.factories import many_notes_workshop, query, read_back, sorted_by_id

ROOT = Path(__file__).resolve().parents[2]
# The document's signals that say something other than "the workshop changed".
NOT_CHANGES = {"write_failed", "write_recovered", "committed"}


def test_the_document_has_one_change_signal() -> None:
    signals = {name for name, value in vars(WorkshopDocument).items() if isinstance(value, Signal)}
    assert signals == {"entities_changed", *NOT_CHANGES}


def _document_connections(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, signal name) of every `<...document or doc>.<signal>.connect(...)`."""
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "connect"):
            continue
        signal = node.func.value
        if not isinstance(signal, ast.Attribute):
            continue
        owner = signal.value
        name = owner.attr if isinstance(owner, ast.Attribute) else owner.id if isinstance(owner, ast.Name) else ""
        if re.search(r"(^|_)doc(ument)?$", name):
            yield node.lineno, signal.attr


def test_every_listener_follows_entities_changed() -> None:
    found: list[str] = []
    wrong: list[str] = []
    for folder in ("widgets", "app"):
        for source in sorted((ROOT / folder).rglob("*.py")):
            for line, signal in _document_connections(ast.parse(source.read_text(encoding="utf-8"))):
                where = f"{source.relative_to(ROOT)}:{line} {signal}"
                found.append(where)
                if signal != "entities_changed" and signal not in NOT_CHANGES:
                    wrong.append(where)
    assert wrong == []
    assert any("board_scene.py" in f and f.endswith("entities_changed") for f in found)  # the walk sees them


def test_removing_a_board_an_agenda_step_shows_tells_the_agenda(doc: WorkshopDocument, path: Path) -> None:
    stack = QUndoStack()
    agenda = AgendaController(undo_stack=stack)
    agenda.set_document(doc)
    seen: list[Changes] = []
    agenda_changes: list[None] = []
    doc.entities_changed.connect(seen.append)
    agenda.agenda_changed.connect(lambda: agenda_changes.append(None))

    stack.push(RemoveBoard(document=doc, board_id="b-floke"))
    (changes,) = seen
    assert [(s.id, s.board_id) for s in changes.changed_of(AgendaStep)] == [("st-floke", None)]
    assert agenda_changes == [None]
    assert doc.find(AgendaStep, "st-floke").board_id is None
    assert query(path, "SELECT board_id FROM agenda WHERE id = 'st-floke'") == [(None,)]

    stack.undo()
    assert [(s.id, s.board_id) for s in seen[-1].changed_of(AgendaStep)] == [("st-floke", "b-floke")]
    assert len(agenda_changes) == 2
    assert query(path, "SELECT board_id FROM agenda WHERE id = 'st-floke'") == [("b-floke",)]

    stack.redo()
    assert [(s.id, s.board_id) for s in seen[-1].changed_of(AgendaStep)] == [("st-floke", None)]
    assert len(agenda_changes) == 3
    assert query(path, "SELECT board_id FROM agenda WHERE id = 'st-floke'") == [(None,)]


def test_entities_held_by_the_undo_stack_cannot_change_under_it(doc: WorkshopDocument) -> None:
    note = doc.note("n-cars")
    with pytest.raises(dataclasses.FrozenInstanceError):
        note.x = 1.0  # type: ignore[misc]
    doc.change_notes({"n-cars": {"x": 1.0}})
    assert note.x != 1.0 and doc.note("n-cars").x == 1.0  # a change is a new object


def test_typing_into_a_new_note_is_part_of_adding_it(doc: WorkshopDocument, path: Path) -> None:
    stack = QUndoStack()
    stack.push(AddNotes(document=doc, notes=[Note("b-free", id="n-typed")]))
    typed = ChangeNotes(
        document=doc, after={"n-typed": {"text": "Skrive inn"}}, text="Edit text", merge_id=NEW_NOTE_TEXT_MERGE_ID
    )
    stack.push(typed)
    assert stack.count() == 1
    assert doc.note("n-typed").text == "Skrive inn"
    assert query(path, "SELECT text FROM notes WHERE id = 'n-typed'") == [("Skrive inn",)]

    stack.undo()
    assert not doc.has_note("n-typed")
    assert query(path, "SELECT count(*) FROM notes WHERE id = 'n-typed'") == [(0,)]

    stack.redo()
    assert doc.note("n-typed").text == "Skrive inn"
    assert query(path, "SELECT text FROM notes WHERE id = 'n-typed'") == [("Skrive inn",)]
    assert sorted_by_id(read_back(path)) == sorted_by_id(doc.workshop)


def test_typing_into_an_older_note_stays_its_own_step(doc: WorkshopDocument, path: Path) -> None:
    stack = QUndoStack()
    stack.push(AddNotes(document=doc, notes=[Note("b-free", id="n-new")]))
    after = {"n-walk": {"text": "Annan lapp"}}
    stack.push(ChangeNotes(document=doc, after=after, text="Edit text", merge_id=NEW_NOTE_TEXT_MERGE_ID))
    assert stack.count() == 2
    stack.undo()
    assert doc.note("n-walk").text != "Annan lapp" and doc.has_note("n-new")
    assert query(path, "SELECT count(*) FROM notes WHERE id = 'n-new'") == [(1,)]


def test_walking_a_read_only_workshop_goes_through_the_document(path: Path) -> None:
    before = path.read_bytes()
    document = WorkshopDocument.open(WorkshopFile.open(path, read_only=True))
    agenda = AgendaController(undo_stack=QUndoStack())
    agenda.set_document(document)
    seen: list[Changes] = []
    shown: list[AgendaStep | None] = []
    failures: list[str] = []
    document.entities_changed.connect(seen.append)
    document.write_failed.connect(failures.append)
    agenda.current_step_changed.connect(shown.append)
    try:
        other = next(s for s in document.workshop.agenda if s.id != document.info.current_step_id)
        agenda.go_to(other.id)
        assert document.info.current_step_id == other.id
        assert [c.info.current_step_id for c in seen if c.info is not None] == [other.id]
        assert [s.id for s in shown if s is not None] == [other.id]
        assert failures == [] and not document.has_unsaved_changes  # nothing waits to be written
    finally:
        document.close()
    assert path.read_bytes() == before


def test_deleting_thousands_of_notes_takes_their_dependents_and_undo_puts_all_back(tmp_path: Path) -> None:
    workshop = many_notes_workshop(5000)
    workshop.stakeholders = [Stakeholder("Foreldre", id="s-1")]
    notes = workshop.notes
    workshop.connectors = [
        Connector("b-only", a.id, b.id, id=f"c-{i}") for i, (a, b) in enumerate(itertools.pairwise(notes))
    ]
    workshop.note_stakeholders = [NoteStakeholder(n.id, "s-1", id=f"l-{i}") for i, n in enumerate(notes[::2])]
    path = tmp_path / "mange.samskap"
    WorkshopFile.create(path, workshop).close()
    original = sorted_by_id(read_back(path))
    document = WorkshopDocument.open(WorkshopFile.open(path))
    stack = QUndoStack()
    try:
        stack.push(RemoveNotes(document=document, note_ids=[n.id for n in notes]))
        for table in ("notes", "connectors", "note_stakeholders"):
            assert query(path, f"SELECT count(*) FROM {table}") == [(0,)], table
            assert getattr(document.workshop, table) == [], table
        assert document.all_of(Stakeholder) != [] and document.all_of(VoteDot) == []

        stack.undo()
        assert sorted_by_id(document.workshop) == original
        assert sorted_by_id(read_back(path)) == original
        assert [n.z for n in document.notes_on("b-only")] == [n.z for n in original.notes]

        stack.redo()
        assert query(path, "SELECT count(*) FROM connectors") == [(0,)] and not document.workshop.notes
    finally:
        document.close()
