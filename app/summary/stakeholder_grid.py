"""Mendelow's power/interest grid as a picture: one numbered dot per stakeholder.

Numbers instead of names keep the picture readable when actors crowd one
corner; the stakeholder table beside it carries the same numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.domain.model import Stakeholder
from app.domain.stakeholders import Quadrant, quadrant_title
from app.summary.catalogue import Catalogue
from app.summary.fonts import BOLD, REGULAR
from app.summary.texts import Texts

_QUADRANT_FILLS = ("#f8eef3", "#eef6ee", "#f3f3f3", "#eef3f8")  # keep satisfied, manage closely, monitor, informed
_DOT = HexColor("#1f4e79")
_AXIS = HexColor("#444444")
_LABEL = HexColor("#6b6b6b")
_RADIUS = 7.5
_AXIS_ROOM = 18.0  # left and bottom, for the axis names


Box = tuple[float, float, float, float]  # left, bottom, right, top


@dataclass(frozen=True)
class GridLayout:
    """Where the quadrant names and the numbered dots go, in the flowable's own points."""

    labels: list[tuple[str, float, float, Box]]  # name, x, baseline, the box it covers
    dots: list[tuple[float, float]]  # centres, in the order of the stakeholders


class StakeholderGrid(Flowable):
    """The grid at the full width available, `height` points high; dots numbered from 1 in list order.

    The quadrants are named as the app's stakeholder map names them (app.domain.stakeholders,
    in the summary's language), and no dot covers a name.
    """

    def __init__(
        self, stakeholders: list[Stakeholder], texts: Texts, catalogue: Catalogue, *, height: float = 250.0
    ) -> None:
        super().__init__()
        self._stakeholders = stakeholders
        self._texts = texts
        self._catalogue = catalogue
        self._height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self._height
        return self.width, self.height

    def layout(self) -> GridLayout:
        """The names' and dots' places (after wrap)."""
        left, bottom = _AXIS_ROOM, _AXIS_ROOM
        width, height = self.width - left, self.height - bottom
        half_h = height / 2
        labels = []
        for x, y, q in self._quadrants():
            name = quadrant_title(q, self._catalogue.translate)
            baseline = y + half_h - 13
            right = x + 6 + stringWidth(name, BOLD, 9)
            labels.append((name, x + 6, baseline, (x + 3, baseline - 3, right + 3, baseline + 10)))
        placed: list[tuple[float, float]] = []
        boxes = [box for *_, box in labels]
        for stakeholder in self._stakeholders:
            x = left + _unit(stakeholder.interest) * width
            y = bottom + _unit(stakeholder.power) * height
            placed.append(_free_spot(x, y, placed, boxes, left, bottom, width, height))
        return GridLayout(labels, placed)

    def _quadrants(self) -> list[tuple[float, float, Quadrant]]:
        left, bottom = _AXIS_ROOM, _AXIS_ROOM
        half_w, half_h = (self.width - left) / 2, (self.height - bottom) / 2
        return [
            (left, bottom + half_h, Quadrant.KEEP_SATISFIED),
            (left + half_w, bottom + half_h, Quadrant.MANAGE_CLOSELY),
            (left, bottom, Quadrant.MONITOR),
            (left + half_w, bottom, Quadrant.KEEP_INFORMED),
        ]

    def draw(self) -> None:
        canvas = self.canv
        left, bottom = _AXIS_ROOM, _AXIS_ROOM
        width, height = self.width - left, self.height - bottom
        half_w, half_h = width / 2, height / 2
        layout = self.layout()
        for (x, y, _q), fill in zip(self._quadrants(), _QUADRANT_FILLS, strict=True):
            canvas.setFillColor(HexColor(fill))
            canvas.setStrokeColor(HexColor("#c8c8c8"))
            canvas.setLineWidth(0.6)
            canvas.rect(x, y, half_w, half_h, stroke=1, fill=1)
        canvas.setFillColor(_LABEL)
        canvas.setFont(BOLD, 9)
        for name, x, baseline, _box in layout.labels:
            canvas.drawString(x, baseline, name)

        canvas.setFillColor(_AXIS)
        canvas.setFont(REGULAR, 8.5)
        interest = self._texts["interest"] + " →"
        canvas.drawString(left + width - stringWidth(interest, REGULAR, 8.5), 4, interest)
        canvas.saveState()
        canvas.transform(0, 1, -1, 0, 12, bottom + height)  # moved there and turned a quarter left
        power = self._texts["power"] + " →"
        canvas.drawRightString(0, 0, power)
        canvas.restoreState()

        for number, (x, y) in enumerate(layout.dots, start=1):
            canvas.setFillColor(_DOT)
            canvas.setStrokeColor(Color(1, 1, 1))
            canvas.setLineWidth(0.8)
            canvas.circle(x, y, _RADIUS, stroke=1, fill=1)
            label = str(number)
            size = 8 if number < 100 else 6
            canvas.setFillColor(Color(1, 1, 1))
            canvas.setFont(BOLD, size)
            canvas.drawCentredString(x, y - size * 0.35, label)


def _unit(value: float) -> float:
    if not isinstance(value, (int, float)) or math.isnan(value):
        return 0.5
    return min(1.0, max(0.0, float(value)))


def _free_spot(
    x: float,
    y: float,
    placed: list[tuple[float, float]],
    boxes: list[Box],
    left: float,
    bottom: float,
    width: float,
    height: float,
) -> tuple[float, float]:
    """Where the dot goes: its own place, or the nearest spot on a small spiral that no dot or name covers."""
    inside_x = (left + _RADIUS, left + width - _RADIUS)
    inside_y = (bottom + _RADIUS, bottom + height - _RADIUS)
    for step in range(120):
        angle = step * 0.9
        distance = 0.0 if step == 0 else _RADIUS * (1.2 + step * 0.25)
        cx = min(max(x + math.cos(angle) * distance, inside_x[0]), inside_x[1])
        cy = min(max(y + math.sin(angle) * distance, inside_y[0]), inside_y[1])
        if all(math.hypot(cx - px, cy - py) >= 2 * _RADIUS for px, py in placed) and not any(
            _covers(cx, cy, box) for box in boxes
        ):
            return cx, cy
    return min(max(x, inside_x[0]), inside_x[1]), min(max(y, inside_y[0]), inside_y[1])


def _covers(cx: float, cy: float, box: Box) -> bool:
    """Whether a dot at (cx, cy) overlaps the box."""
    nearest_x = min(max(cx, box[0]), box[2])
    nearest_y = min(max(cy, box[1]), box[3])
    return math.hypot(cx - nearest_x, cy - nearest_y) < _RADIUS
