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
from app.domain.release_layout import GAP, Rect, place_in_frame, place_on_board

# A note typed on a phone: 500 characters, the limit of every other free-text field a person
# types (participant lists, stakeholder fields), and more than a sticky note ever holds. Under
# the 2,000 a note on the board may hold (app.domain.text_limits), so a released note fits.
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
    """A planned release: the new notes, the submissions as released, and the frames and notes it moves.

    Applied as one EditEntities (app/participants/release_command.py), whose undo puts back
    what the document held before, so the plan carries no "before" of its own.
    """

    notes: tuple[Note, ...]
    submissions: tuple[Submission, ...]
    frames: tuple[Frame, ...]  # frames that grew to hold the notes, or moved down to make room for one that grew
    moved: tuple[Note, ...] = ()  # notes already on the board that moved down with their frame or on their own

    def upsert(self) -> list[Frame | Note | Submission]:
        return [*self.frames, *self.moved, *self.notes, *self.submissions]


def plan_release(workshop: Workshop, submission_ids: Iterable[str]) -> Release:
    """Put these waiting submissions on their board, in their frame, in the order they came.

    A frame that must grow to hold them pushes down what lies below it, when it
    would reach it: the frames and notes that start below its bottom move down as
    far as it grew, keeping their layout, so no frame grows over another.
    """
    wanted = set(submission_ids)
    chosen = [s for s in waiting(workshop) if s.id in wanted]
    frames_before = {f.id: f for f in workshop.frames}
    notes_before = {n.id: n for n in workshop.notes}
    frames = dict(frames_before)  # as this plan leaves them: grown, or moved down
    existing = dict(notes_before)
    boards = {b.id for b in workshop.boards}
    groups: dict[tuple[str, str | None], list[Submission]] = {}
    for s in chosen:
        if s.board_id in boards:
            frame_id = s.frame_id if s.frame_id in frames else None
            groups.setdefault((s.board_id, frame_id), []).append(s)
    placed: dict[str, Note] = {}
    released: list[Submission] = []
    stamp = now_iso()
    for (board_id, frame_id), group in groups.items():
        on_board = [n for n in (*existing.values(), *placed.values()) if n.board_id == board_id]
        board_frames = [f for f in frames.values() if f.board_id == board_id]
        frame = frames.get(frame_id) if frame_id is not None else None
        if frame is not None:
            # Each (board, frame) is one group, so a frame is placed into, and grows, once.
            below_frames, below_notes = _below(frame, board_frames, on_board)
            pushed = {n.id for n in below_notes}  # out of the way if the frame grows onto them
            occupied = [Rect(n.x, n.y, n.width, n.height) for n in on_board if n.id not in pushed]
            occupied += [Rect(f.x, f.y, f.width, f.height) for f in board_frames if f.parent_id == frame.id]
            placement = place_in_frame(frame, len(group), occupied)
            if placement.frame_height is not None:
                grown = dataclasses.replace(frame, height=placement.frame_height)
                frames[frame.id] = grown
                reach = Rect(grown.x, grown.y, grown.width, grown.height)
                below = [Rect(f.x, f.y, f.width, f.height) for f in below_frames]
                below += [Rect(n.x, n.y, n.width, n.height) for n in below_notes]
                if any(reach.near(rect, GAP) for rect in below):
                    drop = grown.height - frame.height
                    frames |= {f.id: dataclasses.replace(f, y=f.y + drop) for f in below_frames}
                    for note in below_notes:
                        (existing if note.id in existing else placed)[note.id] = dataclasses.replace(
                            note, y=note.y + drop
                        )
        else:
            occupied = [Rect(n.x, n.y, n.width, n.height) for n in on_board]
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
            placed[note.id] = note
            released.append(dataclasses.replace(submission, status=SubmissionStatus.RELEASED, note_id=note.id))
    # Most are the very objects they were: `is` spares comparing every field of a full board's notes.
    changed = [f for f in frames.values() if f is not frames_before[f.id] and f != frames_before[f.id]]
    moved = [n for n in existing.values() if n is not notes_before[n.id] and n != notes_before[n.id]]
    return Release(tuple(placed.values()), tuple(released), tuple(changed), tuple(moved))


def _below(frame: Frame, frames: list[Frame], notes: list[Note]) -> tuple[list[Frame], list[Note]]:
    """What starts below a frame's bottom on its board: the frames (with those nested in them) and the
    notes, leaving out what a frame that stays where it is holds."""
    bottom = frame.y + frame.height
    ids = {f.id for f in frames}
    band: dict[str, Frame] = {}
    found = True
    while found:  # a nested frame joins once its parent has
        found = False
        for f in frames:
            if (
                f.id not in band
                and f.id != frame.id
                and f.y >= bottom
                and (f.parent_id not in ids or f.parent_id in band)
            ):
                band[f.id] = f
                found = True
    held = [
        n for n in notes if n.y >= bottom and n.frame_id != frame.id and (n.frame_id in band or n.frame_id not in ids)
    ]
    return list(band.values()), held
