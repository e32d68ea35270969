"""Sends the outbox in the background: a timer looks for due messages, a thread delivers them.

SMTP never runs on the UI thread: one worker thread at a time takes the due messages
(`app.mail.delivery.deliver_due`) and reports back through a queued signal. The timer
keeps retrying with the outbox's backoff, so a message written in a village hall goes out
once the laptop finds a network again, without the facilitator doing anything.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.mail.delivery import DeliveryReport, deliver_due
from app.mail.outbox import Outbox
from app.mail.passwords import PasswordStore
from app.mail.smtp_config import SmtpConfig

POLL_MILLISECONDS = 15_000


class OutboxRunner(QObject):
    """Delivers what is due in the outbox, off the UI thread, again and again until it is sent.

    `config()` is asked at each pass, so a changed server setting applies to the next try.
    """

    delivery_started = Signal()
    delivery_finished = Signal(object)  # DeliveryReport
    outbox_changed = Signal()
    _worker_done = Signal(object)  # from the worker thread: a DeliveryReport or the exception of a bug

    def __init__(
        self,
        *,
        outbox: Outbox,
        config: Callable[[], SmtpConfig | None],
        passwords: PasswordStore,
        clock: Callable[[], float] = time.time,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 30.0,
        poll_milliseconds: int = POLL_MILLISECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self._config = config
        self._passwords = passwords
        self._clock = clock
        self._ssl_context = ssl_context
        self._timeout = timeout
        self._thread: threading.Thread | None = None
        self._again = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_milliseconds)
        self._timer.timeout.connect(self.poll)
        # The worker hands its report over through this signal: connected to a slot of this
        # object (which lives in the UI thread), Qt queues it into the UI thread.
        self._worker_done.connect(self._on_worker_done)

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Begin looking for due messages, now and every poll interval."""
        self._timer.start()
        self.poll()

    @Slot()
    def poll(self) -> None:
        """Deliver what is due now, unless a delivery is already running (then once more after it)."""
        if self._thread is not None:
            self._again = True
            return
        if not self.outbox.due(now=self._clock()):
            return
        config = self._config()
        password = self._passwords.get(config.password_key) if config is not None and config.needs_password else None
        self.delivery_started.emit()
        self._thread = threading.Thread(target=self._deliver, args=(config, password), name="samskap-smtp", daemon=True)
        self._thread.start()

    def retry_now(self, message_id: int) -> bool:
        """The facilitator's Retry now: due at once, and a pass started."""
        queued = self.outbox.retry_now(message_id, now=self._clock())
        self.outbox_changed.emit()
        if queued:
            self.poll()
        return queued

    def stop(self, wait_seconds: float = 5.0) -> None:
        """Stop the timer and give a running delivery a moment to finish. A delivery cut off
        here is found "sending" at the next start and shown as uncertain, never sent twice."""
        self._timer.stop()
        if self._thread is not None:
            self._thread.join(wait_seconds)

    def _deliver(self, config: SmtpConfig | None, password: str | None) -> None:
        """Runs in the worker thread: no widgets, no Qt objects but the signal."""
        try:
            report: object = deliver_due(
                self.outbox, config, password, clock=self._clock, ssl_context=self._ssl_context, timeout=self._timeout
            )
        except Exception as error:
            report = error
        self._worker_done.emit(report)

    @Slot(object)
    def _on_worker_done(self, report: object) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        self.outbox_changed.emit()
        if isinstance(report, BaseException):
            raise report
        assert isinstance(report, DeliveryReport)
        self.delivery_finished.emit(report)
        if self._again:
            self._again = False
            self.poll()
