"""Sends the outbox in the background: a job on the app's loop looks for due messages, a
thread job delivers them.

SMTP never runs on the UI thread: one thread job at a time (app.jobs) takes the due
messages (`app.mail.delivery.deliver_due`) and reports back on the loop. A coroutine job
looks again every poll interval, so with the outbox's backoff a message written in a
village hall goes out once the laptop finds a network again, without the facilitator
doing anything.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.jobs import IsCancelled, Job, Jobs, Outcome, Progress
from app.mail.delivery import DeliveryReport, deliver_due
from app.mail.outbox import Outbox
from app.mail.passwords import PasswordStore
from app.mail.smtp_config import SmtpConfig

POLL_SECONDS = 15.0


class OutboxRunner(QObject):
    """Delivers what is due in the outbox, off the UI thread, again and again until it is sent.

    `config()` is asked at each pass, so a changed server setting applies to the next try.
    A pass that fails (the outbox file cannot be written, or a bug) emits `delivery_failed`
    with the error, for the window to show it the one way failures are shown.
    """

    delivery_started = Signal()
    delivery_finished = Signal(object)  # DeliveryReport
    delivery_failed = Signal(object)  # the exception
    outbox_changed = Signal()

    def __init__(
        self,
        *,
        outbox: Outbox,
        config: Callable[[], SmtpConfig | None],
        passwords: PasswordStore,
        jobs: Jobs,
        clock: Callable[[], float] = time.time,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 30.0,
        poll_seconds: float = POLL_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self._config = config
        self._passwords = passwords
        self._jobs = jobs
        self._clock = clock
        self._ssl_context = ssl_context
        self._timeout = timeout
        self._poll_seconds = poll_seconds
        self._poller: Job | None = None
        self._delivery: Job | None = None
        self._again = False
        self._stopped = False

    @property
    def busy(self) -> bool:
        return self._delivery is not None

    def start(self) -> None:
        """Begin looking for due messages, now and every poll interval."""
        self.poll()
        self._poller = self._jobs.run_coroutine(self.keep_polling, name="samskap-outbox")

    async def keep_polling(self, _progress: Progress, cancelled: IsCancelled) -> None:
        """Look for due messages every poll interval until cancelled (the backoff is in their due times)."""
        while not cancelled():
            await asyncio.sleep(self._poll_seconds)
            self.poll()

    def poll(self) -> None:
        """Deliver what is due now, unless a delivery is already running (then once more after it)."""
        if self._stopped:
            return
        if self._delivery is not None:
            self._again = True
            return
        if not self.outbox.due(now=self._clock()):
            return
        config = self._config()
        password = self._passwords.get(config.password_key) if config is not None and config.needs_password else None
        self.delivery_started.emit()

        def deliver(_progress: Progress, _cancelled: IsCancelled) -> DeliveryReport:  # on a worker thread: no widgets
            return deliver_due(
                self.outbox, config, password, clock=self._clock, ssl_context=self._ssl_context, timeout=self._timeout
            )

        self._delivery = self._jobs.run_in_thread(deliver, name="samskap-smtp", done=self._on_delivery_done)

    def retry_now(self, message_id: int) -> bool:
        """The facilitator's Retry now: due at once, and a pass started."""
        queued = self.outbox.retry_now(message_id, now=self._clock())
        self.outbox_changed.emit()
        if queued:
            self.poll()
        return queued

    def stop(self, wait_seconds: float = 5.0) -> bool:
        """Stop looking and give a running delivery a moment to finish; True if none is left running.
        A delivery cut off here is found "sending" at the next start and shown as uncertain, never sent twice."""
        self._stopped = True
        if self._poller is not None:
            self._poller.cancel()
        delivery = self._delivery
        return delivery is None or delivery.wait(wait_seconds)

    def _on_delivery_done(self, job: Job) -> None:
        self._delivery = None
        if self._stopped:
            return  # the outbox may be closed already: nobody is left to tell
        self.outbox_changed.emit()
        if job.outcome == Outcome.FAILED and job.error is not None:
            self.delivery_failed.emit(job.error)
            return
        if job.outcome != Outcome.SUCCEEDED:
            return
        assert isinstance(job.result, DeliveryReport)
        self.delivery_finished.emit(job.result)
        if self._again:
            self._again = False
            self.poll()
