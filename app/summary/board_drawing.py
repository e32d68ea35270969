"""A board as a vector picture on the page: frames, arrows, notes in their colours, vote dots.

It mirrors what the board shows on screen (widgets/board/note_item.py,
frame_item.py, connector_item.py) at a scale that fits the page. Text is
drawn inside a note only when it is large enough to read when zoomed in; the
notes are also printed in full as text under the picture, so nothing depends
on small print here.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.domain.model import Board, Connector, Frame, Note, Workshop
from app.domain.voting import dots_visible
from app.summary.arrows import ARROW_STYLES, draw_arrow, label_spot
from app.summary.arrows import Rect as _Rect
from app.summary.chunks import collapsed
from app.summary.fonts import BOLD, REGULAR, printable
from app.summary.hyphens import Hyphenator, fitting_prefix

# Scene units, as on screen (widgets/board/note_item.py, frame_item.py, connector_item.py).
_NOTE_FONT = 17.0
_NOTE_PADDING = 10.0
_FRAME_TITLE = 22.0
_FRAME_TITLE_BAND = _FRAME_TITLE + 12.0
_DOT_RADIUS = 13.0
_MAX_SCALE = 0.6  # points per scene unit: one note at most about 38 mm wide
_MIN_TEXT_PT = 2.0  # below this a note's text is not drawn (it is printed in full below the picture)
_INK = HexColor("#1a1a1a")
_ARROW_INK = HexColor("#3a3a3a")
_TITLE_INK = HexColor("#333333")
_DOT_INK = HexColor("#1f2937")


@dataclass(frozen=True)
class _Box:
    left: float
    top: float
    right: float
    bottom: float


class BoardDrawing(Flowable):
    """One board drawn to fit the width available and at most `max_height` points high."""

    def __init__(self, workshop: Workshop, board: Board, *, max_height: float, hyphenate: Hyphenator) -> None:
        super().__init__()
        self._hyphenate = hyphenate
        self._notes = workshop.notes_on(board.id)
        self._frames = sorted((f for f in workshop.frames if f.board_id == board.id), key=lambda f: f.z)
        self._connectors = [c for c in workshop.connectors if c.board_id == board.id]
        visible_votes = {v.id for v in workshop.votes if v.board_id == board.id and dots_visible(v)}
        self._dots = Counter(d.note_id for d in workshop.vote_dots if d.vote_id in visible_votes)
        self._max_height = max_height
        self._box = _bounds(self._notes, self._frames)
        self._scale = 1.0
        self.hAlign = "CENTER"

    def is_empty(self) -> bool:
        return not self._notes and not self._frames

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        box = self._box
        width, height = max(box.right - box.left, 1.0), max(box.bottom - box.top, 1.0)
        # Smaller, down to 60 % of its size, where that lets it stay on this page under its heading.
        room = self._max_height if availHeight >= self._max_height else max(availHeight - 2, self._max_height * 0.6)
        self._scale = min(availWidth / width, room / height, _MAX_SCALE)
        self.width, self.height = width * self._scale, height * self._scale
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        # Scene coordinates grow downwards from the board's top left; the page's grow upwards.
        # (transform, not translate: tests/test_i18n.py takes every .translate() call for Qt's.)
        canvas.transform(1, 0, 0, 1, 0, self.height)
        canvas.scale(self._scale, -self._scale)
        canvas.transform(1, 0, 0, 1, -self._box.left, -self._box.top)
        for frame in self._frames:
            self._draw_frame(frame)
        by_id = {note.id: note for note in self._notes}
        arrows = [
            (connector, by_id[connector.from_note], by_id[connector.to_note])
            for connector in self._connectors
            if connector.from_note in by_id and connector.to_note in by_id
        ]
        for connector, start, end in arrows:
            (x1, y1), (x2, y2) = _edge_to_edge(start, end)
            draw_arrow(canvas, connector.kind, x1, y1, x2, y2)
        for note in self._notes:
            self._draw_note(note)
        # Labels last: on screen they lie over the notes too (widgets/board/connector_item.py).
        rects = [(n.x, n.y, n.x + n.width, n.y + n.height) for n in self._notes]
        for connector, start, end in arrows:
            self._draw_label(connector, start, end, rects)
        canvas.restoreState()

    def _draw_frame(self, frame: Frame) -> None:
        canvas = self.canv
        fill = _colour(frame.colour, HexColor("#f2f2f2"))
        canvas.setFillColor(fill)
        canvas.setStrokeColor(_darker(fill, 1.4))
        canvas.setLineWidth(1.0)
        canvas.rect(frame.x, frame.y, frame.width, frame.height, stroke=1, fill=1)
        if frame.title and _FRAME_TITLE * self._scale >= _MIN_TEXT_PT:
            title = _fit_line(printable(frame.title).replace("\n", " "), BOLD, _FRAME_TITLE, frame.width - 8)
            self._text(title, BOLD, _FRAME_TITLE, frame.x + 4, frame.y - 8, _TITLE_INK)

    def _draw_label(self, connector: Connector, start: Note, end: Note, rects: list[_Rect]) -> None:
        if not connector.label or 12 * self._scale < _MIN_TEXT_PT:
            return
        (x1, y1), (x2, y2) = _edge_to_edge(start, end)
        length = math.hypot(x2 - x1, y2 - y1)
        label = _fit_line(printable(connector.label).replace("\n", " "), REGULAR, 12, max(length, 120))
        width = stringWidth(label, REGULAR, 12)
        others = [r for r, n in zip(rects, self._notes, strict=True) if n.id not in (start.id, end.id)]
        left, top, right, bottom = label_spot((x1, y1, x2, y2), width + 6, 16, [*others, _rect(start), _rect(end)])
        canvas = self.canv
        colour = HexColor(ARROW_STYLES[connector.kind].colour)
        canvas.setFillColor(HexColor("#ffffff"))
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(1.0)
        canvas.roundRect(left, top, right - left, bottom - top, 3, stroke=1, fill=1)
        self._text(label, REGULAR, 12, left + 3, bottom - 4, _ARROW_INK)

    def _draw_note(self, note: Note) -> None:
        canvas = self.canv
        fill = _colour(note.colour, HexColor("#ffe14d"))
        canvas.setFillColor(fill)
        canvas.setStrokeColor(_darker(fill, 1.25))
        canvas.setLineWidth(1.0)
        canvas.rect(note.x, note.y, note.width, note.height, stroke=1, fill=1)
        if _NOTE_FONT * self._scale >= _MIN_TEXT_PT and note.text:
            inner = note.width - 2 * _NOTE_PADDING
            # The first line stops short of the dot badge in the top right corner.
            first = inner - (2 * _DOT_RADIUS + 2 if self._dots.get(note.id) else 0)
            room = int((note.height - 2 * _NOTE_PADDING - 1.15 * _NOTE_FONT) // (_NOTE_FONT * 1.2)) + 1
            for row, line in enumerate(_wrap(note.text, inner, room, self._hyphenate, first_width=first)):
                baseline = note.y + _NOTE_PADDING + _NOTE_FONT * 0.9 + row * _NOTE_FONT * 1.2
                self._text(line, REGULAR, _NOTE_FONT, note.x + _NOTE_PADDING, baseline, _INK)
        dots = self._dots.get(note.id, 0)
        if dots and _DOT_RADIUS * self._scale >= 1.0:
            cx, cy = note.x + note.width - _DOT_RADIUS - 4, note.y + _DOT_RADIUS + 4
            canvas.setFillColor(_DOT_INK)
            canvas.circle(cx, cy, _DOT_RADIUS, stroke=0, fill=1)
            count = str(dots)
            size = 14 if dots < 10 else 11
            self._text(count, BOLD, size, cx - stringWidth(count, BOLD, size) / 2, cy + size * 0.36, Color(1, 1, 1))

    def _text(self, text: str, font: str, size: float, x: float, baseline: float, colour: Color) -> None:
        """Draw one line upright, although the drawing's y axis points down."""
        canvas = self.canv
        canvas.saveState()
        canvas.transform(1, 0, 0, -1, x, baseline)
        canvas.setFillColor(colour)
        canvas.setFont(font, size)
        canvas.drawString(0, 0, text)
        canvas.restoreState()


def _bounds(notes: list[Note], frames: list[Frame]) -> _Box:
    rects = [(n.x, n.y, n.x + n.width, n.y + n.height) for n in notes]
    rects += [(f.x, f.y - (_FRAME_TITLE_BAND if f.title else 0), f.x + f.width, f.y + f.height) for f in frames]
    if not rects:
        return _Box(0, 0, 1, 1)
    margin = 4.0
    return _Box(
        min(r[0] for r in rects) - margin,
        min(r[1] for r in rects) - margin,
        max(r[2] for r in rects) + margin,
        max(r[3] for r in rects) + margin,
    )


def _rect(note: Note) -> _Rect:
    return (note.x, note.y, note.x + note.width, note.y + note.height)


def _edge_to_edge(start: Note, end: Note) -> tuple[tuple[float, float], tuple[float, float]]:
    """The arrow from the edge of one note to the edge of the other, along the line between centres."""
    sx, sy = start.x + start.width / 2, start.y + start.height / 2
    ex, ey = end.x + end.width / 2, end.y + end.height / 2
    return _edge_point(start, sx, sy, ex - sx, ey - sy), _edge_point(end, ex, ey, sx - ex, sy - ey)


def _edge_point(note: Note, cx: float, cy: float, dx: float, dy: float) -> tuple[float, float]:
    if dx == 0 and dy == 0:
        return cx, cy
    scale = min(
        (note.width / 2) / abs(dx) if dx else math.inf,
        (note.height / 2) / abs(dy) if dy else math.inf,
    )
    return cx + dx * scale, cy + dy * scale


def _wrap(
    text: str, width: float, max_lines: int, hyphenate: Hyphenator, *, first_width: float | None = None
) -> list[str]:
    """The note's text in lines of at most `width` scene units (the first `first_width`).

    A word wider than the note breaks at a syllable with a hyphen (never
    anywhere without one); the last line shown ends in … when text is left over.
    """
    if max_lines <= 0:
        return []
    # A note shows a few dozen words at most: wrap only what could fit.
    budget = int(max_lines * width / (_NOTE_FONT * 0.45)) + 1
    text = collapsed(printable(text[: budget + 1]))
    lines: list[str] = []

    def room() -> float:
        return first_width if first_width is not None and not lines else width

    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, REGULAR, _NOTE_FONT) <= room():
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while stringWidth(line, REGULAR, _NOTE_FONT) > room() and len(line) > 1:  # a word wider than the note
                head, line = _hyphenated(line, room(), hyphenate)
                lines.append(head)
        lines.append(line)
        if len(lines) > max_lines:
            break
    if len(lines) > max_lines or len(text) > budget:
        lines = lines[:max_lines]
        last_width = first_width if first_width is not None and len(lines) == 1 else width
        lines[-1] = _fit_line(lines[-1] + "…", REGULAR, _NOTE_FONT, last_width, force_ellipsis=True)
    return lines


def _hyphenated(word: str, width: float, hyphenate: Hyphenator) -> tuple[str, str]:
    """The longest head of the word that fits `width` with its hyphen, and the rest."""
    for head, tail in hyphenate(word):
        if stringWidth(head + "-", REGULAR, _NOTE_FONT) <= width:
            return head + "-", tail
    cut = max(1, fitting_prefix(word, width - stringWidth("-", REGULAR, _NOTE_FONT), REGULAR, _NOTE_FONT))
    return word[:cut] + "-", word[cut:]


def _fit_line(text: str, font: str, size: float, width: float, *, force_ellipsis: bool = False) -> str:
    """The text, cut with … so that it fits `width`."""
    if stringWidth(text, font, size) <= width and not (force_ellipsis and not text.endswith("…")):
        return text
    body = text.rstrip("…")
    while body and stringWidth(body + "…", font, size) > width:
        body = body[: max(0, min(len(body) - 1, int(len(body) * 0.9)))]
    return body + "…"


def _colour(value: str, fallback: Color) -> Color:
    try:
        return HexColor(value)
    except (ValueError, TypeError):
        return fallback


def _darker(colour: Color, factor: float) -> Color:
    return Color(colour.red / factor, colour.green / factor, colour.blue / factor)
