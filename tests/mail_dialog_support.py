"""What the email and outbox dialog tests share: a clock, a real PDF maker, the mail part of a window."""

from __future__ import annotations

from pathlib import Path

from keyring.backends import fail
from PySide6.QtWidgets import QWidget

from app.demo import build_demo_workshop
from app.jobs import Jobs
from app.mail.passwords import PasswordStore
from app.mail.smtp_config import Security, SmtpConfig
from app.settings import Settings
from widgets.common.event_loop import qt_event_loop
from widgets.mail.mail_actions import MailActions


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


class PdfMaker:
    """make_pdf(target) as the window passes it: a real PDF (reportlab), made on the worker thread."""

    def __init__(self, padding: int = 0) -> None:
        self.padding = padding
        self.made: list[bytes] = []

    def __call__(self, target: Path) -> None:
        from reportlab.pdfgen import canvas

        pdf = canvas.Canvas(str(target))
        pdf.drawString(72, 720, "Oppsummering: Bo hjemme lengst mulig")
        pdf.showPage()
        pdf.save()
        if self.padding:  # PDF readers skip what follows %%EOF: a big but still valid file
            with open(target, "ab") as out:
                out.write(b"%" + b"0" * self.padding + b"\n")
        self.made.append(target.read_bytes())


def make_mail_actions(settings: Settings, outbox_path: Path, clock: Clock, parent: QWidget) -> MailActions:
    """The window's mail part, with a password store that keeps nothing and the test's clock."""
    return MailActions(
        settings=settings,
        outbox_path=outbox_path,
        passwords=PasswordStore(fail.Keyring()),
        clock=clock,
        jobs=Jobs(loop=qt_event_loop),
        parent=parent,
    )


def configure(settings: Settings, port: int) -> None:
    settings.set_smtp_config(
        SmtpConfig(
            host="127.0.0.1",
            port=port,
            security=Security.NONE,
            from_address="ingrid.solberg@fjellvik.kommune.no",
            from_name="Ingrid Solberg",
        )
    )


def open_dialog(qtbot, mail, workshop=None, maker=None):
    maker = maker or PdfMaker()
    dialog = mail.open_email_dialog(workshop or build_demo_workshop(), maker)
    qtbot.waitUntil(lambda: dialog.pdf_path() is not None)
    return dialog, maker
