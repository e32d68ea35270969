"""A sticky note on the board: a picture of one Note, never the owner of its data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from app.domain.model import Note
from app.domain.sectors import sector_label
from widgets.board.lazy_tooltip import LazyTooltip
from widgets.board.note_markers import MARKER_STRIP, paint_markers
from widgets.common.wall import drawn_for_wall

NOTE_FONT_PX = 17
_PADDING = 10.0
_HANDLE = 14.0  # the resize grip in the bottom-right corner
CONNECT_HANDLE = 7.0  # radius of the round grips on the edges of a selected note: drag one to draw an arrow
# A note never shows more than this; the full text stays in the model and the file.
_DISPLAY_LIMIT = 3000
# Below this many device pixels per line, text is drawn as grey bars: unreadable
# glyphs cost most of a repaint of a fitted 2,000-note board and show nothing.
_GREEK_BELOW_PX = 5.0
# Below this, even the bars are under two pixels high: the note is a coloured rectangle
# (and when every view of the board is that far out, widgets/board/note_overview.py draws them all).
BARS_BELOW_PX = 3.0
_TEXT_COLOUR = QColor("#1a1a1a")
_SELECTION = QColor("#1f5fbf")
_SELECTION_PEN = QPen(_SELECTION, 3)
_SELECTION_PEN.setCosmetic(True)


# Made once, not per note: a board of 20,000 notes builds its items in a blink, or not at all.
_BOUNDS_PEN = QPen(Qt.GlobalColor.transparent, 2 * CONNECT_HANDLE + 2)  # widens the bounds to hold the grips
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_EDITABLE_FLAGS = _SELECTABLE | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
_LOOKS: dict[str, tuple[QColor, QPen, QColor]] = {}


def _looks_of(colour: str) -> tuple[QColor, QPen, QColor]:
    """A note colour's fill, border pen and text-bar colour, made once per colour."""
    looks = _LOOKS.get(colour)
    if looks is None:
        fill = QColor(colour)
        looks = _LOOKS[colour] = (fill, QPen(fill.darker(125), 0), fill.darker(135))
    return looks


def note_font() -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(NOTE_FONT_PX)
    return font


class NoteItem(LazyTooltip, QGraphicsRectItem):
    """Draws a note; the scene moves and edits it only when the document says so.

    A QGraphicsRectItem so that the scene's many bounding-rect queries per
    repaint stay in C++: a Python boundingRect() override alone cost 30 ms a
    frame on a 2,000-note board, twice the budget. The pen is never drawn; its
    width only widens the bounds to hold the selection outline.
    """

    def __init__(self, note: Note, *, editable: bool) -> None:
        super().__init__(0, 0, note.width, note.height)
        self.setPen(_BOUNDS_PEN)
        self.note_id = note.id
        self._width = note.width
        self._height = note.height
        self._body = QRectF(0, 0, note.width, note.height)
        # As update_from would set them, set once: a board of 20,000 notes makes 20,000 of these.
        self._colour, self._border_pen, self._greek = _looks_of(note.colour)
        self._text = note.text
        self._layout: QTextLayout | None = None
        self._line_count = 0
        self._elided = False
        self._sectors: list[str] = list(note.sectors)
        self._links: tuple[list[str], list[str]] = ([], [])  # names of stakeholders affected, owning
        # One call for all flags, and no itemChange override: each setter of an item with a Python
        # itemChange calls back into Python, which made a board of 20,000 notes slow to build and
        # select. The scene notes a drag's moves itself (BoardScene.mouseMoveEvent).
        self.setFlags(_EDITABLE_FLAGS if editable else _SELECTABLE)
        self.setAcceptHoverEvents(editable)
        self.setPos(note.x, note.y)
        self.setZValue(note.z)

    # -- following the model -------------------------------------------------

    def update_from(self, note: Note) -> None:
        if (note.width, note.height) != (self._width, self._height):
            self._width, self._height = note.width, note.height
            self.setRect(0, 0, note.width, note.height)
            self._body = QRectF(0, 0, note.width, note.height)
            self._layout = None
        if note.text != self._text:
            self._text = note.text
            self._layout = None
        looks = _looks_of(note.colour)
        if looks[0] != self._colour:
            self._colour, self._border_pen, self._greek = looks
        if note.sectors != self._sectors:
            self._sectors = list(note.sectors)
            self._layout = None  # the marker strip takes room from the text
        if (note.x, note.y) != (self.x(), self.y()):
            self.setPos(note.x, note.y)
        if note.z != self.zValue():
            self.setZValue(note.z)
        self._tooltip_stale = True
        self.update()

    def set_links(self, affected: list[str], owns: list[str]) -> None:
        """The names of the stakeholders linked to this note, for its marker and tooltip."""
        if (affected, owns) == self._links:
            return
        had_markers = self.has_markers()
        self._links = (list(affected), list(owns))
        if had_markers != self.has_markers():
            self._layout = None
        self._tooltip_stale = True
        self.update()

    def sectors(self) -> list[str]:
        return list(self._sectors)

    def link_count(self) -> int:
        return len(self._links[0]) + len(self._links[1])

    def has_markers(self) -> bool:
        return bool(self._sectors) or self.link_count() > 0

    def connect_handles(self) -> list[QPointF]:
        """The middles of the four edges, where a drag starts an arrow."""
        w, h = self._width, self._height
        return [QPointF(w / 2, 0), QPointF(w, h / 2), QPointF(w / 2, h), QPointF(0, h / 2)]

    def is_on_connect_handle(self, item_pos: QPointF) -> bool:
        reach = CONNECT_HANDLE + 2
        return any(
            abs(item_pos.x() - p.x()) <= reach and abs(item_pos.y() - p.y()) <= reach for p in self.connect_handles()
        )

    def tooltip_text(self) -> str:
        """The note's text, sectors and stakeholders (see LazyTooltip)."""
        parts = [self._text[:500]]
        if self._sectors:
            names = ", ".join(sector_label(k) for k in self._sectors)
            parts.append(QCoreApplication.translate("NoteItem", "Sectors: %1").replace("%1", names))
        affected, owns = self._links
        if affected:
            parts.append(QCoreApplication.translate("NoteItem", "Affected: %1").replace("%1", ", ".join(affected)))
        if owns:
            parts.append(QCoreApplication.translate("NoteItem", "Owns it: %1").replace("%1", ", ".join(owns)))
        return "\n".join(p for p in parts if p)

    def move_to(self, x: float, y: float) -> None:
        """Show the note at (x, y) during a drag, before a command commits it; its arrows follow."""
        self.setPos(x, y)
        scene = self.scene()
        if scene is not None and hasattr(scene, "note_item_moved"):
            scene.note_item_moved(self.note_id)

    def body_rect(self) -> QRectF:
        """The note's own rectangle in scene units, without the room kept for its outline."""
        return QRectF(self.pos().x(), self.pos().y(), self._width, self._height)

    def geometry(self) -> tuple[float, float, float, float]:
        """x, y, width and height in scene units, as plain numbers (arrows reroute from it on every move)."""
        pos = self.pos()
        return pos.x(), pos.y(), self._width, self._height

    def overview_entry(self) -> tuple[str, float, float, float, float, QColor, float]:
        """The note as the overview takes it in (RectLayer.fill): id, x, y, width, height, colour, z."""
        return self.note_id, self.x(), self.y(), self._width, self._height, self._colour, self.zValue()

    def size(self) -> tuple[float, float]:
        return self._width, self._height

    def set_preview_size(self, width: float, height: float) -> None:
        """Show a size during a resize drag, before the command commits it."""
        self._width, self._height = width, height
        self.setRect(0, 0, width, height)
        self._body = QRectF(0, 0, width, height)
        self._layout = None
        scene = self.scene()
        if scene is not None and hasattr(scene, "note_item_moved"):
            scene.note_item_moved(self.note_id)

    def bounds_margins(self) -> QMarginsF:
        """How much the item's bounds exceed the note's body (room for the selection and grips)."""
        half = self.pen().widthF() / 2
        return QMarginsF(half, half, half, half)

    def is_on_resize_handle(self, item_pos: QPointF) -> bool:
        return item_pos.x() >= self._width - _HANDLE and item_pos.y() >= self._height - _HANDLE

    def colour(self) -> QColor:
        return self._colour

    # -- drawing ---------------------------------------------------------------

    def _text_layout(self) -> QTextLayout:
        if self._layout is not None:
            return self._layout
        # QTextLayout breaks lines only at U+2028, not at the newlines people type.
        text = self._text[:_DISPLAY_LIMIT].replace("\r\n", "\n").replace("\n", "\u2028")
        layout = QTextLayout(text, note_font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        layout.setTextOption(option)
        line_height = QFontMetricsF(note_font()).lineSpacing()
        room = self._height - 2 * _PADDING - (MARKER_STRIP - _PADDING / 2 if self.has_markers() else 0)
        fitting = max(0, int(room // line_height))
        layout.beginLayout()
        while layout.lineCount() <= fitting:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self._width - 2 * _PADDING)
            line.setPosition(QPointF(0, (layout.lineCount() - 1) * line_height))
        layout.endLayout()
        # Lines are made only until one more than fits: its existence means the text is cut.
        self._line_count = min(layout.lineCount(), fitting)
        self._elided = layout.lineCount() > fitting or len(self._text) > _DISPLAY_LIMIT
        self._layout = layout
        return layout

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        # This runs for every visible note on every frame: a fitted board of
        # 2,000 notes has 8 ms for all of them, so each level of detail draws
        # only what can be seen at it, with objects prepared in update_from().
        text_px = option.levelOfDetailFromTransform(painter.worldTransform()) * NOTE_FONT_PX
        painter.setPen(self._border_pen)
        painter.setBrush(self._colour)
        painter.drawRect(self._body)
        if text_px >= _GREEK_BELOW_PX:
            self._paint_text(painter)
        elif text_px >= BARS_BELOW_PX:
            self._paint_greeked(painter)
        if text_px >= BARS_BELOW_PX and (self._sectors or self._links[0] or self._links[1]):
            paint_markers(painter, self._sectors, self.link_count(), self._width, self._height)
        if self.isSelected() and not drawn_for_wall(widget):  # the outline and grips are the laptop's
            self._paint_selection(painter)

    def _paint_text(self, painter: QPainter) -> None:
        layout = self._text_layout()
        painter.setPen(_TEXT_COLOUR)
        origin = QPointF(_PADDING, _PADDING)
        for i in range(self._line_count):
            layout.lineAt(i).draw(painter, origin)
        if self._elided:
            bottom = self._height - (MARKER_STRIP if self.has_markers() else _PADDING)
            painter.drawText(
                QRectF(_PADDING, bottom - 4 - NOTE_FONT_PX, self._width - 2 * _PADDING, NOTE_FONT_PX + 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                "…",
            )

    def _paint_greeked(self, painter: QPainter) -> None:
        """Grey bars where the lines of text are: unreadable glyphs would cost more and show nothing."""
        self._text_layout()
        if self._line_count:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._greek)
            line_height = NOTE_FONT_PX * 1.2
            width = self._width - 2 * _PADDING
            lines = min(self._line_count, int((self._height - 2 * _PADDING) / line_height))
            bar_height = NOTE_FONT_PX * 0.55
            last = self._line_count - 1  # the last line of a paragraph is shorter
            bars = [
                QRectF(_PADDING, _PADDING + i * line_height + 4, width * (0.6 if i == last else 1.0), bar_height)
                for i in range(lines)
            ]
            painter.drawRects(bars)

    def _paint_selection(self, painter: QPainter) -> None:
        painter.setPen(_SELECTION_PEN)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._body.adjusted(-1.5, -1.5, 1.5, 1.5))
        if self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable:
            painter.setBrush(_SELECTION)
            painter.drawRect(QRectF(self._width - _HANDLE / 2, self._height - _HANDLE / 2, _HANDLE / 2, _HANDLE / 2))
            painter.setPen(QPen(_SELECTION, 2))
            painter.setBrush(QColor("#ffffff"))
            for point in self.connect_handles():
                painter.drawEllipse(point, CONNECT_HANDLE - 1, CONNECT_HANDLE - 1)

    # -- Qt overrides ------------------------------------------------------------

    def hoverMoveEvent(self, event) -> None:
        if self.isSelected() and self.is_on_resize_handle(event.pos()):
            self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        else:
            self.unsetCursor()
        super().hoverMoveEvent(event)
