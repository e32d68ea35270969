"""An arrow from one note to another, drawn edge to edge, with its kind and label.

Each kind looks different in more than colour, so it survives a washed-out
projector and colour-blind eyes: causes is a solid dark arrow, leads to a
solid blue one, blocks a dashed red line ending in a bar (the usual sign for
"inhibits"), related a dotted grey line without a head (it has no direction).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.domain.model import Connector, ConnectorKind

_ARROW = 16.0
_LABEL_PX = 15
_LABEL_MAX_WIDTH = 240.0
_LABEL_PAD = 4.0
_HIT_WIDTH = 14.0  # how near a click must be to pick a thin line
_SELECTION = QColor(31, 95, 191, 110)


def kind_name(kind: ConnectorKind | str) -> str:
    """The kind's name as the facilitator reads it."""
    names = {
        ConnectorKind.CAUSES: "causes",
        ConnectorKind.LEADS_TO: "leads to",
        ConnectorKind.BLOCKS: "blocks",
        ConnectorKind.RELATED: "related to",
    }
    return QCoreApplication.translate("ConnectorKind", names.get(ConnectorKind(kind), str(kind)))


class _Style:
    def __init__(self, colour: str, pen: Qt.PenStyle, head: str) -> None:
        self.colour = QColor(colour)
        self.pen = QPen(self.colour, 2.5, pen, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin)
        self.head = head  # "arrow", "bar" or "none"


STYLES: dict[ConnectorKind, _Style] = {
    ConnectorKind.CAUSES: _Style("#333333", Qt.PenStyle.SolidLine, "arrow"),
    ConnectorKind.LEADS_TO: _Style("#0a5c99", Qt.PenStyle.SolidLine, "arrow"),
    ConnectorKind.BLOCKS: _Style("#b0201a", Qt.PenStyle.DashLine, "bar"),
    ConnectorKind.RELATED: _Style("#6e6e6e", Qt.PenStyle.DotLine, "none"),
}


def label_font() -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(_LABEL_PX)
    return font


class ConnectorItem(QGraphicsItem):
    """Follows the two notes it joins; the scene calls `route` when either moves."""

    def __init__(self, connector: Connector) -> None:
        super().__init__()
        self.connector_id = connector.id
        self.from_note = connector.from_note
        self.to_note = connector.to_note
        self._kind = ConnectorKind.RELATED
        self._label = ""
        self._shown_label = ""
        self._label_size = (0.0, 0.0)
        self._line = QLineF()
        self._head = QPolygonF()
        self._label_rect = QRectF()
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(-10)  # under the notes, over the frames
        self.update_from(connector)

    def update_from(self, connector: Connector) -> None:
        self._kind = ConnectorKind(connector.kind)
        if connector.label != self._label:
            self._label = connector.label
            # One line, never longer than the room beside an arrow; the tooltip has it all.
            flat = " ".join(connector.label[:2000].split())
            metrics = QFontMetricsF(label_font())
            self._shown_label = metrics.elidedText(flat, Qt.TextElideMode.ElideRight, _LABEL_MAX_WIDTH)
            width = metrics.horizontalAdvance(self._shown_label) if self._shown_label else 0.0
            self._label_size = (width + 2 * _LABEL_PAD, metrics.height() + _LABEL_PAD)
        tip = kind_name(self._kind)
        self.setToolTip(f"{tip}: {connector.label[:500]}" if connector.label else tip)
        self._update_geometry()
        self.update()

    @property
    def kind(self) -> ConnectorKind:
        return self._kind

    def label(self) -> str:
        return self._label

    def shown_label(self) -> str:
        return self._shown_label

    def line(self) -> QLineF:
        return QLineF(self._line)

    def route(self, start: QRectF, end: QRectF) -> None:
        """Draw from the edge of `start` to the edge of `end`, along the line joining their centres."""
        line = QLineF(start.center(), end.center())
        line = QLineF(edge_point(start, line), edge_point(end, QLineF(line.p2(), line.p1())))
        if line == self._line:
            return
        self._line = line
        self._update_geometry()

    # -- internals ---------------------------------------------------------------------

    def _update_geometry(self) -> None:
        self.prepareGeometryChange()
        self._shape = None
        long_enough = self._line.length() > _ARROW
        self._head = _head(self._line, STYLES[self._kind].head) if long_enough else QPolygonF()
        width, height = self._label_size
        if self._shown_label:
            mid = self._line.center()
            self._label_rect = QRectF(mid.x() - width / 2, mid.y() - height / 2, width, height)
        else:
            self._label_rect = QRectF()
        ends = QRectF(self._line.p1(), self._line.p2()).normalized()
        self._bounds = ends.adjusted(-_ARROW, -_ARROW, _ARROW, _ARROW).united(self._label_rect)

    # -- Qt overrides ------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            path = QPainterPath(self._line.p1())
            path.lineTo(self._line.p2())
            stroker = QPainterPathStroker()
            stroker.setWidth(_HIT_WIDTH)
            shape = stroker.createStroke(path)
            if not self._label_rect.isNull():
                shape.addRect(self._label_rect)
            self._shape = shape
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._line.isNull():
            return
        style = STYLES[self._kind]
        if self.isSelected():
            halo = QPen(_SELECTION, 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(halo)
            painter.drawLine(self._line)
        painter.setPen(style.pen)
        end = self._line.p2()
        if style.head == "arrow" and not self._head.isEmpty():
            # Stop the shaft at the base of the head, so the tip stays sharp.
            end = self._line.pointAt(max(0.0, 1 - (_ARROW * 0.8) / self._line.length()))
        painter.drawLine(QLineF(self._line.p1(), end))
        if not self._head.isEmpty():
            if style.head == "arrow":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(style.colour))
                painter.drawPolygon(self._head)
            else:
                painter.setPen(QPen(style.colour, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
                painter.drawLine(self._head[0], self._head[1])
        if self._shown_label:
            painter.setPen(QPen(style.colour, 1.5))
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(self._label_rect, 4, 4)
            painter.setFont(label_font())
            painter.setPen(QColor("#1a1a1a"))
            painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self._shown_label)


def _head(line: QLineF, kind: str) -> QPolygonF:
    tip = line.p2()
    angle = math.atan2(line.dy(), line.dx())
    if kind == "arrow":
        left = tip - QPointF(math.cos(angle - 0.42) * _ARROW, math.sin(angle - 0.42) * _ARROW)
        right = tip - QPointF(math.cos(angle + 0.42) * _ARROW, math.sin(angle + 0.42) * _ARROW)
        return QPolygonF([tip, left, right])
    if kind == "bar":
        across = QPointF(-math.sin(angle), math.cos(angle)) * (_ARROW * 0.6)
        base = tip - QPointF(math.cos(angle), math.sin(angle)) * 3
        return QPolygonF([base + across, base - across])
    return QPolygonF()


def edge_point(rect: QRectF, line: QLineF) -> QPointF:
    """Where `line`, leaving the centre of `rect`, crosses its edge."""
    dx, dy = line.dx(), line.dy()
    if dx == 0 and dy == 0:
        return rect.center()
    scale = min(
        (rect.width() / 2) / abs(dx) if dx else math.inf,
        (rect.height() / 2) / abs(dy) if dy else math.inf,
    )
    return rect.center() + QPointF(dx * scale, dy * scale)
