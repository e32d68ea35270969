"""The power/interest grid as the wall shows it: laid out for reading from the back row.

The editor's grid (stakeholder_grid.py) is made for a laptop: many small cards
with organisation, category and badges, at 18 px names that shrink to about
11 px on a 1080-line wall. The room needs fewer, larger things: each card
carries only the stakeholder's name, in up to two lines at WALL_NAME_PX, with
the category's colour as its stripe; the grid is smaller in board units so it
is drawn larger; every card stays inside the grid however long its name; and
the axis labels are light, for the wall's dark surround. It mirrors the same
stakeholders the editor shows (the map widget calls `show_stakeholders`), and
takes no input: the wall's view is read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem, QStyleOptionGraphicsItem, QWidget

from app.domain.model import Stakeholder, StakeholderCategory
from app.domain.stakeholders import HIGH, Quadrant, clamp_unit, quadrant_title
from widgets.stakeholders.stakeholder_style import CATEGORY_COLOURS

# Board units; the wall fits the whole scene, so a smaller grid is a larger picture.
WALL_GRID_WIDTH = 1760.0  # wide: a projector's picture is wider than 16:10 once the title is off it
WALL_GRID_HEIGHT = 800.0
# Names as large as note text must be (app/domain/presenting.py MIN_TEXT_SHARE) at the scale this grid is shown.
WALL_NAME_PX = 44
_CARD_WIDTH = 400.0
_STRIPE = 14.0
_PAD = 10.0
_LINES = 2
_LINE_HEIGHT = round(WALL_NAME_PX * 1.2)
_ONE_LINE_HEIGHT = _LINE_HEIGHT + 2 * _PAD  # a card is as tall as its name: one line or two
_AXIS_MARGIN = 70.0  # room outside the grid for "Power →" and "Interest →"
# Light on the wall's #15181c: far above 7:1.
_AXIS_COLOUR = QColor("#e8eaee")
_FILLS = {
    Quadrant.KEEP_SATISFIED: QColor("#dde6f0"),
    Quadrant.MANAGE_CLOSELY: QColor("#f6e2cc"),
    Quadrant.MONITOR: QColor("#e6e6e6"),
    Quadrant.KEEP_INFORMED: QColor("#dcecdc"),
}


def _font(px: int, bold: bool) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def wall_card_centre(
    power: float, interest: float, height: float = _ONE_LINE_HEIGHT, width: float = _CARD_WIDTH
) -> tuple[float, float]:
    """Where a card's centre sits on the wall's grid, kept so the whole card is inside the grid."""
    x, y = clamp_unit(interest) * WALL_GRID_WIDTH, (1.0 - clamp_unit(power)) * WALL_GRID_HEIGHT
    return wall_card_centre_at(x, y, height, width)


def wall_card_centre_at(x: float, y: float, height: float, width: float = _CARD_WIDTH) -> tuple[float, float]:
    """(x, y) moved just enough that a card of `height` centred there lies inside the grid."""
    half_w, half_h = width / 2, height / 2
    return min(max(x, half_w), WALL_GRID_WIDTH - half_w), min(max(y, half_h), WALL_GRID_HEIGHT - half_h)


def _quadrant_of(x: float, y: float) -> tuple[bool, bool]:
    return x >= WALL_GRID_WIDTH * HIGH, y <= WALL_GRID_HEIGHT * (1 - HIGH)


def _quadrant_rect(quadrant: tuple[bool, bool]) -> QRectF:
    high_interest, high_power = quadrant
    half_w, half_h = WALL_GRID_WIDTH * HIGH, WALL_GRID_HEIGHT * (1 - HIGH)
    return QRectF(half_w if high_interest else 0.0, 0.0 if high_power else half_h, half_w, half_h)


def _card_rect(x: float, y: float, height: float, width: float) -> QRectF:
    gap = 6.0  # a sliver of the quadrant between two cards, so they read as two
    return QRectF(x - width / 2 - gap / 2, y - height / 2 - gap / 2, width + gap, height + gap)


def _candidates(home: tuple[float, float]) -> list[tuple[float, float]]:
    """Places around `home`, nearest first, on a lattice of a quarter card across and half a card down."""
    step_x, step_y = _CARD_WIDTH / 8, _ONE_LINE_HEIGHT / 3
    points = [(home[0] + i * step_x, home[1] + j * step_y) for i in range(-16, 17) for j in range(-16, 17)]
    return sorted(points, key=lambda p: (p[0] - home[0]) ** 2 + (p[1] - home[1]) ** 2)


class WallCardItem(QGraphicsItem):
    """One stakeholder's name on the wall: up to two lines, the rest cut with "…"."""

    def __init__(self, stakeholder: Stakeholder) -> None:
        super().__init__()
        self.stakeholder_id = stakeholder.id
        self._colour = QColor()
        self._lines: list[str] = []
        self._height = _ONE_LINE_HEIGHT
        self._width = _CARD_WIDTH
        self.update_from(stakeholder)

    def update_from(self, stakeholder: Stakeholder) -> None:
        self._colour = CATEGORY_COLOURS[StakeholderCategory(stakeholder.category)]
        name = " ".join(stakeholder.name[:500].split()) or QCoreApplication.translate(
            "StakeholderCardItem", "(no name)"
        )
        font = _font(WALL_NAME_PX, bold=True)
        self._lines = _wrapped(name, font, _CARD_WIDTH - _STRIPE - 2 * _PAD, _LINES)
        # As wide as its name: a short name leaves room beside it for another card.
        text_width = max(QFontMetricsF(font).horizontalAdvance(line) for line in self._lines)
        self._width = min(_CARD_WIDTH, text_width + _STRIPE + 2 * _PAD + 4)
        self.prepareGeometryChange()
        self._height = len(self._lines) * _LINE_HEIGHT + 2 * _PAD
        self.setPos(*wall_card_centre(stakeholder.power, stakeholder.interest, self._height, self._width))
        self.update()

    def height(self) -> float:
        return self._height

    def width(self) -> float:
        return self._width

    def lines(self) -> list[str]:
        """The name as the wall shows it, line by line (tests read it)."""
        return list(self._lines)

    def boundingRect(self) -> QRectF:
        return QRectF(-self._width / 2 - 1, -self._height / 2 - 1, self._width + 2, self._height + 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        body = QRectF(-self._width / 2, -self._height / 2, self._width, self._height)
        painter.setPen(QPen(QColor("#5a6270"), 1.5))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(body)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawRect(QRectF(body.left(), body.top(), _STRIPE, body.height()))
        font = _font(WALL_NAME_PX, bold=True)
        painter.setFont(font)
        painter.setPen(QColor("#111111"))
        line_height = _LINE_HEIGHT
        left = body.left() + _STRIPE + _PAD
        for index, line in enumerate(self._lines):
            rect = QRectF(left, body.top() + _PAD + index * line_height, body.right() - _PAD - left, line_height)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)


def _wrapped(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """`text` broken at words into at most `max_lines` lines of `width`, each cut with "…" if it must be."""
    metrics = QFontMetricsF(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never in the middle of a word: a long word is cut
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


class WallGridScene(QGraphicsScene):
    """Quadrants, axis labels and one large card per stakeholder, for the wall's view only."""

    # The smallest text this scene shows for the room, in board units: the projector checks it
    # against the back row as it checks note text (widgets/projector/projector.py).
    wall_text_px = WALL_NAME_PX

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cards: dict[str, WallCardItem] = {}
        self._titles: list[QGraphicsSimpleTextItem] = []  # cards keep clear of the quadrants' names
        self._draw_grid()

    def _draw_grid(self) -> None:
        half_w, half_h = WALL_GRID_WIDTH * HIGH, WALL_GRID_HEIGHT * (1 - HIGH)
        areas = {
            Quadrant.KEEP_SATISFIED: QRectF(0, 0, half_w, half_h),
            Quadrant.MANAGE_CLOSELY: QRectF(half_w, 0, WALL_GRID_WIDTH - half_w, half_h),
            Quadrant.MONITOR: QRectF(0, half_h, half_w, WALL_GRID_HEIGHT - half_h),
            Quadrant.KEEP_INFORMED: QRectF(half_w, half_h, WALL_GRID_WIDTH - half_w, WALL_GRID_HEIGHT - half_h),
        }
        for q, rect in areas.items():
            self.addRect(rect, QPen(QColor("#8a929e"), 3), _FILLS[q]).setZValue(-10)
            title = QGraphicsSimpleTextItem(quadrant_title(q))
            title.setFont(_font(WALL_NAME_PX, bold=True))
            title.setBrush(QColor("#3d4450"))
            top = rect.top() + 8 if rect.top() == 0 else rect.bottom() - WALL_NAME_PX * 1.3
            title.setPos(rect.left() + 14, top)
            title.setZValue(-9)
            self.addItem(title)
            self._titles.append(title)
        # The editor's words (same context, so one translation serves both), light on the dark wall.
        interest = QGraphicsSimpleTextItem(QCoreApplication.translate("StakeholderGridView", "Interest →"))
        power = QGraphicsSimpleTextItem(QCoreApplication.translate("StakeholderGridView", "Power →"))
        for label in (interest, power):
            label.setFont(_font(WALL_NAME_PX, bold=True))
            label.setBrush(_AXIS_COLOUR)
            self.addItem(label)
        self.axis_labels = (power, interest)
        interest.setPos(WALL_GRID_WIDTH - interest.boundingRect().width(), WALL_GRID_HEIGHT + 8)
        power.setRotation(-90)
        power.setPos(-_AXIS_MARGIN + 4, power.boundingRect().width())
        self.setSceneRect(QRectF(-_AXIS_MARGIN, 0, WALL_GRID_WIDTH + _AXIS_MARGIN, WALL_GRID_HEIGHT + _AXIS_MARGIN))

    def grid_rect(self) -> QRectF:
        """The quadrants' rectangle, in which every card lies whole."""
        return QRectF(0, 0, WALL_GRID_WIDTH, WALL_GRID_HEIGHT)

    def show_stakeholders(self, stakeholders: list[Stakeholder]) -> None:
        """Make, move and remove cards so the wall shows these stakeholders."""
        present = {s.id for s in stakeholders}
        for gone in [i for i in self.cards if i not in present]:
            self.removeItem(self.cards.pop(gone))
        for z, s in enumerate(stakeholders):
            card = self.cards.get(s.id)
            if card is None:
                card = self.cards[s.id] = WallCardItem(s)
                self.addItem(card)
            else:
                card.update_from(s)
            card.setZValue(z)
        self._spread(stakeholders)

    def _spread(self, stakeholders: list[Stakeholder]) -> None:
        """Move cards that would hide one another to the nearest free place in their own quadrant.

        The editor stacks cards exactly where power and interest put them; a wall where one name
        covers another cannot be read, and the room reads the quadrant, not the hundredth.
        """
        taken = [t.sceneBoundingRect() for t in self._titles]
        # The tallest first (they are the hardest to fit), then from the top, as the room reads.
        for s in sorted(stakeholders, key=lambda s: (-self.cards[s.id].height(), -s.power, s.interest, s.id)):
            card = self.cards[s.id]
            height, width = card.height(), card.width()
            home = wall_card_centre(s.power, s.interest, height, width)
            own = _quadrant_of(*home)
            best, least = home, float("inf")
            area = _quadrant_rect(own)
            for x, y in _candidates(home):
                rect = _card_rect(x, y, height, width)
                if not area.contains(rect.adjusted(3, 3, -3, -3)):  # the whole card in its own quadrant
                    continue
                # A full quadrant has no free place: then the one that hides the least.
                hidden = sum(_area(rect.intersected(r)) for r in taken)
                if hidden < least:
                    best, least = (x, y), hidden
                    if hidden == 0:
                        break
            card.setPos(*best)
            taken.append(_card_rect(*best, height, width))


def _area(rect: QRectF) -> float:
    return rect.width() * rect.height() if rect.isValid() else 0.0
