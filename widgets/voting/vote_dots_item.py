"""The dots a note has in a vote, drawn as sticky dots along its bottom edge.

A child of the note's graphics item, so it moves with the note during a drag
without any code of ours; it takes no mouse buttons, so clicks go to the note.
It never owns data: VoteController sets its count from the document.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

DOT = 24.0  # diameter, in board units
_STEP = DOT + 4.0
_FILL = QColor("#b2182b")  # dark red: stands out on all six note colours
_RING = QPen(QColor("#ffffff"), 2.5)


def _count_font() -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(13)
    font.setBold(True)
    return font


class VoteDotsItem(QGraphicsItem):
    def __init__(self, parent: QGraphicsItem, note_width: float, note_height: float) -> None:
        super().__init__(parent)
        self.count = 0
        self._width = note_width
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.set_note_size(note_width, note_height)

    def set_note_size(self, width: float, height: float) -> None:
        if (width, height) == getattr(self, "_size", None):
            return  # refreshed after every dot: no geometry change, no repaint
        self.prepareGeometryChange()
        self._size = (width, height)
        self._width = width
        self.setPos(8.0, height - DOT / 2)

    def set_count(self, count: int) -> None:
        if count != self.count:
            self.prepareGeometryChange()
            self.count = count
            self.update()

    def _fitting(self) -> int:
        return max(1, int((self._width - 16.0 + 4.0) // _STEP))

    def boundingRect(self) -> QRectF:
        shown = min(self.count, self._fitting())
        return QRectF(-2, -2, shown * _STEP + 4, DOT + 4)

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
