"""The open workshop: the model in memory, its file, and the signals the screen follows.

Every change goes through `apply()`, which commits it to the file in one
transaction, updates the model, then tells whoever listens through the one
signal `entities_changed`. Undo commands are the only callers in the app;
widgets only read and listen. When the file
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
    Board,
    Connector,
    Frame,
    Meeting,
    Note,
    Phase,
    Vote,
    Workshop,
    WorkshopInfo,
    now_iso,
)
from app.storage.errors import CannotWrite
from app.storage.rows import TABLE_OF, Entity
from app.storage.workshop_file import Batch, WorkshopFile

E = TypeVar("E", Note, Connector, Frame, Vote)
T = TypeVar("T")


# What deleting a parent does to the entities pointing at it, mirrored in the model by
# `apply`: (list on the Workshop, field, list the field points into), from the one table.
_CASCADES = tuple((child, field, parent) for child, field, parent, rule in REFERENCES if rule == "CASCADE")
_SET_NULLS = tuple((child, field, parent) for child, field, parent, rule in REFERENCES if rule == "SET NULL")


@dataclasses.dataclass
class Changes:
    """What one call of `WorkshopDocument.apply` changed: the one thing listeners follow.

    `upserted` holds every entity written (new or changed), `deleted` every
    entity gone, the cascaded ones included; `created` the upserted ones that
    did not exist before. The helpers below let a listener pick its part
    without knowing how the change was made.
    """

    upserted: list[Entity]
    deleted: list[Entity]
    info: WorkshopInfo | None = None
    # Entities that the deletions changed or took with them, as they were before:
    # what undo must put back besides the deleted entities themselves.
    dependents_before: list[Entity] = dataclasses.field(default_factory=list)
    created: list[Entity] = dataclasses.field(default_factory=list)

    @property
    def info_changed(self) -> bool:
        return self.info is not None

    def upserted_of(self, cls: type[T]) -> list[T]:
        return [e for e in self.upserted if isinstance(e, cls)]  # entity types are never subclassed

    def deleted_of(self, cls: type[T]) -> list[T]:
        return [e for e in self.deleted if isinstance(e, cls)]  # entity types are never subclassed

    def added_of(self, cls: type[T]) -> list[T]:
        """Entities of `cls` that this change created."""
        return [e for e in self.created if isinstance(e, cls)]

    def changed_of(self, cls: type[T]) -> list[T]:
        """Entities of `cls` that existed before and were written anew."""
        new = {id(e) for e in self.created}
        return [e for e in self.upserted if isinstance(e, cls) and id(e) not in new]

    def touches(self, cls: type[Any]) -> bool:
        return any(type(e) is cls for e in (*self.upserted, *self.deleted))

    def on_board(self, entities: Iterable[E], board_id: str) -> list[E]:
        """The ones of `entities` that belong to one board."""
        return [e for e in entities if e.board_id == board_id]


class WorkshopDocument(QObject):
    """The single source of truth for one open workshop."""

    # Every change, whatever it touched (notes, boards, frames, connectors, votes,
    # stakeholders, agenda steps, the workshop info ...): a Changes. The one signal
    # every view follows.
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
        # Where each entity sits in its table's list, so a change replaces it there instead of
        # copying a list of 20,000 notes for an edit of one: table -> (the list, id -> index).
        self._positions: dict[str, tuple[list[Entity], dict[str, int]]] = {}

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
        table = TABLE_OF[cls]
        i = self._position_of(table, entity_id)
        return None if i is None else getattr(self.workshop, table)[i]

    def all_of(self, cls: type[T]) -> list[T]:
        """Every entity of one type, in the workshop's order (a copy of the list)."""
        return list(getattr(self.workshop, TABLE_OF[cls]))

    def top_z(self, board_id: str) -> float:
        return max((n.z for n in self._notes.values() if n.board_id == board_id), default=0.0)

    def bottom_z(self, board_id: str) -> float:
        return min((n.z for n in self._notes.values() if n.board_id == board_id), default=0.0)

    # -- building changes (undo commands turn these into one apply() each) ------------

    def placed_board(self, board: Board, position: int) -> list[Board]:
        """`board` (new or not) put at `position` in its phase, and the boards this renumbers."""
        siblings = [b for b in self.boards_in(board.phase) if b.id != board.id]
        siblings.insert(max(0, min(position, len(siblings))), board)
        return self._renumbered(siblings, always=board.id)

    def closing_gap(self, board_id: str) -> list[Board]:
        """The boards of a board's phase renumbered as if it were gone (the ones that change)."""
        board = self._boards[board_id]
        return self._renumbered([b for b in self.boards_in(board.phase) if b.id != board_id])

    def changed_notes(self, changes: Mapping[str, Mapping[str, Any]]) -> list[Note]:
        """Notes with fields set, {note id: {field: value}}, stamped as modified now."""
        stamp = now_iso()
        return [dataclasses.replace(self._notes[i], **fields, modified=stamp) for i, fields in changes.items()]

    # -- shorthands for scripts and tests --------------------------------------------------

    def add_notes(self, notes: Iterable[Note]) -> Changes:
        return self.apply(upsert=notes)

    def change_notes(self, changes: Mapping[str, Mapping[str, Any]]) -> Changes:
        return self.apply(upsert=self.changed_notes(changes))

    # -- the one way to change a workshop ------------------------------------------------

    def apply(
        self,
        *,
        upsert: Iterable[Entity] = (),
        delete: Iterable[Entity] = (),
        info: WorkshopInfo | None = None,
        store: bool = True,
    ) -> Changes:
        """Write entities of any type (new or changed) and delete others, in one transaction.

        Deleting an entity takes with it what the foreign keys say (model.REFERENCES):
        children are deleted, links set to None, in memory and in the file alike, and
        `Changes.dependents_before` holds them as they were, for undo. Entities the
        caller upserts or deletes itself are left as the caller gave them. Then
        `entities_changed` tells every listener.

        `store=False` changes the model and tells listeners without touching the file:
        for a read-only workshop that is walked through (its current step), where a
        write could only fail and leave a change waiting that nobody made on purpose.
        """
        upsert, delete = list(upsert), list(delete)
        if not upsert and not delete and info is None:
            return Changes([], [], None)
        if info is not None:
            upsert = self._mirrored_in_meeting(info, upsert)
        dependents_before, cascaded, nulled = self._dependents(delete, upsert)
        delete = [*delete, *cascaded]
        upsert = [*upsert, *nulled]
        if store:
            self._commit(upsert=upsert, delete=delete, info=info)
        if info is not None:
            self.workshop.info = info
        created_ids: set[tuple[str, str]] = set()
        for table in {TABLE_OF[type(e)] for e in (*upsert, *delete)}:
            changed = {e.id: e for e in upsert if TABLE_OF[type(e)] == table}
            gone = {e.id for e in delete if TABLE_OF[type(e)] == table}
            if gone:  # one pass over the table, whatever the number deleted
                kept = [changed.pop(e.id, e) for e in getattr(self.workshop, table) if e.id not in gone]
                setattr(self.workshop, table, [*kept, *changed.values()])
                self._positions.pop(table, None)
            else:
                changed = self._replace_in_place(table, changed)
            created_ids.update((table, i) for i in changed)  # what is left was not there before
        created = [e for e in upsert if (TABLE_OF[type(e)], e.id) in created_ids]
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
        changes = Changes(upsert, delete, info, dependents_before, created)
        self.entities_changed.emit(changes)
        return changes

    def _index_of(self, table: str) -> dict[str, int]:
        """Where each entity of a table is in its list, by id: kept from call to call, and made again
        when the list was replaced or grew or shrank behind the document's back."""
        entities: list[Entity] = getattr(self.workshop, table)
        known = self._positions.get(table)
        if known is None or known[0] is not entities or len(known[1]) != len(entities):
            known = (entities, {e.id: i for i, e in enumerate(entities)})
            self._positions[table] = known
        return known[1]

    def _position_of(self, table: str, entity_id: str) -> int | None:
        """Where the entity is in its table's list (None: not there), looked for again when the
        list was reordered behind the document's back."""
        entities: list[Entity] = getattr(self.workshop, table)
        i = self._index_of(table).get(entity_id)
        if i is not None and (i >= len(entities) or entities[i].id != entity_id):
            self._positions.pop(table, None)
            i = self._index_of(table).get(entity_id)
        return i

    def _replace_in_place(self, table: str, changed: dict[str, Entity]) -> dict[str, Entity]:
        """Put each of `changed` where its entity is in the table's list, or at the end when new;
        returns the new ones. Costs what it changes (the positions are kept from call to call)."""
        entities: list[Entity] = getattr(self.workshop, table)
        new = {}
        for entity_id, entity in changed.items():
            i = self._position_of(table, entity_id)
            if i is not None:
                entities[i] = entity
            else:
                self._index_of(table)[entity_id] = len(entities)
                entities.append(entity)
                new[entity_id] = entity
        return new

    def _mirrored_in_meeting(self, info: WorkshopInfo, upsert: list[Entity]) -> list[Entity]:
        """`upsert` with the current meeting's row made equal to the info's date, start time and step.

        The info carries the meeting the room is on (every view reads it there); its meeting's
        row is kept equal here, the one place every change passes, so an undo of either puts
        both back and an earlier meeting keeps what it had when the next one began.
        """
        meeting_id = info.current_meeting_id
        if meeting_id is None:
            return upsert
        named = next((e for e in upsert if isinstance(e, Meeting) and e.id == meeting_id), None)
        meeting = named or self.find(Meeting, meeting_id)
        if meeting is None:
            return upsert
        facts = (info.date, info.start_time, info.current_step_id)
        if (meeting.date, meeting.start_time, meeting.current_step_id) == facts:
            return upsert
        mirrored = dataclasses.replace(
            meeting, date=info.date, start_time=info.start_time, current_step_id=info.current_step_id
        )
        return [e for e in upsert if e is not named] + [mirrored]

    def _dependents(
        self, delete: list[Entity], upsert: list[Entity]
    ) -> tuple[list[Entity], list[Entity], list[Entity]]:
        """What deleting `delete` does to other entities, as the file's foreign keys would.

        Returns (their state before, entities deleted with them, entities that
        lose a link). Entities the caller already upserts or deletes are left as
        the caller gave them. Children are found through an index by parent id,
        built once per reference, so a delete of thousands of notes stays linear.
        """
        if not delete:
            return [], [], []
        named = {(TABLE_OF[type(e)], e.id) for e in (*delete, *upsert)}
        indexes: dict[tuple[str, str], dict[Any, list[Entity]]] = {}

        def children(child_table: str, field: str, parent_id: str) -> list[Entity]:
            index = indexes.get((child_table, field))
            if index is None:
                index = indexes[(child_table, field)] = {}
                for child in getattr(self.workshop, child_table):
                    index.setdefault(getattr(child, field), []).append(child)
            return index.get(parent_id, [])

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
                for child in children(child_table, field, entity.id):
                    key = (child_table, child.id)
                    if key not in named:
                        named.add(key)
                        cascaded.append(child)
                        pending.append(child)
        nulled: dict[tuple[str, str], Entity] = {}
        before: list[Entity] = list(cascaded)
        for child_table, field, parent_table in _SET_NULLS:
            for parent_id in gone.get(parent_table, ()):
                for child in children(child_table, field, parent_id):
                    key = (child_table, child.id)
                    if key not in named or key in nulled:
                        if key not in nulled:
                            before.append(child)
                        current: Any = nulled.get(key, child)  # a field named at run time
                        nulled[key] = dataclasses.replace(current, **{field: None})
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

    def _renumbered(self, boards: list[Board], *, always: str | None = None) -> list[Board]:
        """`boards` given positions 0..n in list order: copies of those that change, and of `always`."""
        return [
            dataclasses.replace(b, position=position)
            for position, b in enumerate(boards)
            if b.position != position or b.id == always
        ]
