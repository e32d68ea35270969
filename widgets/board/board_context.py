"""What the board's helpers may use of the board view: a narrow face, not the whole view.

The floke map's edits, the board's actions and the canvas modes need the
document and scene shown, a way to push an undo command, and a few services
of the view (where a point of the view lies on the board, what lies under the
pointer, the status bar). They see the view only through these Protocols,
so none of them imports board_view (which imports them): no import cycle,
and a helper's needs are written down in one place.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QGraphicsItem, QWidget

from app.document import WorkshopDocument
from widgets.board.board_scene import BoardScene
from widgets.board.connector_item import ConnectorItem
from widgets.board.frame_item import FrameItem
from widgets.board.note_item import NoteItem


class BoardContext(Protocol):
    """The board shown, its undo, and the view services the board's helpers use."""

    @property
    def board_scene(self) -> BoardScene | None:
        """The sticky-note board shown, or None."""

    @property
    def document(self) -> WorkshopDocument:
        """The workshop of the board shown (only while one is shown)."""

    def editable(self) -> bool:
        """A board is shown and its workshop is not read-only."""

    def push(self, command: QUndoCommand) -> None:
        """Do `command` as one undo step (nothing when not editable)."""

    def selected_ids(self) -> list[str]:
        """The selected notes, bottom to top."""

    def mapToScene(self, point: QPoint, /) -> QPointF:
        """Where a point of the view lies on the board."""

    def visible_rect(self) -> QRectF:
        """The part of the board in view."""

    def viewport(self) -> QWidget:
        """The widget the board is drawn in (its rectangle, its cursor)."""

    def note_item_at(self, view_pos: QPoint) -> NoteItem | None:
        """The topmost note under a point of the view."""

    def item_at(self, view_pos: QPoint) -> NoteItem | ConnectorItem | FrameItem | None:
        """The topmost note, arrow (or its label) or frame (by its title or grip) under a point of the view."""

    def bring_into_view(self, target: QRectF | QGraphicsItem) -> None:
        """Scroll so that `target` is seen, with a margin."""

    def fit_all(self) -> None:
        """Zoom and scroll so the whole board is seen."""

    def restore_cursor(self) -> None:
        """The pointer the board shows when no mode asks for another."""

    def show_status(self, text: str) -> None:
        """A short note for the status bar."""
