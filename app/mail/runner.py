"""Sends the outbox in the background: a job on the app's loop looks for due messages, a
thread job delivers them.

SMTP never runs on the UI thread: one thread job at a time (app.jobs) takes the due
messages (`app.mail.delivery.deliver_due`) and reports back on the loop. A coroutine job
looks again every poll interval, so with the outbox's backoff a message written in a
village hall goes out once the laptop finds a network again, without the facilitator
doing anything. A message put back with a due time is also woken for at that time
(`retry_timer`): polling alone would try it at the first look after it is due, so the
first retry, due after 15 s, would come after 30.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer, Signal

from app.jobs import IsCancelled, Job, Jobs, Outcome, Progress
from app.mail.delivery import DeliveryReport, deliver_due
from app.mail.message import replace_recipient
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
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.poll)

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
            self.wake_when_due()
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

    def correct_recipients(self, message_id: int, corrections: Mapping[str, str]) -> bool:
        """The facilitator's corrections of refused addresses (old -> new): the message names the
        new addresses and goes to them alone, now. False if it cannot be corrected (see
        Outbox.correct_recipients): then nothing changed."""
        try:
            mime = self.outbox.mime(message_id)
        except KeyError:
            return False
        for old, new in corrections.items():
            mime = replace_recipient(mime, old, new)
        corrected = self.outbox.correct_recipients(message_id, corrections, mime=mime, now=self._clock())
        self.outbox_changed.emit()
        if corrected:
            self.poll()
        return corrected

    def stop(self, wait_seconds: float = 5.0) -> bool:
        """Stop looking and give a running delivery a moment to finish; True if none is left running.
        A delivery cut off here is found "sending" at the next start and shown as uncertain, never sent twice."""
        self._stopped = True
        self.retry_timer.stop()
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
        else:
            self.wake_when_due()

    def wake_when_due(self) -> None:
        """Arm `retry_timer` for when the earliest waiting message is due (the backoff's times are
        kept to the second, not to the next poll)."""
        # What is due already and was left waiting (no server set up, no password yet) is for the
        # regular look: a timer for it would fire at once, again and again.
        now = self._clock()
        due = None if self._stopped else self.outbox.next_due(after=now)
        if due is None:
            self.retry_timer.stop()
            return
        self.retry_timer.start(max(1, round((due - now) * 1000)))
