"""Undo commands: every change a facilitator makes is one of these.

Each command edits the document (never a graphics item), and the document
commits it to the file in one transaction, so pushing a command is also
saving it. A drag, a typed text, a paste or a colour change of twenty notes
is one command and one step of undo.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.document import RemovedBoard, RemovedNotes, WorkshopDocument
from app.domain.model import Board, Note, WorkshopInfo
from app.storage.rows import Entity

# Ids for QUndoCommand.mergeWith: consecutive arrow-key nudges of the same notes
# become one step, as they are one intention.
NUDGE_MERGE_ID = 1


class BoardCommand(QUndoCommand):
    """A command that belongs to one board, so undo can show the board it changes."""

    def __init__(self, text: str, *, document: WorkshopDocument, board_id: str) -> None:
        super().__init__(text)
        self.document = document
        self.board_id = board_id


class AddNotes(BoardCommand):
    def __init__(self, *, document: WorkshopDocument, notes: list[Note], text: str | None = None) -> None:
        label = text or (
            QCoreApplication.translate("Commands", "Add note")
            if len(notes) == 1
            else QCoreApplication.translate("Commands", "Add %n notes").replace("%n", str(len(notes)))
        )
        super().__init__(label, document=document, board_id=notes[0].board_id)
        self.notes = notes

    def redo(self) -> None:
        self.document.add_notes([dataclasses.replace(n) for n in self.notes])

    def undo(self) -> None:
        self.document.remove_notes(n.id for n in self.notes)

    def set_text(self, note_id: str, text: str) -> None:
        """Fold the typing into a note just added into this step (it is done, so apply it)."""
        self.notes = [dataclasses.replace(n, text=text) if n.id == note_id else n for n in self.notes]
        self.document.change_notes({note_id: {"text": text}})


class RemoveNotes(BoardCommand):
    def __init__(self, *, document: WorkshopDocument, note_ids: Iterable[str], text: str | None = None) -> None:
        self.note_ids = list(note_ids)
        board_id = document.note(self.note_ids[0]).board_id
        super().__init__(text or QCoreApplication.translate("Commands", "Delete"), document=document, board_id=board_id)
        self._removed: RemovedNotes | None = None

    def redo(self) -> None:
        self._removed = self.document.remove_notes(self.note_ids)

    def undo(self) -> None:
        assert self._removed is not None
        r = self._removed
        self.document.add_notes(r.notes, r.connectors, r.vote_dots, r.actions, r.links)


class ChangeNotes(BoardCommand):
    """Set fields of notes: a move, a resize, a colour, a text, a z-order."""

    def __init__(
        self,
        *,
        document: WorkshopDocument,
        after: Mapping[str, Mapping[str, Any]],
        text: str,
        merge_id: int = -1,
    ) -> None:
        first = next(iter(after))
        super().__init__(text, document=document, board_id=document.note(first).board_id)
        self.after = {i: dict(f) for i, f in after.items()}
        self.before = {i: {k: getattr(document.note(i), k) for k in f} for i, f in after.items()}
        self._merge_id = merge_id

    def redo(self) -> None:
        self.document.change_notes(self.after)

    def undo(self) -> None:
        self.document.change_notes(self.before)

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeNotes) or set(other.after) != set(self.after):
            return False
        for note_id, fields in other.after.items():
            self.after[note_id].update(fields)
        return True


class AddBoard(QUndoCommand):
    def __init__(self, *, document: WorkshopDocument, board: Board) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add board"))
        self.document = document
        self.board = board
        self.board_id = board.id

    def redo(self) -> None:
        self.document.add_board(dataclasses.replace(self.board))

    def undo(self) -> None:
        self.document.remove_board(self.board.id)


class RemoveBoard(QUndoCommand):
    def __init__(self, *, document: WorkshopDocument, board_id: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete board"))
        self.document = document
        self.board_id = board_id
        self._removed: RemovedBoard | None = None

    def redo(self) -> None:
        self._removed = self.document.remove_board(self.board_id)

    def undo(self) -> None:
        assert self._removed is not None
        board = dataclasses.replace(self._removed.board)
        self.document.add_board(board, restore=self._removed)


class RenameBoard(QUndoCommand):
    def __init__(self, *, document: WorkshopDocument, board_id: str, name: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Rename board"))
        self.document = document
        self.board_id = board_id
        self.before = document.board(board_id).name
        self.after = name

    def redo(self) -> None:
        self.document.rename_board(self.board_id, self.after)

    def undo(self) -> None:
        self.document.rename_board(self.board_id, self.before)


class MoveBoard(QUndoCommand):
    def __init__(self, *, document: WorkshopDocument, board_id: str, position: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Move board"))
        self.document = document
        self.board_id = board_id
        self.before = document.board(board_id).position
        self.after = position

    def redo(self) -> None:
        self.document.move_board(self.board_id, self.after)

    def undo(self) -> None:
        self.document.move_board(self.board_id, self.before)


class EditWorkshopInfo(QUndoCommand):
    def __init__(self, *, document: WorkshopDocument, info: WorkshopInfo) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit workshop details"))
        self.document = document
        self.before = dataclasses.replace(document.info)
        self.after = info

    def redo(self) -> None:
        self.document.set_info(dataclasses.replace(self.after))

    def undo(self) -> None:
        self.document.set_info(dataclasses.replace(self.before))


class EditEntities(QUndoCommand):
    """Any batch of upserts and deletions through `WorkshopDocument.apply`, undone exactly.

    The state before is read from the document when the command is made, so
    undo puts back the old version of each changed entity, deletes the ones
    this command created, and restores the ones it deleted. Give `board_id` when
    the change belongs to a board, so undo shows that board. Commands with the
    same `merge_id` (not -1) that touch the same entities merge into one step:
    a drag of a frame, a slider being moved.
    """

    def __init__(
        self,
        text: str,
        *,
        document: WorkshopDocument,
        upsert: Iterable[Entity] = (),
        delete: Iterable[Entity] = (),
        info: WorkshopInfo | None = None,
        board_id: str | None = None,
        merge_id: int = -1,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.board_id = board_id
        self._merge_id = merge_id
        self.upsert = [dataclasses.replace(e) for e in upsert]
        self.delete = [dataclasses.replace(e) for e in delete]
        self.info_after = info
        self.info_before = dataclasses.replace(document.info) if info is not None else None
        before = [document.find(type(e), e.id) for e in self.upsert]
        self.previous = [dataclasses.replace(b) for b in before if b is not None]
        self.created = [e for e, b in zip(self.upsert, before, strict=True) if b is None]
        self.dependents_before: list[Entity] = []

    def redo(self) -> None:
        changes = self.document.apply(
            upsert=[dataclasses.replace(e) for e in self.upsert],
            delete=self.delete,
            info=dataclasses.replace(self.info_after) if self.info_after is not None else None,
        )
        self.dependents_before = changes.dependents_before

    def undo(self) -> None:
        self.document.apply(
            upsert=[dataclasses.replace(e) for e in (*self.previous, *self.delete, *self.dependents_before)],
            delete=self.created,
            info=dataclasses.replace(self.info_before) if self.info_before is not None else None,
        )

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditEntities) or other.delete or self.delete or other.created:
            return False
        if (other.info_after is None) != (self.info_after is None):
            return False
        if {(type(e), e.id) for e in other.upsert} != {(type(e), e.id) for e in self.upsert}:
            return False
        self.upsert = other.upsert
        if other.info_after is not None:
            self.info_after = other.info_after
        return True
