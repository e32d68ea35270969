"""Email that reaches everyone it can, against a real SMTP server on loopback (issue 15).

A refused address stops nobody else's copy; a server that never answers is named as such;
what goes out is cleaned of control characters and bidi overrides as the PDF is. The clock
is a controllable one, never a sleep.
"""

from __future__ import annotations

import email
import json
import socket
import sqlite3
from email import policy

import pytest

from app.domain.text_cleaning import CONTROL, clean_text
from app.mail.addresses import parse_recipients
from app.mail.delivery import deliver_due
from app.mail.message import build_message, message_bytes, replace_recipient
from app.mail.outbox import Outbox, Status
from app.mail.smtp_config import Security, SmtpConfig
from app.summary.fonts import printable
from tests.mail_dialog_support import Clock

PDF = b"%PDF-1.4\n%%EOF\n"
SENDER = "kari@fjellvik.kommune.no"


@pytest.fixture
def outbox(tmp_path, clock):
    box = Outbox.open(tmp_path / "outbox.sqlite", now=clock())
    yield box
    box.close()


def config_for(port: int) -> SmtpConfig:
    return SmtpConfig(host="127.0.0.1", port=port, security=Security.NONE, from_address=SENDER)


def enqueue(outbox: Outbox, clock: Clock, to: str, subject: str = "Oppsummering æøå", body: str = "Hei!\n") -> int:
    recipients = parse_recipients(to)
    message = build_message(
        sender_name="Kari Nordmann",
        sender_address=SENDER,
        recipients=recipients,
        subject=subject,
        body=body,
        attachment=PDF,
        attachment_name="Oppsummering.pdf",
    )
    return outbox.enqueue(
        message_id=message["Message-ID"],
        sender=SENDER,
        recipients=[r.address for r in recipients if r.valid],
        subject=subject,
        mime=message_bytes(message),
        now=clock(),
    )


FIFTEEN = [f"deltaker{n}@example.no" for n in range(1, 16)]


def test_one_refused_address_stops_nobody_elses_copy_and_every_refused_one_is_named(
    outbox, clock, handler, server, port
):
    handler.refuse_recipients["deltaker4@example.no"] = "550 5.1.1 <deltaker4@example.no>: User unknown"
    handler.refuse_recipients["deltaker11@example.no"] = "553 5.1.3 Bad recipient address syntax"
    message_id = enqueue(outbox, clock, ", ".join(FIFTEEN))

    report = deliver_due(outbox, config_for(port), None, clock=clock)
    clock.now += 86_400
    deliver_due(outbox, config_for(port), None, clock=clock)  # a failed message is not tried again by itself

    (received,) = handler.messages  # one message, to the thirteen the server took
    assert received.recipients == [a for a in FIFTEEN if a not in ("deltaker4@example.no", "deltaker11@example.no")]
    row = outbox.get(message_id)
    assert row.status == Status.FAILED and row.attempts == 1
    assert row.delivered == tuple(received.recipients)
    assert row.refused == {
        "deltaker4@example.no": "550 5.1.1 <deltaker4@example.no>: User unknown",
        "deltaker11@example.no": "553 5.1.3 Bad recipient address syntax",
    }
    assert "13 of 15" in row.last_error
    assert "deltaker4@example.no: 550 5.1.1 <deltaker4@example.no>: User unknown" in row.last_error
    assert "deltaker11@example.no: 553 5.1.3 Bad recipient address syntax" in row.last_error
    assert [(m.id, sorted(refused)) for m, refused in report.refused] == [
        (message_id, ["deltaker11@example.no", "deltaker4@example.no"])
    ]
    assert report.failed[0][1] == row.last_error  # what the window shows names both at once

    # The server's side is fixed for one of them; Retry now reaches the two refused, not the thirteen again.
    del handler.refuse_recipients["deltaker4@example.no"]
    assert outbox.retry_now(message_id, now=clock())
    deliver_due(outbox, config_for(port), None, clock=clock)
    assert [m.recipients for m in handler.messages[1:]] == [["deltaker4@example.no"]]
    row = outbox.get(message_id)
    assert row.status == Status.FAILED and list(row.refused) == ["deltaker11@example.no"]
    assert "14 of 15" in row.last_error and "deltaker4" not in row.last_error


def test_a_corrected_address_gets_the_message_alone_and_sees_its_own_address(outbox, clock, handler, server, port):
    handler.refuse_recipients["ola.nordman@example.no"] = "550 5.1.1 No such user"
    message_id = enqueue(outbox, clock, "Ada Lovelace <ada@example.org>, Ola Nordmann <ola.nordman@example.no>")
    deliver_due(outbox, config_for(port), None, clock=clock)
    before = outbox.mime(message_id)

    corrected = replace_recipient(before, "ola.nordman@example.no", "ola.nordmann@example.no")
    assert outbox.correct_recipients(
        message_id, {"ola.nordman@example.no": "ola.nordmann@example.no"}, mime=corrected, now=clock()
    )
    report = deliver_due(outbox, config_for(port), None, clock=clock)

    first, second = handler.messages
    assert first.recipients == ["ada@example.org"] and second.recipients == ["ola.nordmann@example.no"]
    assert [m.id for m in report.sent] == [message_id]
    row = outbox.get(message_id)
    assert row.status == Status.SENT and row.refused == {}
    assert row.delivered == ("ada@example.org", "ola.nordmann@example.no")
    old, new = (email.message_from_bytes(m.data, policy=policy.default) for m in (first, second))
    assert str(new["To"]) == "Ada Lovelace <ada@example.org>, Ola Nordmann <ola.nordmann@example.no>"
    for header in ("From", "Subject", "Date", "Message-ID"):
        assert new[header] == old[header]  # the same message, only the address mended
    assert next(new.iter_attachments()).get_content() == PDF
    # Only a refused address can be corrected, and never into one that has the message.
    assert not outbox.correct_recipients(message_id, {"ada@example.org": "x@example.org"}, mime=before, now=clock())


def test_a_server_that_never_answers_is_named_as_not_answering_in_time(outbox, clock):
    with socket.socket() as silent:  # takes the connection (the kernel does) but never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        message_id = enqueue(outbox, clock, "ada@example.org")
        report = deliver_due(outbox, config_for(silent.getsockname()[1]), None, clock=clock, timeout=0.3)

    row = outbox.get(message_id)
    assert report.postponed and row.status == Status.QUEUED
    assert "did not answer in time" in row.last_error
    assert "closed the connection" not in row.last_error


def test_subject_body_and_names_are_cleaned_as_the_pdf_cleans_them(outbox, clock, handler, server, port):
    hostile = "A\x00B\x07C \u202eFDP.exe\u202c D\u200b\x1b[31m"
    enqueue(
        outbox,
        clock,
        f'"Ola {hostile}" <ola@example.org>, ada@example.org',
        subject=f"Oppsummering {hostile}",
        body=f"Hei {hostile}\nlinje to\u2028tre\n",
    )
    deliver_due(outbox, config_for(port), None, clock=clock)

    (received,) = handler.messages
    parsed = email.message_from_bytes(received.data, policy=policy.default)
    subject, body = str(parsed["Subject"]), parsed.get_body(("plain",)).get_content()
    name = parsed["To"].addresses[0].display_name
    for text in (subject, body, name):
        assert not any(c in text for c in "\x00\x07\x1b\u202e\u202c\u200b"), repr(text)
        assert f"A{CONTROL}B{CONTROL}C FDP.exe D{CONTROL}[31m" in text  # as the PDF prints it
    assert "linje to\r\ntre" in body  # a Unicode line separator is a line break, as in the PDF
    # One rule, not two copies: the PDF's printable() gives what the email carries.
    assert printable(hostile) == clean_text(hostile)


def test_an_outbox_of_the_first_version_opens_and_delivers_what_waited(tmp_path, clock, handler, server, port):
    path = tmp_path / "outbox.sqlite"
    mime = message_bytes(
        build_message(
            sender_name="Kari",
            sender_address=SENDER,
            recipients=parse_recipients("ada@example.org"),
            subject="Fra forrige versjon",
            body="Hei\n",
        )
    )
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE messages (id INTEGER PRIMARY KEY, message_id TEXT NOT NULL UNIQUE, sender TEXT NOT NULL,
            recipients TEXT NOT NULL, subject TEXT NOT NULL, mime BLOB NOT NULL, status TEXT NOT NULL
            CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'uncertain')),
            attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', created TEXT NOT NULL,
            updated TEXT NOT NULL, next_attempt TEXT NOT NULL, sent TEXT NOT NULL DEFAULT '');
        PRAGMA user_version=1;
        """
    )
    old.execute(
        "INSERT INTO messages (message_id, sender, recipients, subject, mime, status, created, updated, next_attempt)"
        " VALUES ('<a@b>', ?, ?, 'Fra forrige versjon', ?, 'queued', '2020-01-01T00:00:00.000000Z',"
        " '2020-01-01T00:00:00.000000Z', '2020-01-01T00:00:00.000000Z')",
        (SENDER, json.dumps(["ada@example.org"]), mime),
    )
    old.commit()
    old.close()

    outbox = Outbox.open(path, now=clock())
    report = deliver_due(outbox, config_for(port), None, clock=clock)
    outbox.close()

    assert len(report.sent) == 1 and handler.messages[0].recipients == ["ada@example.org"]
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_blind_message_names_only_the_sender_and_the_outbox_keeps_the_bcc_out(outbox, clock, handler, server, port):
    from app.mail.message import envelope_recipients

    message = build_message(
        sender_name="Kari Nordmann",
        sender_address=SENDER,
        recipients=parse_recipients("Ada Lovelace <ada@example.org>, bo@bærum.kommune.no"),
        subject="Blindkopi",
        body="Hei\n",
        draft=True,
        blind=True,
    )
    # A draft keeps the Bcc for the mail program that sends it.
    assert [a.addr_spec for a in message["Bcc"].addresses] == ["ada@example.org", "bo@xn--brum-voa.kommune.no"]
    assert str(message["To"]) == f"Kari Nordmann <{SENDER}>"
    recipients = envelope_recipients(message)
    assert recipients == [SENDER, "ada@example.org", "bo@xn--brum-voa.kommune.no"]
    del message["Bcc"]
    outbox.enqueue(
        message_id=message["Message-ID"],
        sender=SENDER,
        recipients=recipients,
        subject="Blindkopi",
        mime=message_bytes(message),
        now=clock(),
    )
    deliver_due(outbox, config_for(port), None, clock=clock)

    (received,) = handler.messages
    assert received.recipients == recipients
    assert b"ada@example.org" not in received.data and b"Bcc" not in received.data
