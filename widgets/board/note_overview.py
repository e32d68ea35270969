"""A board seen from far away: one item that draws its frames, arrows and notes.

When every view of a board shows its notes too small for even the grey text
bars (a fitted board of thousands of notes), calling each item's Python
paint() costs several µs an item, tens of ms a frame, to draw what is in the
end only rectangles and lines. In that state the notes, frames and arrows are
switched to ItemHasNoContents (Qt skips their paint() but still hit-tests,
selects and drags them, all in C++), and this item draws them instead: the
frames and notes with one drawRects() per colour (overview_layer.py), the
arrows with one drawLines() per kind, their labels as white boxes, and the
selection on top. It sits just above the frames and below the arrows.

It is told of each change one item at a time (the scene calls note_changed,
frame_changed, connector_changed and their removals), so an edit or a drag
step costs what it touches, not what the board holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.domain.model import ConnectorKind
from widgets.board.connector_item import STYLES, ConnectorItem
from widgets.board.frame_item import FrameItem
from widgets.board.note_item import NoteItem

if TYPE_CHECKING:
    from widgets.board.overview_layer import RectLayer

OVERVIEW_Z = -500.0  # frames sit at -1000 and below, notes and arrows above 0
_BORDER = QPen(QColor(0, 0, 0, 40), 0)  # cosmetic hairline: notes stay apart when touching
_SELECTION = QPen(QColor("#1f5fbf"), 3)
_SELECTION.setCosmetic(True)
_TITLE_BAR = QColor(0, 0, 0, 70)  # a frame's title, far too small to read: a grey bar
_LABEL_PEN = QPen(QColor("#6e6e6e"), 0)
_WHITE = QColor("#ffffff")


class NoteOverviewItem(QGraphicsItem):
    """Draws the board's frames, arrows and notes as rectangles and lines (see module doc)."""

    def __init__(self) -> None:
        super().__init__()
        # Made when the overview is first shown (build): a board that opens close enough to
        # read its notes never needs them, nor their module before its first frame.
        self.notes: RectLayer | None = None
        self.frames: RectLayer | None = None
        self._titles: dict[str, QRectF] = {}
        self._arrows: dict[str, tuple[ConnectorKind, QLineF, tuple[QLineF, ...], QRectF]] = {}
        self._arrow_lines: dict[ConnectorKind, list[QLineF]] | None = None
        self._selected: list[QGraphicsItem] = []  # frames and arrows
        self._selected_notes: set[str] = set()
        self._selection_rects: list[QRectF] | None = None  # made again when the selection or a selected note changes
        self._frame_pens: dict[int, QPen] = {}
        self._bounds = QRectF()
        self._built = False
        self.setZValue(OVERVIEW_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    # -- following the scene -------------------------------------------------------------

    def build(self, notes: list[NoteItem], frames: list[FrameItem], connectors: list[ConnectorItem]) -> None:
        """Take in every item (the overview was just switched on); later changes come one by one."""
        from widgets.board.overview_layer import RectLayer

        self.prepareGeometryChange()
        self.notes = RectLayer()
        self.frames = RectLayer()
        self._titles.clear()
        self._arrows.clear()
        self._arrow_lines = None
        self._bounds = QRectF()
        self._built = True
        for frame in frames:
            self.frame_changed(frame)
        for note in notes:
            self.note_changed(note)
        for connector in connectors:
            self.connector_changed(connector)
        self._selection_rects = None

    def drop(self) -> None:
        """The overview was switched off: forget the items until it is built again."""
        self._built = False
        self.notes = self.frames = None
        self._titles.clear()
        self._arrows.clear()
        self._arrow_lines = None

    def note_changed(self, item: NoteItem) -> None:
        if self.notes is None:
            return
        old = self.notes.rect(item.note_id)
        x, y, width, height = item.geometry()
        if self.notes.put(item.note_id, x, y, width, height, item.colour(), item.zValue()):
            if item.note_id in self._selected_notes:
                self._selection_rects = None
            self._changed(QRectF(x, y, width, height), old)

    def note_removed(self, note_id: str) -> None:
        if self.notes is None:
            return
        old = self.notes.rect(note_id)
        if old is not None:
            self.notes.remove(note_id)
            self.update(old)

    def frame_changed(self, item: FrameItem) -> None:
        if self.frames is None:
            return
        old = self.frames.rect(item.frame_id)
        x, y, width, height = item.geometry()
        title = item.title_bar()
        changed = self.frames.put(item.frame_id, x, y, width, height, item.colour(), item.zValue())
        if changed or self._titles.get(item.frame_id) != title:
            self._titles[item.frame_id] = title
            self._changed(QRectF(x, y, width, height).united(title), old)

    def frame_removed(self, frame_id: str) -> None:
        if self.frames is None:
            return
        old = self.frames.rect(frame_id)
        if old is not None:
            self.frames.remove(frame_id)
            self._titles.pop(frame_id, None)
            self.update(old.adjusted(0, -40, 0, 0))

    def connector_changed(self, item: ConnectorItem) -> None:
        if not self._built:
            return
        parts = item.overview_parts()
        old = self._arrows.get(item.connector_id)
        if old == parts:
            return
        self._arrows[item.connector_id] = parts
        self._arrow_lines = None
        self._changed(_arrow_rect(parts), _arrow_rect(old) if old is not None else None)

    def connector_removed(self, connector_id: str) -> None:
        old = self._arrows.pop(connector_id, None)
        if old is not None:
            self._arrow_lines = None
            self.update(_arrow_rect(old))

    def selection_changed(self, note_ids: set[str], others: list[QGraphicsItem]) -> None:
        """The selected notes (by id) and the selected frames and arrows."""
        self._selected_notes = note_ids
        self._selected = others
        self._selection_rects = None
        self.update()

    def _changed(self, rect: QRectF, old: QRectF | None) -> None:
        grown = self._bounds.united(rect.adjusted(-4, -4, 4, 4))
        if grown != self._bounds:
            self.prepareGeometryChange()
            self._bounds = grown
        self.update(rect.adjusted(-4, -4, 4, 4))
        if old is not None:
            self.update(old.adjusted(-4, -4, 4, 4))

    # -- drawing ---------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self.notes is None or self.frames is None:
            return
        self.frames.draw(painter, self._frame_pen)
        if self._titles:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_TITLE_BAR)
            painter.drawRects(list(self._titles.values()))
        self._draw_arrows(painter)
        self.notes.draw(painter, lambda _colour: _BORDER, outline_apart=False)
        labels = [parts[3] for parts in self._arrows.values() if not parts[3].isNull()]
        if labels:
            painter.setPen(_LABEL_PEN)
            painter.setBrush(_WHITE)
            painter.drawRects(labels)
        self._draw_selection(painter)

    def _frame_pen(self, colour: QColor) -> QPen:
        pen = self._frame_pens.get(colour.rgba())
        if pen is None:
            pen = self._frame_pens[colour.rgba()] = QPen(colour.darker(140), 0)
        return pen

    def _draw_arrows(self, painter: QPainter) -> None:
        if self._arrow_lines is None:
            lines: dict[ConnectorKind, list[QLineF]] = {}
            for kind, shaft, head, _label in self._arrows.values():
                if not shaft.isNull():
                    group = lines.setdefault(kind, [])
                    group.append(shaft)
                    group.extend(head)
            self._arrow_lines = lines
        for kind, group in self._arrow_lines.items():
            painter.setPen(STYLES[kind].pen)
            painter.drawLines(group)

    def _draw_selection(self, painter: QPainter) -> None:
        if not self._selected_notes and not self._selected:
            return
        if self._selection_rects is None and self.notes is not None and self.frames is not None:
            rects = [self.notes.rect(key) for key in self._selected_notes]
            rects += [self.frames.rect(i.frame_id) for i in self._selected if isinstance(i, FrameItem)]
            self._selection_rects = [r for r in rects if r is not None]
        arrows = [self._arrows.get(getattr(i, "connector_id", "")) for i in self._selected]
        lines = [parts[1] for parts in arrows if parts is not None]
        painter.setPen(_SELECTION)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._selection_rects:
            painter.drawRects(self._selection_rects)
        if lines:
            painter.drawLines(lines)


def _arrow_rect(parts) -> QRectF:
    shaft: QLineF = parts[1]
    rect = QRectF(shaft.p1(), shaft.p2()).normalized().adjusted(-20, -20, 20, 20)
    return rect.united(parts[3]) if not parts[3].isNull() else rect
