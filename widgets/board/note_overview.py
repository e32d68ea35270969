"""The notes of a board seen from far away: one item that draws them all as coloured rectangles.

When every view of a board shows its notes too small for even the grey text
bars (a fitted board of thousands of notes), calling each note's Python
paint() costs about 6 µs a note, 30 ms a frame at 5,000 notes, to draw what
is in the end only a rectangle. In that state the notes are switched to
ItemHasNoContents (Qt skips their paint() but still hit-tests, selects and
drags them, all in C++), and this item draws them instead with one
drawRects() call per run of equal colour, in their stacking order. It sits
just above the frames and below the arrows, like the notes it stands for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from widgets.board.note_item import NoteItem

OVERVIEW_Z = -500.0  # frames sit at -1000 and below, notes and arrows above 0
_BORDER = QPen(QColor(0, 0, 0, 40), 0)  # cosmetic hairline: notes stay apart when touching
_SELECTION = QPen(QColor("#1f5fbf"), 3)
_SELECTION.setCosmetic(True)


class NoteOverviewItem(QGraphicsItem):
    """Draws the given note items as rectangles, grouped into runs of one colour in z order."""

    def __init__(self, notes: Callable[[], list[NoteItem]]) -> None:
        super().__init__()
        self._notes = notes
        self._runs: list[tuple[QColor, list[QRectF]]] = []
        self._bounds = QRectF()
        self._dirty = True
        self.setZValue(OVERVIEW_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    def invalidate(self) -> None:
        """The notes moved, changed or came and went: rebuild the runs before the next paint."""
        if not self._dirty:
            self._dirty = True
            self.update()

    def refresh_bounds(self) -> None:
        self.prepareGeometryChange()
        self._rebuild()

    def _rebuild(self) -> None:
        runs: list[tuple[QColor, list[QRectF]]] = []
        bounds = QRectF()
        for item in sorted(self._notes(), key=lambda i: i.zValue()):
            rect = item.sceneBoundingRect().marginsRemoved(item.bounds_margins())
            bounds = bounds.united(rect)
            colour = item.colour()
            if runs and runs[-1][0] == colour:
                runs[-1][1].append(rect)
            else:
                runs.append((colour, [rect]))
        self._runs = runs
        self._bounds = bounds.adjusted(-4, -4, 4, 4)
        self._dirty = False

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._dirty:
            self._rebuild()
        painter.setPen(_BORDER)
        for colour, rects in self._runs:
            painter.setBrush(colour)
            painter.drawRects(rects)
        scene = self.scene()
        selected = [i for i in scene.selectedItems() if isinstance(i, NoteItem)] if scene is not None else []
        if selected:
            painter.setPen(_SELECTION)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRects([i.sceneBoundingRect().marginsRemoved(i.bounds_margins()) for i in selected])
