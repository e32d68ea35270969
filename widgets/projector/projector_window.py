"""The audience view: what the wall shows the room, in a frameless window on the projector.

The current agenda step's title and its instructions for the room, the
step's timer, and the board, all large, on a dark ground.

The wall shows the board the facilitator shows (the step's own board when the
agenda moves to a step; any other when the facilitator opens it, as a
presenter may show a slide out of order). Its title and instructions belong
to what it shows: the step's title and instructions over the step's own board
(or any board, for a step that has none), and over another board that
board's name, without the step's instructions, so the room never reads
"Problemstilling" over the floke tree. The step's timer stays: the room's
time runs on whatever is shown. Built only from
what the room may see: the facilitator's notes of a step are never read
here, and the window has no menus, toolbars or dialogs. It can be frozen (the
wall keeps its picture while the facilitator works on the laptop; only the
timer goes on) and blanked (black, like a slide show's B key).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStackedLayout, QStackedWidget, QVBoxLayout, QWidget

from app.document import Changes, WorkshopDocument
from app.domain.agenda import timer_budget_s, timer_remaining_s, timer_running, utc_now
from app.domain.model import AgendaStep, Board
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
        self._board_id: str | None = None  # the board shown, which decides whose title the wall shows
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
        # Over the laptop's own screen: the facilitator's warning that the wall is too small to read.
        self.hint = QLabel(self._stage)
        self.hint.setObjectName("audience_hint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #000000; background: #ffc94d; padding: 6px; border-radius: 4px;")
        self.hint.hide()
        self._hint_text = ""
        self._stage.installEventFilter(self)  # the hint keeps to the stage's bottom-left corner

        self._ticker = QTimer(self)
        self._ticker.setInterval(_TICK_MS)
        self._ticker.timeout.connect(self.refresh_timer)
        document.entities_changed.connect(self._on_document_entities_changed)
        self._apply_sizes()
        self.refresh_step()

    # -- what is shown -----------------------------------------------------------

    def current_step(self) -> AgendaStep | None:
        return self.document.find(AgendaStep, self.document.info.current_step_id)

    def set_shown_board(self, board_id: str | None) -> None:
        """The board the wall shows now: the title and instructions follow it (see the module's docstring)."""
        self._board_id = board_id
        self.refresh_step()

    def set_hint(self, text: str) -> None:
        """A note for the facilitator on the wall itself ("" hides it): the laptop's screen is covered."""
        self._hint_text = text
        if self._frozen:
            return  # a frozen wall keeps its picture, this too; the hint follows when it thaws
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
        self._place_hint()

    def refresh_step(self) -> None:
        """Show the title and room instructions of what is shown (unless frozen), and the step's timer."""
        if self._frozen:
            self.refresh_timer()
            return
        step = self.current_step()
        self._step_id = step.id if step is not None else None
        board = self.document.find(Board, self._board_id)
        if step is not None and (not step.board_id or board is None or step.board_id == board.id):
            self.title.setText(step.title)
            self.instructions.setText(step.room_instructions)
        else:
            # Another board than the step's (or no agenda yet): its own name, so the wall says what it is.
            self.title.setText(board.name if board is not None else self.document.info.title)
            self.instructions.setText("")
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
            self.set_hint(self._hint_text)

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
        hint_font = QFont("DejaVu Sans")
        hint_font.setPixelSize(max(12, round(0.022 * height)))
        self.hint.setFont(hint_font)
        self._place_hint()
        self._header.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.instructions.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self._elide_instructions()

    def _elide_instructions(self) -> None:
        line = self.instructions.fontMetrics().lineSpacing()
        margins = self.instructions.contentsMargins()
        self.instructions.setMaximumHeight(_INSTRUCTION_LINES * line + margins.top() + margins.bottom() + 2)

    def _place_hint(self) -> None:
        stage = self._stage.size()
        margin = round(0.015 * max(self.height(), 200))
        width = min(stage.width() - 2 * margin, max(300, stage.width() // 2))
        self.hint.setFixedWidth(max(0, width))
        self.hint.adjustSize()
        self.hint.move(margin, max(0, stage.height() - self.hint.height() - margin))
        self.hint.raise_()

    def _on_document_entities_changed(self, changes: Changes) -> None:
        if changes.touches(AgendaStep) or changes.touches(Board) or changes.info_changed:
            self.refresh_step()

    # -- Qt overrides -----------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._ticker.start()
        self.refresh_timer()

    def hideEvent(self, event) -> None:
        self._ticker.stop()
        super().hideEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self._stage and event.type() == QEvent.Type.Resize:
            self._place_hint()
        return False

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
