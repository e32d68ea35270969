"""What a mouse drag on the board is doing, one object per kind of drag.

The view starts one interaction on a press and hands it the moves and the
release; Escape cancels it. A drag changes only the picture while it lasts
and becomes a single undo command when it ends. (After Orange canvas'
interactions.py: modes as objects rather than flags inside mousePressEvent.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent

from app.commands import ChangeNotes
from app.domain.frame_geometry import frame_for_note
from app.domain.model import NOTE_MAX_SIZE, NOTE_MIN_SIZE, Frame

if TYPE_CHECKING:
    from widgets.board.board_view import BoardView
    from widgets.board.note_item import NoteItem


class Interaction:
    """A drag in progress on `view`."""

    def __init__(self, view: BoardView) -> None:
        self.view = view

    def press(self, view_pos: QPoint, button: Qt.MouseButton) -> None:
        """A button was pressed while this mode lasts (modes that outlive one drag use it)."""

    def key(self, event: QKeyEvent) -> bool:
        """A key while this mode lasts; True when the mode used it."""
        return False

    def move(self, view_pos: QPoint) -> None:
        """The pointer moved to `view_pos` with the button held."""

    def finish(self, view_pos: QPoint) -> None:
        """The button was released: commit what the drag did."""

    def cancel(self) -> None:
        """Escape or a lost grab: put the picture back as it was."""


class PanInteraction(Interaction):
    """Scrolls the board with the middle button, or the left one while Space is held."""

    def __init__(self, view: BoardView, view_pos: QPoint) -> None:
        super().__init__(view)
        self._last = view_pos
        view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, view_pos: QPoint) -> None:
        delta = view_pos - self._last
        self._last = view_pos
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() - delta.x())
        v.setValue(v.value() - delta.y())

    def finish(self, view_pos: QPoint) -> None:
        self.view.restore_cursor()

    def cancel(self) -> None:
        self.view.restore_cursor()


class MoveNotesInteraction(Interaction):
    """Qt's own item dragging moves the selection; this records it as one command."""

    def __init__(self, view: BoardView, items: list[NoteItem]) -> None:
        super().__init__(view)
        self._start = {item.note_id: item.pos() for item in items}
        self._items = items

    def finish(self, view_pos: QPoint) -> None:
        document = self.view.document
        frames = [f for f in document.all_of(Frame) if f.board_id == self.view.board_scene.board_id]
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
            self.view.push(ChangeNotes(document=self.view.document, after=moved, text=text))

    def cancel(self) -> None:
        for item in self._items:
            item.setPos(self._start[item.note_id])


class ResizeNoteInteraction(Interaction):
    """Drags a note's bottom-right corner."""

    def __init__(self, view: BoardView, item: NoteItem, view_pos: QPoint) -> None:
        super().__init__(view)
        self._item = item
        self._start_size = item.size()
        self._grab = view.mapToScene(view_pos)

    def move(self, view_pos: QPoint) -> None:
        delta = self.view.mapToScene(view_pos) - self._grab
        width, height = self._clamped(delta)
        self._item.set_preview_size(width, height)

    def finish(self, view_pos: QPoint) -> None:
        width, height = self._clamped(self.view.mapToScene(view_pos) - self._grab)
        if (width, height) == self._start_size:
            return
        after = {self._item.note_id: {"width": width, "height": height}}
        text = QCoreApplication.translate("CanvasInteractions", "Resize note")
        self.view.push(ChangeNotes(document=self.view.document, after=after, text=text))

    def cancel(self) -> None:
        self._item.set_preview_size(*self._start_size)

    def _clamped(self, delta: QPointF) -> tuple[float, float]:
        width = min(NOTE_MAX_SIZE, max(NOTE_MIN_SIZE, round(self._start_size[0] + delta.x())))
        height = min(NOTE_MAX_SIZE, max(NOTE_MIN_SIZE, round(self._start_size[1] + delta.y())))
        return float(width), float(height)
