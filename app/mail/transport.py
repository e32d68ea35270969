"""One delivery over SMTP, with every way it can end sorted into what to do next.

`smtplib.SMTP.sendmail` does MAIL, RCPT and DATA in one call. Here they are separate so
the outbox can be told "about to hand over" (`claim`) just before DATA: everything before
DATA can be abandoned without the server keeping anything, everything after may have
been delivered. That is what lets the outbox send each message exactly once.

Each recipient is answered on its own: the message goes to every address the server
accepts, and the ones it refuses come back with the server's words (`Replies`), so one
mistyped address among fifteen stops nobody else's copy.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NoReturn

# Short name: lupdate finds `.translate("Mail", ...)` on any receiver, and the lines stay readable.
from PySide6.QtCore import QCoreApplication as Q

from app.mail.smtp_config import Security, SmtpConfig

TIMEOUT_SECONDS = 30.0


@dataclass
class Replies:
    """The server's answer to each recipient (RCPT): what it took, and what it did not, in its words."""

    accepted: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)  # 5xx: that address will not work as it is
    deferred: dict[str, str] = field(default_factory=dict)  # 4xx: try that address again later


class DeliveryProblem(Exception):
    """Base of the three ways a delivery can fail; `reason` is shown in the outbox.

    `replies` holds the answers to the recipients when the problem came after them (DATA),
    so the addresses refused on the way are not forgotten."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.replies: Replies | None = None


class TemporaryFailure(DeliveryProblem):
    """Nothing was delivered and trying later may work: no network, timeout, a 4xx reply."""


class PermanentFailure(DeliveryProblem):
    """Nothing was delivered and trying again will not help: a 5xx reply, a wrong password,
    a certificate that does not match. The facilitator must act."""


class UncertainDelivery(DeliveryProblem):
    """The connection broke after the message was handed over: the server may have it."""


class NotClaimed(Exception):
    """Another sender took the message first (a second Samskap on the same outbox)."""


def _reply_text(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return f"{code} {' '.join(text.split())}".strip()


def _raise_for_reply(code: int, message: bytes | str, what: str) -> NoReturn:
    """A 4xx reply is temporary, anything else that is not 2xx/3xx is permanent."""
    reason = f"{what}: {_reply_text(code, message)}"
    if 400 <= code < 500:
        raise TemporaryFailure(reason)
    raise PermanentFailure(reason)


def _connect(config: SmtpConfig, ssl_context: ssl.SSLContext | None, timeout: float) -> smtplib.SMTP:
    context = ssl_context or ssl.create_default_context()
    if config.security == Security.TLS:
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(config.host, config.port, timeout=timeout, context=context)
    else:
        smtp = smtplib.SMTP(config.host, config.port, timeout=timeout)
    smtp.ehlo_or_helo_if_needed()
    if config.security == Security.STARTTLS:
        if not smtp.has_extn("starttls"):
            smtp.close()
            text = Q.translate("Mail", "The server does not offer STARTTLS: choose another security setting.")
            raise PermanentFailure(text)
        smtp.starttls(context=context)
        smtp.ehlo()
    return smtp


def send_mime(
    config: SmtpConfig,
    password: str | None,
    *,
    sender: str,
    recipients: Sequence[str],
    mime: bytes,
    claim: Callable[[], bool],
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = TIMEOUT_SECONDS,
) -> Replies:
    """Deliver `mime` to every recipient the server accepts, and say which it refused or deferred;
    or raise one of the `DeliveryProblem`s (or `NotClaimed`) for what concerns the whole message.

    `claim()` is called after the recipients were answered and before DATA, only if at least
    one was accepted; it must record that the message is being handed over, and return False
    if someone else already has. When no recipient is accepted, nothing is handed over.
    """
    try:
        smtp = _connect(config, ssl_context, timeout)
    except DeliveryProblem:
        raise
    except smtplib.SMTPResponseException as error:
        _raise_for_reply(error.smtp_code, error.smtp_error, Q.translate("Mail", "The server refused the connection"))
    except ssl.SSLError as error:
        text = Q.translate("Mail", "The secure connection failed: %1")
        raise PermanentFailure(text.replace("%1", str(error))) from error
    except (OSError, smtplib.SMTPException) as error:
        raise TemporaryFailure(_connection_reason(config, error)) from error
    try:
        return _transaction(smtp, config, password, sender, recipients, mime, claim)
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()


def _transaction(
    smtp: smtplib.SMTP,
    config: SmtpConfig,
    password: str | None,
    sender: str,
    recipients: Sequence[str],
    mime: bytes,
    claim: Callable[[], bool],
) -> Replies:
    replies = Replies()
    try:
        if config.needs_password:
            _login(smtp, config.user, password or "")
        code, reply = smtp.mail(sender)
        if code != 250:
            _raise_for_reply(code, reply, Q.translate("Mail", "The server refused the sender %1").replace("%1", sender))
        for recipient in recipients:
            code, reply = smtp.rcpt(recipient)
            if code in (250, 251):
                replies.accepted.append(recipient)
            elif 400 <= code < 500:
                replies.deferred[recipient] = _reply_text(code, reply)
            else:
                replies.refused[recipient] = _reply_text(code, reply)
        if not replies.accepted:
            smtp.rset()
            return replies
    except DeliveryProblem:
        raise
    except smtplib.SMTPResponseException as error:
        _raise_for_reply(error.smtp_code, error.smtp_error, Q.translate("Mail", "The server refused the message"))
    except (OSError, smtplib.SMTPException) as error:
        raise TemporaryFailure(_connection_reason(config, error)) from error

    if not claim():
        smtp.rset()
        raise NotClaimed()
    try:
        _hand_over(smtp, config, mime)
    except DeliveryProblem as problem:
        problem.replies = replies
        raise
    return replies


def _hand_over(smtp: smtplib.SMTP, config: SmtpConfig, mime: bytes) -> None:
    try:
        code, reply = smtp.data(mime)
    except smtplib.SMTPDataError as error:
        # An explicit reply to DATA: the server says it did not take the message.
        _raise_for_reply(error.smtp_code, error.smtp_error, Q.translate("Mail", "The server refused the message"))
    except (OSError, smtplib.SMTPException) as error:
        detail = _connection_reason(config, error) if _timed_out(error) else str(error) or type(error).__name__
        raise UncertainDelivery(
            Q.translate(
                "Mail", "The connection broke while the message was being handed over; it may have been delivered (%1)."
            ).replace("%1", detail)
        ) from error
    if code != 250:
        _raise_for_reply(code, reply, Q.translate("Mail", "The server refused the message"))


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH PLAIN (or LOGIN) with the user name and password in UTF-8.

    Not `smtplib.SMTP.login`: it encodes the credentials as ASCII and raises on a
    password like "sørlandet", which a Norwegian facilitator may well have.
    """
    mechanisms = (smtp.esmtp_features.get("auth") or "").upper().split()
    if not smtp.has_extn("auth"):
        raise PermanentFailure(Q.translate("Mail", "The server does not offer a login on this connection."))

    def b64(text: str) -> str:
        return base64.b64encode(text.encode("utf-8")).decode("ascii")

    if "PLAIN" in mechanisms or "LOGIN" not in mechanisms:
        code, reply = smtp.docmd("AUTH", "PLAIN " + b64(f"\0{user}\0{password}"))
    else:
        code, reply = smtp.docmd("AUTH", "LOGIN " + b64(user))
        if code == 334:
            code, reply = smtp.docmd(b64(password))
    if code == 235:
        return
    if 400 <= code < 500 and code != 454:  # 454: temporary, but usually "TLS required": a setting, not luck
        text = Q.translate("Mail", "The server could not check the login now")
        raise TemporaryFailure(f"{text}: {_reply_text(code, reply)}")
    text = Q.translate("Mail", "The server did not accept the user name or password")
    raise PermanentFailure(f"{text}: {_reply_text(code, reply)}")


def _timed_out(error: BaseException) -> bool:
    """True when the server did not answer in time. smtplib turns a read that timed out into
    SMTPServerDisconnected ("Connection unexpectedly closed: timed out"), raised while the
    TimeoutError is handled: the timeout is its context."""
    return isinstance(error, TimeoutError) or isinstance(error.__context__, TimeoutError)


def _connection_reason(config: SmtpConfig, error: BaseException) -> str:
    where = f"{config.host}:{config.port}"
    if _timed_out(error):
        return Q.translate("Mail", "The mail server %1 did not answer in time.").replace("%1", where)
    if isinstance(error, socket.gaierror):
        return Q.translate("Mail", "The mail server %1 cannot be found: is there a network?").replace("%1", where)
    if isinstance(error, ConnectionRefusedError):
        text = Q.translate("Mail", "The mail server %1 refused the connection: is it reachable from here?")
        return text.replace("%1", where)
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return Q.translate("Mail", "The mail server %1 closed the connection.").replace("%1", where)
    detail = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return Q.translate("Mail", "Cannot reach the mail server %1: %2").replace("%1", where).replace("%2", detail)
