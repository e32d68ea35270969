"""What the email and outbox dialogs ask of the window's mail part, and nothing more.

A narrow interface, so the dialogs need not import widgets/mail/mail_actions.py (which
opens them): MailActions is the one thing that provides it.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QWidget

from app.jobs import Jobs
from app.mail.smtp_config import SmtpConfig


class MailServices(Protocol):
    """The outbox, the server settings and the job runner, as the mail dialogs use them."""

    jobs: Jobs

    def smtp_config(self) -> SmtpConfig | None: ...

    def configure_server(self, parent: QWidget) -> bool: ...

    def ensure_password(self, config: SmtpConfig, parent: QWidget) -> bool: ...

    def queue(self, message: EmailMessage, *, parent: QWidget) -> int | None: ...

    def drafts_folder(self) -> Path: ...

    def attachments_folder(self) -> Path: ...
