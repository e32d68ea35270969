"""The dots a note has in a vote, drawn as sticky dots along its bottom edge.

Drawn above every note (a note overlapping another hid its dots when they were the
note's child): the dots are an overlay of the board, in the scene's layer above the notes
(BoardScene.add_overlay), and a small anchor inside the note moves them with it, a drag included. They take no mouse
buttons, so clicks go to the note under them. They never own data: VoteController sets
their count from the document.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from widgets.board.board_scene import BoardScene

DOT = 24.0  # diameter, in board units
_STEP = DOT + 4.0
_FILL = QColor("#b2182b")  # dark red: stands out on all six note colours
_RING = QPen(QColor("#ffffff"), 2.5)


def _count_font() -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(13)
    font.setBold(True)
    return font


class _Anchor(QGraphicsRectItem):
    """An empty child of the note that moves the note's dots wherever the note goes.

    Rectangle items, these and the dots, so that Qt knows their bounds without calling Python
    (far out, the board asks every item: see BoardScene.update_detail).
    """

    def __init__(self, note: QGraphicsItem, dots: VoteDotsItem) -> None:
        super().__init__(note)
        self._dots = dots
        self.setPen(Qt.PenStyle.NoPen)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsScenePositionChanges)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        pass

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemScenePositionHasChanged and shiboken6.isValid(self._dots):
            self._dots.follow()
        return super().itemChange(change, value)


class VoteDotsItem(QGraphicsRectItem):
    """The dots of one note: in the note's scene, above all notes, following the note."""

    def __init__(self, note: QGraphicsItem, note_width: float, note_height: float) -> None:
        """Dots for `note`, an item on a board (a BoardScene)."""
        super().__init__()
        self.setPen(Qt.PenStyle.NoPen)
        self.count = 0
        self.note_item = note
        self._width = note_width
        self._offset = QPointF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.overlay_key = getattr(note, "note_id", "")
        scene = note.scene()
        self._anchor = _Anchor(note, self)
        self.set_note_size(note_width, note_height)
        assert isinstance(scene, BoardScene), "vote dots belong on a board"
        scene.add_overlay(self)  # above every note; far out, the board's overview draws the dots

    def follow(self) -> None:
        """Sit on the note's bottom edge, where the note now is."""
        if shiboken6.isValid(self.note_item):
            self.setPos(self.note_item.scenePos() + self._offset)
            self._tell_scene()

    def remove(self) -> None:
        """Take the dots and their anchor off the board (the note may be gone already)."""
        if shiboken6.isValid(self._anchor) and self._anchor.scene() is not None:
            self._anchor.scene().removeItem(self._anchor)
        scene = self.scene()
        if isinstance(scene, BoardScene):
            scene.remove_overlay(self)
        if scene is not None:
            scene.removeItem(self)

    def overview_marks(self) -> list[QRectF]:
        """The dots as squares in scene units, for the board's overview far out (see board_scene.Overlay)."""
        pos = self.pos()
        return [QRectF(pos.x() + i * _STEP, pos.y(), DOT, DOT) for i in range(min(self.count, self._fitting()))]

    def _tell_scene(self) -> None:
        scene = self.scene()
        if isinstance(scene, BoardScene):
            scene.overlay_changed(self)

    def set_note_size(self, width: float, height: float) -> None:
        if (width, height) == getattr(self, "_size", None):
            self.follow()
            return  # refreshed after every dot: no geometry change, no repaint
        self._size = (width, height)
        self._width = width
        self._offset = QPointF(8.0, height - DOT / 2)
        self._set_bounds()
        self.follow()

    def set_count(self, count: int) -> None:
        if count != self.count:
            self.count = count
            self._set_bounds()
            self.update()
            self._tell_scene()

    def _fitting(self) -> int:
        return max(1, int((self._width - 16.0 + 4.0) // _STEP))

    def _set_bounds(self) -> None:
        shown = min(self.count, self._fitting())
        self.setRect(QRectF(-2, -2, shown * _STEP + 4, DOT + 4))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self.count <= 0:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        fitting = self._fitting()
        shown = min(self.count, fitting)
        painter.setPen(_RING)
        painter.setBrush(_FILL)
        for i in range(shown):
            painter.drawEllipse(QRectF(i * _STEP, 0, DOT, DOT))
        if self.count > fitting:  # the last dot says how many more there are
            painter.setFont(_count_font())
            painter.setPen(QColor("#ffffff"))
            rect = QRectF((shown - 1) * _STEP, 0, DOT, DOT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"+{self.count - fitting + 1}")
