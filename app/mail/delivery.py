"""Going through the outbox once: each due message is tried, and its outcome recorded.

Plain Python, no Qt event loop: `app.mail.runner` calls it from a worker thread, tests
call it directly with their own clock.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from app.mail.outbox import Outbox, OutboxMessage
from app.mail.smtp_config import SmtpConfig
from app.mail.transport import (
    NotClaimed,
    PermanentFailure,
    TemporaryFailure,
    UncertainDelivery,
    send_mime,
)

# Seconds to wait after the 1st, 2nd, ... temporary failure; the last one repeats. Short at
# first (a laptop joining the Wi-Fi), then no more than every ten minutes.
BACKOFF_SECONDS = (15, 30, 60, 120, 300, 600)


def backoff(attempts: int) -> float:
    """The wait before the next try, after `attempts` tries that all failed for a while."""
    return float(BACKOFF_SECONDS[min(max(attempts, 1), len(BACKOFF_SECONDS)) - 1])


@dataclass
class DeliveryReport:
    """What one pass through the outbox did, for the window to tell the facilitator."""

    sent: list[OutboxMessage] = field(default_factory=list)
    failed: list[tuple[OutboxMessage, str]] = field(default_factory=list)  # permanent: the facilitator must act
    uncertain: list[tuple[OutboxMessage, str]] = field(default_factory=list)
    postponed: list[tuple[OutboxMessage, str]] = field(default_factory=list)  # will be tried again
    waiting_for_password: bool = False


def deliver_due(
    outbox: Outbox,
    config: SmtpConfig | None,
    password: str | None,
    *,
    clock: Callable[[], float],
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = 30.0,
) -> DeliveryReport:
    """Try every queued message that is due. A temporary failure (no network) ends the pass:
    the other messages would meet the same wall, and each keeps its place in the queue."""
    report = DeliveryReport()
    due = outbox.due(now=clock())
    if not due:
        return report
    if config is None or not config.complete:
        reason = QCoreApplication.translate("Mail", "Waiting: no mail server is set up (Outbox > Mail server…).")
        for message in due:
            outbox.note_waiting(message.id, reason, now=clock())
        return report
    if config.needs_password and password is None:
        reason = QCoreApplication.translate("Mail", "Waiting for the mail server password: press Retry now.")
        for message in due:
            outbox.note_waiting(message.id, reason, now=clock())
        report.waiting_for_password = True
        return report
    for message in due:
        claimed = False

        def claim(message_id: int = message.id) -> bool:
            nonlocal claimed
            claimed = outbox.claim(message_id, now=clock())
            return claimed

        try:
            mime = outbox.mime(message.id)
        except KeyError:
            continue  # deleted from the outbox window meanwhile
        try:
            send_mime(
                config,
                password,
                sender=message.sender,
                recipients=message.recipients,
                mime=mime,
                claim=claim,
                ssl_context=ssl_context,
                timeout=timeout,
            )
        except NotClaimed:
            continue
        except TemporaryFailure as problem:
            attempts = message.attempts + 1
            outbox.postpone(
                message.id, problem.reason, now=clock(), retry_at=clock() + backoff(attempts), counted=claimed
            )
            report.postponed.append((message, problem.reason))
            break
        except PermanentFailure as problem:
            outbox.mark_failed(message.id, problem.reason, now=clock(), counted=claimed)
            report.failed.append((message, problem.reason))
            continue
        except UncertainDelivery as problem:
            outbox.mark_uncertain(message.id, problem.reason, now=clock())
            report.uncertain.append((message, problem.reason))
            break
        outbox.mark_sent(message.id, now=clock())
        report.sent.append(message)
    return report
