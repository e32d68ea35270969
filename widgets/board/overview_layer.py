"""Rectangles of many colours, kept ready to draw with one drawRects() call per colour.

The overview (note_overview.py) draws thousands of notes and frames. Drawing them in
stacking order would take one call per run of equal colour, thousands a frame on a board
of mixed colours; drawing them by colour is right wherever they do not overlap. So each
rectangle that overlaps no other goes into its colour's batch, and only those that overlap
another are drawn afterwards in stacking order, where order shows.

Every change is kept up to date one rectangle at a time: a grid of cells (CellGrid) finds
the few rectangles a changed one may overlap, and the few an exposed part of the screen
holds, so an edit or a drag step costs what it touches, never a sort or a measure or a
drawing of the whole board.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

_CELL = 512.0  # scene units; a note is 180 wide, so a rectangle lies in a few cells
# Rectangles this near each other count as overlapping: they are drawn with their outlines (in
# stacking order), so notes that touch stay apart. The rest are filled without an outline,
# which costs a third of an outlined rectangle: they have the board between them.
_NEAR = 2.0
Rect = tuple[float, float, float, float]  # left, top, right, bottom


class CellGrid:
    """Keys by the cells of the board their rectangles lie in: what is near a rectangle, quickly."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], set[str]] = {}
        self._of: dict[str, list[tuple[int, int]]] = {}

    def put(self, key: str, rect: Rect) -> None:
        self.remove(key)
        cells = self._of[key] = _cells_of(rect)
        for cell in cells:
            self._cells.setdefault(cell, set()).add(key)

    def remove(self, key: str) -> None:
        for cell in self._of.pop(key, ()):
            members = self._cells[cell]
            members.discard(key)
            if not members:
                del self._cells[cell]

    def near(self, rect: Rect) -> set[str]:
        """The keys in the cells `rect` touches: a few more than those it overlaps, never fewer."""
        found: set[str] = set()
        for cell in _cells_of(rect):
            members = self._cells.get(cell)
            if members:
                found |= members
        return found

    @staticmethod
    def cell_count(rect: Rect) -> int:
        c1, r1, c2, r2 = _cell_span(rect)
        return (c2 - c1 + 1) * (r2 - r1 + 1)


class RectLayer:
    """Rectangles by key, each with a colour and a z; see the module doc."""

    def __init__(self) -> None:
        self._rects: dict[str, Rect] = {}  # x1, y1, x2, y2
        self._looks: dict[str, tuple[int, float]] = {}  # colour key (rgba), z
        self._colours: dict[int, QColor] = {}
        self._grid = CellGrid()
        self._batches: dict[int, dict[str, QRectF]] = {}
        self._stacked: dict[str, QRectF] = {}
        self._lists: dict[int, list[QRectF]] = {}  # the batches as lists, made again when changed
        self._stacked_runs: list[tuple[QColor, list[QRectF]]] | None = None
        # Others whose look changed with a put or remove (outlined now they overlap, or no longer):
        # drawn again in whole, not only where the changed one lies (see take_restyled).
        self._restyled: set[str] = set()
        self.measured = 0  # rectangles put since made: tests check that an edit puts only what it changed
        self.drawn = 0  # rectangles drawn since made: tests check that an edit draws only its part again

    def __len__(self) -> int:
        return len(self._rects)

    def put(self, key: str, x: float, y: float, width: float, height: float, colour: QColor, z: float) -> bool:
        """Add or update one rectangle; False when nothing changed."""
        self.measured += 1
        rect = (x, y, x + width, y + height)
        look = (colour.rgba(), z)
        if self._rects.get(key) == rect and self._looks.get(key) == look:
            return False
        if key in self._rects:
            self._detach(key)
        self._colours.setdefault(look[0], QColor(colour))
        self._rects[key] = rect
        self._looks[key] = look
        self._grid.put(key, rect)
        others = self._overlapping(key)
        if others:
            self._stack(key)
            for other in others:
                if other not in self._stacked:
                    self._restyled.add(other)
                self._stack(other)
        else:
            self._batch(key)
        return True

    def fill(self, entries) -> None:
        """Take in many rectangles at once into an empty layer: (key, x, y, width, height, colour, z)
        each. The same result as putting them one by one, with each overlap looked for once
        (an open fills 25,000), in one pass over the cells once every rectangle is in them."""
        assert not self._rects, "fill() builds a layer; put() changes one"
        rects, looks, colours, grid = self._rects, self._looks, self._colours, self._grid
        for key, x, y, width, height, colour, z in entries:
            rgba = colour.rgba()
            if rgba not in colours:
                colours[rgba] = QColor(colour)
            rect = rects[key] = (x, y, x + width, y + height)
            looks[key] = (rgba, z)
            grid.put(key, rect)
        cells, cells_of_key, near = grid._cells, grid._of, _NEAR
        self.measured += len(rects)
        batches, stacked = self._batches, self._stacked
        for key, rect in rects.items():
            x1, y1, x2, y2 = rect[0] - near, rect[1] - near, rect[2] + near, rect[3] + near
            overlapped = False
            for cell in cells_of_key[key]:
                for other in cells[cell]:
                    if other != key:
                        ox1, oy1, ox2, oy2 = rects[other]
                        if ox1 < x2 and x1 < ox2 and oy1 < y2 and y1 < oy2:
                            overlapped = True
                            break
                if overlapped:
                    break
            qrect = QRectF(rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1])
            if overlapped:
                stacked[key] = qrect
            else:
                batches.setdefault(looks[key][0], {})[key] = qrect
        self._lists.clear()
        self._stacked_runs = None

    def remove(self, key: str) -> None:
        if key in self._rects:
            self._detach(key)

    def take_restyled(self) -> list[QRectF]:
        """The rectangles of others whose look the last puts and removes changed, to draw again whole."""
        keys, self._restyled = self._restyled, set()
        return [r for key in keys if (r := self.rect(key)) is not None]

    def clear(self) -> None:
        self.__init__()  # type: ignore[misc]

    def bounds(self) -> QRectF:
        if not self._rects:
            return QRectF()
        xs1, ys1, xs2, ys2 = zip(*self._rects.values(), strict=True)
        return QRectF(min(xs1), min(ys1), max(xs2) - min(xs1), max(ys2) - min(ys1))

    def rect(self, key: str) -> QRectF | None:
        r = self._rects.get(key)
        return QRectF(r[0], r[1], r[2] - r[0], r[3] - r[1]) if r is not None else None

    def shown_rects(self, keys) -> list[QRectF]:
        """The rectangles of `keys` (those there are) as drawn: the very objects, none made anew."""
        if len(keys) >= len(self._rects) and all(key in keys for key in self._stacked):
            # Every one (a select-all): the lists drawn by colour, not a look-up per key.
            every = [rect for batch in self._batches.values() for rect in batch.values()]
            if len(every) + len(self._stacked) == len(keys):
                return every + list(self._stacked.values())
        out = []
        stacked, batches, looks = self._stacked, self._batches, self._looks
        for key in keys:
            rect = stacked.get(key)
            if rect is None:
                look = looks.get(key)
                rect = batches[look[0]].get(key) if look is not None else None
            if rect is not None:
                out.append(rect)
        return out

    def stacked_count(self) -> int:
        return len(self._stacked)

    def draw(self, painter: QPainter, pen_of, *, outline_apart: bool = True, within: Rect | None = None) -> None:
        """Every rectangle: the batches by colour, then the overlapping ones in z order.

        Without `outline_apart`, rectangles that touch nothing are filled without their outline.
        With `within`, only the rectangles that reach into it (a small part of the board exposed
        again after an edit): the same calls, made of the few rectangles found in its cells.
        """
        if within is not None and self._grid.cell_count(within) < len(self._rects):
            keys = self.keys_in(within)
            self.drawn += len(keys)
            self._draw_part(painter, pen_of, outline_apart, keys)
            return
        self.drawn += len(self._rects)
        if not outline_apart:
            painter.setPen(Qt.PenStyle.NoPen)
        for colour_key, batch in self._batches.items():
            rects = self._lists.get(colour_key)
            if rects is None:
                rects = self._lists[colour_key] = list(batch.values())
            if rects:
                colour = self._colours[colour_key]
                if outline_apart:
                    painter.setPen(pen_of(colour))
                painter.setBrush(colour)
                painter.drawRects(rects)
        if self._stacked_runs is None:
            runs: list[tuple[QColor, list[QRectF]]] = []
            for key in sorted(self._stacked, key=lambda k: self._looks[k][1]):
                colour = self._colours[self._looks[key][0]]
                if runs and runs[-1][0] is colour:
                    runs[-1][1].append(self._stacked[key])
                else:
                    runs.append((colour, [self._stacked[key]]))
            self._stacked_runs = runs
        for colour, rects in self._stacked_runs:
            painter.setPen(pen_of(colour))
            painter.setBrush(colour)
            painter.drawRects(rects)

    def _draw_part(self, painter: QPainter, pen_of, outline_apart: bool, keys: set[str]) -> None:
        batches: dict[int, list[QRectF]] = {}
        stacked = []
        for key in keys:
            if key in self._stacked:
                stacked.append(key)
            else:
                colour_key = self._looks[key][0]
                batches.setdefault(colour_key, []).append(self._batches[colour_key][key])  # as kept
        if not outline_apart:
            painter.setPen(Qt.PenStyle.NoPen)
        for colour_key, rects in batches.items():
            colour = self._colours[colour_key]
            if outline_apart:
                painter.setPen(pen_of(colour))
            painter.setBrush(colour)
            painter.drawRects(rects)
        for key in sorted(stacked, key=lambda k: self._looks[k][1]):
            colour = self._colours[self._looks[key][0]]
            painter.setPen(pen_of(colour))
            painter.setBrush(colour)
            painter.drawRect(self._stacked[key])

    # -- internals ---------------------------------------------------------------------

    def _qrect(self, key: str) -> QRectF:
        x1, y1, x2, y2 = self._rects[key]
        return QRectF(x1, y1, x2 - x1, y2 - y1)

    def _batch(self, key: str) -> None:
        colour = self._looks[key][0]
        self._batches.setdefault(colour, {})[key] = self._qrect(key)
        self._lists.pop(colour, None)

    def _stack(self, key: str) -> None:
        colour = self._looks[key][0]
        batch = self._batches.get(colour)
        if batch is not None and batch.pop(key, None) is not None:
            self._lists.pop(colour, None)
        self._stacked[key] = self._qrect(key)
        self._stacked_runs = None

    def _detach(self, key: str) -> None:
        rect = self._rects.pop(key)
        colour, _z = self._looks.pop(key)
        self._grid.remove(key)
        others = self._overlapping_rect(key, rect)
        batch = self._batches.get(colour)
        if batch is not None and batch.pop(key, None) is not None:
            self._lists.pop(colour, None)
        if self._stacked.pop(key, None) is not None:
            self._stacked_runs = None
        for other in others:  # those it overlapped may now overlap nothing
            if other in self._stacked and not self._overlapping(other):
                del self._stacked[other]
                self._stacked_runs = None
                self._batch(other)
                self._restyled.add(other)

    def _overlapping(self, key: str) -> set[str]:
        return self._overlapping_rect(key, self._rects[key])

    def _overlapping_rect(self, key: str, rect: Rect) -> set[str]:
        found = self.keys_in(rect, near=_NEAR)
        found.discard(key)
        return found

    def keys_in(self, rect: Rect, *, near: float = 0.0) -> set[str]:
        """The keys whose rectangles overlap `rect` (grown by `near` on every side)."""
        x1, y1, x2, y2 = rect[0] - near, rect[1] - near, rect[2] + near, rect[3] + near
        rects = self._rects
        found = set()
        for other in self._grid.near(rect):
            ox1, oy1, ox2, oy2 = rects[other]
            if ox1 < x2 and x1 < ox2 and oy1 < y2 and y1 < oy2:
                found.add(other)
        return found


def _cell_span(rect: Rect) -> tuple[int, int, int, int]:
    """The first and last column and row of the cells `rect` lies in (with _NEAR around it)."""
    x1, y1, x2, y2 = rect[0] - _NEAR, rect[1] - _NEAR, rect[2] + _NEAR, rect[3] + _NEAR
    return int(x1 // _CELL), int(y1 // _CELL), int(x2 // _CELL), int(y2 // _CELL)


def _cells_of(rect: Rect, near: float = _NEAR, size: float = _CELL) -> list[tuple[int, int]]:
    # Written out, with the constants as locals: called for every rectangle put (25,000 at an open).
    c1, r1 = int((rect[0] - near) // size), int((rect[1] - near) // size)
    c2, r2 = int((rect[2] + near) // size), int((rect[3] + near) // size)
    if c1 == c2 and r1 == r2:
        return [(c1, r1)]
    return [(c, r) for c in range(c1, c2 + 1) for r in range(r1, r2 + 1)]
