"""Arrows on a printed board, each kind drawn as the board draws it on screen.

widgets/board/connector_item.py draws "causes" solid dark grey, "leads to"
solid blue, "blocks" dashed red ending in a bar and "related" dotted grey with
no head; the kinds must stay apart in print too, on a black-and-white printer
as well (the dash and the head differ, not only the colour). A test holds this
table to the screen's.

Labels are drawn after every note, so no note covers one, and they are put
where they cover no note when such a place is near the middle of the arrow.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.colors import HexColor

from app.domain.model import ConnectorKind

ARROW = 16.0  # scene units, as on screen
LINE_WIDTH = 2.5

Rect = tuple[float, float, float, float]  # left, top, right, bottom in scene units (y grows down)


@dataclass(frozen=True)
class ArrowStyle:
    colour: str
    dash: tuple[float, ...]  # on, off lengths in scene units; () is a solid line
    head: str  # "arrow", "bar" or "none"


# Qt's DashLine is 4 on, 2 off and DotLine 1 on, 2 off, in pen widths.
ARROW_STYLES: dict[ConnectorKind, ArrowStyle] = {
    ConnectorKind.CAUSES: ArrowStyle("#333333", (), "arrow"),
    ConnectorKind.LEADS_TO: ArrowStyle("#0a5c99", (), "arrow"),
    ConnectorKind.BLOCKS: ArrowStyle("#b0201a", (4 * LINE_WIDTH, 2 * LINE_WIDTH), "bar"),
    ConnectorKind.RELATED: ArrowStyle("#6e6e6e", (1 * LINE_WIDTH, 2 * LINE_WIDTH), "none"),
}


def draw_arrow(canvas, kind: ConnectorKind, x1: float, y1: float, x2: float, y2: float) -> None:
    """The shaft in the kind's dash, and its head: a filled triangle, a bar across, or none."""
    style = ARROW_STYLES.get(kind, ARROW_STYLES[ConnectorKind.RELATED])
    colour = HexColor(style.colour)
    length = math.hypot(x2 - x1, y2 - y1)
    angle = math.atan2(y2 - y1, x2 - x1)
    canvas.saveState()
    canvas.setStrokeColor(colour)
    canvas.setFillColor(colour)
    canvas.setLineWidth(LINE_WIDTH)
    canvas.setLineCap(0)
    end_x, end_y = x2, y2
    if style.head == "arrow" and length > ARROW:
        # Stop the shaft at the base of the head, so the tip stays sharp.
        end_x, end_y = x2 - math.cos(angle) * ARROW * 0.8, y2 - math.sin(angle) * ARROW * 0.8
    if style.dash:
        canvas.setDash(list(style.dash), 0)
    canvas.line(x1, y1, end_x, end_y)
    canvas.setDash([], 0)
    if length > ARROW and style.head == "arrow":
        path = canvas.beginPath()
        path.moveTo(x2, y2)
        path.lineTo(x2 - math.cos(angle - 0.42) * ARROW, y2 - math.sin(angle - 0.42) * ARROW)
        path.lineTo(x2 - math.cos(angle + 0.42) * ARROW, y2 - math.sin(angle + 0.42) * ARROW)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    elif length > ARROW and style.head == "bar":
        across_x, across_y = -math.sin(angle) * ARROW * 0.6, math.cos(angle) * ARROW * 0.6
        base_x, base_y = x2 - math.cos(angle) * 3, y2 - math.sin(angle) * 3
        canvas.setLineWidth(4)
        canvas.line(base_x + across_x, base_y + across_y, base_x - across_x, base_y - across_y)
    canvas.restoreState()


def label_spot(line: Rect, width: float, height: float, notes: list[Rect]) -> Rect:
    """Where an arrow's label goes: the middle of the arrow, else the nearest place along it or
    beside it that covers no note; the middle when there is none."""
    x1, y1, x2, y2 = line
    length = max(math.hypot(x2 - x1, y2 - y1), 1e-9)
    normal_x, normal_y = -(y2 - y1) / length, (x2 - x1) / length
    candidates = [(0.5, 0.0)]
    for t in (0.4, 0.6, 0.3, 0.7, 0.2, 0.8):
        candidates.append((t, 0.0))
    for side in (1.0, -1.0):
        for t in (0.5, 0.35, 0.65):
            candidates.append((t, side * (height / 2 + 6)))
    for t, offset in candidates:
        cx = x1 + (x2 - x1) * t + normal_x * offset
        cy = y1 + (y2 - y1) * t + normal_y * offset
        box = (cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)
        if not any(_overlap(box, note) for note in notes):
            return box
    cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
    return (cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def _overlap(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
