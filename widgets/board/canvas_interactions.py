"""The sticky-note board's drags: moving the selected notes, resizing a note.

Each is a canvas mode (widgets/board/interaction.py) that changes only the
picture while it lasts and becomes a single undo command when it ends.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF
from PySide6.QtGui import QMouseEvent

from app.commands import ChangeNotes
from app.domain.frame_geometry import frame_for_note
from app.domain.model import NOTE_MAX_SIZE, NOTE_MIN_SIZE, Frame
from widgets.board.interaction import Drag, InteractionHost
from widgets.board.note_item import NoteItem


class MoveNotesInteraction(Drag):
    """Qt's own item dragging moves the selection; this records it as one command."""

    def __init__(self, board: InteractionHost, view_pos: QPoint, items: list[NoteItem]) -> None:
        super().__init__(board, view_pos)
        self._start = {item.note_id: item.pos() for item in items}
        self._items = items

    def mouse_move(self, event: QMouseEvent) -> bool:
        return False  # Qt moves the items

    def mouse_release(self, event: QMouseEvent) -> bool:
        self.board.finish_mode(self)
        return False  # Qt sees the release too, which ends its own drag

    def finish(self) -> None:
        document, scene = self.board.document, self.board.board_scene
        assert scene is not None
        frames = [f for f in document.all_of(Frame) if f.board_id == scene.board_id]
        moved: dict[str, dict[str, object]] = {}
        for item in self._items:
            if item.pos() == self._start[item.note_id]:
                continue
            x, y = item.pos().x(), item.pos().y()
            moved[item.note_id] = {"x": x, "y": y}
            # A note dropped in a frame belongs to it; dropped outside every frame, to none.
            width, height = item.size()
            frame_id = frame_for_note(frames, x, y, width, height)
            if frame_id != document.note(item.note_id).frame_id:
                moved[item.note_id]["frame_id"] = frame_id
        if moved:
            one, many = (
                QCoreApplication.translate("CanvasInteractions", "Move note"),
                QCoreApplication.translate("CanvasInteractions", "Move notes"),
            )
            text = one if len(moved) == 1 else many
            self.board.push(ChangeNotes(document=document, after=moved, text=text))

    def cancel(self) -> None:
        for item in self._items:
            start = self._start[item.note_id]
            item.move_to(start.x(), start.y())


class ResizeNoteInteraction(Drag):
    """Drags a note's bottom-right corner."""

    def __init__(self, board: InteractionHost, view_pos: QPoint, item: NoteItem) -> None:
        super().__init__(board, view_pos)
        self._item = item
        self._start_size = item.size()
        self._grab = board.mapToScene(view_pos)

    def drag_to(self, view_pos: QPoint) -> None:
        width, height = self._clamped(self.board.mapToScene(view_pos) - self._grab)
        self._item.set_preview_size(width, height)

    def finish(self) -> None:
        width, height = self._clamped(self.board.mapToScene(self.end_pos) - self._grab)
        if (width, height) == self._start_size:
            self._item.set_preview_size(*self._start_size)
            return
        after = {self._item.note_id: {"width": width, "height": height}}
        text = QCoreApplication.translate("CanvasInteractions", "Resize note")
        self.board.push(ChangeNotes(document=self.board.document, after=after, text=text))

    def cancel(self) -> None:
        self._item.set_preview_size(*self._start_size)

    def _clamped(self, delta: QPointF) -> tuple[float, float]:
        width = min(NOTE_MAX_SIZE, max(NOTE_MIN_SIZE, round(self._start_size[0] + delta.x())))
        height = min(NOTE_MAX_SIZE, max(NOTE_MIN_SIZE, round(self._start_size[1] + delta.y())))
        return float(width), float(height)
