"""The scene of one board: mirrors the document, never changes it.

Items are made, moved and removed only in answer to the document's signals.
The one exception is the short time of a mouse drag, when Qt moves the items
itself; the view then pushes one command with the final positions, and the
document's answer puts the items where they already are.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from app.document import WorkshopDocument
from app.domain.model import Connector, Note
from widgets.connector_item import ConnectorItem
from widgets.frame_item import FrameItem
from widgets.note_item import NoteItem

BOARD_BACKGROUND = QColor("#e9ebee")
# Room around the notes to scroll into, in scene units.
_MARGIN = 1500.0


class BoardScene(QGraphicsScene):
    def __init__(self, *, document: WorkshopDocument, board_id: str, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.board_id = board_id
        self.setBackgroundBrush(BOARD_BACKGROUND)
        self._notes: dict[str, NoteItem] = {}
        self._connectors: dict[str, ConnectorItem] = {}
        # Arrows by the notes they touch: a drag reroutes only its own arrows on each mouse move.
        self._connectors_of: dict[str, list[ConnectorItem]] = {}
        workshop = document.workshop
        self._frames = [FrameItem(f) for f in workshop.frames if f.board_id == board_id]
        for frame_item in self._frames:
            self.addItem(frame_item)
        self._add_note_items(document.notes_on(board_id))
        self._add_connector_items([c for c in workshop.connectors if c.board_id == board_id])
        self._grow_scene_rect(self.itemsBoundingRect())
        document.notes_added.connect(self._on_document_notes_added)
        document.notes_removed.connect(self._on_document_notes_removed)
        document.notes_changed.connect(self._on_document_notes_changed)
        document.connectors_added.connect(self._on_document_connectors_added)

    def note_item(self, note_id: str) -> NoteItem:
        return self._notes[note_id]

    def note_items(self) -> list[NoteItem]:
        return list(self._notes.values())

    def selected_note_ids(self) -> list[str]:
        """Selected notes, bottom to top, so copies keep their stacking order."""
        items = [i for i in self.selectedItems() if isinstance(i, NoteItem)]
        return [i.note_id for i in sorted(items, key=lambda i: i.zValue())]

    def select_notes(self, note_ids: list[str]) -> None:
        self.clearSelection()
        for note_id in note_ids:
            item = self._notes.get(note_id)
            if item is not None:
                item.setSelected(True)

    def content_rect(self) -> QRectF:
        """What "fit all" must show: the notes and the frames with their titles."""
        rect = QRectF()
        for item in [*self._notes.values(), *self._frames]:
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def note_item_moved(self, note_id: str) -> None:
        """Keep arrows on a note while Qt drags it, before the move is committed."""
        for item in self._connectors_of.get(note_id, ()):
            self._route(item)

    def detach(self) -> None:
        """Stop following the document (the board was deleted or the workshop closed)."""
        self.document.notes_added.disconnect(self._on_document_notes_added)
        self.document.notes_removed.disconnect(self._on_document_notes_removed)
        self.document.notes_changed.disconnect(self._on_document_notes_changed)
        self.document.connectors_added.disconnect(self._on_document_connectors_added)

    # -- following the document ------------------------------------------------

    def _add_note_items(self, notes: list[Note]) -> None:
        editable = not self.document.read_only
        for note in notes:
            item = NoteItem(note, editable=editable)
            self._notes[note.id] = item
            self.addItem(item)

    def _add_connector_items(self, connectors: list[Connector]) -> None:
        for connector in connectors:
            item = ConnectorItem(connector)
            self._connectors[connector.id] = item
            for note_id in (connector.from_note, connector.to_note):
                self._connectors_of.setdefault(note_id, []).append(item)
            self.addItem(item)
            self._route(item)

    def _on_document_notes_added(self, board_id: str, notes: list[Note]) -> None:
        if board_id != self.board_id:
            return
        self._add_note_items(notes)
        self._grow_scene_rect(self._notes_rect(notes))

    def _on_document_connectors_added(self, board_id: str, connectors: list[Connector]) -> None:
        if board_id == self.board_id:
            self._add_connector_items(connectors)

    def _on_document_notes_removed(self, board_id: str, note_ids: list[str]) -> None:
        if board_id != self.board_id:
            return
        for note_id in note_ids:
            item = self._notes.pop(note_id)
            self.removeItem(item)
        for note_id in note_ids:
            for connector in self._connectors_of.pop(note_id, []):
                if self._connectors.pop(connector.connector_id, None) is not None:
                    self.removeItem(connector)
                    other = connector.to_note if connector.from_note == note_id else connector.from_note
                    if connector in self._connectors_of.get(other, []):
                        self._connectors_of[other].remove(connector)

    def _on_document_notes_changed(self, board_id: str, notes: list[Note]) -> None:
        if board_id != self.board_id:
            return
        for note in notes:
            self._notes[note.id].update_from(note)
            self.note_item_moved(note.id)  # a resize moves the arrow ends too
        self._grow_scene_rect(self._notes_rect(notes))

    # -- internals ---------------------------------------------------------------

    def _route(self, item: ConnectorItem) -> None:
        start, end = self._notes.get(item.from_note), self._notes.get(item.to_note)
        if start is not None and end is not None:
            item.route(start.sceneBoundingRect().adjusted(3, 3, -3, -3), end.sceneBoundingRect().adjusted(3, 3, -3, -3))

    @staticmethod
    def _notes_rect(notes: list[Note]) -> QRectF:
        rect = QRectF()
        for note in notes:
            rect = rect.united(QRectF(note.x, note.y, note.width, note.height))
        return rect

    def _grow_scene_rect(self, content: QRectF) -> None:
        """Make room to scroll around `content`; the board only ever grows while shown."""
        if content.isNull():
            content = QRectF(0, 0, 1200, 800)
        self.setSceneRect(content.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN).united(self.sceneRect()))
