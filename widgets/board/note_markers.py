"""The small markers along a note's bottom edge: its sector tags and its linked stakeholders.

Sector tags are coloured pills with two or three white letters (HC, NAV,
VOL ...), bold and 12 px high, left to right; the stakeholders linked to the
note show as a person sign with their count on the right, clear of the
resize grip. The note keeps a strip free for them, so they never cover text.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from app.domain.sectors import sector, sector_abbreviation

MARKER_STRIP = 26.0  # height kept free at the bottom of a note that has markers
_PILL_HEIGHT = 19.0
_PILL_GAP = 4.0
_PILL_PAD = 5.0
_MARKER_PX = 13
_PERSON_COLOUR = QColor("#222222")
_RIGHT_CLEAR = 16.0  # the resize grip's corner


@lru_cache(maxsize=1)
def marker_font() -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(_MARKER_PX)
    font.setBold(True)
    return font


def _pill(key: str) -> tuple[str, float, QColor]:
    """The letters, width and fill of a sector's pill (letters in the language of the moment)."""
    letters = sector_abbreviation(key)
    return letters, _pill_width(letters), _fill(key)


@lru_cache(maxsize=256)
def _pill_width(letters: str) -> float:
    return QFontMetricsF(marker_font()).horizontalAdvance(letters) + 2 * _PILL_PAD


@lru_cache(maxsize=256)
def _fill(key: str) -> QColor:
    return QColor(sector(key).colour)


def links_width(count: int) -> float:
    if count <= 0:
        return 0.0
    return 16.0 + QFontMetricsF(marker_font()).horizontalAdvance(str(count)) + 4


def pill_rects(sectors: list[str], width: float, height: float, link_count: int) -> list[tuple[str, QRectF]]:
    """Where each sector pill goes; those that do not fit give way to one "+n" pill."""
    top = height - MARKER_STRIP + (MARKER_STRIP - _PILL_HEIGHT) / 2
    room = width - 6 - links_width(link_count) - _RIGHT_CLEAR
    metrics = QFontMetricsF(marker_font())
    x = 6.0
    placed: list[tuple[str, QRectF]] = []
    for index, key in enumerate(sectors):
        pill_width = _pill(key)[1]
        rest = len(sectors) - index - 1
        reserve = metrics.horizontalAdvance(f"+{rest}") + 2 * _PILL_PAD + _PILL_GAP if rest else 0.0
        if placed and x + pill_width + reserve > room:
            more = f"+{rest + 1}"
            placed.append((more, QRectF(x, top, metrics.horizontalAdvance(more) + 2 * _PILL_PAD, _PILL_HEIGHT)))
            break
        placed.append((key, QRectF(x, top, pill_width, _PILL_HEIGHT)))
        x += pill_width + _PILL_GAP
    return placed


def paint_markers(painter: QPainter, sectors: list[str], link_count: int, width: float, height: float) -> None:
    painter.setFont(marker_font())
    for key, rect in pill_rects(sectors, width, height, link_count):
        if key.startswith("+"):
            painter.setPen(QPen(QColor("#333333"), 1))
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(rect, 5, 5)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, key)
            continue
        letters, _w, fill = _pill(key)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letters)
    if link_count > 0:
        _paint_person(painter, link_count, width, height)


def _paint_person(painter: QPainter, count: int, width: float, height: float) -> None:
    """A head and shoulders, then the count: readable without an emoji font."""
    right = width - _RIGHT_CLEAR
    box = QRectF(right - links_width(count), height - MARKER_STRIP + 3, links_width(count), MARKER_STRIP - 6)
    painter.setPen(QPen(_PERSON_COLOUR, 1))
    painter.setBrush(QColor(255, 255, 255, 200))
    painter.drawRoundedRect(box, 5, 5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_PERSON_COLOUR)
    cx = box.left() + 9
    painter.drawEllipse(QPointF(cx, box.top() + 6.5), 3.5, 3.5)
    painter.drawChord(QRectF(cx - 6, box.top() + 11, 12, 12), 0, 180 * 16)
    painter.setPen(_PERSON_COLOUR)
    painter.drawText(
        QRectF(box.left() + 16, box.top(), box.width() - 18, box.height()),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        str(count),
    )
