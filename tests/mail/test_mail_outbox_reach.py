"""The window's mail part reaching everyone it can (issue 15), through the real dialogs and a real
SMTP server on loopback: refused addresses named at once and corrected in the outbox, Bcc offered
and remembered, and the first retry woken for at its documented time."""

from __future__ import annotations

import email
import re
from email import policy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.mail.delivery import BACKOFF_SECONDS
from app.mail.outbox import Status
from tests.conftest import save_screenshot
from tests.mail_dialog_support import configure, open_dialog

README = Path(__file__).resolve().parents[2] / "README.md"


def test_refused_addresses_are_named_at_once_and_one_corrected_in_the_outbox_gets_it_alone(
    qtbot, mail, settings, handler, server, port, host_window
):
    configure(settings, port)
    handler.refuse_recipients["hilde.bakken@example.no"] = "550 5.1.1 <hilde.bakken@example.no>: User unknown"
    handler.refuse_recipients["siri.dahl@example.no"] = "550 5.2.1 Mailbox disabled"
    runner = mail.runner()
    with qtbot.waitSignal(runner.delivery_finished):
        open_dialog(qtbot, mail)[0].send()

    (first,) = handler.messages
    assert len(first.recipients) == 5  # the seven participants with an address, but the two refused
    problem = host_window.findChild(QMessageBox, "problem_dialog")
    assert problem is not None
    for words in ("hilde.bakken@example.no", "User unknown", "siri.dahl@example.no", "Mailbox disabled", "5 of 7"):
        assert words in problem.text()
    assert "correct an address" in problem.text()
    save_screenshot(problem, "mail_refused_addresses")
    problem.close()

    outbox = mail.open_outbox()
    assert outbox.table.item(0, 0).text() == "Partly sent"
    assert not outbox.correct_button.isEnabled()  # nothing selected yet
    outbox.table.selectRow(0)
    assert outbox.correct_button.isEnabled()
    save_screenshot(outbox, "outbox_partly_sent")
    qtbot.mouseClick(outbox.correct_button, Qt.MouseButton.LeftButton)
    dialog = outbox.findChild(QDialog, "correct_address_dialog")
    assert dialog is not None and dialog.isVisible()
    hilde = dialog.edits["hilde.bakken@example.no"]
    assert not dialog.send_button.isEnabled()  # nothing changed yet
    hilde.setText("per.arne.haugen@example.no")
    assert "recipient already" in dialog.problem.text() and not dialog.send_button.isEnabled()
    hilde.setText("hilde.bakken@@example.no")
    assert "not an email address" in dialog.problem.text() and not dialog.send_button.isEnabled()
    hilde.setText("hilde.bakken@example.com")
    assert dialog.problem.isHidden() and dialog.send_button.isEnabled()
    save_screenshot(dialog, "outbox_correct_address")

    with qtbot.waitSignal(runner.delivery_finished):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    second = handler.messages[1]
    assert len(handler.messages) == 2 and second.recipients == ["hilde.bakken@example.com"]
    to = email.message_from_bytes(second.data, policy=policy.default)["To"]
    assert "Hilde Bakken <hilde.bakken@example.com>" in str(to) and "hilde.bakken@example.no" not in str(to)
    message = runner.outbox.messages()[0]
    assert message.status == Status.FAILED and list(message.refused) == ["siri.dahl@example.no"]
    assert outbox.table.item(0, 0).text() == "Partly sent" and "6 of 7" in outbox.table.item(0, 5).text()
    outbox.close()


def test_the_first_retry_is_woken_for_after_the_documented_15_seconds(qtbot, mail, settings, port, clock):
    configure(settings, port)  # nothing listens there: the first try fails at once
    runner = mail.runner()
    with qtbot.waitSignal(runner.delivery_finished):
        open_dialog(qtbot, mail)[0].send()

    assert runner.outbox.messages()[0].status == Status.QUEUED
    # Not the next poll (which would make it 30 s): a timer for the moment it is due.
    assert runner.retry_timer.isActive() and runner.retry_timer.interval() == 15_000
    documented = re.search(r"network \(([^)]*)\)", README.read_text(encoding="utf-8"))
    assert documented is not None and documented[1].startswith("15 s, 30 s, 1, 2, 5, then every 10 minutes;")
    assert BACKOFF_SECONDS == (15, 30, 60, 120, 300, 600)


def test_bcc_keeps_the_participants_addresses_from_each_other_and_the_choice_is_remembered(
    qtbot, mail, settings, handler, server, port
):
    configure(settings, port)
    dialog, _maker = open_dialog(qtbot, mail)
    assert not dialog.blind_check.isChecked()  # as before, until the facilitator chooses
    dialog.blind_check.setChecked(True)
    save_screenshot(dialog, "email_dialog_bcc")
    runner = mail.runner()
    with qtbot.waitSignal(runner.delivery_finished):
        dialog.send()

    (received,) = handler.messages
    participants = [r.address for r in dialog.recipients()]
    assert sorted(received.recipients) == sorted([*participants, "ingrid.solberg@fjellvik.kommune.no"])
    parsed = email.message_from_bytes(received.data, policy=policy.default)
    assert str(parsed["To"]) == "Ingrid Solberg <ingrid.solberg@fjellvik.kommune.no>"
    assert "Bcc" not in parsed and b"per.arne.haugen" not in received.data
    assert settings.email_blind()

    again, _maker = open_dialog(qtbot, mail)
    assert again.blind_check.isChecked()
    again.reject()


def test_a_message_waiting_for_the_server_set_up_arms_no_timer_that_would_spin(qtbot, mail, clock):
    runner = mail.runner()  # no mail server is set up
    runner.outbox.enqueue(
        message_id="<w@fjellvik.kommune.no>",
        sender="ingrid.solberg@fjellvik.kommune.no",
        recipients=["per.arne.haugen@example.no"],
        subject="Venter",
        mime=b"Subject: Venter\r\n\r\nHei\r\n",
        now=clock(),
    )
    with qtbot.waitSignal(runner.delivery_finished):
        runner.poll()

    assert "no mail server" in runner.outbox.messages()[0].last_error
    assert not runner.retry_timer.isActive()  # due already: the regular look comes back to it
