"""Mendelow's power/interest grid as a picture: one numbered dot per stakeholder.

Numbers instead of names keep the picture readable when actors crowd one
corner; the stakeholder table beside it carries the same numbers.
"""

from __future__ import annotations

import math

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.domain.model import Stakeholder
from app.summary.fonts import BOLD, REGULAR
from app.summary.texts import Texts

_QUADRANT_FILLS = ("#f8eef3", "#eef6ee", "#f3f3f3", "#eef3f8")  # keep satisfied, manage closely, monitor, informed
_DOT = HexColor("#1f4e79")
_AXIS = HexColor("#444444")
_LABEL = HexColor("#6b6b6b")
_RADIUS = 7.5
_AXIS_ROOM = 18.0  # left and bottom, for the axis names


class StakeholderGrid(Flowable):
    """The grid at the full width available, `height` points high; dots numbered from 1 in list order."""

    def __init__(self, stakeholders: list[Stakeholder], texts: Texts, *, height: float = 250.0) -> None:
        super().__init__()
        self._stakeholders = stakeholders
        self._texts = texts
        self._height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self._height
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        left, bottom = _AXIS_ROOM, _AXIS_ROOM
        width, height = self.width - left, self.height - bottom
        half_w, half_h = width / 2, height / 2
        quadrants = (
            (left, bottom + half_h, "keep_satisfied"),
            (left + half_w, bottom + half_h, "manage_closely"),
            (left, bottom, "monitor"),
            (left + half_w, bottom, "keep_informed"),
        )
        for (x, y, key), fill in zip(quadrants, _QUADRANT_FILLS, strict=True):
            canvas.setFillColor(HexColor(fill))
            canvas.setStrokeColor(HexColor("#c8c8c8"))
            canvas.setLineWidth(0.6)
            canvas.rect(x, y, half_w, half_h, stroke=1, fill=1)
            canvas.setFillColor(_LABEL)
            canvas.setFont(BOLD, 9)
            canvas.drawString(x + 6, y + half_h - 13, self._texts[key])

        canvas.setFillColor(_AXIS)
        canvas.setFont(REGULAR, 8.5)
        interest = self._texts["interest"] + " →"
        canvas.drawString(left + width - stringWidth(interest, REGULAR, 8.5), 4, interest)
        canvas.saveState()
        canvas.transform(0, 1, -1, 0, 12, bottom + height)  # moved there and turned a quarter left
        power = self._texts["power"] + " →"
        canvas.drawRightString(0, 0, power)
        canvas.restoreState()

        placed: list[tuple[float, float]] = []
        for number, stakeholder in enumerate(self._stakeholders, start=1):
            x = left + _unit(stakeholder.interest) * width
            y = bottom + _unit(stakeholder.power) * height
            x, y = _free_spot(x, y, placed, left, bottom, width, height)
            placed.append((x, y))
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
    x: float, y: float, placed: list[tuple[float, float]], left: float, bottom: float, width: float, height: float
) -> tuple[float, float]:
    """Where the dot goes: its own place, or the nearest spot on a small spiral that no other dot covers."""
    inside_x = (left + _RADIUS, left + width - _RADIUS)
    inside_y = (bottom + _RADIUS, bottom + height - _RADIUS)
    for step in range(60):
        angle = step * 0.9
        distance = 0.0 if step == 0 else _RADIUS * (1.2 + step * 0.25)
        cx = min(max(x + math.cos(angle) * distance, inside_x[0]), inside_x[1])
        cy = min(max(y + math.sin(angle) * distance, inside_y[0]), inside_y[1])
        if all(math.hypot(cx - px, cy - py) >= 2 * _RADIUS for px, py in placed):
            return cx, cy
    return min(max(x, inside_x[0]), inside_x[1]), min(max(y, inside_y[0]), inside_y[1])
