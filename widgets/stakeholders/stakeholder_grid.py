"""Mendelow's power/interest grid: one card per stakeholder; dragging a card sets power and interest.

Interest grows to the right, power upwards. The grid mirrors the document:
cards are made, moved and removed when the document says so, except during a
drag, when Qt moves the card itself and the release pushes one command.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QWidget

from app.document import Changes
from app.domain.model import Participant, Stakeholder
from app.domain.stakeholders import HIGH, Quadrant, clamp_unit, quadrant_title
from widgets.stakeholders.stakeholder_card_item import CARD_HEIGHT, CARD_WIDTH, StakeholderCardItem
from widgets.stakeholders.stakeholder_edits import NUDGE_MERGE_ID, StakeholderEdits

GRID_WIDTH = 1300.0
GRID_HEIGHT = 940.0
CARD_EXTENT = (CARD_HEIGHT / GRID_HEIGHT, CARD_WIDTH / GRID_WIDTH)  # a card's (power, interest) on the grid
_NUDGE = 0.05
_NUDGE_FINE = 0.01
# Quadrant fills, pale so the cards stand out; the key quadrant is the warmest.
_FILLS = {
    Quadrant.KEEP_SATISFIED: QColor("#eef3f8"),
    Quadrant.MANAGE_CLOSELY: QColor("#fbeee0"),
    Quadrant.MONITOR: QColor("#f3f3f3"),
    Quadrant.KEEP_INFORMED: QColor("#eef6ee"),
}


def grid_point(power: float, interest: float) -> QPointF:
    """Where a stakeholder's card centre sits in the grid's scene."""
    return QPointF(interest * GRID_WIDTH, (1.0 - power) * GRID_HEIGHT)


def grid_values(point: QPointF) -> tuple[float, float]:
    """(power, interest) of a card centre, rounded to hundredths and kept on the grid."""
    power = clamp_unit(1.0 - point.y() / GRID_HEIGHT)
    interest = clamp_unit(point.x() / GRID_WIDTH)
    return round(power, 2), round(interest, 2)


def _label_font(px: int, bold: bool = True) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class StakeholderGridView(QGraphicsView):
    """The grid with its cards; double-click or Enter opens a card's editor."""

    edit_requested = Signal(str)  # stakeholder id

    def __init__(self, *, edits: StakeholderEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.cards: dict[str, StakeholderCardItem] = {}
        self._scene = QGraphicsScene(self)
        self._scene.setBackgroundBrush(QColor("#e9ebee"))
        self.setScene(self._scene)
        self._draw_quadrants()
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Power and interest grid"))

    def _draw_quadrants(self) -> None:
        half_w, half_h = GRID_WIDTH * HIGH, GRID_HEIGHT * (1 - HIGH)
        areas = {
            Quadrant.KEEP_SATISFIED: QRectF(0, 0, half_w, half_h),
            Quadrant.MANAGE_CLOSELY: QRectF(half_w, 0, GRID_WIDTH - half_w, half_h),
            Quadrant.MONITOR: QRectF(0, half_h, half_w, GRID_HEIGHT - half_h),
            Quadrant.KEEP_INFORMED: QRectF(half_w, half_h, GRID_WIDTH - half_w, GRID_HEIGHT - half_h),
        }
        for q, rect in areas.items():
            self._scene.addRect(rect, QPen(QColor("#b8bec8"), 2), _FILLS[q]).setZValue(-10)
            title = QGraphicsSimpleTextItem(quadrant_title(q))
            title.setFont(_label_font(30))
            title.setBrush(QColor("#5a6270"))
            title.setPos(rect.left() + 16, rect.top() + 10 if rect.top() == 0 else rect.bottom() - 50)
            title.setZValue(-9)
            self._scene.addItem(title)
        interest = QGraphicsSimpleTextItem(self.tr("Interest →"))
        interest.setFont(_label_font(24, bold=False))
        interest.setPos(GRID_WIDTH - interest.boundingRect().width(), GRID_HEIGHT + 8)
        power = QGraphicsSimpleTextItem(self.tr("Power →"))
        power.setFont(_label_font(24, bold=False))
        power.setRotation(-90)
        power.setPos(-40, power.boundingRect().width())
        for label in (interest, power):
            label.setBrush(QColor("#3a404a"))
            self._scene.addItem(label)
        margin = CARD_WIDTH / 2 + 20
        self._scene.setSceneRect(QRectF(-margin, -CARD_HEIGHT, GRID_WIDTH + 2 * margin, GRID_HEIGHT + 2 * CARD_HEIGHT))

    # -- following the document -----------------------------------------------------

    def reload(self) -> None:
        """Rebuild every card (another workshop was opened)."""
        for card in self.cards.values():
            self._scene.removeItem(card)
        self.cards.clear()
        self._sync(self.edits.stakeholders())
        self.fit()

    def on_entities_changed(self, changes: Changes) -> None:
        if changes.touches(Stakeholder) or changes.touches(Participant):
            self._sync(self.edits.stakeholders())

    def _sync(self, stakeholders: list[Stakeholder]) -> None:
        present = {s.id for s in stakeholders}
        for gone in [i for i in self.cards if i not in present]:
            self._scene.removeItem(self.cards.pop(gone))
        for z, s in enumerate(stakeholders):
            card = self.cards.get(s.id)
            if card is None:
                card = StakeholderCardItem(s)
                card.setFlag(card.GraphicsItemFlag.ItemIsMovable, self.edits.editable())
                self.cards[s.id] = card
                self._scene.addItem(card)
            card.update_from(s)
            card.setPos(grid_point(s.power, s.interest))
            card.setZValue(z)

    def fit(self) -> None:
        self.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    # -- selection and changes ---------------------------------------------------------

    def selected_ids(self) -> list[str]:
        return [c.stakeholder_id for c in self.cards.values() if c.isSelected()]

    def select(self, stakeholder_ids: list[str]) -> None:
        self._scene.clearSelection()
        for i in stakeholder_ids:
            if i in self.cards:
                self.cards[i].setSelected(True)
                self.ensureVisible(self.cards[i])

    def _commit_moves(self) -> None:
        """After a drag: one command with the new power and interest of every card that moved."""
        moved = []
        for card in self.cards.values():
            s = self.edits.find(card.stakeholder_id)
            if s is None:
                continue
            power, interest = grid_values(card.pos())
            if grid_point(s.power, s.interest) != card.pos() and (power, interest) != (s.power, s.interest):
                moved.append(dataclasses.replace(s, power=power, interest=interest))
        text = self.tr("Move stakeholder") if len(moved) == 1 else self.tr("Move stakeholders")
        if not self.edits.change(moved, text):
            self._sync(self.edits.stakeholders())  # nothing stored: put the cards back

    def nudge(self, d_power: float, d_interest: float) -> None:
        moved = []
        for i in self.selected_ids():
            s = self.edits.find(i)
            if s is not None:
                power = round(clamp_unit(s.power + d_power), 2)
                interest = round(clamp_unit(s.interest + d_interest), 2)
                moved.append(dataclasses.replace(s, power=power, interest=interest))
        self.edits.change(moved, self.tr("Move stakeholder"), merge_id=NUDGE_MERGE_ID)

    def _cycle(self, step: int) -> None:
        ordered = sorted(self.cards.values(), key=lambda c: (c.pos().y(), c.pos().x()))
        if not ordered:
            return
        selected = self.selected_ids()
        ids = [c.stakeholder_id for c in ordered]
        index = (ids.index(selected[0]) + step) % len(ids) if selected else (0 if step > 0 else len(ids) - 1)
        self.select([ids[index]])

    # -- Qt overrides ---------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._commit_moves()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        for item in self.items(event.position().toPoint()):
            if isinstance(item, StakeholderCardItem):
                self.edit_requested.emit(item.stakeholder_id)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab walks the cards in reading order, as it walks the cells of the table.
        if self.cards:
            self._cycle(1 if next else -1)
            return True
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        step = _NUDGE_FINE if shift else _NUDGE
        # QKeyEvent.key() is a plain int; Qt.Key is an IntEnum, so the two compare and hash alike.
        arrows: dict[int, tuple[float, float]] = {
            Qt.Key.Key_Up: (step, 0.0),
            Qt.Key.Key_Down: (-step, 0.0),
            Qt.Key.Key_Right: (0.0, step),
            Qt.Key.Key_Left: (0.0, -step),
        }
        if key in arrows and self.selected_ids():
            self.nudge(*arrows[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and len(self.selected_ids()) == 1:
            self.edit_requested.emit(self.selected_ids()[0])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()
