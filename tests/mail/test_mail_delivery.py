"""The outbox against a real SMTP server on loopback: delivered exactly once, whatever happens.

Time is a controllable clock (the outbox's backoff is checked by moving it), never a sleep.
"""

from __future__ import annotations

import email
import shutil
from email import policy

import pytest

from app.mail.addresses import parse_recipients
from app.mail.delivery import BACKOFF_SECONDS, deliver_due
from app.mail.message import build_message, message_bytes
from app.mail.outbox import SENT_KEPT_DAYS, Outbox, Status
from app.mail.smtp_config import Security, SmtpConfig
from tests.mail_dialog_support import Clock
from tests.mail_server import (
    client_tls_context,
    login_checker,
    self_signed_certificate,
    server_tls_context,
    start_server,
)

PDF = b"%PDF-1.4\n% a tiny stand-in is enough here: the draft test checks a real PDF\n%%EOF\n"


def config_for(port: int, *, security: Security = Security.NONE, user: str = "") -> SmtpConfig:
    return SmtpConfig(
        host="127.0.0.1", port=port, security=security, user=user, from_address="kari@fjellvik.kommune.no"
    )


def enqueue(
    outbox: Outbox,
    clock: Clock,
    to: str = "Ada Lovelace <ada@example.org>, bo@bærum.kommune.no",
    subject: str = "Oppsummering: Trygg skoleveg æøå ŋ",
) -> int:
    recipients = parse_recipients(to)
    message = build_message(
        sender_name="Kari Nordmann",
        sender_address="kari@fjellvik.kommune.no",
        recipients=recipients,
        subject=subject,
        body="Hei!\nVedlagt.\n",
        attachment=PDF,
        attachment_name="Oppsummering æøå.pdf",
    )
    return outbox.enqueue(
        message_id=message["Message-ID"],
        sender="kari@fjellvik.kommune.no",
        recipients=[r.address for r in recipients if r.valid],
        subject=subject,
        mime=message_bytes(message),
        now=clock(),
    )


def test_a_queued_message_is_delivered_once_with_its_headers_and_attachment(tmp_path, clock, handler, server, port):
    outbox = Outbox.open(tmp_path / "outbox.sqlite", now=clock())
    message_id = enqueue(outbox, clock)

    report = deliver_due(outbox, config_for(port), None, clock=clock)
    again = deliver_due(outbox, config_for(port), None, clock=clock)

    assert [m.id for m in report.sent] == [message_id] and not again.sent
    assert len(handler.messages) == 1
    received = handler.messages[0]
    assert received.recipients == ["ada@example.org", "bo@xn--brum-voa.kommune.no"]
    parsed = email.message_from_bytes(received.data, policy=policy.default)
    assert parsed["Subject"] == "Oppsummering: Trygg skoleveg æøå ŋ"
    attachment = next(parsed.iter_attachments())
    assert attachment.get_filename() == "Oppsummering æøå.pdf" and attachment.get_content() == PDF
    row = outbox.get(message_id)
    assert row.status == Status.SENT and row.attempts == 1 and row.sent and row.last_error == ""
    outbox.close()


def test_sent_messages_leave_the_outbox_and_the_disk_after_the_kept_days(tmp_path, clock, handler, server, port):
    path = tmp_path / "outbox.sqlite"
    outbox = Outbox.open(path, now=clock())
    sent_id = enqueue(outbox, clock, subject="Oppsummering: Ánde Sámi ŋ")
    deliver_due(outbox, config_for(port), None, clock=clock)
    failed_id = enqueue(outbox, clock, to="nobody@example.org", subject="Feil adresse")
    outbox.mark_failed(failed_id, "550 no such user", now=clock(), counted=True)
    waiting_id = enqueue(outbox, clock, subject="Venter")
    outbox.close()
    day = 24 * 3600

    clock.now += (SENT_KEPT_DAYS - 1) * day
    outbox = Outbox.open(path, now=clock())
    assert outbox.get(sent_id).status == Status.SENT, "kept for the facilitator to see it went"
    outbox.close()

    clock.now += 2 * day
    outbox = Outbox.open(path, now=clock())
    assert outbox.get(sent_id) is None
    assert outbox.get(failed_id).status == Status.FAILED, "what needs the facilitator stays"
    assert outbox.get(waiting_id).status == Status.QUEUED
    outbox.close()
    # secure_delete: the sent message's text is gone from the file, not just unlinked.
    leftovers = b"".join(p.read_bytes() for p in tmp_path.glob("outbox.sqlite*"))
    assert "Ánde Sámi".encode() not in leftovers
    assert b"Venter" in leftovers and b"Feil adresse" in leftovers


def test_server_down_then_up_queues_then_delivers_once(tmp_path, clock, handler, port):
    outbox = Outbox.open(tmp_path / "outbox.sqlite", now=clock())
    message_id = enqueue(outbox, clock)

    report = deliver_due(outbox, config_for(port), None, clock=clock)  # nothing listens on the port

    assert report.postponed and not report.sent
    row = outbox.get(message_id)
    assert row.status == Status.QUEUED and row.attempts == 1 and "refused the connection" in row.last_error
    assert row.next_attempt > row.updated  # waits for its backoff
    controller = start_server(handler, port)
    try:
        assert not deliver_due(outbox, config_for(port), None, clock=clock).sent  # not due yet: no hammering
        clock.now += BACKOFF_SECONDS[0]
        report = deliver_due(outbox, config_for(port), None, clock=clock)
        deliver_due(outbox, config_for(port), None, clock=clock)
    finally:
        controller.stop()
    assert [m.id for m in report.sent] == [message_id]
    assert len(handler.messages) == 1
    assert outbox.get(message_id).status == Status.SENT and outbox.get(message_id).attempts == 2
    outbox.close()


def test_a_queued_message_survives_an_app_restart_and_goes_out_once(tmp_path, clock, handler, port):
    path = tmp_path / "outbox.sqlite"
    outbox = Outbox.open(path, now=clock())
    message_id = enqueue(outbox, clock)
    deliver_due(outbox, config_for(port), None, clock=clock)  # no server: stays queued
    outbox.close()

    clock.now += 3600
    reopened = Outbox.open(path, now=clock())
    assert reopened.get(message_id).status == Status.QUEUED
    controller = start_server(handler, port)
    try:
        report = deliver_due(reopened, config_for(port), None, clock=clock)
        deliver_due(reopened, config_for(port), None, clock=clock)
    finally:
        controller.stop()
    assert [m.id for m in report.sent] == [message_id] and len(handler.messages) == 1
    reopened.close()
    assert Outbox.open(path, now=clock()).get(message_id).status == Status.SENT


def test_a_message_left_sending_by_a_stopped_app_is_uncertain_and_never_resent_by_itself(
    tmp_path, clock, handler, server, port
):
    path = tmp_path / "outbox.sqlite"
    outbox = Outbox.open(path, now=clock())
    message_id = enqueue(outbox, clock)
    assert outbox.claim(message_id, now=clock())  # the app dies between "sending" and "sent"
    outbox.close()

    reopened = Outbox.open(path, now=clock())
    row = reopened.get(message_id)
    assert row.status == Status.UNCERTAIN and "may have been delivered" in row.last_error
    clock.now += 86_400
    assert not deliver_due(reopened, config_for(port), None, clock=clock).sent
    assert handler.messages == []

    assert reopened.retry_now(message_id, now=clock())  # the facilitator checked and decides to send
    assert len(deliver_due(reopened, config_for(port), None, clock=clock).sent) == 1
    assert len(handler.messages) == 1
    reopened.close()


def test_a_rejected_message_is_failed_and_a_temporary_refusal_is_retried(tmp_path, clock, handler, server, port):
    outbox = Outbox.open(tmp_path / "outbox.sqlite", now=clock())
    handler.data_reply = "554 5.7.1 Message rejected as spam"
    rejected = enqueue(outbox, clock, subject="første")
    deliver_due(outbox, config_for(port), None, clock=clock)
    assert outbox.get(rejected).status == Status.FAILED and "554 5.7.1" in outbox.get(rejected).last_error

    handler.data_reply = "451 4.3.0 Try again later"
    greylisted = enqueue(outbox, clock, subject="andre")
    deliver_due(outbox, config_for(port), None, clock=clock)
    assert outbox.get(greylisted).status == Status.QUEUED and "451 4.3.0" in outbox.get(greylisted).last_error

    handler.data_reply = None
    clock.now += BACKOFF_SECONDS[0]
    deliver_due(outbox, config_for(port), None, clock=clock)
    assert outbox.get(greylisted).status == Status.SENT
    assert outbox.get(rejected).status == Status.FAILED  # never retried by itself
    assert [email.message_from_bytes(m.data, policy=policy.default)["Subject"] for m in handler.messages] == ["andre"]
    outbox.close()


def test_waiting_for_a_password_counts_no_attempt(tmp_path, clock, handler, server, port):
    outbox = Outbox.open(tmp_path / "outbox.sqlite", now=clock())
    message_id = enqueue(outbox, clock)

    report = deliver_due(outbox, config_for(port, user="kari"), None, clock=clock)

    assert report.waiting_for_password
    row = outbox.get(message_id)
    assert row.status == Status.QUEUED and row.attempts == 0 and "password" in row.last_error
    assert handler.messages == []
    outbox.close()


def test_deleted_and_sent_messages_cannot_be_retried(tmp_path, clock, handler, server, port):
    outbox = Outbox.open(tmp_path / "outbox.sqlite", now=clock())
    sent = enqueue(outbox, clock)
    deliver_due(outbox, config_for(port), None, clock=clock)
    assert not outbox.retry_now(sent, now=clock())
    assert outbox.delete(sent) and outbox.get(sent) is None
    outbox.close()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.skip("no openssl command to make a test certificate")
    return self_signed_certificate(tmp_path_factory.mktemp("tls"))


def test_starttls_with_login_delivers_and_a_wrong_password_fails_with_the_reason(
    tmp_path, clock, handler, port, certificate
):
    cert, key = certificate
    controller = start_server(
        handler,
        port,
        tls_context=server_tls_context(cert, key),
        require_starttls=True,
        authenticator=login_checker("kari", "sørlandet ŋ 1"),
        auth_require_tls=True,
    )
    config = config_for(port, security=Security.STARTTLS, user="kari")
    outbox = Outbox.open(tmp_path / "outbox.sqlite", now=clock())
    try:
        wrong = enqueue(outbox, clock, subject="feil passord")
        deliver_due(outbox, config, "wrong", clock=clock, ssl_context=client_tls_context(cert))
        right = enqueue(outbox, clock, subject="rett passord")
        deliver_due(outbox, config, "sørlandet ŋ 1", clock=clock, ssl_context=client_tls_context(cert))
    finally:
        controller.stop()
    assert outbox.get(wrong).status == Status.FAILED and "user name or password" in outbox.get(wrong).last_error
    assert outbox.get(right).status == Status.SENT and len(handler.messages) == 1
    outbox.close()


def test_implicit_tls_delivers_and_an_untrusted_certificate_is_refused(tmp_path, clock, handler, port, certificate):
    cert, key = certificate
    controller = start_server(handler, port, ssl_context=server_tls_context(cert, key))
    config = config_for(port, security=Security.TLS)
    outbox = Outbox.open(tmp_path / "outbox.sqlite", now=clock())
    try:
        untrusted = enqueue(outbox, clock, subject="ukjent sertifikat")
        deliver_due(outbox, config, None, clock=clock)  # the system's trust store does not know the test CA
        trusted = enqueue(outbox, clock, subject="kjent sertifikat")
        deliver_due(outbox, config, None, clock=clock, ssl_context=client_tls_context(cert))
    finally:
        controller.stop()
    assert outbox.get(untrusted).status == Status.FAILED
    assert "certificate" in outbox.get(untrusted).last_error.lower()
    assert outbox.get(trusted).status == Status.SENT and len(handler.messages) == 1
    outbox.close()
