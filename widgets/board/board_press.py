"""Which drag a left press on the board starts, by what lies under the pointer.

Asked by the view only when no mode is in progress and the board is editable.
None means the press is Qt's: it selects, starts a rubber band, or grabs the
notes to move them (the view then records that move as MoveNotesInteraction).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent

from widgets.board.canvas_interactions import ResizeNoteInteraction
from widgets.board.connector_item import ConnectorItem
from widgets.board.frame_item import FrameItem
from widgets.board.interaction import Drag, InteractionHost
from widgets.board.map_interactions import ConnectDragInteraction, MoveFrameInteraction, ResizeFrameInteraction
from widgets.board.note_item import NoteItem

if TYPE_CHECKING:
    from widgets.board.map_edits import MapEdits  # made by the board when first used


def drag_for_press(board: InteractionHost, edits: MapEdits, event: QMouseEvent) -> Drag | None:
    """The drag this press starts (selecting what it grabs), or None to leave the press to Qt."""
    scene = board.board_scene
    assert scene is not None
    pos = event.position().toPoint()
    item = board.item_at(pos)
    scene_pos = board.mapToScene(pos)
    control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    if isinstance(item, NoteItem) and item.isSelected() and item.is_on_connect_handle(item.mapFromScene(scene_pos)):
        return ConnectDragInteraction(board, pos, edits, item)
    if isinstance(item, ConnectorItem) and not item.shape().contains(scene_pos):
        # On its label, which lies over the notes: the label stands for the arrow.
        if not control:
            scene.clearSelection()
        item.setSelected(True)
        return Drag(board, pos)
    if isinstance(item, FrameItem):
        if not item.isSelected():
            if not control:
                scene.clearSelection()
            item.setSelected(True)
        local = item.mapFromScene(scene_pos)
        if item.is_on_resize_handle(local) and not item.is_on_title(local):
            return ResizeFrameInteraction(board, pos, item)
        return MoveFrameInteraction(board, pos, item)
    note = board.note_item_at(pos)  # the note under an arrow's line, too
    if note is not None and note.isSelected() and note.is_on_resize_handle(note.mapFromScene(scene_pos)):
        return ResizeNoteInteraction(board, pos, note)
    return None
