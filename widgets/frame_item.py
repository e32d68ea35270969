"""A frame: a titled area behind notes (a sector, or the roots of a floke tree)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.domain.model import Frame

_TITLE_PX = 22


class FrameItem(QGraphicsItem):
    """Draws a frame from the model; frames are edited by a later board tool."""

    def __init__(self, frame: Frame) -> None:
        super().__init__()
        self.frame_id = frame.id
        self._rect = QRectF(0, 0, frame.width, frame.height)
        self._title = frame.title
        self._colour = QColor(frame.colour)
        self.setPos(frame.x, frame.y)
        self.setZValue(frame.z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -_TITLE_PX - 12, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(QPen(self._colour.darker(140), 0))
        painter.setBrush(self._colour)
        painter.drawRect(self._rect)
        font = QFont("DejaVu Sans")
        font.setPixelSize(_TITLE_PX)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#333333"))
        painter.drawText(
            QRectF(4, -_TITLE_PX - 10, self._rect.width() - 8, _TITLE_PX + 8),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
            self._title,
        )
