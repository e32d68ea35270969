"""The open workshop: the model in memory, its file, and the signals the screen follows.

Every change goes through a method here, which commits it to the file in one
transaction, updates the model, then tells whoever listens. Undo commands are
the only callers in the app; widgets only read and listen. When the file
cannot be written (a full disk, a folder gone read-only) the change is kept in
memory, so nothing vanishes from the screen, and `write_failed` says why. The
change also waits in a list of pending batches: the next commit, or
`retry_pending`, writes them first in the same transaction, so a later
successful commit never leaves an earlier failed one out of the file.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.domain.model import (
    REFERENCES,
    Action,
    AgendaStep,
    Board,
    Connector,
    Decision,
    Note,
    NoteStakeholder,
    Phase,
    VoteDot,
    Workshop,
    WorkshopInfo,
    now_iso,
)
from app.storage.errors import CannotWrite
from app.storage.rows import TABLE_OF, Entity
from app.storage.workshop_file import Batch, WorkshopFile

E = TypeVar("E", Note, Connector)
T = TypeVar("T")


@dataclasses.dataclass
class RemovedBoard:
    """A board with everything that went with it, for undo to put back."""

    board: Board
    notes: list[Note]
    connectors: list[Connector]
    vote_dots: list[VoteDot]
    others: list[Entity]  # frames and votes of the board
    actions: list[Action]  # as they were, before they lost their link to the board
    links: list[NoteStakeholder] = dataclasses.field(default_factory=list)  # of the board's notes
    steps_and_decisions: list[AgendaStep | Decision] = dataclasses.field(default_factory=list)  # as they were


@dataclasses.dataclass
class RemovedNotes:
    notes: list[Note]
    connectors: list[Connector]
    vote_dots: list[VoteDot]
    actions: list[Action]  # as they were, before they lost their link to a note
    links: list[NoteStakeholder] = dataclasses.field(default_factory=list)


# What deleting a parent does to the entities pointing at it, mirrored in the model by
# `apply`: (list on the Workshop, field, list the field points into), from the one table.
_CASCADES = tuple((child, field, parent) for child, field, parent, rule in REFERENCES if rule == "CASCADE")
_SET_NULLS = tuple((child, field, parent) for child, field, parent, rule in REFERENCES if rule == "SET NULL")


@dataclasses.dataclass
class Changes:
    """What one call of `WorkshopDocument.apply` changed, for listeners to pick from."""

    upserted: list[Entity]
    deleted: list[Entity]
    info: WorkshopInfo | None = None
    # Entities that the deletions changed or took with them, as they were before:
    # what undo must put back besides the deleted entities themselves.
    dependents_before: list[Entity] = dataclasses.field(default_factory=list)

    def upserted_of(self, cls: type[T]) -> list[T]:
        return [e for e in self.upserted if isinstance(e, cls)]  # entity types are never subclassed

    def deleted_of(self, cls: type[T]) -> list[T]:
        return [e for e in self.deleted if isinstance(e, cls)]  # entity types are never subclassed

    def touches(self, cls: type[Any]) -> bool:
        return any(type(e) is cls for e in (*self.upserted, *self.deleted))


class WorkshopDocument(QObject):
    """The single source of truth for one open workshop."""

    info_changed = Signal()
    board_added = Signal(object)  # Board
    board_removed = Signal(object)  # Board
    board_changed = Signal(object)  # Board (renamed, or moved in its phase)
    notes_added = Signal(str, list)  # board id, [Note]
    notes_removed = Signal(str, list)  # board id, [note id]
    notes_changed = Signal(str, list)  # board id, [Note]
    connectors_added = Signal(str, list)  # board id, [Connector] (an arrow goes with its notes)
    # Every `apply` call, whatever it touched (frames, connectors, votes, stakeholders,
    # agenda steps, ... and notes or boards too): a Changes.
    entities_changed = Signal(object)
    write_failed = Signal(str)  # a message for the facilitator
    write_recovered = Signal()  # every change that had failed is now in the file
    committed = Signal()  # a change reached the file (backups count these)

    def __init__(self, *, file: WorkshopFile, workshop: Workshop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.workshop = workshop
        self._boards = {b.id: b for b in workshop.boards}
        self._notes = {n.id: n for n in workshop.notes}
        self._pending: list[Batch] = []

    @classmethod
    def open(cls, file: WorkshopFile, parent: QObject | None = None) -> WorkshopDocument:
        return cls(file=file, workshop=file.load(), parent=parent)

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    # -- queries ---------------------------------------------------------------

    @property
    def info(self) -> WorkshopInfo:
        return self.workshop.info

    def board(self, board_id: str) -> Board:
        return self._boards[board_id]

    def has_board(self, board_id: str) -> bool:
        return board_id in self._boards

    def boards_in(self, phase: Phase) -> list[Board]:
        return self.workshop.boards_in(phase)

    def note(self, note_id: str) -> Note:
        return self._notes[note_id]

    def has_note(self, note_id: str) -> bool:
        return note_id in self._notes

    def notes_on(self, board_id: str) -> list[Note]:
        return self.workshop.notes_on(board_id)

    def find(self, cls: type[T], entity_id: str | None) -> T | None:
        """The entity of type `cls` with this id, or None."""
        if entity_id is None:
            return None
        if cls is Note:
            return self._notes.get(entity_id)  # type: ignore[return-value]
        if cls is Board:
            return self._boards.get(entity_id)  # type: ignore[return-value]
        return next((e for e in getattr(self.workshop, TABLE_OF[cls]) if e.id == entity_id), None)

    def all_of(self, cls: type[T]) -> list[T]:
        """Every entity of one type, in the workshop's order (a copy of the list)."""
        return list(getattr(self.workshop, TABLE_OF[cls]))

    def top_z(self, board_id: str) -> float:
        return max((n.z for n in self._notes.values() if n.board_id == board_id), default=0.0)

    def bottom_z(self, board_id: str) -> float:
        return min((n.z for n in self._notes.values() if n.board_id == board_id), default=0.0)

    # -- changes (called by undo commands) ---------------------------------------

    def set_info(self, info: WorkshopInfo) -> None:
        self._commit(info=info)
        self.workshop.info = info
        self.info_changed.emit()

    def add_board(self, board: Board, restore: RemovedBoard | None = None) -> None:
        """Add a board; with `restore`, also everything that was removed with it."""
        siblings = [b for b in self.boards_in(board.phase) if b.id != board.id]
        siblings.insert(min(board.position, len(siblings)), board)
        moved = self._renumber(siblings)
        extra: list[Entity] = []
        if restore is not None:
            extra = [
                *restore.others,
                *restore.notes,
                *restore.connectors,
                *restore.vote_dots,
                *restore.links,
                *restore.actions,
                *restore.steps_and_decisions,
            ]
        self._commit(upsert=[board, *moved, *extra])
        self.workshop.boards.append(board)
        self._boards[board.id] = board
        if restore is not None:
            self._add_to_lists(restore.others)
            self.workshop.notes.extend(restore.notes)
            self._notes.update((n.id, n) for n in restore.notes)
            self.workshop.connectors.extend(restore.connectors)
            self.workshop.vote_dots.extend(restore.vote_dots)
            self.workshop.note_stakeholders.extend(restore.links)
            self._replace_actions(restore.actions)
            self._replace_in_lists(restore.steps_and_decisions)
        self.board_added.emit(board)
        for b in moved:
            self.board_changed.emit(b)

    def remove_board(self, board_id: str) -> RemovedBoard:
        board = self._boards[board_id]
        w = self.workshop
        notes = [n for n in w.notes if n.board_id == board_id]
        note_ids = {n.id for n in notes}
        others: list[Entity] = [
            *(f for f in w.frames if f.board_id == board_id),
            *(v for v in w.votes if v.board_id == board_id),
        ]
        vote_ids = {v.id for v in w.votes if v.board_id == board_id}
        removed = RemovedBoard(
            board=board,
            notes=notes,
            connectors=[c for c in w.connectors if c.board_id == board_id],
            vote_dots=[d for d in w.vote_dots if d.note_id in note_ids or d.vote_id in vote_ids],
            others=others,
            actions=[a for a in w.actions if a.board_id == board_id or a.note_id in note_ids],
            links=[k for k in w.note_stakeholders if k.note_id in note_ids],
            steps_and_decisions=[
                *(s for s in w.agenda if s.board_id == board_id),
                *(d for d in w.decisions if d.board_id == board_id),
            ],
        )
        unlinked: list[Entity] = [*self._unlink_actions(removed.actions, board_id=board_id, note_ids=note_ids)]
        # An agenda step or a decision outlives its board too, as ON DELETE SET NULL does.
        unlinked_steps = [dataclasses.replace(e, board_id=None) for e in removed.steps_and_decisions]
        self._replace_in_lists(unlinked_steps)
        unlinked.extend(unlinked_steps)
        remaining = [b for b in self.boards_in(board.phase) if b.id != board_id]
        moved = self._renumber(remaining)
        # The schema cascades the board's children; deleting them explicitly too keeps
        # the file right even if a future table forgets its ON DELETE clause.
        self._commit(
            delete=[board, *notes, *removed.connectors, *removed.vote_dots, *removed.links, *others],
            upsert=[*moved, *unlinked],
        )
        w.boards.remove(board)
        del self._boards[board_id]
        w.notes = [n for n in w.notes if n.board_id != board_id]
        for n in notes:
            del self._notes[n.id]
        w.connectors = [c for c in w.connectors if c.board_id != board_id]
        gone_dots = {d.id for d in removed.vote_dots}
        w.vote_dots = [d for d in w.vote_dots if d.id not in gone_dots]
        w.note_stakeholders = [k for k in w.note_stakeholders if k.note_id not in note_ids]
        w.frames = [f for f in w.frames if f.board_id != board_id]
        w.votes = [v for v in w.votes if v.board_id != board_id]
        self.board_removed.emit(board)
        for b in moved:
            self.board_changed.emit(b)
        return removed

    def rename_board(self, board_id: str, name: str) -> None:
        board = dataclasses.replace(self._boards[board_id], name=name)
        self._commit(upsert=[board])
        self._replace_board(board)
        self.board_changed.emit(board)

    def move_board(self, board_id: str, position: int) -> None:
        """Put a board at `position` within its phase."""
        board = self._boards[board_id]
        siblings = [b for b in self.boards_in(board.phase) if b.id != board_id]
        siblings.insert(max(0, min(position, len(siblings))), board)
        moved = self._renumber(siblings)
        self._commit(upsert=moved)
        for b in moved:
            self.board_changed.emit(self._boards[b.id])

    def add_notes(
        self,
        notes: Iterable[Note],
        connectors: Iterable[Connector] = (),
        vote_dots: Iterable[VoteDot] = (),
        actions: Iterable[Action] = (),
        links: Iterable[NoteStakeholder] = (),
    ) -> None:
        """Add notes; with the rest, put back what a removal took (see RemovedNotes)."""
        notes, connectors, vote_dots, actions = list(notes), list(connectors), list(vote_dots), list(actions)
        links = list(links)
        if not notes:
            return
        self._commit(upsert=[*notes, *connectors, *vote_dots, *links, *actions])
        self._replace_actions(actions)
        self.workshop.notes.extend(notes)
        self._notes.update((n.id, n) for n in notes)
        self.workshop.connectors.extend(connectors)
        self.workshop.vote_dots.extend(vote_dots)
        self.workshop.note_stakeholders.extend(links)
        for board_id, group in _by_board(notes).items():
            self.notes_added.emit(board_id, group)
        for board_id, arrows in _by_board(connectors).items():
            self.connectors_added.emit(board_id, arrows)

    def remove_notes(self, note_ids: Iterable[str]) -> RemovedNotes:
        ids = set(note_ids)
        w = self.workshop
        removed = RemovedNotes(
            notes=[self._notes[i] for i in ids],
            connectors=[c for c in w.connectors if c.from_note in ids or c.to_note in ids],
            vote_dots=[d for d in w.vote_dots if d.note_id in ids],
            actions=[a for a in w.actions if a.note_id in ids],
            links=[k for k in w.note_stakeholders if k.note_id in ids],
        )
        unlinked = self._unlink_actions(removed.actions, board_id=None, note_ids=ids)
        self._commit(delete=[*removed.notes, *removed.connectors, *removed.vote_dots, *removed.links], upsert=unlinked)
        w.notes = [n for n in w.notes if n.id not in ids]
        for i in ids:
            del self._notes[i]
        gone_arrows = {c.id for c in removed.connectors}
        w.connectors = [c for c in w.connectors if c.id not in gone_arrows]
        w.vote_dots = [d for d in w.vote_dots if d.note_id not in ids]
        w.note_stakeholders = [k for k in w.note_stakeholders if k.note_id not in ids]
        for board_id, group in _by_board(removed.notes).items():
            self.notes_removed.emit(board_id, [n.id for n in group])
        return removed

    def change_notes(self, changes: Mapping[str, Mapping[str, Any]]) -> None:
        """Set fields of several notes at once: {note id: {field: value}}."""
        stamp = now_iso()
        updated = [dataclasses.replace(self._notes[i], **fields, modified=stamp) for i, fields in changes.items()]
        self._commit(upsert=updated)
        by_id = {n.id: n for n in updated}
        self.workshop.notes = [by_id.get(n.id, n) for n in self.workshop.notes]
        self._notes.update(by_id)
        for board_id, group in _by_board(updated).items():
            self.notes_changed.emit(board_id, group)

    def apply(
        self, *, upsert: Iterable[Entity] = (), delete: Iterable[Entity] = (), info: WorkshopInfo | None = None
    ) -> Changes:
        """Write entities of any type (new or changed) and delete others, in one transaction.

        The general way to change everything that has no method of its own above
        (frames, connectors, votes and dots, stakeholders and their links,
        actions, agenda steps, decisions, participants). The caller lists every
        dependent change itself: the file's ON DELETE rules are a safety net, not
        the model's logic, so deleting a frame means also upserting its notes
        with `frame_id=None`. Notes and boards may be passed too; their own
        signals are then emitted as well, but use remove_notes/remove_board for
        removals that must take connectors, dots and links with them.
        """
        upsert, delete = list(upsert), list(delete)
        if not upsert and not delete and info is None:
            return Changes([], [], None)
        dependents_before, cascaded, nulled = self._dependents(delete, upsert)
        delete = [*delete, *cascaded]
        upsert = [*upsert, *nulled]
        self._commit(upsert=upsert, delete=delete, info=info)
        if info is not None:
            self.workshop.info = info
        new_note_ids = {n.id for n in upsert if isinstance(n, Note) and n.id not in self._notes}
        new_board_ids = {b.id for b in upsert if isinstance(b, Board) and b.id not in self._boards}
        for table in {TABLE_OF[type(e)] for e in (*upsert, *delete)}:
            changed = {e.id: e for e in upsert if TABLE_OF[type(e)] == table}
            gone = {e.id for e in delete if TABLE_OF[type(e)] == table}
            kept = [changed.pop(e.id, e) for e in getattr(self.workshop, table) if e.id not in gone]
            setattr(self.workshop, table, [*kept, *changed.values()])
        for entity in delete:
            if isinstance(entity, Note):
                self._notes.pop(entity.id, None)
            elif isinstance(entity, Board):
                self._boards.pop(entity.id, None)
        for entity in upsert:
            if isinstance(entity, Note):
                self._notes[entity.id] = entity
            elif isinstance(entity, Board):
                self._boards[entity.id] = entity
        self._emit_note_and_board_signals(upsert, delete, new_note_ids, new_board_ids)
        if info is not None:
            self.info_changed.emit()
        changes = Changes(upsert, delete, info, dependents_before)
        self.entities_changed.emit(changes)
        return changes

    def _dependents(
        self, delete: list[Entity], upsert: list[Entity]
    ) -> tuple[list[Entity], list[Entity], list[Entity]]:
        """What deleting `delete` does to other entities, as the file's foreign keys would.

        Returns (their state before, entities deleted with them, entities that
        lose a link). Entities the caller already upserts or deletes are left as
        the caller gave them.
        """
        named = {(TABLE_OF[type(e)], e.id) for e in (*delete, *upsert)}
        gone: dict[str, set[str]] = {}
        pending = list(delete)
        cascaded: list[Entity] = []
        while pending:
            entity = pending.pop()
            table = TABLE_OF[type(entity)]
            gone.setdefault(table, set()).add(entity.id)
            for child_table, field, parent_table in _CASCADES:
                if parent_table != table:
                    continue
                for child in getattr(self.workshop, child_table):
                    key = (child_table, child.id)
                    if getattr(child, field) == entity.id and key not in named:
                        named.add(key)
                        cascaded.append(child)
                        pending.append(child)
        nulled: dict[tuple[str, str], Entity] = {}
        before: list[Entity] = list(cascaded)
        for child_table, field, parent_table in _SET_NULLS:
            ids = gone.get(parent_table)
            if not ids:
                continue
            for child in getattr(self.workshop, child_table):
                key = (child_table, child.id)
                if getattr(child, field) in ids and (key not in named or key in nulled):
                    if key not in nulled:
                        before.append(child)
                    nulled[key] = dataclasses.replace(nulled.get(key, child), **{field: None})
                    named.add(key)
        return before, cascaded, list(nulled.values())

    def close(self) -> None:
        self.file.close()

    # -- changes the file has not got yet ------------------------------------------

    @property
    def has_unsaved_changes(self) -> bool:
        """Whether some changes are only in memory because the file could not be written."""
        return bool(self._pending)

    def retry_pending(self) -> bool:
        """Try again to write the changes that failed; True when nothing is left unsaved."""
        if not self._pending:
            return True
        try:
            self.file.commit_batches(self._pending)
        except CannotWrite:
            return False
        self._pending.clear()
        self.committed.emit()
        self.write_recovered.emit()
        return True

    def save_as(self, target: Path) -> None:
        """Go on in a new file at `target`; raises WorkshopFileError and then changes nothing.

        A sound file is copied as it is (VACUUM INTO keeps everything in it).
        When changes are waiting because the old file cannot be written, the
        new file is written whole from memory instead, so they are in it.
        """
        if self._pending:
            new_file = WorkshopFile.create(target, self.workshop, overwrite=True)
        else:
            self.file.save_copy(target)
            new_file = WorkshopFile.open(target)
        self.file.close()
        self.file = new_file
        if self._pending:
            self._pending.clear()
            self.write_recovered.emit()

    # -- internals ---------------------------------------------------------------

    def _commit(self, **batch: Any) -> None:
        new = Batch(tuple(batch.get("upsert", ())), tuple(batch.get("delete", ())), batch.get("info"))
        try:
            self.file.commit_batches([*self._pending, new])
        except CannotWrite as error:
            self._pending.append(new)
            self.write_failed.emit(error.message)
            return
        self.committed.emit()
        if self._pending:
            self._pending.clear()
            self.write_recovered.emit()

    def _emit_note_and_board_signals(
        self, upsert: list[Entity], delete: list[Entity], new_note_ids: set[str], new_board_ids: set[str]
    ) -> None:
        for b in delete:
            if isinstance(b, Board):
                self.board_removed.emit(b)
        for b in upsert:
            if isinstance(b, Board):
                (self.board_added if b.id in new_board_ids else self.board_changed).emit(b)
        removed = [n for n in delete if isinstance(n, Note)]
        for board_id, group in _by_board(removed).items():
            self.notes_removed.emit(board_id, [n.id for n in group])
        notes = [n for n in upsert if isinstance(n, Note)]
        for board_id, group in _by_board([n for n in notes if n.id in new_note_ids]).items():
            self.notes_added.emit(board_id, group)
        for board_id, group in _by_board([n for n in notes if n.id not in new_note_ids]).items():
            self.notes_changed.emit(board_id, group)

    def _renumber(self, boards: list[Board]) -> list[Board]:
        """Give `boards` positions 0..n in list order; returns the ones that changed."""
        changed = []
        for position, board in enumerate(boards):
            if board.position != position or board.id not in self._boards:
                board.position = position
                changed.append(board)
        return [b for b in changed if b.id in self._boards]

    def _replace_board(self, board: Board) -> None:
        self._boards[board.id] = board
        self.workshop.boards = [board if b.id == board.id else b for b in self.workshop.boards]

    def _unlink_actions(self, actions: list[Action], *, board_id: str | None, note_ids: set[str]) -> list[Action]:
        """An action outlives the note or board it came from: it only loses the link.

        The file does the same by ON DELETE SET NULL; doing it here too keeps the
        model equal to the file.
        """
        unlinked = [
            dataclasses.replace(
                a,
                board_id=None if a.board_id == board_id else a.board_id,
                note_id=None if a.note_id in note_ids else a.note_id,
            )
            for a in actions
        ]
        self._replace_actions(unlinked)
        return unlinked

    def _replace_actions(self, actions: list[Action]) -> None:
        by_id = {a.id: a for a in actions}
        self.workshop.actions = [by_id.get(a.id, a) for a in self.workshop.actions]

    def _replace_in_lists(self, entities: Iterable[Entity]) -> None:
        for entity in entities:
            table = TABLE_OF[type(entity)]
            setattr(self.workshop, table, [entity if e.id == entity.id else e for e in getattr(self.workshop, table)])

    def _add_to_lists(self, entities: Iterable[Entity]) -> None:
        for entity in entities:
            getattr(self.workshop, TABLE_OF[type(entity)]).append(entity)


def _by_board(entities: Iterable[E]) -> dict[str, list[E]]:
    groups: dict[str, list[E]] = {}
    for entity in entities:
        groups.setdefault(entity.board_id, []).append(entity)
    return groups
