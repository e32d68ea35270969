"""An arrow from one note to another, drawn edge to edge, with its kind and label.

Each kind looks different in more than colour, so it survives a washed-out
projector and colour-blind eyes: causes is a solid dark arrow, leads to a
solid blue one, blocks a dashed red line ending in a bar (the usual sign for
"inhibits"), related a dotted grey line without a head (it has no direction).
"""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from app.domain.model import Connector, ConnectorKind
from widgets.board.lazy_tooltip import LazyTooltip
from widgets.common.wall import drawn_for_wall

_ARROW = 16.0
_LABEL_PX = 15
_LABEL_MAX_WIDTH = 200.0
LABEL_Z = 1e8  # labels lie over the notes (below a note being typed in): never hidden by a note beside the arrow
_LABEL_PAD = 4.0
_HALO_PEN = QPen(QColor(31, 95, 191, 110), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
_LABEL_SELECTED_PEN = QPen(QColor("#1f5fbf"), 2.5)
_HIT_PEN = QPen(Qt.GlobalColor.transparent, 14)  # how near a click must be to pick a thin line
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_WHITE = QColor("#ffffff")
_TEXT = QColor("#1a1a1a")


def kind_name(kind: ConnectorKind | str) -> str:
    """The kind's name as the facilitator reads it along an arrow ("A causes B")."""
    names = {
        ConnectorKind.CAUSES: QCoreApplication.translate("ConnectorKind", "causes"),
        ConnectorKind.LEADS_TO: QCoreApplication.translate("ConnectorKind", "leads to"),
        ConnectorKind.BLOCKS: QCoreApplication.translate("ConnectorKind", "blocks"),
        ConnectorKind.RELATED: QCoreApplication.translate("ConnectorKind", "related to"),
    }
    return names.get(ConnectorKind(kind), str(kind))


def kind_action_text(kind: ConnectorKind | str) -> str:
    """The kind as a menu entry."""
    names = {
        ConnectorKind.CAUSES: QCoreApplication.translate("ConnectorKind", "&Causes"),
        ConnectorKind.LEADS_TO: QCoreApplication.translate("ConnectorKind", "&Leads to"),
        ConnectorKind.BLOCKS: QCoreApplication.translate("ConnectorKind", "&Blocks"),
        ConnectorKind.RELATED: QCoreApplication.translate("ConnectorKind", "&Related"),
    }
    return names.get(ConnectorKind(kind), str(kind))


class _Style:
    """How one kind of arrow looks. Its head is filled with the colour itself: a QBrush made of a
    colour makes the binding set up QGradient and QImage (their enums, 6 ms) before the first frame."""

    def __init__(self, colour: str, pen: Qt.PenStyle, head: str) -> None:
        self.colour = QColor(colour)
        self.pen = QPen(self.colour, 2.5, pen, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin)
        self.head = head  # "arrow", "bar" or "none"
        self.bar_pen = QPen(self.colour, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        self.label_pen = QPen(self.colour, 1.5)


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


@functools.cache
def _label_metrics() -> QFontMetricsF:
    """Made once (after the application, which fonts need): a board makes thousands of arrows."""
    return QFontMetricsF(label_font())


@functools.lru_cache(maxsize=4096)
def _shown_label(label: str) -> tuple[str, tuple[float, float]]:
    """A label as one line, never longer than the room beside an arrow (the tooltip has it all),
    and the size of its box. Kept per text: laying text out is most of what an arrow costs to
    make, and boards repeat their labels ("fører til")."""
    flat = " ".join(label[:2000].split())
    metrics = _label_metrics()
    shown = metrics.elidedText(flat, Qt.TextElideMode.ElideRight, _LABEL_MAX_WIDTH)
    width = metrics.horizontalAdvance(shown) if shown else 0.0
    return shown, (width + 2 * _LABEL_PAD, metrics.height() + _LABEL_PAD)


_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable  # looked up once: an enum member costs a µs
_UNROUTED = (0.0, 0.0, 0.0, 0.0)


class ConnectorLabel(QGraphicsRectItem):
    """An arrow's label: its own item, so it can lie over the notes while the arrow lies under them.

    A rect item, like the arrow a path item, so Qt reads its bounds in C++: a
    dragged note reroutes all its arrows on every mouse move (see the
    drag_ms_50_connectors benchmark).
    """

    def __init__(self, connector: ConnectorItem) -> None:
        super().__init__()
        self.connector = connector
        self.setPen(_NO_PEN)
        self.setZValue(LABEL_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view picks the arrow for it

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self.connector.paint_label(painter, selected=self.connector.isSelected() and not drawn_for_wall(widget))


class ConnectorItem(LazyTooltip, QGraphicsPathItem):
    """Follows the two notes it joins; the scene calls `route` when either moves.

    Its path (the shaft and the head) is stroked by a wide transparent pen that
    is never drawn: it gives Qt, in C++, both the bounds and a shape wide
    enough to click; `paint` draws the arrow in the style of its kind.
    """

    def __init__(self, connector: Connector) -> None:
        super().__init__()
        self.connector_id = connector.id
        self.from_note = connector.from_note
        self.to_note = connector.to_note
        self._kind = ConnectorKind.RELATED
        self._label = ""
        self._shown_label = ""
        self._label_size = (0.0, 0.0)
        self._ends = _UNROUTED
        self._line = QLineF()
        self._head: tuple[tuple[float, float], ...] = ()  # the head's corners (see _head)
        self._label_rect = QRectF()
        # The label's own item, made when the arrow first has a label (most have none: a board of
        # 20,000 notes had 5,000 empty label items to make, keep and pass by in every repaint). The
        # scene adds it to and takes it from the scene with its arrow (BoardScene), not a Python
        # itemChange: that ran a dozen times per arrow as it was made.
        self.label_item: ConnectorLabel | None = None
        self.setPen(_HIT_PEN)
        self.setFlag(_SELECTABLE)
        self.setZValue(-10)  # under the notes, over the frames
        self.update_from(connector)

    def update_from(self, connector: Connector) -> None:
        self._kind = ConnectorKind(connector.kind)
        if connector.label != self._label:
            self._label = connector.label
            # One line, never longer than the room beside an arrow; the tooltip has it all.
            self._shown_label, self._label_size = _shown_label(connector.label)
            if self._shown_label and self.label_item is None:
                self.label_item = ConnectorLabel(self)
        self._tooltip_stale = True  # built when first shown (ensure_tooltip), not for each of thousands
        if self._ends != _UNROUTED:  # a new arrow gets its geometry when the scene first routes it
            self._update_geometry()
        self.update()

    def tooltip_text(self) -> str:
        tip = kind_name(self._kind)
        return f"{tip}: {self._label[:500]}" if self._label else tip

    @property
    def kind(self) -> ConnectorKind:
        return self._kind

    def label(self) -> str:
        return self._label

    def shown_label(self) -> str:
        return self._shown_label

    def line(self) -> QLineF:
        return QLineF(self._line)

    def overview_parts(self) -> OverviewParts:
        """The arrow as the overview draws it far out: its kind, shaft, head as lines, and label box."""
        return _overview_parts(self._kind, QLineF(self._line), self._head, QRectF(self._label_rect))

    def paint_label(self, painter: QPainter, *, selected: bool) -> None:
        if not self._shown_label:
            return
        style = STYLES[self._kind]
        painter.setPen(_LABEL_SELECTED_PEN if selected else style.label_pen)
        painter.setBrush(_WHITE)
        painter.drawRoundedRect(self._label_rect, 4, 4)
        painter.setFont(label_font())
        painter.setPen(_TEXT)
        painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self._shown_label)

    def route(self, start: tuple[float, float, float, float], end: tuple[float, float, float, float]) -> None:
        """Draw from the edge of `start` to the edge of `end` (x, y, width, height), between their centres.

        Plain floats rather than Qt geometry objects: this runs for every arrow
        of a dragged note on every mouse move.
        """
        ends = arrow_ends(start, end)
        if ends == self._ends:
            return
        self._ends = ends
        self._line = QLineF(*ends)
        self._update_geometry()

    # -- internals ---------------------------------------------------------------------

    def _update_geometry(self) -> None:
        x1, y1, x2, y2 = self._ends
        head = self._head = _head(self._ends, STYLES[self._kind].head)
        path = QPainterPath()
        path.moveTo(x1, y1)
        path.lineTo(x2, y2)
        if head:  # as addPolygon would add it, from plain numbers
            path.moveTo(*head[0])
            for x, y in head[1:]:
                path.lineTo(x, y)
        self.setPath(path)
        if self._shown_label:
            self._label_rect = _label_rect(self._ends, self._label_size)
            if self.label_item is not None:
                self.label_item.setRect(self._label_rect.adjusted(-2, -2, 2, 2))
        elif not self._label_rect.isNull():
            self._label_rect = QRectF()
            if self.label_item is not None:
                self.label_item.setRect(QRectF())

    # -- Qt overrides ------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._line.isNull():
            return
        style = STYLES[self._kind]
        if self.isSelected() and not drawn_for_wall(widget):  # the halo is the laptop's, not the room's
            painter.setPen(_HALO_PEN)
            painter.drawLine(self._line)
        painter.setPen(style.pen)
        end = self._line.p2()
        head = self._head
        if style.head == "arrow" and head:
            # Stop the shaft at the base of the head, so the tip stays sharp.
            end = self._line.pointAt(max(0.0, 1 - (_ARROW * 0.8) / self._line.length()))
        painter.drawLine(QLineF(self._line.p1(), end))
        if head:
            if style.head == "arrow":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(style.colour)  # a colour, not a QBrush made of it: see _Style
                painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in head]))
            else:
                painter.setPen(style.bar_pen)
                painter.drawLine(QLineF(*head[0], *head[1]))


OverviewParts = tuple[ConnectorKind, QLineF, tuple[QLineF, ...], QRectF]
Geometry = tuple[float, float, float, float]  # x, y, width, height


def arrow_ends(start: Geometry, end: Geometry) -> tuple[float, float, float, float]:
    """Where an arrow from note `start` to note `end` begins and ends: on their edges, on the line
    between their centres."""
    sx, sy = start[0] + start[2] / 2, start[1] + start[3] / 2
    ex, ey = end[0] + end[2] / 2, end[1] + end[3] / 2
    dx, dy = ex - sx, ey - sy
    a = _edge_scale(start[2], start[3], dx, dy)
    b = _edge_scale(end[2], end[3], dx, dy)
    return (sx + dx * a, sy + dy * a, ex - dx * b, ey - dy * b)


def overview_parts_of(connector: Connector, start: Geometry | None, end: Geometry | None) -> OverviewParts:
    """What ConnectorItem.overview_parts gives for this arrow between notes `start` and `end` (None:
    not on the board), worked out from the model: a large board is drawn far out before its arrow
    items are made (see BoardScene)."""
    kind = ConnectorKind(connector.kind)
    if start is None or end is None:
        return _overview_parts(kind, QLineF(), (), QRectF())
    ends = arrow_ends(start, end)
    head = _head(ends, STYLES[kind].head)
    shown, size = _shown_label(connector.label) if connector.label else ("", (0.0, 0.0))
    return _overview_parts(kind, QLineF(*ends), head, _label_rect(ends, size) if shown else QRectF())


def _overview_parts(
    kind: ConnectorKind, line: QLineF, head: tuple[tuple[float, float], ...], label: QRectF
) -> OverviewParts:
    if not head:
        lines: tuple[QLineF, ...] = ()
    elif STYLES[kind].head == "arrow":
        lines = (QLineF(*head[1], *head[0]), QLineF(*head[2], *head[0]))
    else:
        lines = (QLineF(*head[0], *head[1]),)
    return kind, line, lines, label


def _label_rect(ends: tuple[float, float, float, float], size: tuple[float, float]) -> QRectF:
    """The label's box, centred on the arrow."""
    x1, y1, x2, y2 = ends
    width, height = size
    return QRectF((x1 + x2 - width) / 2, (y1 + y2 - height) / 2, width, height)


def _edge_scale(width: float, height: float, dx: float, dy: float) -> float:
    """How far along (dx, dy) from a rectangle's centre its edge lies, as a fraction."""
    if dx == 0 and dy == 0:
        return 0.0
    return min((width / 2) / abs(dx) if dx else math.inf, (height / 2) / abs(dy) if dy else math.inf)


def _head(ends: tuple[float, float, float, float], kind: str) -> tuple[tuple[float, float], ...]:
    """The corners of the head at the end (x2, y2) of a line from (x1, y1): an arrow's tip and wings,
    a bar's ends; none for a plain line or one too short for a head. Plain numbers: Qt objects made
    per point were most of an arrow's cost, and the head is drawn as a polygon only when the arrow
    itself is drawn (near enough to see it)."""
    x1, y1, x2, y2 = ends
    if math.hypot(x2 - x1, y2 - y1) <= _ARROW:
        return ()
    angle = math.atan2(y2 - y1, x2 - x1)
    if kind == "arrow":
        a, b = angle - 0.42, angle + 0.42
        return (
            (x2, y2),
            (x2 - math.cos(a) * _ARROW, y2 - math.sin(a) * _ARROW),
            (x2 - math.cos(b) * _ARROW, y2 - math.sin(b) * _ARROW),
        )
    if kind == "bar":
        ax, ay = -math.sin(angle) * _ARROW * 0.6, math.cos(angle) * _ARROW * 0.6
        bx, by = x2 - math.cos(angle) * 3, y2 - math.sin(angle) * 3
        return ((bx + ax, by + ay), (bx - ax, by - ay))
    return ()
