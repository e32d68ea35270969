"""Notes written on phones: what waits, and what a release (or its undo) changes.

Pure functions over the Workshop dataclasses. A release is planned here as
one set of entities to write and delete, so the caller changes the workshop
with one `WorkshopDocument.apply` and the window can wrap it in one undo
command; the inverse is planned from the same object.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.model import Frame, Note, Submission, SubmissionStatus, Workshop, new_id, now_iso
from app.domain.release_layout import Rect, place_in_frame, place_on_board

# The app has no other limit on a note's text; 500 characters is the limit of every other
# free-text field a person types (participant lists, stakeholder fields), and more than a
# sticky note ever holds.
NOTE_TEXT_LIMIT = 500


def waiting(workshop: Workshop, *, board_id: str | None = None, device_id: str | None = None) -> list[Submission]:
    """The notes from phones not yet on the board, oldest first (all, or of one board or one phone)."""
    found = [
        s
        for s in workshop.submissions
        if s.status == SubmissionStatus.WAITING
        and (board_id is None or s.board_id == board_id)
        and (device_id is None or s.device_id == device_id)
    ]
    return sorted(found, key=lambda s: (s.created, s.id))


def waiting_counts(workshop: Workshop) -> dict[tuple[str, str | None], int]:
    """How many notes wait per (board, frame), for the facilitator's "12 notes waiting"."""
    counts: dict[tuple[str, str | None], int] = {}
    for s in workshop.submissions:
        if s.status == SubmissionStatus.WAITING:
            counts[s.board_id, s.frame_id] = counts.get((s.board_id, s.frame_id), 0) + 1
    return counts


@dataclass(frozen=True)
class Release:
    """A planned release: the new notes, the submissions as released, and what undo puts back."""

    notes: tuple[Note, ...]
    submissions: tuple[Submission, ...]
    frames: tuple[Frame, ...]  # frames that grew to hold the notes
    submissions_before: tuple[Submission, ...]
    frames_before: tuple[Frame, ...]

    def upsert(self) -> list[Frame | Note | Submission]:
        return [*self.frames, *self.notes, *self.submissions]

    def undo_upsert(self) -> list[Frame | Submission]:
        return [*self.frames_before, *self.submissions_before]

    def undo_delete(self) -> list[Note]:
        return list(self.notes)


def plan_release(workshop: Workshop, submission_ids: Iterable[str]) -> Release:
    """Put these waiting submissions on their board, in their frame, in the order they came."""
    wanted = set(submission_ids)
    chosen = [s for s in waiting(workshop) if s.id in wanted]
    frames = {f.id: f for f in workshop.frames}
    boards = {b.id for b in workshop.boards}
    groups: dict[tuple[str, str | None], list[Submission]] = {}
    for s in chosen:
        if s.board_id in boards:
            frame_id = s.frame_id if s.frame_id in frames else None
            groups.setdefault((s.board_id, frame_id), []).append(s)
    notes: list[Note] = []
    released: list[Submission] = []
    grown: list[Frame] = []
    grown_before: list[Frame] = []
    stamp = now_iso()
    for (board_id, frame_id), group in groups.items():
        on_board = [*workshop.notes_on(board_id), *(n for n in notes if n.board_id == board_id)]
        occupied = [Rect(n.x, n.y, n.width, n.height) for n in on_board]
        board_frames = [f for f in workshop.frames if f.board_id == board_id]
        frame = frames.get(frame_id) if frame_id is not None else None
        if frame is not None:
            # Each (board, frame) is one group, so a frame is placed into, and grows, once.
            occupied += [Rect(f.x, f.y, f.width, f.height) for f in board_frames if f.parent_id == frame.id]
            placement = place_in_frame(frame, len(group), occupied)
            if placement.frame_height is not None:
                grown_before.append(frame)
                grown.append(dataclasses.replace(frame, height=placement.frame_height))
        else:
            occupied += [Rect(f.x, f.y, f.width, f.height) for f in board_frames]
            placement = place_on_board(len(group), occupied)
        top = max((n.z for n in on_board), default=0.0)
        for index, (submission, (x, y)) in enumerate(zip(group, placement.positions, strict=True)):
            note = Note(
                board_id=board_id,
                text=submission.text,
                x=x,
                y=y,
                z=top + 1 + index,
                author=submission.author,
                frame_id=frame_id,
                created=stamp,
                modified=stamp,
                id=new_id(),
            )
            notes.append(note)
            released.append(dataclasses.replace(submission, status=SubmissionStatus.RELEASED, note_id=note.id))
    before = _as_before(chosen, released)
    return Release(tuple(notes), tuple(released), tuple(grown), tuple(before), tuple(grown_before))


def _as_before(chosen: list[Submission], released: list[Submission]) -> list[Submission]:
    """The submissions as they were before, of those that a release actually changed."""
    ids = {s.id for s in released}
    return [s for s in chosen if s.id in ids]


def plan_unrelease(workshop: Workshop, submission_ids: Iterable[str]) -> tuple[list[Submission], list[Note]]:
    """Take released submissions off the board and back to waiting: (submissions to write, notes to delete)."""
    wanted = set(submission_ids)
    notes = {n.id: n for n in workshop.notes}
    back: list[Submission] = []
    gone: list[Note] = []
    for s in workshop.submissions:
        if s.id in wanted and s.status == SubmissionStatus.RELEASED:
            back.append(dataclasses.replace(s, status=SubmissionStatus.WAITING, note_id=None))
            if s.note_id in notes:
                gone.append(notes[s.note_id])
    return back, gone
