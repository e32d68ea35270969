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
    DeliveryProblem,
    NotClaimed,
    Replies,
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
    refused: list[tuple[OutboxMessage, dict[str, str]]] = field(default_factory=list)  # every refused address
    delivered: list[tuple[OutboxMessage, list[str]]] = field(default_factory=list)  # who got it in this pass


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
        refused: dict[str, str] = {}
        try:
            replies = send_mime(
                config,
                password,
                sender=message.sender,
                recipients=message.pending,
                mime=mime,
                claim=claim,
                ssl_context=ssl_context,
                timeout=timeout,
            )
        except NotClaimed:
            continue
        except DeliveryProblem as problem:
            refused = problem.replies.refused if problem.replies is not None else {}
            if isinstance(problem, TemporaryFailure):
                attempts = message.attempts + 1
                retry_at = clock() + backoff(attempts)
                reason = problem.reason
                outbox.postpone(message.id, reason, now=clock(), retry_at=retry_at, counted=claimed, refused=refused)
                report.postponed.append((message, problem.reason))
                break
            if isinstance(problem, UncertainDelivery):
                outbox.mark_uncertain(message.id, problem.reason, now=clock(), refused=refused)
                report.uncertain.append((message, problem.reason))
                break
            outbox.mark_failed(message.id, problem.reason, now=clock(), counted=claimed, refused=refused)
            report.failed.append((message, problem.reason))
            continue
        _record(outbox, report, message, replies, claimed=claimed, clock=clock)
    return report


def _record(
    outbox: Outbox,
    report: DeliveryReport,
    message: OutboxMessage,
    replies: Replies,
    *,
    claimed: bool,
    clock: Callable[[], float],
) -> None:
    """What a pass that reached the recipients did: sent to all, to some (the others refused:
    failed, for the facilitator), or to some with others deferred (queued again for those)."""
    refused = message.refused | replies.refused
    if replies.deferred:
        reason = deferred_reason(replies.deferred)
        retry_at = clock() + backoff(message.attempts + 1)
        outbox.postpone(
            message.id,
            reason,
            now=clock(),
            retry_at=retry_at,
            counted=claimed,
            delivered=replies.accepted,
            refused=replies.refused,
        )
        report.postponed.append((message, reason))
    elif refused:
        delivered = len(message.delivered) + len(replies.accepted)
        reason = refused_reason(refused, delivered=delivered, total=len(message.recipients))
        outbox.mark_failed(
            message.id, reason, now=clock(), counted=claimed, delivered=replies.accepted, refused=replies.refused
        )
        report.failed.append((message, reason))
        report.refused.append((message, refused))
    else:
        outbox.mark_sent(message.id, now=clock(), delivered=replies.accepted)
        report.sent.append(message)
    if replies.accepted:
        report.delivered.append((message, list(replies.accepted)))


def refused_reason(refused: dict[str, str], *, delivered: int, total: int) -> str:
    """Every refused address with the server's words, and how many did get the message."""
    lines = "\n".join(f"{address}: {reply}" for address, reply in refused.items())
    if delivered:
        head = QCoreApplication.translate("Mail", "Delivered to %1 of %2. The server refused:")
        head = head.replace("%1", str(delivered)).replace("%2", str(total))
    else:
        head = QCoreApplication.translate("Mail", "Not delivered. The server refused:")
    return f"{head}\n{lines}"


def deferred_reason(deferred: dict[str, str]) -> str:
    """The recipients the server asked to try later, with its words."""
    lines = "\n".join(f"{address}: {reply}" for address, reply in deferred.items())
    return QCoreApplication.translate("Mail", "The server asked to try these recipients again later:") + f"\n{lines}"
