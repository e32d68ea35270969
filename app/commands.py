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

from app.document import WorkshopDocument
from app.domain.model import Board, Note, WorkshopInfo
from app.storage.rows import Entity

# Ids for QUndoCommand.mergeWith: consecutive arrow-key nudges of the same notes
# become one step, as they are one intention; so do adding a note and typing its
# first text (double-click, type, Esc: one step).
NUDGE_MERGE_ID = 1
NEW_NOTE_TEXT_MERGE_ID = 2


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
        # Entities are frozen: the command can hold the very objects the document holds.
        self.upsert = list(upsert)
        self.delete = list(delete)
        self.info_after = info
        self.info_before = document.info if info is not None else None
        before = [document.find(type(e), e.id) for e in self.upsert]
        self.previous = [b for b in before if b is not None]
        self.created = [e for e, b in zip(self.upsert, before, strict=True) if b is None]
        self.dependents_before: list[Entity] = []
        self.taken_by_undo: list[Entity] = []

    def redo(self) -> None:
        changes = self.document.apply(
            upsert=[*self.upsert, *self.taken_by_undo],
            delete=self.delete,
            info=self.info_after,
        )
        self.dependents_before = changes.dependents_before

    def undo(self) -> None:
        changes = self.document.apply(
            upsert=[*self.previous, *self.delete, *self.dependents_before],
            delete=self.created,
            info=self.info_before,
        )
        # What deleting the created entities took with them: made since, outside this command
        # (a dot a phone put on a note this command added). Redo puts it back with them.
        self.taken_by_undo = changes.dependents_before

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


# -- notes and boards: each a thin EditEntities, so undo is the one exact undo of apply() --------


class AddNotes(EditEntities):
    """Add notes; typing the first text of the one note added merges into it (see mergeWith)."""

    def __init__(self, *, document: WorkshopDocument, notes: list[Note], text: str | None = None) -> None:
        label = text or (
            QCoreApplication.translate("Commands", "Add note")
            if len(notes) == 1
            else QCoreApplication.translate("Commands", "Add %n notes").replace("%n", str(len(notes)))
        )
        super().__init__(label, document=document, upsert=notes, board_id=notes[0].board_id)

    @property
    def notes(self) -> list[Note]:
        return [n for n in self.upsert if isinstance(n, Note)]

    def id(self) -> int:
        return NEW_NOTE_TEXT_MERGE_ID if len(self.upsert) == 1 else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take in the text typed into the note this just added: it is part of adding it."""
        if not isinstance(other, ChangeNotes) or other.id() != NEW_NOTE_TEXT_MERGE_ID:
            return False
        typed = other.upsert
        if [n.id for n in typed] != [n.id for n in self.upsert]:
            return False
        self.upsert = self.created = list(typed)  # the other command has already applied it
        return True


class RemoveNotes(EditEntities):
    """Delete notes with their arrows, dots and links; undo puts all back as it was."""

    def __init__(self, *, document: WorkshopDocument, note_ids: Iterable[str], text: str | None = None) -> None:
        notes = [document.note(i) for i in note_ids]
        super().__init__(
            text or QCoreApplication.translate("Commands", "Delete"),
            document=document,
            delete=notes,
            board_id=notes[0].board_id,
        )


class ChangeNotes(EditEntities):
    """Set fields of notes: a move, a resize, a colour, a text, a z-order."""

    def __init__(
        self,
        *,
        document: WorkshopDocument,
        after: Mapping[str, Mapping[str, Any]],
        text: str,
        merge_id: int = -1,
    ) -> None:
        board_id = document.note(next(iter(after))).board_id
        super().__init__(
            text, document=document, upsert=document.changed_notes(after), board_id=board_id, merge_id=merge_id
        )


class AddBoard(EditEntities):
    """Add a board at its position in its phase; the boards after it move down one."""

    def __init__(self, *, document: WorkshopDocument, board: Board) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Add board"),
            document=document,
            upsert=document.placed_board(board, board.position),
            board_id=board.id,
        )


class RemoveBoard(EditEntities):
    """Delete a board with all it holds; steps, decisions and actions on it lose the link."""

    def __init__(self, *, document: WorkshopDocument, board_id: str) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Delete board"),
            document=document,
            delete=[document.board(board_id)],
            upsert=document.closing_gap(board_id),
            board_id=board_id,
        )


class RenameBoard(EditEntities):
    def __init__(self, *, document: WorkshopDocument, board_id: str, name: str) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Rename board"),
            document=document,
            upsert=[dataclasses.replace(document.board(board_id), name=name)],
            board_id=board_id,
        )


class MoveBoard(EditEntities):
    """Put a board at a position within its phase."""

    def __init__(self, *, document: WorkshopDocument, board_id: str, position: int) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Move board"),
            document=document,
            upsert=document.placed_board(document.board(board_id), position),
            board_id=board_id,
        )
