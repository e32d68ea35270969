"""A frame: a titled area behind notes (a sector, or the roots of a floke tree).

A picture of one Frame. It is grabbed by its title (to select, move or
rename it) and by the corner handle (to resize it); the rest of its area
lets clicks through to the board, so a rubber band can still start inside it.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from app.domain.model import Frame
from widgets.board.lazy_tooltip import LazyTooltip
from widgets.common.wall import drawn_for_wall

_TITLE_PX = 22
TITLE_BAND = _TITLE_PX + 12.0  # above the frame's top edge
HANDLE = 18.0
_SELECTION = QColor("#1f5fbf")
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable  # looked up once: an enum member costs a µs
_COLOURS: dict[str, QColor] = {}  # a board's frames share a few colours: each parsed once


def title_font() -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(_TITLE_PX)
    font.setBold(True)
    return font


@functools.cache
def _title_metrics() -> QFontMetricsF:
    """Made once (after the application, which fonts need): a board may hold thousands of frames."""
    return QFontMetricsF(title_font())


@functools.lru_cache(maxsize=4096)
def _shown_title(title: str, frame_width: float) -> tuple[str, float]:
    """A title as one line cut to the frame's width, and its width. Kept per title and width:
    laying text out is most of what a frame costs to make, and frames repeat theirs."""
    flat = " ".join(title[:1000].split())
    metrics = _title_metrics()
    shown = metrics.elidedText(flat, Qt.TextElideMode.ElideRight, max(0.0, frame_width - 8))
    return shown, metrics.horizontalAdvance(shown)


def _colour_of(name: str) -> QColor:
    colour = _COLOURS.get(name)
    if colour is None:
        colour = _COLOURS[name] = QColor(name)
    return colour


class FrameItem(LazyTooltip, QGraphicsRectItem):
    """Draws a frame from the model; the view turns drags on it into commands.

    A rectangle item only for its bounding rectangle (the frame with its title band), which
    Qt then knows without calling Python: far out, the board finds items without an index
    and asks every item for it (see BoardScene.update_detail).
    """

    def __init__(self, frame: Frame) -> None:
        # Everything set once, as update_from would: a board may hold thousands of frames.
        super().__init__(-3, -TITLE_BAND - 2, frame.width + 6, frame.height + TITLE_BAND + 5)
        self.setPen(Qt.PenStyle.NoPen)
        self.frame_id = frame.id
        self.parent_id = frame.parent_id
        self._rect = QRectF(0, 0, frame.width, frame.height)
        self._title = frame.title
        self._shown_title, self._title_width = _shown_title(frame.title, frame.width)
        self._colour = _colour_of(frame.colour)
        self._shape: QPainterPath | None = None
        self.setFlag(_SELECTABLE)
        self.setPos(frame.x, frame.y)
        self.setZValue(frame.z)

    def update_from(self, frame: Frame) -> None:
        self.parent_id = frame.parent_id
        self._colour = _colour_of(frame.colour)
        self._title = frame.title
        self.prepareGeometryChange()
        self._rect = QRectF()  # lay the title out again, whatever changed
        self.set_preview_rect(QRectF(frame.x, frame.y, frame.width, frame.height))
        self.setZValue(frame.z)
        self._tooltip_stale = True

    def tooltip_text(self) -> str:
        return self._title[:500]

    def set_preview_rect(self, rect: QRectF) -> None:
        """Show a place and size during a drag, before the command commits it."""
        self.setPos(rect.topLeft())
        if rect.size() != self._rect.size():
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, rect.width(), rect.height())
            self.setRect(self._rect.adjusted(-3, -TITLE_BAND - 2, 3, 3))
            self._shape = None
            self._shown_title, self._title_width = _shown_title(self._title, self._rect.width())
        self.update()
        scene = self.scene()
        if scene is not None and hasattr(scene, "frame_item_moved"):
            scene.frame_item_moved(self)

    def title(self) -> str:
        return self._title

    def shown_title(self) -> str:
        return self._shown_title

    def geometry(self) -> tuple[float, float, float, float]:
        """x, y, width and height of the frame's area in scene units (the title band lies above)."""
        pos = self.pos()
        return pos.x(), pos.y(), self._rect.width(), self._rect.height()

    def colour(self) -> QColor:
        return self._colour

    def title_bar(self) -> QRectF:
        """Where the title's letters are, in scene units: the overview draws them as one bar."""
        if not self._shown_title:
            return QRectF()
        pos = self.pos()
        return QRectF(pos.x() + 4, pos.y() - TITLE_BAND + 10, self._title_width, _TITLE_PX * 0.6)

    def title_rect(self) -> QRectF:
        return QRectF(0, -TITLE_BAND, self._rect.width(), TITLE_BAND)

    def is_on_resize_handle(self, item_pos: QPointF) -> bool:
        return item_pos.x() >= self._rect.width() - HANDLE and item_pos.y() >= self._rect.height() - HANDLE

    def is_on_title(self, item_pos: QPointF) -> bool:
        return self.title_rect().contains(item_pos)

    # -- Qt overrides --------------------------------------------------------------------

    def shape(self) -> QPainterPath:
        if self._shape is None:
            path = QPainterPath()
            path.addRect(self.title_rect())
            path.addRect(QRectF(self._rect.width() - HANDLE, self._rect.height() - HANDLE, HANDLE, HANDLE))
            self._shape = path
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        on_wall = drawn_for_wall(widget)  # the room sees the frame, not the facilitator's selection or grip
        selected = self.isSelected() and not on_wall
        border = QPen(_SELECTION, 3) if selected else QPen(self._colour.darker(140), 0)
        painter.setPen(border)
        painter.setBrush(self._colour)
        painter.drawRect(self._rect)
        painter.setFont(title_font())
        painter.setPen(_SELECTION if selected else QColor("#333333"))
        painter.drawText(
            QRectF(4, -TITLE_BAND + 2, self._rect.width() - 8, TITLE_BAND - 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
            self._shown_title,
        )
        if on_wall:
            return
        # The resize grip: three short diagonal lines in the corner, darker when selected.
        painter.setPen(QPen(_SELECTION if selected else self._colour.darker(170), 2))
        right, bottom = self._rect.width(), self._rect.height()
        for step in (5.0, 10.0, 15.0):
            painter.drawLine(QPointF(right - step, bottom - 2), QPointF(right - 2, bottom - step))
