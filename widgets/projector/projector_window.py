"""The audience view: what the wall shows the room, in a frameless window on the projector.

The current agenda step's title and its instructions for the room, the
step's timer, and the board, all large, on a dark ground. Built only from
what the room may see: the facilitator's notes of a step are never read
here, and the window has no menus, toolbars or dialogs. It can be frozen (the
wall keeps its picture while the facilitator works on the laptop; only the
timer goes on) and blanked (black, like a slide show's B key).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStackedLayout, QStackedWidget, QVBoxLayout, QWidget

from app.document import Changes, WorkshopDocument
from app.domain.agenda import timer_budget_s, timer_remaining_s, timer_running, utc_now
from app.domain.model import AgendaStep
from app.domain.presenting import MIN_TEXT_SHARE, format_countdown
from widgets.participants.join_overlay import JoinOverlay
from widgets.projector.projector_board import WALL_BACKGROUND, ProjectorBoardView

Clock = Callable[[], datetime]

# Type sizes as shares of the wall's height: the instructions as large as note text must be.
_TITLE_SHARE = 0.055
_TIMER_SHARE = 0.085
_INSTRUCTIONS_SHARE = MIN_TEXT_SHARE
_INSTRUCTION_LINES = 3  # more would eat the board; longer instructions are cut with "…"
# Timer colours on black, each at least 7:1: white, amber in the last minute, red when over.
_TIMER_COLOURS = {"running": "#ffffff", "paused": "#a8b0b8", "last minute": "#ffc94d", "over": "#ff7b7b"}
_TICK_MS = 250


def _label(object_name: str, kind: type[QLabel] = QLabel) -> QLabel:
    label = kind()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
    label.setStyleSheet("color: #ffffff; background: transparent;")
    return label


class _ElidedLabel(QLabel):
    """One line that ends in "…" when too long for the wall, instead of being cut mid-letter."""

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        rect = self.contentsRect()
        line = self.fontMetrics().elidedText(self.text().replace("\n", " "), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()), line)


class ProjectorWindow(QWidget):
    """A frameless window that mirrors the board, the current step and its timer for the room."""

    closed = Signal()
    escape_pressed = Signal()

    def __init__(self, *, document: WorkshopDocument, clock: Clock = utc_now, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("audience_view")
        self.setWindowTitle(self.tr("Samskap — audience view"))
        self.document = document
        self._clock = clock
        self._frozen = False
        self._step_id: str | None = None  # the step whose timer is shown (kept while frozen)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#000000"))
        self.setPalette(palette)

        self.title = _label("audience_title", _ElidedLabel)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.timer = _label("audience_timer")
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.instructions = _label("audience_instructions")
        self.instructions.setWordWrap(True)
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.instructions.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.board = ProjectorBoardView()
        self.frozen_picture = QLabel()
        self.frozen_picture.setObjectName("audience_frozen_picture")
        self.frozen_picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.frozen_picture.setStyleSheet(f"background: {WALL_BACKGROUND.name()};")
        self._stage = QStackedWidget()
        self._stage.addWidget(self.board)
        self._stage.addWidget(self.frozen_picture)

        # The board runs edge to edge: every pixel of width is a larger letter on the wall.
        self._header = QHBoxLayout()
        self._header.addWidget(self.title, 1)
        self._header.addWidget(self.timer)
        live = QWidget()
        column = QVBoxLayout(live)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(self._header)
        column.addWidget(self._stage, 1)
        column.addWidget(self.instructions)
        self._live = live
        self._black = QWidget()
        self._black.setObjectName("audience_blank")
        self._black.setStyleSheet("background: #000000;")
        self._pages = QStackedLayout(self)
        self._pages.addWidget(live)
        self._pages.addWidget(self._black)
        # The join code while sharing (SharingController.attach_wall), over the board, below the timer.
        self.join_overlay = JoinOverlay(parent=self._stage)

        self._ticker = QTimer(self)
        self._ticker.setInterval(_TICK_MS)
        self._ticker.timeout.connect(self.refresh_timer)
        document.entities_changed.connect(self._on_document_entities_changed)
        self._apply_sizes()
        self.refresh_step()

    # -- what is shown -----------------------------------------------------------

    def current_step(self) -> AgendaStep | None:
        return self.document.find(AgendaStep, self.document.info.current_step_id)

    def refresh_step(self) -> None:
        """Show the current step's title and room instructions (unless frozen), and its timer."""
        if self._frozen:
            self.refresh_timer()
            return
        step = self.current_step()
        self._step_id = step.id if step is not None else None
        if step is None:
            # No agenda yet: the workshop's own title, so the wall still says where we are.
            self.title.setText(self.document.info.title)
            self.instructions.setText("")
        else:
            self.title.setText(step.title)
            self.instructions.setText(step.room_instructions)
        self.instructions.setVisible(bool(self.instructions.text().strip()))
        self._elide_instructions()
        self.refresh_timer()

    def refresh_timer(self) -> None:
        step = self.document.find(AgendaStep, self._step_id)
        if step is None or timer_budget_s(step) <= 0:
            self.timer.setText("")
            self.timer.setVisible(False)
            return
        remaining = timer_remaining_s(step, self._clock())
        running = timer_running(step)
        if remaining <= -1:
            state = "over"
        elif not running:
            state = "paused"
        elif remaining <= 60:
            state = "last minute"
        else:
            state = "running"
        self.timer.setText(format_countdown(remaining))
        self.timer.setProperty("state", state)
        self.timer.setStyleSheet(f"color: {_TIMER_COLOURS[state]}; background: transparent;")
        self.timer.setVisible(True)

    def set_frozen(self, frozen: bool) -> None:
        """Keep the wall's picture (board, title, instructions) while the laptop goes on; the timer still runs."""
        if frozen == self._frozen:
            return
        if frozen:
            self.frozen_picture.setPixmap(self.board.grab())
            self._stage.setCurrentWidget(self.frozen_picture)
        else:
            self._stage.setCurrentWidget(self.board)
            self.frozen_picture.setPixmap(QPixmap())
        self._frozen = frozen
        if not frozen:
            self.refresh_step()

    def is_frozen(self) -> bool:
        return self._frozen

    def set_blank(self, blank: bool) -> None:
        """A black wall, as a slide show's B key gives; everything goes on behind it."""
        self._pages.setCurrentWidget(self._black if blank else self._live)

    def is_blank(self) -> bool:
        return self._pages.currentWidget() is self._black

    def detach(self) -> None:
        """Stop following the document (presenting stopped, or the workshop is closing)."""
        self._ticker.stop()
        self.document.entities_changed.disconnect(self._on_document_entities_changed)
        self.board.set_board_scene(None)

    # -- internals ------------------------------------------------------------------

    def _apply_sizes(self) -> None:
        """Type in shares of the wall's height, so 1280x800 and 1920x1080 read the same from the back."""
        height = max(self.height(), 200)
        for label, share, bold in (
            (self.title, _TITLE_SHARE, True),
            (self.timer, _TIMER_SHARE, True),
            (self.instructions, _INSTRUCTIONS_SHARE, False),
        ):
            font = QFont("DejaVu Sans")
            font.setPixelSize(round(share * height))
            font.setBold(bold)
            label.setFont(font)
        margin = round(0.015 * height)
        self._header.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.instructions.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self._elide_instructions()

    def _elide_instructions(self) -> None:
        line = self.instructions.fontMetrics().lineSpacing()
        margins = self.instructions.contentsMargins()
        self.instructions.setMaximumHeight(_INSTRUCTION_LINES * line + margins.top() + margins.bottom() + 2)

    def _on_document_entities_changed(self, changes: Changes) -> None:
        if changes.touches(AgendaStep) or changes.info_changed:
            self.refresh_step()

    # -- Qt overrides -----------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._ticker.start()
        self.refresh_timer()

    def hideEvent(self, event) -> None:
        self._ticker.stop()
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:
        self._apply_sizes()
        super().resizeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._ticker.stop()
        self.closed.emit()
        super().closeEvent(event)
