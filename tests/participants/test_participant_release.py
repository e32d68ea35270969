"""Notes from phones wait until released; a release and its undo are one apply each.

Released as the window releases them: a ReleaseNotes command on an undo stack.
"""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

import aiohttp
from PySide6.QtGui import QUndoStack

from app.commands import RemoveBoard
from app.document import WorkshopDocument
from app.domain import validation
from app.domain.model import Device, Note, Submission, SubmissionStatus
from app.domain.release_layout import Rect
from app.domain.submissions import Release, waiting
from app.participants.release_command import ReleaseNotes, plan_release_into
from app.participants.service import SharingSettings
from app.storage.workshop_file import WorkshopFile
from tests.participants.room_support import Phone, load, make_file, sharing_on


def rect(note: Note) -> Rect:
    return Rect(note.x, note.y, note.width, note.height)


def release(stack: QUndoStack, document: WorkshopDocument, submission_ids: list[str]) -> Release:
    """Release as the window does: one ReleaseNotes command, pushed (and so done) on the stack."""
    plan = plan_release_into(document.workshop, submission_ids)
    stack.push(ReleaseNotes(document=document, plan=plan))
    return plan


def assert_apart(notes: list[Note]) -> None:
    for a, b in itertools.combinations(notes, 2):
        assert not rect(a).near(rect(b), 0.0), f"{a.text!r} lies on {b.text!r}"


def test_notes_wait_then_a_release_puts_them_in_the_frame_and_undo_takes_them_back(qapp, tmp_path: Path) -> None:
    stack = QUndoStack()
    path = make_file(tmp_path / "slepp.samskap")
    texts = [f"Idé {i}" for i in range(9)]
    applied: list[object] = []

    async def scenario() -> None:
        settings = SharingSettings(frame_id="f-new", board_id="b-ideas")
        async with (
            sharing_on(path, settings=settings) as (sharing, document, base),
            aiohttp.ClientSession() as session,
        ):
            phone = Phone(session, base)
            await phone.join(sharing.room.code, "Kari")
            for text in texts:
                assert (await phone.note(text))[0] == 201
            assert len(document.workshop.notes) == 3, "private first"
            document.entities_changed.connect(applied.append)
            release(stack, document, [w.id for w in waiting(document.workshop, board_id="b-ideas")])
            assert len(applied) == 1, "one release is one apply"
            on_board = {n.text: n for n in document.workshop.notes}
            assert set(texts) <= set(on_board)
            assert all(on_board[t].frame_id == "f-new" and on_board[t].author == "Kari" for t in texts)
            assert_apart(document.workshop.notes)
            frame = next(f for f in document.workshop.frames if f.id == "f-new")
            assert all(rect(on_board[t]).bottom <= frame.y + frame.height for t in texts), "the frame grew"
            assert {n["status"] for n in (await phone.state())["notes"]} == {"released"}
            assert {s.status for s in load(path).submissions} == {SubmissionStatus.RELEASED}

            stack.undo()
            assert len(applied) == 2
            assert len(document.workshop.notes) == 3
            assert next(f for f in document.workshop.frames if f.id == "f-new").height == 500
            assert {n["status"] for n in (await phone.state())["notes"]} == {"waiting"}

    asyncio.run(scenario())
    workshop = load(path)
    assert len(workshop.notes) == 3
    assert {(s.status, s.note_id) for s in workshop.submissions} == {(SubmissionStatus.WAITING, None)}


def test_release_one_by_one_each_its_own_undo_step(qapp, tmp_path: Path) -> None:
    stack = QUndoStack()
    path = make_file(tmp_path / "ein.samskap")

    async def scenario() -> None:
        async with sharing_on(path) as (sharing, document, base), aiohttp.ClientSession() as session:
            phone = Phone(session, base)
            await phone.join(sharing.room.code)
            first = (await phone.note("Første"))[1]["id"]
            second = (await phone.note("Andre"))[1]["id"]
            release(stack, document, [second])
            states = {n["text"]: n["status"] for n in (await phone.state())["notes"]}
            assert states == {"Første": "waiting", "Andre": "released"}
            # No frame chosen: on the board, clear of the frame and of every note.
            note = next(n for n in document.workshop.notes if n.text == "Andre")
            assert note.frame_id is None
            assert_apart(document.workshop.notes)
            frame = document.workshop.frames[0]
            assert not rect(note).near(Rect(frame.x, frame.y, frame.width, frame.height), 0.0)
            release(stack, document, [first])
            assert {n["status"] for n in (await phone.state())["notes"]} == {"released"}
            assert stack.count() == 2, "one undo step per release"
            stack.undo()
            states = {n["text"]: n["status"] for n in (await phone.state())["notes"]}
            assert states == {"Første": "waiting", "Andre": "released"}
            stack.undo()
            assert not any(n.text in ("Første", "Andre") for n in document.workshop.notes)

    asyncio.run(scenario())
    assert {s.status for s in load(path).submissions} == {SubmissionStatus.WAITING}


def test_a_released_note_deleted_from_the_board_leaves_its_submission_released(qapp, tmp_path: Path) -> None:
    """The model and the file agree after the board's own note removal (no foreign key to differ),
    and undoing the removal and then the release sends the note back to waiting."""
    stack = QUndoStack()
    path = make_file(tmp_path / "slett.samskap")
    document = WorkshopDocument.open(WorkshopFile.open(path))
    try:
        device = Device(number=1, id="dev-1")
        document.apply(upsert=[device, Submission("dev-1", "b-ideas", "Slettes", id="s-1")])
        plan = release(stack, document, ["s-1"])
        document.apply(delete=[plan.notes[0]])
        assert document.workshop.submissions == [plan.submissions[0]]
        assert list(validation.problems(load(path))) == []
        document.apply(upsert=[plan.notes[0]])  # the board's undo of the removal puts the note back
        stack.undo()
        assert document.workshop.submissions[0].status == SubmissionStatus.WAITING
    finally:
        document.close()
    workshop = load(path)
    assert [(s.status, s.note_id) for s in workshop.submissions] == [(SubmissionStatus.WAITING, None)]
    assert list(validation.problems(workshop)) == []


def test_submissions_of_a_removed_board_stay_and_are_not_released(qapp, tmp_path: Path) -> None:
    stack = QUndoStack()
    path = make_file(tmp_path / "tavle.samskap")
    document = WorkshopDocument.open(WorkshopFile.open(path))
    try:
        document.apply(upsert=[Device(number=1, id="dev-1"), Submission("dev-1", "b-ideas", "Foreldrelaus", id="s-1")])
        removal = RemoveBoard(document=document, board_id="b-ideas")
        removal.redo()
        assert plan_release_into(document.workshop, ["s-1"]).notes == ()
        assert [s.id for s in load(path).submissions] == ["s-1"]
        removal.undo()
        assert [n.text for n in release(stack, document, ["s-1"]).notes] == ["Foreldrelaus"]
    finally:
        document.close()
    assert list(validation.problems(load(path))) == []


def test_markup_from_a_phone_shows_literally_on_the_board_and_in_the_pdf(qapp, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from app.summary import export_summary

    markup = "<b>fet</b> & <i>x</i> <img src=/etc/hostname/>"
    path = make_file(tmp_path / "merke.samskap")
    document = WorkshopDocument.open(WorkshopFile.open(path))
    try:
        document.apply(upsert=[Device(number=1, id="dev-1"), Submission("dev-1", "b-ideas", markup, id="s-1")])
        release(QUndoStack(), document, ["s-1"])
    finally:
        document.close()
    workshop = load(path)
    assert markup in {n.text for n in workshop.notes}
    export_summary(workshop, tmp_path / "merke.pdf", language="nb")
    text = " ".join((page.extract_text() or "") for page in PdfReader(tmp_path / "merke.pdf").pages)
    assert "<b>fet</b> & <i>x</i>" in " ".join(text.split())
