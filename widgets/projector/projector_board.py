"""The board as the wall shows it: a second, read-only view of the facilitator's own BoardScene.

Qt draws one scene in any number of views, so the wall shows exactly the
notes of the laptop, with nothing copied. This view only changes how it looks
(the projector theme: a dark surround, smooth edges) and what part it shows;
it never takes input, so no hover, tooltip or drag can reach the room.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from app.domain.model import Frame
from app.domain.presenting import max_scale
from widgets.board.note_item import NOTE_FONT_PX
from widgets.common.wall import mark_as_wall

# The projector theme. A dark surround makes every note colour stand out as a shape,
# and an old projector's raised black level turns it grey, never into glare.
WALL_BACKGROUND = QColor("#15181c")
# Board units left around what is shown, so the edge of a note never touches the edge of the wall:
# small, because every unit of margin is taken from the size of the text.
_MARGIN = 10.0
# A frame's title is drawn above its rectangle (widgets/board/frame_item.py), dark on the board's light
# ground; on the wall's dark ground it gets a strip of the frame's own colour to stand on.
FRAME_TITLE_HEIGHT = 34.0
# Wherever the facilitator pans, the wall can follow: centring is not limited to the scene's rect.
_ANYWHERE = QRectF(-1e7, -1e7, 2e7, 2e7)


class ProjectorBoardView(QGraphicsView):
    """Shows a rectangle of a board scene, as large as the wall allows, and takes no input."""

    fitted = Signal(float)  # the scale now used: board units to pixels

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: QRectF | None = None
        self._title_strips: list[tuple[QRectF, QColor]] = []
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(WALL_BACKGROUND)  # the view's brush replaces the scene's light grey
        for hint in (
            QPainter.RenderHint.Antialiasing,
            QPainter.RenderHint.TextAntialiasing,
            QPainter.RenderHint.SmoothPixmapTransform,
        ):
            self.setRenderHint(hint, True)
        self.setSceneRect(_ANYWHERE)
        self.setAccessibleName(self.tr("Board as the room sees it"))
        mark_as_wall(self.viewport())  # the items leave out the editor's selection and grips

    def set_board_scene(self, scene: QGraphicsScene | None) -> None:
        if self.scene() is not scene:
            self.setScene(scene)
            self.setSceneRect(_ANYWHERE)

    def set_frame_titles(self, frames: list[Frame]) -> None:
        """The frames of the board shown, whose titles need a light strip behind them on the wall."""
        strips = [
            (QRectF(f.x, f.y - FRAME_TITLE_HEIGHT, f.width, FRAME_TITLE_HEIGHT), QColor(f.colour)) for f in frames
        ]
        if strips != self._title_strips:
            self._title_strips = strips
            self.resetCachedContent()
            self.viewport().update()

    def show_rect(self, rect: QRectF) -> None:
        """Show `rect` of the board (board units) as large as fits, keeping its shape."""
        self._shown = QRectF(rect)
        self._fit()

    def shown_rect(self) -> QRectF | None:
        return QRectF(self._shown) if self._shown is not None else None

    def text_px(self) -> float:
        """The smallest text the room must read in the scene shown, in board units.

        Note text on a board; a scene laid out for the wall (the stakeholder grid's) says its own.
        """
        return float(getattr(self.scene(), "wall_text_px", NOTE_FONT_PX))

    def scale_factor(self) -> float:
        return self.transform().m11()

    def _fit(self) -> None:
        if self._shown is None or self.viewport().height() <= 0:
            return
        target = self._shown.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)
        self.resetTransform()
        self.fitInView(target, Qt.AspectRatioMode.KeepAspectRatio)
        # fitInView leaves a few pixels of its own margin; and a handful of notes must not
        # become giant letters: hold text at most MAX_TEXT_SHARE of the wall's height.
        limit = max_scale(self.text_px(), self.window().height() or self.height())
        if self.scale_factor() > limit:
            self.resetTransform()
            self.scale(limit, limit)
        self.centerOn(target.center())
        self.fitted.emit(self.scale_factor())

    # -- Qt overrides ----------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        # Qt paints with a QRectF; PySide6 also lets Python callers pass a QRect.
        super().drawBackground(painter, rect)
        area = QRectF(rect)
        for strip, colour in self._title_strips:
            if strip.intersects(area):
                painter.fillRect(strip, colour)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()
