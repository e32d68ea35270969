"""The floke map's edits on the board: arrows, frames, sector tags, stakeholder links, tidy-up.

Each method turns one facilitator's intention into one undo command pushed
through the board (EditEntities or ChangeNotes), and never touches an item:
the scene follows the document. Methods that need words from the
facilitator open a small dialog and return it, so tests can fill it in.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.commands import ChangeNotes, EditEntities, RemoveNotes
from app.domain.frame_geometry import frame_round, parent_for, room_for_title
from app.domain.model import Connector, ConnectorKind, Frame, Note, NoteStakeholder, StakeholderRelation
from app.domain.sectors import sector_label, toggled
from app.domain.text_limits import LABEL, TITLE
from widgets.board.board_context import BoardContext
from widgets.board.connector_item import kind_name
from widgets.common.text_limit import guard_input_dialog

if TYPE_CHECKING:
    from widgets.board.link_stakeholder_dialog import LinkStakeholderDialog

KINDS: tuple[ConnectorKind, ...] = tuple(ConnectorKind)
_FRAME_COLOURS = ("#eef3f8", "#f6f0e6", "#eef6ee", "#f8eef3", "#f3f3f3")


class MapEdits(QObject):
    """Commands of the floke map, for the view's actions, context menu and gestures."""

    def __init__(self, *, board: BoardContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.board = board
        self._dialog_parent = parent
        self.default_kind = ConnectorKind.CAUSES  # the kind a new arrow gets: the last one chosen

    # -- arrows -------------------------------------------------------------------------

    def connect_notes(self, from_id: str, to_id: str) -> str | None:
        """Draw an arrow between two notes (one already there is selected instead)."""
        scene = self.board.board_scene
        if scene is None or from_id == to_id or not self.board.editable():
            return None
        existing = next(
            (c for c in self._connectors() if (c.from_note, c.to_note) == (from_id, to_id)),
            None,
        )
        if existing is None:
            connector = Connector(scene.board_id, from_id, to_id, kind=self.default_kind)
            self.board.push(
                EditEntities(
                    self.tr("Connect notes"), document=self.board.document, upsert=[connector], board_id=scene.board_id
                )
            )
            existing = connector
        scene.select_items([scene.connector_item(existing.id)])
        return existing.id

    def set_kind(self, kind: ConnectorKind, connector_ids: list[str] | None = None) -> None:
        ids = connector_ids if connector_ids is not None else self._selected_connectors()
        self.default_kind = kind
        changed = [dataclasses.replace(c, kind=kind) for c in self._connectors(ids) if c.kind != kind]
        if changed:
            text = self.tr("Arrow kind: %1").replace("%1", kind_name(kind))
            self._push_edit(text, upsert=changed)

    def cycle_kind(self) -> None:
        """Give the selected arrows the next kind: causes, leads to, blocks, related, causes ..."""
        arrows = self._connectors(self._selected_connectors())
        if arrows:
            self.set_kind(KINDS[(KINDS.index(arrows[0].kind) + 1) % len(KINDS)], [c.id for c in arrows])

    def set_label(self, connector_id: str, label: str) -> None:
        connector = self.board.document.find(Connector, connector_id)
        if connector is not None and label != connector.label:
            self._push_edit(self.tr("Arrow label"), upsert=[dataclasses.replace(connector, label=label)])

    def label_dialog(self, connector_id: str) -> QInputDialog | None:
        connector = self.board.document.find(Connector, connector_id)
        if connector is None or not self.board.editable():
            return None
        return self._ask(
            self.tr("Arrow label"),
            self.tr("What does this arrow say? (empty for none)"),
            connector.label,
            lambda text: self.set_label(connector_id, text),
            kind=LABEL,
        )

    # -- frames ---------------------------------------------------------------------------

    def add_frame(self, title: str) -> str | None:
        """A frame round the selected notes (they join it), or in the middle of the view."""
        scene = self.board.board_scene
        if scene is None or not self.board.editable():
            return None
        document = self.board.document
        members = [document.note(i) for i in self.board.selected_ids()]
        frames = [f for f in document.all_of(Frame) if f.board_id == scene.board_id]
        moves: dict[str, tuple[float, float]] = {}
        if members:
            chosen = {n.id for n in members}
            others = [(n.x, n.y, n.width, n.height) for n in document.notes_on(scene.board_id) if n.id not in chosen]
            box, moves = frame_round({n.id: (n.x, n.y, n.width, n.height) for n in members}, others)
            rect = QRectF(*box)
        else:
            centre = self.board.mapToScene(self.board.viewport().rect().center())
            rect = QRectF(centre - QPointF(300, 200), centre + QPointF(300, 200))
        frame = Frame(
            scene.board_id,
            title=title,
            x=round(rect.x()),
            y=round(rect.y()),
            width=round(rect.width()),
            height=round(rect.height()),
            z=max((f.z + 1 for f in frames), default=-1000.0),
            colour=_FRAME_COLOURS[len(frames) % len(_FRAME_COLOURS)],
        )
        frame = dataclasses.replace(frame, parent_id=parent_for(frame, [*frames, frame]))
        places = {n.id: moves.get(n.id, (n.x, n.y)) for n in members}
        joined = [dataclasses.replace(n, frame_id=frame.id, x=places[n.id][0], y=places[n.id][1]) for n in members]
        changed: list[Note | Frame] = [frame, *joined]
        host = next((f for f in frames if f.id == frame.parent_id), None)
        grown = room_for_title((frame.x, frame.y, frame.width, frame.height), host) if host is not None else None
        if host is not None and grown is not None:
            # The parent's title stays readable above the new frame's own.
            changed.append(dataclasses.replace(host, x=grown[0], y=grown[1], width=grown[2], height=grown[3]))
        self._push_edit(self.tr("Add frame"), upsert=changed)
        scene.select_items([scene.frame_item(frame.id)])
        if moves:
            self.board.bring_into_view(QRectF(frame.x, frame.y, frame.width, frame.height))
        return frame.id

    def add_frame_dialog(self) -> QInputDialog | None:
        if self.board.board_scene is None or not self.board.editable():
            return None
        return self._ask(self.tr("Add frame"), self.tr("Title of the frame:"), "", self.add_frame)

    def rename_frame(self, frame_id: str, title: str) -> None:
        frame = self.board.document.find(Frame, frame_id)
        if frame is not None and title != frame.title:
            self._push_edit(self.tr("Rename frame"), upsert=[dataclasses.replace(frame, title=title)])

    def rename_frame_dialog(self, frame_id: str) -> QInputDialog | None:
        frame = self.board.document.find(Frame, frame_id)
        if frame is None or not self.board.editable():
            return None
        return self._ask(
            self.tr("Rename frame"),
            self.tr("Title of the frame:"),
            frame.title,
            lambda text: self.rename_frame(frame_id, text),
        )

    # -- deleting -------------------------------------------------------------------------

    def delete_selection(self) -> None:
        """Delete the selected notes, arrows and frames in one step; a frame's notes stay."""
        scene = self.board.board_scene
        if scene is None:
            return
        notes, arrows, frames = self.board.selected_ids(), scene.selected_connector_ids(), scene.selected_frame_ids()
        document = self.board.document
        if notes and not arrows and not frames:
            self.board.push(RemoveNotes(document=document, note_ids=notes))
            return
        doomed: list[Note | Connector | Frame] = [
            *(document.note(i) for i in notes),
            *self._connectors(arrows),
            *(f for f in document.all_of(Frame) if f.id in set(frames)),
        ]
        if doomed:
            self.board.push(EditEntities(self.tr("Delete"), document=document, delete=doomed, board_id=scene.board_id))

    # -- sector tags ------------------------------------------------------------------------

    def set_sector(self, key: str, on: bool, note_ids: list[str] | None = None) -> None:
        ids = note_ids if note_ids is not None else self.board.selected_ids()
        document = self.board.document
        after = {}
        for note_id in ids:
            sectors = toggled(document.note(note_id).sectors, key, on)
            if sectors != document.note(note_id).sectors:
                after[note_id] = {"sectors": sectors}
        if after:
            label = sector_label(key)
            text = self.tr("Tag %1") if on else self.tr("Untag %1")
            self.board.push(ChangeNotes(document=document, after=after, text=text.replace("%1", label)))

    def notes_of_sector(self, key: str) -> list[str]:
        scene = self.board.board_scene
        if scene is None:
            return []
        return [n.id for n in self.board.document.notes_on(scene.board_id) if key in n.sectors]

    def select_sector(self, key: str) -> None:
        """Select (and so highlight) the notes of one sector, and bring them into view."""
        scene = self.board.board_scene
        ids = self.notes_of_sector(key)
        if scene is None or not ids:
            return
        scene.select_notes(ids)
        rect = QRectF()
        for note_id in ids:
            rect = rect.united(scene.note_item(note_id).body_rect())
        visible = self.board.visible_rect()
        if not visible.contains(rect):
            self.board.bring_into_view(rect)

    # -- stakeholders -------------------------------------------------------------------------

    def link_stakeholders_dialog(self, note_id: str | None = None) -> LinkStakeholderDialog | None:
        ids = self.board.selected_ids()
        note_id = note_id or (ids[0] if len(ids) == 1 else None)
        if note_id is None or not self.board.editable():
            if self.board.board_scene is not None:
                self.board.show_status(self.tr("Select one note to link stakeholders to it"))
            return None
        from widgets.board.link_stakeholder_dialog import LinkStakeholderDialog  # not needed before it is asked for

        dialog = LinkStakeholderDialog(document=self.board.document, note_id=note_id, parent=self._dialog_parent)
        dialog.accepted.connect(lambda: self.set_links(note_id, dialog.chosen()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def set_links(self, note_id: str, chosen: set[tuple[str, StakeholderRelation]]) -> None:
        """Make the note's links exactly `chosen` (stakeholder id, relation): one step."""
        document = self.board.document
        current = [k for k in document.all_of(NoteStakeholder) if k.note_id == note_id]
        have = {(k.stakeholder_id, StakeholderRelation(k.relation)) for k in current}
        added = [NoteStakeholder(note_id, s, r) for s, r in sorted(chosen - have)]
        removed = [k for k in current if (k.stakeholder_id, StakeholderRelation(k.relation)) not in chosen]
        if added or removed:
            self._push_edit(self.tr("Link stakeholders"), upsert=added, delete=removed)

    # -- tidy-up ----------------------------------------------------------------------------

    def tidy(self) -> bool:
        """Lay the floke tree out (problem in the middle, causes below, effects above): one step."""
        scene = self.board.board_scene
        if scene is None or not self.board.editable():
            return False
        document = self.board.document
        notes = document.notes_on(scene.board_id)
        frames = [f for f in document.all_of(Frame) if f.board_id == scene.board_id]
        from app.domain.floke_layout import tidy_floke_tree  # with statistics: not needed before it is asked for

        result = tidy_floke_tree(notes, self._connectors(), frames)
        if result.is_empty():
            self.board.show_status(
                self.tr("Nothing to tidy: the floke tree is tidy, or has no arrows to a problem yet")
            )
            return False
        changed: dict[str, Note] = {i: document.note(i) for i in {*result.notes, *result.joined}}
        for note_id, (x, y) in result.notes.items():
            changed[note_id] = dataclasses.replace(changed[note_id], x=x, y=y)
        for note_id, frame_id in result.joined.items():
            changed[note_id] = dataclasses.replace(changed[note_id], frame_id=frame_id)
        moved: list[Note | Frame] = list(changed.values())
        by_id = {f.id: f for f in frames}
        moved += [
            dataclasses.replace(by_id[i], x=x, y=y, width=w, height=h) for i, (x, y, w, h) in result.frames.items()
        ]
        self._push_edit(self.tr("Tidy floke tree"), upsert=moved)
        self.board.fit_all()  # the tree may now reach beyond what was in view
        return True

    # -- internals ------------------------------------------------------------------------------

    def _connectors(self, ids: list[str] | None = None) -> list[Connector]:
        scene = self.board.board_scene
        if scene is None:
            return []
        wanted = set(ids) if ids is not None else None
        return [
            c
            for c in self.board.document.all_of(Connector)
            if c.board_id == scene.board_id and (wanted is None or c.id in wanted)
        ]

    def selected_connectors(self) -> list[Connector]:
        return self._connectors(self._selected_connectors())

    def _selected_connectors(self) -> list[str]:
        scene = self.board.board_scene
        return scene.selected_connector_ids() if scene is not None else []

    def _push_edit(self, text: str, *, upsert=(), delete=()) -> None:
        scene = self.board.board_scene
        assert scene is not None
        self.board.push(
            EditEntities(text, document=self.board.document, upsert=upsert, delete=delete, board_id=scene.board_id)
        )

    def _ask(self, title: str, label: str, value: str, done, *, kind: str = TITLE) -> QInputDialog:
        dialog = QInputDialog(self._dialog_parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(value)
        guard_input_dialog(dialog, kind)
        dialog.textValueSelected.connect(done)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
