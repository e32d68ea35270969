"""The document's general change path (`apply`) and its undo command (`EditEntities`).

Every later feature (frames, connectors, votes, stakeholders, the agenda) edits
through these two, so they are checked here against the file for each kind of
change: create, change, delete, undo and redo, merging, and the links a removed
note or board takes with it.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from PySide6.QtGui import QUndoStack

from app.commands import EditEntities, RemoveBoard, RemoveNotes
from app.document import Changes, WorkshopDocument
from app.domain.model import AgendaStep, Connector, ConnectorKind, Decision, Frame, Note, NoteStakeholder, Phase
from app.storage.interchange import export_json, import_json
from tests.factories import query, read_back, sample_workshop, sorted_by_id


def assert_file_matches(document: WorkshopDocument, path: Path) -> None:
    assert sorted_by_id(read_back(path)) == sorted_by_id(document.workshop)


def test_new_entity_types_round_trip_through_the_file_and_json(path: Path, tmp_path: Path) -> None:
    loaded = read_back(path)
    assert sorted_by_id(loaded) == sorted_by_id(sample_workshop())
    assert loaded.info.start_time == "09:00" and loaded.info.current_step_id == "st-floke"
    exported = tmp_path / "v.json"
    export_json(loaded, exported)
    assert sorted_by_id(import_json(exported)) == sorted_by_id(loaded)


def test_json_written_before_the_agenda_existed_still_imports(path: Path, tmp_path: Path) -> None:
    exported = tmp_path / "v.json"
    export_json(read_back(path), exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    for table in ("agenda", "decisions", "note_stakeholders"):
        del document[table]
    del document["workshop"]["start_time"], document["workshop"]["current_step_id"]
    for note in document["notes"]:
        del note["sectors"]
    for vote in document["votes"]:
        del vote["revealed"], vote["voter_ids"]
    exported.write_text(json.dumps(document), encoding="utf-8")
    imported = import_json(exported)
    assert imported.agenda == [] and imported.info.start_time == ""
    assert all(n.sectors == [] for n in imported.notes)


def test_create_change_delete_a_frame_with_undo_and_redo(document: WorkshopDocument, path: Path) -> None:
    stack = QUndoStack()
    seen: list[Changes] = []
    document.entities_changed.connect(seen.append)
    frame = Frame("b-floke", title="Stamme", x=0, y=600, width=400, height=200, id="f-trunk")

    stack.push(EditEntities("Add frame", document=document, upsert=[frame], board_id="b-floke"))
    assert query(path, "SELECT title FROM frames WHERE id = 'f-trunk'") == [("Stamme",)]
    assert seen[-1].upserted_of(Frame) == [frame]

    renamed = dataclasses.replace(frame, title="Stamme (problemet)")
    stack.push(EditEntities("Rename frame", document=document, upsert=[renamed]))
    assert query(path, "SELECT title FROM frames WHERE id = 'f-trunk'") == [("Stamme (problemet)",)]

    stack.undo()
    assert query(path, "SELECT title FROM frames WHERE id = 'f-trunk'") == [("Stamme",)]
    assert document.find(Frame, "f-trunk").title == "Stamme"
    stack.undo()
    assert query(path, "SELECT count(*) FROM frames WHERE id = 'f-trunk'") == [(0,)]
    assert document.find(Frame, "f-trunk") is None
    stack.redo()
    stack.redo()
    assert document.find(Frame, "f-trunk").title == "Stamme (problemet)"
    assert_file_matches(document, path)

    # Deleting a frame frees its notes, its nested frame and its vote, as the file's
    # ON DELETE SET NULL does, and undo puts every link back.
    roots = document.find(Frame, "f-roots")
    assert roots is not None
    stack.push(EditEntities("Delete frame", document=document, delete=[roots]))
    assert query(path, "SELECT frame_id FROM notes WHERE id = 'n-cars'") == [(None,)]
    assert document.note("n-cars").frame_id is None
    assert document.find(Frame, "f-inner").parent_id is None
    assert_file_matches(document, path)
    stack.undo()
    assert query(path, "SELECT frame_id FROM notes WHERE id = 'n-cars'") == [("f-roots",)]
    assert document.find(Frame, "f-inner").parent_id == "f-roots"
    assert_file_matches(document, path)
    stack.redo()
    assert_file_matches(document, path)


def test_deleting_a_stakeholder_or_participant_takes_what_depends_on_it(document: WorkshopDocument, path: Path) -> None:
    from app.domain.model import Participant, Stakeholder, VoteDot

    stack = QUndoStack()
    ada = document.find(Participant, "p-ada")
    fau = document.find(Stakeholder, "s-fau")
    assert ada is not None and fau is not None
    stack.push(EditEntities("Delete", document=document, delete=[ada, fau]))
    assert document.find(VoteDot, "d-1") is None and document.find(NoteStakeholder, "l-1") is None
    assert query(path, "SELECT count(*) FROM vote_dots WHERE participant_id = 'p-ada'") == [(0,)]
    assert_file_matches(document, path)
    stack.undo()
    assert document.find(VoteDot, "d-1") is not None and document.find(NoteStakeholder, "l-1") is not None
    assert document.find(Stakeholder, "s-fau").participant_id == "p-ada"
    assert_file_matches(document, path)


def test_changes_tell_added_notes_from_changed_ones(document: WorkshopDocument) -> None:
    seen: list[Changes] = []
    document.entities_changed.connect(seen.append)
    new = Note("b-floke", text="Ny", id="n-new")
    moved = dataclasses.replace(document.note("n-cars"), x=999.0)
    document.apply(upsert=[new, moved])
    (changes,) = seen
    assert [n.id for n in changes.added_of(Note)] == ["n-new"]
    assert [n.id for n in changes.changed_of(Note)] == ["n-cars"]
    assert [n.id for n in changes.on_board(changes.upserted_of(Note), "b-floke")] == ["n-new", "n-cars"]
    assert not changes.info_changed and not changes.deleted
    assert document.note("n-new").text == "Ny" and document.note("n-cars").x == 999.0


def test_consecutive_edits_with_a_merge_id_are_one_step(document: WorkshopDocument, path: Path) -> None:
    stack = QUndoStack()
    connector = document.find(Connector, "c-1")
    assert connector is not None
    for label in ("f", "fø", "før"):
        change = dataclasses.replace(connector, label=label, kind=ConnectorKind.BLOCKS)
        stack.push(EditEntities("Label", document=document, upsert=[change], merge_id=77))
    assert stack.count() == 1
    assert query(path, "SELECT label, kind FROM connectors WHERE id = 'c-1'") == [("før", "blocks")]
    stack.undo()
    assert query(path, "SELECT label, kind FROM connectors WHERE id = 'c-1'") == [("fører til", "leads-to")]


def test_agenda_and_info_change_together(document: WorkshopDocument, path: Path) -> None:
    stack = QUndoStack()
    step = AgendaStep("Idémyldring", Phase.CO_DESIGN, duration_min=45, position=2, id="st-new")
    info = dataclasses.replace(document.info, current_step_id="st-new")
    stack.push(EditEntities("Add step", document=document, upsert=[step], info=info))
    assert query(path, "SELECT current_step_id FROM workshop") == [("st-new",)]
    assert query(path, "SELECT title, duration_min FROM agenda WHERE id = 'st-new'") == [("Idémyldring", 45)]
    stack.undo()
    assert query(path, "SELECT current_step_id FROM workshop") == [("st-floke",)]
    assert query(path, "SELECT count(*) FROM agenda WHERE id = 'st-new'") == [(0,)]
    assert_file_matches(document, path)


def test_removing_a_note_takes_its_stakeholder_links_and_undo_returns_them(
    document: WorkshopDocument, path: Path
) -> None:
    stack = QUndoStack()
    stack.push(RemoveNotes(document=document, note_ids=["n-cars"]))
    assert query(path, "SELECT count(*) FROM note_stakeholders WHERE note_id = 'n-cars'") == [(0,)]
    assert all(k.note_id != "n-cars" for k in document.workshop.note_stakeholders)
    stack.undo()
    assert query(path, "SELECT id FROM note_stakeholders WHERE note_id = 'n-cars'") == [("l-1",)]
    assert document.find(NoteStakeholder, "l-1") is not None
    assert_file_matches(document, path)


def test_removing_a_board_unlinks_its_steps_and_decisions_and_undo_relinks(
    document: WorkshopDocument, path: Path
) -> None:
    stack = QUndoStack()
    stack.push(RemoveBoard(document=document, board_id="b-floke"))
    assert query(path, "SELECT board_id FROM agenda WHERE id = 'st-floke'") == [(None,)]
    assert document.find(AgendaStep, "st-floke").board_id is None
    assert query(path, "SELECT count(*) FROM note_stakeholders") == [(0,)]
    assert_file_matches(document, path)
    stack.undo()
    assert query(path, "SELECT board_id FROM agenda WHERE id = 'st-floke'") == [("b-floke",)]
    assert document.find(Decision, "dc-1").board_id == "b-plan"
    assert query(path, "SELECT count(*) FROM note_stakeholders") == [(2,)]
    assert_file_matches(document, path)
