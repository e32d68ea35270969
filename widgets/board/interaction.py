"""Canvas modes as objects: one mechanism for drags, connecting notes and recording dots.

The board view holds at most one Interaction at a time (BoardView.set_mode) and
forwards the mouse and keys to it first; a handler returns True when it used
the event, False to let the board handle it as it does with no mode. The view
starts a mode with start(), ends it with finish() when it ends as it should
(a drag commits its one undo command) and with cancel() when it is broken off:
Esc, another mode, another board. A mode asks the view to end it through the
InteractionHost it was given. (After Orange canvas' interactions.py: modes as
objects rather than flags switched inside mousePressEvent.)

Panning is not a mode: it moves the view, not the board, so the view does it
itself in any mode (a facilitator pans to reach the note an arrow points to).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent

from widgets.board.board_context import BoardContext


class Interaction:
    """A canvas mode: what presses, moves, releases and keys on the board do while it lasts."""

    def start(self) -> None:
        """The view made this the current mode."""

    def finish(self) -> None:
        """The mode ended as it should: commit what it did."""

    def cancel(self) -> None:
        """The mode was broken off: put the picture back as it was."""

    def mouse_press(self, event: QMouseEvent) -> bool:
        return False

    def mouse_move(self, event: QMouseEvent) -> bool:
        return False

    def mouse_release(self, event: QMouseEvent) -> bool:
        return False

    def mouse_double_click(self, event: QMouseEvent) -> bool:
        return False

    def key_press(self, event: QKeyEvent) -> bool:
        return False

    def context_menu(self, event: QContextMenuEvent) -> bool:
        """True keeps the board's context menu from opening."""
        return False


class InteractionHost(BoardContext, Protocol):
    """The board view as its canvas modes see it: the board, and the one mode slot."""

    def set_mode(self, mode: Interaction) -> None:
        """Make `mode` the current one; the mode in progress is cancelled first."""

    def finish_mode(self, mode: Interaction) -> None:
        """End `mode` as it should end, if it is still the current one."""

    def cancel_mode(self) -> None:
        """Break off the mode in progress, if any."""

    def show_hint(self, text: str) -> None:
        """What a mode asks of the facilitator, for the status bar ("" clears it)."""


class Drag(Interaction):
    """A mode from a press to its release, whose moves the view follows itself (Qt's scene does not see them).

    The plain Drag does nothing: a press on an arrow's label selects the arrow and
    takes the rest of that gesture, so no rubber band starts under the label.
    """

    def __init__(self, board: InteractionHost, view_pos: QPoint) -> None:
        self.board = board
        self.start_pos = view_pos
        self.end_pos = view_pos

    def drag_to(self, view_pos: QPoint) -> None:
        """The pointer moved to `view_pos` with the button held: show what the drag does."""

    def mouse_move(self, event: QMouseEvent) -> bool:
        self.end_pos = event.position().toPoint()
        self.drag_to(self.end_pos)
        return True

    def mouse_release(self, event: QMouseEvent) -> bool:
        self.end_pos = event.position().toPoint()
        self.board.finish_mode(self)
        return True

    def context_menu(self, event: QContextMenuEvent) -> bool:
        return True  # no menu in the middle of a drag
