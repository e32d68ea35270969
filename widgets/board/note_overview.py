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
frame_changed, connector_changed, mark_changed and their removals), so an edit or a drag
step costs what it touches, not what the board holds. What it draws is kept as a picture
of the screen (Qt's DeviceCoordinateCache): a repaint with nothing changed copies that
picture, and a change draws again only the part of it that changed, from the few
rectangles and lines found there (the cell grids of overview_layer.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.domain.model import ConnectorKind
from widgets.board.connector_item import STYLES, ConnectorItem
from widgets.board.frame_item import TITLE_BAND, FrameItem
from widgets.board.note_item import NoteItem

if TYPE_CHECKING:
    from widgets.board.overview_layer import CellGrid, RectLayer

Rect = tuple[float, float, float, float]

OVERVIEW_Z = -500.0  # frames sit at -1000 and below, notes and arrows above 0
_BORDER = QPen(QColor(0, 0, 0, 40), 0)  # cosmetic hairline: notes stay apart when touching
_SELECTION = QPen(QColor("#1f5fbf"), 3)
_SELECTION.setCosmetic(True)
_WASH = QColor(31, 95, 191, 150)  # the selection's colour (#1f5fbf), over a selected note
_TITLE_REACH = TITLE_BAND + 6  # how far above its frame a frame's title reaches, in scene units
_BOUNDS_SPARE = 2000.0  # scene units added around a change that reaches past the bounds
_TITLE_BAR = QColor(0, 0, 0, 70)  # a frame's title, far too small to read: a grey bar
_LABEL_PEN = QPen(QColor("#6e6e6e"), 0)
_WHITE = QColor("#ffffff")
_MARK = QColor("#b2182b")  # vote dots, as widgets/voting/vote_dots_item.py draws them
# The picture of the board is as large as the screen: Qt's default cache (10 MB) would not
# keep a full-HD one beside the projector's, and would draw both again on every repaint.
_PICTURE_CACHE_KB = 96 * 1024
_PICTURE_FROM_NOTES = 5000  # boards of fewer notes draw the overview each time (a few ms), keeping no picture
_NO_CACHE = QGraphicsItem.CacheMode.NoCache
# A change to more selected notes than this redraws the whole picture rather than each note.
_SELECTION_ONE_BY_ONE = 200


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
        self._arrow_grid: CellGrid | None = None
        self._marks: dict[str, list[QRectF]] = {}  # marks drawn over notes (vote dots), by their owner
        self._mark_grid: CellGrid | None = None
        self._selected: list[QGraphicsItem] = []  # frames and arrows
        self._selected_notes: set[str] = set()
        self._frame_pens: dict[int, QPen] = {}
        self._bounds = QRectF()
        # What is drawn (the bounds without the room to spare): a paint that exposes all of it
        # draws everything in one pass, not the part path's look-ups cell by cell.
        self._drawn = QRectF()
        self._built = False
        self._building = False  # build() takes in every item: no part is marked item by item
        self.setZValue(OVERVIEW_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # option.exposedRect
        self.setVisible(False)
        self._selection_layer = _SelectionLayer(self)

    # -- following the scene -------------------------------------------------------------

    def build(self, notes: list[NoteItem], frames: list[FrameItem], arrows: list, marks: dict) -> None:
        """Take in every item (the overview was just switched on), and the arrows as (id, overview
        parts) each (ConnectorItem.overview_parts); later changes come one by one."""
        from widgets.board.overview_layer import CellGrid, RectLayer

        # A picture of the screen costs 8 MB at full HD (and as much again for the selection): worth
        # it where drawing everything takes longer than a frame, not for a board of 2,000 notes.
        cache = QGraphicsItem.CacheMode.DeviceCoordinateCache if len(notes) >= _PICTURE_FROM_NOTES else _NO_CACHE
        self.setCacheMode(cache)
        self._selection_layer.setCacheMode(cache)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), _PICTURE_CACHE_KB))
        self.prepareGeometryChange()
        self._selection_layer.prepareGeometryChange()
        self.notes = RectLayer()
        self.frames = RectLayer()
        self._titles.clear()
        self._arrows.clear()
        self._arrow_lines = None
        self._arrow_grid = None
        self._mark_grid = CellGrid()
        self._bounds = QRectF()
        self._built = True
        # Everything is drawn anew once built: no bounds grown and no part marked item by item.
        self._building = True
        try:
            self.frames.fill((f.frame_id, *f.geometry(), f.colour(), f.zValue()) for f in frames)
            self._titles.update((f.frame_id, f.title_bar()) for f in frames)
            self.notes.fill(map(NoteItem.overview_entry, notes))
            # The arrows as drawn; their cell grid is made when a part is first drawn again (_arrow_index).
            self._arrows.update(arrows)
            for key, rects in marks.items():
                self.mark_changed(key, rects)
        finally:
            self._building = False
        bounds = self.notes.bounds().united(self.frames.bounds().adjusted(0, -TITLE_BAND, 0, 0))
        if self._arrows:
            bounds = bounds.united(_arrows_bounds(self._arrows.values()))
        spare = _BOUNDS_SPARE  # room for a note dragged off the edge (see _changed)
        self._drawn = bounds
        self._bounds = bounds.adjusted(-spare, -spare, spare, spare)
        self.update()
        self._selection_layer.update()

    def drop(self) -> None:
        """The overview was switched off: forget the items until it is built again."""
        self._built = False
        self.notes = self.frames = None
        self._titles.clear()
        self._arrows.clear()
        self._arrow_lines = None
        self._arrow_grid = self._mark_grid = None
        self._marks.clear()

    def note_changed(self, item: NoteItem) -> None:
        if self.notes is None:
            return
        old = self.notes.rect(item.note_id)
        x, y, width, height = item.geometry()
        if self.notes.put(item.note_id, x, y, width, height, item.colour(), item.zValue()):
            self._changed(QRectF(x, y, width, height), old)
            self._restyled(self.notes)

    def note_removed(self, note_id: str) -> None:
        if self.notes is None:
            return
        old = self.notes.rect(note_id)
        if old is not None:
            self.notes.remove(note_id)
            self.update(old)
            self._restyled(self.notes)

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
            self._restyled(self.frames)

    def frame_removed(self, frame_id: str) -> None:
        if self.frames is None:
            return
        old = self.frames.rect(frame_id)
        if old is not None:
            self.frames.remove(frame_id)
            self._titles.pop(frame_id, None)
            self.update(old.adjusted(0, -40, 0, 0))
            self._restyled(self.frames)

    def connector_changed(self, item: ConnectorItem) -> None:
        if not self._built:
            return
        parts = item.overview_parts()
        old = self._arrows.get(item.connector_id)
        if old == parts:
            return
        self._arrows[item.connector_id] = parts
        self._arrow_lines = None
        rect = _arrow_rect(parts)
        if self._arrow_grid is not None:
            self._arrow_grid.put(item.connector_id, _tuple(rect))
        self._changed(rect, _arrow_rect(old) if old is not None else None)

    def connector_removed(self, connector_id: str) -> None:
        old = self._arrows.pop(connector_id, None)
        if old is not None:
            self._arrow_lines = None
            if self._arrow_grid is not None:
                self._arrow_grid.remove(connector_id)
            self.update(_arrow_rect(old))

    def mark_changed(self, key: str, rects: list[QRectF]) -> None:
        """Marks drawn over the notes (a note's vote dots), in scene units; [] takes them away."""
        if self._mark_grid is None:
            return
        old = self._marks.get(key)
        if old == rects:
            return
        if rects:
            self._marks[key] = rects
            self._mark_grid.put(key, _tuple(_united(rects)))
            self._changed(_united(rects), _united(old) if old else None)
        elif old:
            self.mark_removed(key)

    def mark_removed(self, key: str) -> None:
        old = self._marks.pop(key, None)
        if old and self._mark_grid is not None:
            self._mark_grid.remove(key)
            self.update(_united(old).adjusted(-4, -4, 4, 4))

    def selection_changed(self, note_ids: set[str], others: list[QGraphicsItem]) -> None:
        """The selected notes (by id) and the selected frames and arrows."""
        changed = note_ids ^ self._selected_notes
        few = len(changed) <= _SELECTION_ONE_BY_ONE and not others and not self._selected
        self._selected_notes = note_ids
        self._selected = others
        layer = self._selection_layer  # the notes' picture stays as it is: a select-all draws washes only
        layer.setVisible(bool(note_ids or others))
        if not few or self.notes is None:
            layer.update()
            return
        for key in changed:  # a click: only the notes whose wash comes or goes are drawn again
            rect = self.notes.rect(key)
            if rect is not None:
                layer.update(rect.adjusted(-4, -4, 4, 4))

    def _restyled(self, layer: RectLayer) -> None:
        """Draw again, whole, the rectangles a change outlined or stopped outlining (its neighbours)."""
        for rect in layer.take_restyled():
            self._changed(rect, None)

    def _changed(self, rect: QRectF, old: QRectF | None, margin: float = 4.0) -> None:
        """Draw again where `rect` is and where it was (`old`), `margin` around."""
        if self._building:
            return
        self._drawn = self._drawn.united(rect)
        if not self._bounds.contains(rect.adjusted(-4, -4, 4, 4)):
            # New bounds draw the whole picture again: grown with room to spare, so that a note
            # dragged past the edge does it once, not on every step of the drag.
            spare = _BOUNDS_SPARE
            self.prepareGeometryChange()
            self._selection_layer.prepareGeometryChange()
            self._bounds = self._bounds.united(rect.adjusted(-spare, -spare, spare, spare))
        parts = [rect] if old is None else [rect, old]
        selection = self._selected_notes or self._selected
        for part in parts:
            self.update(part.adjusted(-margin, -margin, margin, margin))
            if selection:  # a selected note moved: its wash goes with it
                self._selection_layer.update(part.adjusted(-margin, -margin, margin, margin))

    # -- drawing ---------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self.notes is None or self.frames is None:
            return
        if self.exposes_all(option):
            self._paint_all(painter)
        else:
            self._paint_part(painter, option.exposedRect)

    def exposes_all(self, option: QStyleOptionGraphicsItem | None) -> bool:
        """Whether a paint shows all that is drawn (a fitted view shows all of it, never all of the
        room to spare around it): then everything is drawn in one pass."""
        return option is None or option.exposedRect.contains(self._drawn)

    def _paint_all(self, painter: QPainter) -> None:
        assert self.notes is not None and self.frames is not None
        self.frames.draw(painter, self._frame_pen)
        if self._titles:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_TITLE_BAR)
            painter.drawRects(list(self._titles.values()))
        self._draw_arrows(painter)
        self.notes.draw(painter, lambda _colour: _BORDER, outline_apart=False)
        labels = [parts[3] for parts in self._arrows.values() if not parts[3].isNull()]
        self._draw_labels_and_marks(painter, labels, [r for rects in self._marks.values() for r in rects])

    def _paint_part(self, painter: QPainter, exposed: QRectF) -> None:
        """Only what reaches into `exposed`, in the same order as _paint_all (a change's few items)."""
        assert self.notes is not None and self.frames is not None
        assert self._mark_grid is not None
        area = _tuple(exposed)
        self.frames.draw(painter, self._frame_pen, within=area)
        # A title lies in the band just above its frame: those of the frames near the part.
        near = self.frames.keys_in(area, near=_TITLE_REACH)
        titles = [t for key in near if (t := self._titles.get(key)) is not None and t.intersects(exposed)]
        if titles:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_TITLE_BAR)
            painter.drawRects(titles)
        arrows = [self._arrows[key] for key in self._arrow_index().near(area)]
        for kind, shaft, head, _label in arrows:
            if not shaft.isNull():
                painter.setPen(STYLES[kind].pen)
                painter.drawLines([shaft, *head])
        self.notes.draw(painter, lambda _colour: _BORDER, outline_apart=False, within=area)
        labels = [parts[3] for parts in arrows if not parts[3].isNull()]
        marks = [r for key in self._mark_grid.near(area) for r in self._marks[key]]
        self._draw_labels_and_marks(painter, labels, marks)

    def _arrow_index(self) -> CellGrid:
        """The arrows by the cells they lie in, made when a part of the board is first drawn again:
        opening a board draws every arrow and needs none of it (0.1 s at 20,000 notes).
        Until then a changed or removed arrow is in `_arrows` alone, from which it is made."""
        if self._arrow_grid is None:
            from widgets.board.overview_layer import CellGrid

            grid = self._arrow_grid = CellGrid()
            for key, parts in self._arrows.items():
                grid.put(key, _tuple(_arrow_rect(parts)))
        return self._arrow_grid

    def _draw_labels_and_marks(self, painter: QPainter, labels: list[QRectF], marks: list[QRectF]) -> None:
        if labels:
            painter.setPen(_LABEL_PEN)
            painter.setBrush(_WHITE)
            painter.drawRects(labels)
        if marks:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_MARK)
            painter.drawRects(marks)

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

    def _draw_washes(self, painter: QPainter, exposed: QRectF | None = None) -> None:
        """Selected notes: washed over with the selection's colour.

        A wash over each note, drawn with the very rectangles the notes were drawn with: no
        rectangle is made for it, so selecting all 20,000 notes costs one more drawRects().
        (Outlines stroked over them took most of a select-all's 90 ms; larger rectangles under them, 60.)
        """
        if not self._selected_notes or self.notes is None:
            return
        keys = self._selected_notes
        if exposed is not None and len(keys) > _SELECTION_ONE_BY_ONE:
            keys = self.notes.keys_in(_tuple(exposed)) & keys  # of thousands, those in the part drawn again
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_WASH)
        painter.drawRects(self.notes.shown_rects(keys))

    def _draw_selection(self, painter: QPainter, exposed: QRectF | None = None) -> None:
        """Selected frames (outlined) and arrows (their shafts over them); notes are washed over."""
        if not self._selected:
            return
        frames = (
            [self.frames.rect(i.frame_id) for i in self._selected if isinstance(i, FrameItem)] if self.frames else []
        )
        arrows = [self._arrows.get(getattr(i, "connector_id", "")) for i in self._selected]
        lines = [parts[1] for parts in arrows if parts is not None]
        painter.setPen(_SELECTION)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rects = [r for r in frames if r is not None]
        if rects:
            painter.drawRects(rects)
        if lines:
            painter.drawLines(lines)


class _SelectionLayer(QGraphicsItem):
    """The overview's selection, over its picture: the washes of the selected notes and the
    outlines of the selected frames and arrows, kept as a picture of its own.

    A select-all draws 20,000 washes again, not the 20,000 notes, frames and arrows under them.
    """

    def __init__(self, overview: NoteOverviewItem) -> None:
        super().__init__(overview)
        self._overview = overview
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setVisible(False)  # shown while something is selected: no picture kept for nothing

    def boundingRect(self) -> QRectF:
        return self._overview.boundingRect()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        overview = self._overview
        part = None if overview.exposes_all(option) else option.exposedRect
        overview._draw_washes(painter, part)
        overview._draw_selection(painter, part)


def _tuple(rect: QRectF) -> Rect:
    return rect.left(), rect.top(), rect.right(), rect.bottom()


def _united(rects: list[QRectF]) -> QRectF:
    out = QRectF(rects[0])
    for rect in rects[1:]:
        out = out.united(rect)
    return out


def _arrows_bounds(arrows) -> QRectF:
    """What the drawn arrows cover together (as _arrow_rect of each), in plain numbers: one pass at an open."""
    xs: list[float] = []
    ys: list[float] = []
    labels: list[QRectF] = []
    for _kind, shaft, _head, label in arrows:
        if not shaft.isNull():  # an arrow not laid out (a note missing) is not drawn
            xs += (shaft.x1(), shaft.x2())
            ys += (shaft.y1(), shaft.y2())
        if not label.isNull():
            labels.append(label)
    bounds = QRectF()
    if xs:
        bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(-20, -20, 20, 20)
    for label in labels:
        bounds = bounds.united(label)
    return bounds


def _arrow_rect(parts) -> QRectF:
    shaft: QLineF = parts[1]
    rect = QRectF(shaft.p1(), shaft.p2()).normalized().adjusted(-20, -20, 20, 20)
    return rect.united(parts[3]) if not parts[3].isNull() else rect
