"""An arrow from one note to another, drawn edge to edge."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem

from app.domain.model import Connector

_ARROW = 14.0
_COLOUR = QColor("#3a3a3a")


class ConnectorItem(QGraphicsPathItem):
    """Follows the two notes it joins; the scene calls `route` when either moves."""

    def __init__(self, connector: Connector) -> None:
        super().__init__()
        self.connector_id = connector.id
        self.from_note = connector.from_note
        self.to_note = connector.to_note
        pen = QPen(_COLOUR, 2.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.setBrush(_COLOUR)
        self.setZValue(-10)  # under the notes, over the frames

    def route(self, start: QRectF, end: QRectF) -> None:
        line = QLineF(start.center(), end.center())
        line = QLineF(_edge_point(start, line), _edge_point(end, QLineF(line.p2(), line.p1())))
        path = QPainterPath(line.p1())
        path.lineTo(line.p2())
        if line.length() > _ARROW:
            angle = math.atan2(line.dy(), line.dx())
            tip = line.p2()
            left = tip - QPointF(math.cos(angle - 0.45) * _ARROW, math.sin(angle - 0.45) * _ARROW)
            right = tip - QPointF(math.cos(angle + 0.45) * _ARROW, math.sin(angle + 0.45) * _ARROW)
            path.addPolygon(QPolygonF([tip, left, right, tip]))
        self.setPath(path)


def _edge_point(rect: QRectF, line: QLineF) -> QPointF:
    """Where `line`, leaving the centre of `rect`, crosses its edge."""
    dx, dy = line.dx(), line.dy()
    if dx == 0 and dy == 0:
        return rect.center()
    scale = min(
        (rect.width() / 2) / abs(dx) if dx else math.inf,
        (rect.height() / 2) / abs(dy) if dy else math.inf,
    )
    return rect.center() + QPointF(dx * scale, dy * scale)
