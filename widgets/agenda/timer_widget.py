"""The countdown of the current step, in digits large enough to read across the room.

It mirrors a StepTimer (app.agenda.step_timer): it owns no time of its own. When the
time is up the digits turn red on a flashing background, the computer beeps
once, and `time_up_announced` carries a sentence for the status bar; past
zero it counts on as a negative overrun ("−2:15"), which is the number the
facilitator needs then.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.agenda.step_timer import StepTimer

FLASHES = 6  # half-second flashes when time is up: noticed, then calm
_NORMAL, _WARNING, _OVER = "#1b1b1b", "#9a5b00", "#b00020"
WARNING_S = 60.0  # the last minute is shown in amber


def countdown_text(seconds: float, locale: QLocale | None = None) -> str:
    """'12:05', '1:02:05', or '−0:45' once over time (whole seconds, counted as a kitchen timer does)."""
    whole = int(-(-seconds // 1)) if seconds > 0 else int(-seconds // 1)  # ceil while positive, floor of |x| after
    sign = "−" if seconds <= -1 else ""  # U+2212: a real minus, as wide as the digits
    hours, rest = divmod(abs(whole), 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    if locale is not None:
        zero = locale.zeroDigit()
        if zero != "0":  # locales with other digits (none of ours today, but cheap to respect)
            text = "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in text)
    return sign + text


class TimerWidget(QWidget):
    """Digits, a progress bar, and start/pause, reset and +1 minute buttons (with shortcuts)."""

    time_up_announced = Signal(str)  # a sentence for the status bar

    def __init__(self, *, timer: StepTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_timer")
        self._timer = timer
        self._flashes_left = 0
        self._flash_on = False
        self._flasher = QTimer(self)
        self._flasher.setInterval(500)
        self._flasher.timeout.connect(self._on_flasher_timeout)

        self.digits = QLabel("0:00")
        self.digits.setObjectName("timer_digits")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.digits.font())
        font.setPointSize(40)
        font.setBold(True)
        self.digits.setFont(font)
        self.digits.setAccessibleName(self.tr("Time left"))
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setRange(0, 1000)

        self.start_action = self._action(self.tr("Start timer"), timer.toggle, "Ctrl+T")
        # Reset has no key: it throws away the time used, so it takes a click or the menu.
        # (Ctrl+Shift+T and Ctrl+Shift+R belong to the vote, Ctrl+Shift+L to the floke tree.)
        self.reset_action = self._action(self.tr("Reset timer"), timer.reset, "")
        self.add_minute_action = self._action(self.tr("Add a minute"), timer.add_minute, "Ctrl+Shift+M")
        buttons = QHBoxLayout()
        buttons.addWidget(self.caption, 2)
        self.start_button = self._button(self.start_action)
        buttons.addWidget(self.start_button, 2)
        buttons.addWidget(self._button(self.add_minute_action, self.tr("+1 min")), 1)
        buttons.addWidget(self._button(self.reset_action, self.tr("Reset")), 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.digits)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

        timer.ticked.connect(self._on_timer_ticked)
        timer.state_changed.connect(self.refresh)
        timer.time_up.connect(self._on_timer_time_up)
        self.refresh()

    def actions_for_menu(self) -> list[QAction]:
        return [self.start_action, self.add_minute_action, self.reset_action]

    def _action(self, text: str, slot, shortcut: str) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _button(self, action: QAction, text: str | None = None) -> QPushButton:
        button = QPushButton(text or action.text())
        # Narrow enough for a 1024-pixel-wide laptop with every panel open; the text stays whole.
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 16)
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{action.text()} ({keys})" if keys else action.text())
        button.clicked.connect(action.trigger)
        return button

    def refresh(self) -> None:
        """Redraw from the timer: buttons, caption, digits."""
        enabled = self._timer.enabled
        running = self._timer.running()
        for action in (self.start_action, self.reset_action, self.add_minute_action):
            action.setEnabled(enabled)
        for button in self.findChildren(QPushButton):
            button.setEnabled(enabled)
        label = self.tr("Pause") if running else self.tr("Start")
        self.start_action.setText(self.tr("Pause timer") if running else self.tr("Start timer"))
        self.start_button.setText(label)
        if self._timer.step() is None:
            self.caption.setText(self.tr("No step chosen"))
        elif running:
            self.caption.setText(self.tr("Running"))
        elif self._timer.elapsed_s() > 0:
            self.caption.setText(self.tr("Paused"))
        else:
            self.caption.setText(self.tr("Ready"))
        self._on_timer_ticked(self._timer.remaining_s())

    def _on_timer_ticked(self, remaining: float) -> None:
        self.digits.setText(countdown_text(remaining, self.locale()))
        budget = self._timer.budget_s()
        used = 1.0 - remaining / budget if budget > 0 else 0.0
        self.progress.setValue(int(max(0.0, min(1.0, used)) * 1000))
        over = remaining <= 0 and self._timer.step() is not None
        if over:
            self.caption.setText(self.tr("Over time") if self._timer.running() else self.tr("Paused, over time"))
        if self._flash_on:
            colour, background = "#ffffff", _OVER
        elif over:
            colour, background = _OVER, "#ffe3e6"
        elif remaining <= WARNING_S and self._timer.running():
            colour, background = _WARNING, "transparent"
        else:
            colour, background = _NORMAL, "transparent"
        self.digits.setStyleSheet(f"color: {colour}; background: {background}; border-radius: 6px;")
        self.digits.setProperty("over", over)
        if over != self.progress.property("over"):
            self.progress.setProperty("over", over)
            self.progress.setStyleSheet(
                f"QProgressBar {{ border: 1px solid #b0b0b0; border-radius: 3px; background: #ffffff; }}"
                f"QProgressBar::chunk {{ background: {_OVER if over else '#3b7dd8'}; }}"
            )

    def _on_timer_time_up(self, _step_id: str) -> None:
        step = self._timer.step()
        title = step.title if step is not None else ""
        QApplication.beep()
        self._flashes_left = FLASHES
        self._flash_on = True
        self._flasher.start()
        self._on_timer_ticked(self._timer.remaining_s())
        self.time_up_announced.emit(self.tr("Time is up: %1").replace("%1", title))

    def _on_flasher_timeout(self) -> None:
        self._flashes_left -= 1
        self._flash_on = self._flashes_left > 0 and not self._flash_on
        if self._flashes_left <= 0:
            self._flasher.stop()
        self._on_timer_ticked(self._timer.remaining_s())
