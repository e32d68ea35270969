"""A stakeholder's card on the power/interest grid: a picture of one Stakeholder, never its owner."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from app.domain.model import Stakeholder, StakeholderCategory
from app.domain.stakeholders import category_title
from widgets.common.wall import drawn_for_wall
from widgets.stakeholders.stakeholder_style import CATEGORY_COLOURS, CRITERIA, criterion_letter, criterion_title

CARD_WIDTH = 230.0
CARD_HEIGHT = 90.0
_STRIPE = 10.0
_PAD = 8.0
_BADGE = 20.0
_SELECTION_PEN = QPen(QColor("#1f5fbf"), 3)
_SELECTION_PEN.setCosmetic(True)


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class StakeholderCardItem(QGraphicsRectItem):
    """Name, organisation, category (colour stripe and its name) and the criteria met (E, D, I).

    The card's centre is the stakeholder's place on the grid; the grid view
    turns a drag into one command when the mouse is released.
    """

    def __init__(self, stakeholder: Stakeholder) -> None:
        super().__init__(-CARD_WIDTH / 2, -CARD_HEIGHT / 2, CARD_WIDTH, CARD_HEIGHT)
        self.setPen(QPen(Qt.GlobalColor.transparent, 6))  # room for the selection outline
        self.stakeholder_id = stakeholder.id
        self.stakeholder = stakeholder
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.update_from(stakeholder)

    def update_from(self, stakeholder: Stakeholder) -> None:
        self.stakeholder = stakeholder
        lines = [stakeholder.name[:300], stakeholder.organisation[:300], category_title(stakeholder.category)]
        met = [criterion_title(c) for c in CRITERIA if getattr(stakeholder, c)]
        if met:
            lines.append(", ".join(met))
        self.setToolTip("\n".join(line for line in lines if line))
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        s = self.stakeholder
        body = QRectF(-CARD_WIDTH / 2, -CARD_HEIGHT / 2, CARD_WIDTH, CARD_HEIGHT)
        colour = CATEGORY_COLOURS[StakeholderCategory(s.category)]
        painter.setPen(QPen(QColor("#8a8f98"), 0))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(body)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(QRectF(body.left(), body.top(), _STRIPE, body.height()))
        text_left = body.left() + _STRIPE + _PAD
        text_width = body.right() - _PAD - text_left
        painter.setPen(QColor("#1a1a1a"))
        y = body.top() + _PAD
        for text, font in (
            (s.name or self._unnamed(), _font(18, bold=True)),
            (s.organisation, _font(14)),
        ):
            metrics = QFontMetricsF(font)
            painter.setFont(font)
            elided = metrics.elidedText(text[:500].replace("\n", " "), Qt.TextElideMode.ElideRight, text_width)
            painter.drawText(QRectF(text_left, y, text_width, metrics.height()), Qt.AlignmentFlag.AlignLeft, elided)
            y += metrics.height() + 2
        self._paint_footer(painter, body, text_left, text_width)
        if self.isSelected() and not drawn_for_wall(widget):
            painter.setPen(_SELECTION_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(body.adjusted(-2, -2, 2, 2))

    def _paint_footer(self, painter: QPainter, body: QRectF, left: float, width: float) -> None:
        """The category in words, and one badge per criterion: filled when met, outlined when not."""
        s = self.stakeholder
        small = _font(13)
        painter.setFont(small)
        painter.setPen(QColor("#4a4f58"))
        baseline_top = body.bottom() - _PAD - _BADGE
        badges_width = 3 * (_BADGE + 3)
        painter.drawText(
            QRectF(left, baseline_top, width - badges_width, _BADGE),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetricsF(small).elidedText(
                category_title(s.category), Qt.TextElideMode.ElideRight, width - badges_width
            ),
        )
        badge_font = _font(12, bold=True)
        painter.setFont(badge_font)
        x = left + width - badges_width + 3
        for criterion in CRITERIA:
            rect = QRectF(x, baseline_top, _BADGE, _BADGE)
            met = getattr(s, criterion)
            painter.setPen(QPen(QColor("#2b3a55"), 1.2))
            painter.setBrush(QColor("#2b3a55") if met else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect)
            painter.setPen(QColor("#ffffff") if met else QColor("#8a8f98"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, criterion_letter(criterion))
            x += _BADGE + 3

    @staticmethod
    def _unnamed() -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("StakeholderCardItem", "(no name)")
