"""The mail part of the window: its menu actions, the outbox and its background sender.

Kept out of main_window.py so the window only adds two menu entries and one call when it
closes. The outbox file is opened at start only if it already exists (someone once sent
mail), so the sender resumes what waited before the restart without touching anyone else's disk.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.model import Workshop
from app.jobs import Jobs
from app.mail.errors import MailError
from app.settings import Settings
from widgets.common.jobs import report_failure
from widgets.common.messages import show_problem

if TYPE_CHECKING:  # the mail machinery (ssl, email, keyring: ~80 ms) loads when mail is first used
    import ssl
    from email.message import EmailMessage

    from app.mail.delivery import DeliveryReport
    from app.mail.outbox import Outbox
    from app.mail.passwords import PasswordStore
    from app.mail.runner import OutboxRunner
    from app.mail.smtp_config import SmtpConfig


class MailActions(QObject):
    """Owns the outbox, its runner and the SMTP password store for one window.

    `jobs` runs the slow work (the summary PDF, SMTP); without one, the mail part has its own
    on the app's event loop.
    """

    status_message = Signal(str)  # a short line for the window's status bar

    def __init__(
        self,
        *,
        settings: Settings,
        outbox_path: Path,
        passwords: PasswordStore | None = None,
        clock: Callable[[], float] = time.time,
        ssl_context: ssl.SSLContext | None = None,
        jobs: Jobs,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self.jobs = jobs
        self._settings = settings
        self._outbox_path = outbox_path
        self._passwords = passwords
        self._clock = clock
        self._ssl_context = ssl_context
        self._outbox: Outbox | None = None
        self._runner: OutboxRunner | None = None
        self.email_action = QAction(self.tr("E&mail summary…"), self)
        self.email_action.setObjectName("email_summary_action")
        self.outbox_action = QAction(self.tr("Out&box…"), self)
        self.outbox_action.setObjectName("outbox_action")
        self.outbox_action.triggered.connect(lambda _checked=False: self.open_outbox())
        if outbox_path.exists():
            QTimer.singleShot(0, self._resume)

    # -- the pieces, made when first needed --------------------------------------------------------

    @property
    def passwords(self) -> PasswordStore:
        if self._passwords is None:
            from app.mail.passwords import PasswordStore

            self._passwords = PasswordStore()  # asks the OS for a keyring: only once mail is used
        return self._passwords

    def runner(self) -> OutboxRunner:
        """The background sender (opening the outbox file first). Raises MailError if it cannot be opened."""
        if self._runner is None:
            from app.mail.outbox import Outbox
            from app.mail.runner import OutboxRunner

            self._outbox = Outbox.open(self._outbox_path, now=self._clock())
            self._runner = OutboxRunner(
                outbox=self._outbox,
                config=self._settings.smtp_config,
                passwords=self.passwords,
                jobs=self.jobs,
                clock=self._clock,
                ssl_context=self._ssl_context,
                parent=self,
            )
            self._runner.delivery_finished.connect(self._on_runner_delivery_finished)
            self._runner.delivery_failed.connect(self._on_runner_delivery_failed)
            self._runner.start()
        return self._runner

    def folder(self) -> Path:
        return self._outbox_path.parent

    def drafts_folder(self) -> Path:
        return self.folder() / "drafts"

    def attachments_folder(self) -> Path:
        """Where a summary PDF is made while the email dialog is open (removed when it closes)."""
        folder = self.folder() / "attachments"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _resume(self) -> None:
        try:
            self.runner()
        except MailError as error:
            show_problem(self._window, self.tr("The outbox cannot be opened"), error.message)

    # -- what the dialogs ask for ------------------------------------------------------------------

    def smtp_config(self) -> SmtpConfig | None:
        return self._settings.smtp_config()

    def configure_server(self, parent: QWidget) -> bool:
        from widgets.mail.smtp_settings_dialog import SmtpSettingsDialog

        dialog = SmtpSettingsDialog(settings=self._settings, passwords=self.passwords, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted and self._runner is not None:
            self._runner.poll()  # a corrected setting may let waiting messages go now
        return accepted

    def ensure_password(self, config: SmtpConfig, parent: QWidget) -> bool:
        """True when the server needs no password or one is known (asking for it if needed)."""
        if not config.needs_password or self.passwords.get(config.password_key) is not None:
            return True
        from widgets.mail.smtp_password_dialog import SmtpPasswordDialog

        dialog = SmtpPasswordDialog(config=config, store=self.passwords, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.passwords.set(config.password_key, dialog.password())
        return True

    def queue(self, message: EmailMessage, *, parent: QWidget) -> int | None:
        """Put a message in the outbox and start sending; None if the facilitator cancelled the set-up.

        Any message will do (the summary, or another's later): it goes to everyone in its To, Cc
        and Bcc, and a Bcc header is taken out before it is stored."""
        config = self._settings.smtp_config()
        if config is None or not config.complete:
            if not self.configure_server(parent):
                return None
            config = self._settings.smtp_config()
            if config is None:
                return None
        if not self.ensure_password(config, parent):
            return None
        from app.mail.message import envelope_recipients, message_bytes

        runner = self.runner()
        recipients = envelope_recipients(message)
        del message["Bcc"]  # blind copies go in the envelope only, never in what anyone receives
        outbox_id = runner.outbox.enqueue(
            message_id=str(message["Message-ID"]),
            sender=message["From"].addresses[0].addr_spec,
            recipients=recipients,
            subject=str(message["Subject"]),
            mime=message_bytes(message),
            now=self._clock(),
        )
        self.status_message.emit(self.tr("The summary is in the outbox and is being sent."))
        runner.outbox_changed.emit()
        runner.poll()
        return outbox_id

    # -- the menu actions --------------------------------------------------------------------------

    def open_email_dialog(self, workshop: Workshop, make_pdf: Callable[[Path], None]) -> QDialog:
        """Open File > Email summary… for `workshop`; `make_pdf(target)` is called on a worker thread."""
        from widgets.mail.email_dialog import EmailDialog

        dialog = EmailDialog(
            workshop=workshop, settings=self._settings, mail=self, make_pdf=make_pdf, parent=self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_outbox(self) -> QDialog | None:
        from widgets.mail.outbox_dialog import OutboxDialog

        try:
            runner = self.runner()
        except MailError as error:
            show_problem(self._window, self.tr("The outbox cannot be opened"), error.message)
            return None
        dialog = OutboxDialog(mail=self, runner=runner, parent=self._window)
        dialog.open()
        return dialog

    def shutdown(self) -> None:
        """On quit: stop looking for due messages, let a delivery in progress finish briefly, close the file
        (left open for a delivery still under way: it ends with the app)."""
        finished = self._runner.stop() if self._runner is not None else True
        if self._outbox is not None and finished:
            self._outbox.close()

    # -- what the sender reports -------------------------------------------------------------------

    def _on_runner_delivery_failed(self, error: BaseException) -> None:
        report_failure(self._window, self.tr("The outbox cannot be used"), error)

    def _on_runner_delivery_finished(self, report: DeliveryReport) -> None:
        for message, delivered in report.delivered:
            self.status_message.emit(
                self.tr("Sent “%1” to %2 recipients.").replace("%1", message.subject).replace("%2", str(len(delivered)))
            )
        if report.failed:
            lines = [f"“{message.subject}”: {reason}" for message, reason in report.failed]
            hint = self.tr("It is kept in File > Outbox, where you can send it again once the problem is fixed.")
            if report.refused:
                hint = self.tr("It is kept in File > Outbox: correct an address there to send it to that person only.")
            show_problem(self._window, self.tr("The mail server refused a message"), "\n\n".join(lines) + "\n\n" + hint)
        for message, reason in report.uncertain:
            show_problem(
                self._window,
                self.tr("A message may not have been sent"),
                f"“{message.subject}”: {reason}\n\n" + self.tr("See File > Outbox before you send it again."),
            )
