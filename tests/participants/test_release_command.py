"""A release from phones is one undo command: do, undo, redo, each checked in the model and the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack

from app.document import WorkshopDocument
from app.domain.model import Device, Submission, SubmissionStatus, Vote, VoteDot
from app.participants.release_command import ReleaseNotes, plan_release_into
from app.storage.workshop_file import WorkshopFile
from tests.participants.room_support import load, make_file


def waiting_workshop(path: Path) -> WorkshopDocument:
    document = WorkshopDocument.open(WorkshopFile.open(make_file(path)))
    phone = Device(1, "Kari", id="d-kari")
    notes = [Submission("d-kari", "b-ideas", text, author="Kari", id=f"s-{i}") for i, text in enumerate("ABC")]
    document.apply(upsert=[phone, *notes])
    return document


def test_release_into_a_chosen_frame_and_back_as_it_was_written(qapp, tmp_path: Path) -> None:
    document = waiting_workshop(tmp_path / "a.samskap")
    stack = QUndoStack()
    plan = plan_release_into(document.workshop, ["s-0", "s-1"], board_id="b-ideas", frame_id="f-new")
    stack.push(ReleaseNotes(document=document, plan=plan))
    on_board = {n.text: n for n in load(tmp_path / "a.samskap").notes}
    assert on_board["A"].frame_id == on_board["B"].frame_id == "f-new"
    assert "C" not in on_board
    stack.undo()
    submissions = {s.id: s for s in load(tmp_path / "a.samskap").submissions}
    assert submissions["s-0"].frame_id is None, "undo gives the submission back as the phone wrote it"
    assert {s.status for s in submissions.values()} == {SubmissionStatus.WAITING}
    document.close()


def test_dots_put_on_released_notes_come_back_on_redo(qapp, tmp_path: Path) -> None:
    path = tmp_path / "b.samskap"
    document = waiting_workshop(path)
    stack = QUndoStack()
    stack.push(ReleaseNotes(document=document, plan=plan_release_into(document.workshop, ["s-0", "s-1", "s-2"])))
    assert stack.count() == 1
    released = [s.note_id or "" for s in document.workshop.submissions]
    vote = Vote("b-ideas", title="Beste", id="v-1")
    dot = VoteDot("v-1", released[0], None, device_id="d-kari", id="dot-1")
    document.apply(upsert=[vote, dot])  # a phone voted on a released note

    stack.undo()
    workshop = load(path)
    assert not workshop.vote_dots and len(workshop.notes) == 3
    assert {s.status for s in workshop.submissions} == {SubmissionStatus.WAITING}

    stack.redo()
    workshop = load(path)
    assert [d.id for d in workshop.vote_dots] == ["dot-1"], "the dot came back with its note"
    assert len(workshop.notes) == 6
    assert {s.note_id for s in workshop.submissions} == set(released)
    document.close()
