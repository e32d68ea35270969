"""File > Email summary…: recipients, subject and text from a template, the PDF attached, then
either a draft for the facilitator's own mail program or a message for the outbox."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.meetings import summary_recipients
from app.domain.model import Workshop
from app.jobs import IsCancelled, Progress
from app.mail import addresses as A
from app.mail.addresses import Recipient, check_address, format_recipient, parse_recipients
from app.mail.errors import MailError
from app.mail.message import ATTACHMENT_WARNING_BYTES, build_message, safe_file_name, write_eml
from app.mail.templates import (
    ATTACHMENT_WORDS,
    LANGUAGES,
    STANDARD_TEMPLATES,
    fill_template,
    template_language,
)
from app.settings import Settings
from widgets.common.jobs import UiJob
from widgets.common.messages import show_problem
from widgets.mail.email_template_dialog import EmailTemplateDialog
from widgets.mail.mail_services import MailServices

# Each language named in itself: the facilitator picks the language the recipients read.
LANGUAGE_NAMES = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "sv": "Svenska", "da": "Dansk", "en": "English"}
MAX_LISTED_PROBLEMS = 5
_RED = "#b00020"
_AMBER = "#8a5300"


class EmailDialog(QDialog):
    """Composes the summary email. The PDF is made on a worker thread as soon as the dialog opens."""

    queued = Signal(int)  # outbox id
    draft_written = Signal(Path)

    def __init__(
        self,
        *,
        workshop: Workshop,
        settings: Settings,
        mail: MailServices,
        make_pdf: Callable[[Path], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("email_dialog")
        self.setWindowTitle(self.tr("Email summary"))
        self._workshop = workshop
        self._settings = settings
        self._mail = mail
        self._pdf_path: Path | None = None
        self._recipients: list[Recipient] = []
        self._work_folder = Path(tempfile.mkdtemp(prefix="summary-", dir=mail.attachments_folder()))
        language = template_language(workshop.info.language)
        self._pdf_name = safe_file_name(f"{ATTACHMENT_WORDS[language]} {workshop.info.title}", ".pdf")

        config = settings.smtp_config()
        self.from_edit = QLineEdit(config.from_address if config else settings.email_from())
        self.from_edit.setPlaceholderText(self.tr("you@municipality.no"))
        self.to_edit = QPlainTextEdit()
        self.to_edit.setTabChangesFocus(True)
        self.to_edit.setPlaceholderText(self.tr("One address a line, e.g. Kari Nordmann <kari@example.no>"))
        self.to_edit.setFixedHeight(110)
        self.blind_check = QCheckBox(self.tr("Send as &Bcc: recipients do not see each other's addresses"))
        self.blind_check.setToolTip(
            self.tr("A list of everyone's address is personal data. With Bcc, the message is addressed to you.")
        )
        self.blind_check.setChecked(settings.email_blind())
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        # The summary of a meeting goes to who attended it; this widens it to every participant.
        self.everyone_box = QCheckBox(self.tr("Send to all &participants, not only those who attended"))
        self.everyone_box.setObjectName("email_everyone")
        attended = summary_recipients(workshop)
        self.everyone_box.setVisible(len(attended) < len(workshop.participants))
        self.address_problems = QLabel()
        self.address_problems.setWordWrap(True)
        self.address_problems.setStyleSheet(f"color: {_RED};")
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        self.template_button = QPushButton(self.tr("Edit &template…"))
        self.subject_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(200)
        self.attachment_label = QLabel()
        self.attachment_label.setWordWrap(True)
        self.attachment_progress = QProgressBar()
        self.attachment_progress.setRange(0, 0)  # busy: the exporter reports no steps through this path
        self.attachment_progress.setMaximumHeight(8)
        self.attachment_progress.setTextVisible(False)
        self.open_pdf_button = QPushButton(self.tr("&View PDF"))
        self.open_pdf_button.setEnabled(False)
        self.size_warning = QLabel()
        self.size_warning.setWordWrap(True)
        self.size_warning.setStyleSheet(f"color: {_AMBER};")
        self.size_warning.hide()
        for label in (self.missing_label, self.address_problems, self.attachment_label, self.size_warning):
            label.setTextFormat(Qt.TextFormat.PlainText)  # names and addresses are shown as typed, never as markup
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for name, widget in (
            ("from", self.from_edit),
            ("to", self.to_edit),
            ("bcc", self.blind_check),
            ("missing_emails", self.missing_label),
            ("address_problems", self.address_problems),
            ("language", self.language_combo),
            ("edit_template", self.template_button),
            ("subject", self.subject_edit),
            ("body", self.body_edit),
            ("attachment", self.attachment_label),
            ("view_pdf", self.open_pdf_button),
            ("size_warning", self.size_warning),
        ):
            widget.setObjectName(name)

        self.server_button = QPushButton(self.tr("&Mail server…"))
        self.server_button.setObjectName("mail_server")
        self.draft_button = QPushButton(self.tr("Open as &draft in my mail program"))
        self.draft_button.setObjectName("draft")
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setObjectName("send")
        self.send_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.server_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.draft_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)

        language_row = QHBoxLayout()
        language_row.addWidget(self.language_combo, 1)
        language_row.addWidget(self.template_button)
        attachment_row = QHBoxLayout()
        attachment_row.addWidget(self.attachment_label, 1)
        attachment_row.addWidget(self.open_pdf_button)
        attachment_box = QVBoxLayout()
        attachment_box.addLayout(attachment_row)
        attachment_box.addWidget(self.attachment_progress)
        attachment_box.addWidget(self.size_warning)
        to_box = QVBoxLayout()
        to_box.addWidget(self.to_edit)
        to_box.addWidget(self.blind_check)
        to_box.addWidget(self.everyone_box)
        to_box.addWidget(self.missing_label)
        to_box.addWidget(self.address_problems)
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(_buddy_label(self.tr("&To:"), self.to_edit), to_box)
        form.addRow(_buddy_label(self.tr("&Language:"), self.language_combo), language_row)
        form.addRow(self.tr("S&ubject:"), self.subject_edit)
        form.addRow(self.tr("T&ext:"), self.body_edit)
        form.addRow(QLabel(self.tr("Attachment:")), attachment_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(720, 720)

        self._fill_recipients()
        self.everyone_box.toggled.connect(self._fill_recipients)
        self._fill_from_template()
        self.to_edit.textChanged.connect(self._check)
        self.from_edit.textChanged.connect(self._check)
        self.language_combo.currentIndexChanged.connect(self._fill_from_template)
        self.template_button.clicked.connect(self._edit_template)
        self.open_pdf_button.clicked.connect(self._view_pdf)
        self.server_button.clicked.connect(lambda: mail.configure_server(self))
        self.draft_button.clicked.connect(self.write_draft)
        self.send_button.clicked.connect(self.send)
        self._check()
        self._pdf_job = self._start_pdf(make_pdf)

    # -- what the facilitator sees ---------------------------------------------------------------

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def recipients(self) -> list[Recipient]:
        return list(self._recipients)

    def pdf_path(self) -> Path | None:
        return self._pdf_path

    def _fill_recipients(self) -> None:
        people = summary_recipients(self._workshop, everyone=self.everyone_box.isChecked())
        with_email = [p for p in people if p.email.strip()]
        self.to_edit.setPlainText("\n".join(format_recipient(p.name, p.email) for p in with_email))
        without = [p.name.strip() or "?" for p in people if not p.email.strip()]
        if without:
            text = self.tr("No email address for: %1.").replace("%1", ", ".join(without))
            self.missing_label.setText(text)
        self.missing_label.setVisible(bool(without))

    def _fill_from_template(self) -> None:
        language = self.language()
        template = self._settings.email_template(language) or STANDARD_TEMPLATES[language]
        filled = fill_template(template, self._workshop.info, language)
        self.subject_edit.setText(filled.subject)
        self.body_edit.setPlainText(filled.body)

    def _edit_template(self) -> None:
        language = self.language()
        dialog = EmailTemplateDialog(
            settings=self._settings, language=language, language_name=LANGUAGE_NAMES[language], parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._fill_from_template()

    def _check(self) -> None:
        """Flag what cannot be sent, as the facilitator types: bad addresses, a missing From, no PDF yet."""
        self._recipients = parse_recipients(self.to_edit.toPlainText())
        invalid = [r for r in self._recipients if not r.valid]
        lines = [self._problem_sentence(r) for r in invalid[:MAX_LISTED_PROBLEMS]]
        if len(invalid) > MAX_LISTED_PROBLEMS:
            lines.append(self.tr("… and %1 more.").replace("%1", str(len(invalid) - MAX_LISTED_PROBLEMS)))
        if not self._recipients:
            lines.append(self.tr("Add at least one recipient."))
        from_problem = check_address(self.from_edit.text())[1]
        if from_problem:
            lines.append(self.tr("Type your own address in From."))
        self.address_problems.setText("\n".join(lines))
        self.address_problems.setVisible(bool(lines))
        self._underline(invalid)
        ready = not lines and self._pdf_path is not None
        self.send_button.setEnabled(ready)
        self.draft_button.setEnabled(ready)

    def _problem_sentence(self, recipient: Recipient) -> str:
        reasons = {
            A.NOT_AN_ADDRESS: self.tr("“%1” is not an email address."),
            A.NO_AT: self.tr("“%1” has no @."),
            A.BAD_LOCAL_PART: self.tr("“%1” has characters that are not allowed before the @."),
            A.NON_ASCII_LOCAL_PART: self.tr(
                "“%1” has letters such as æ, ø or å before the @, which most mail servers refuse."
            ),
            A.BAD_DOMAIN: self.tr("“%1” has no valid domain after the @."),
            A.TOO_LONG: self.tr("“%1” is too long for an email address."),
            A.DUPLICATE: self.tr("“%1” is listed twice."),
        }
        shown = recipient.text if len(recipient.text) <= 80 else recipient.text[:79] + "…"
        return reasons.get(recipient.problem, reasons[A.NOT_AN_ADDRESS]).replace("%1", shown)

    def _underline(self, invalid: list[Recipient]) -> None:
        """A red wavy line under each entry that cannot be used, where the facilitator typed it."""
        selections = []
        document = self.to_edit.document()
        style = QTextCharFormat()
        style.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        style.setUnderlineColor(QColor(_RED))
        for recipient in invalid:
            cursor = document.find(recipient.text, 0, QTextDocument.FindFlag.FindCaseSensitively)
            if not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = style
                selections.append(selection)
        self.to_edit.setExtraSelections(selections)

    # -- the PDF ----------------------------------------------------------------------------------

    def _start_pdf(self, make_pdf: Callable[[Path], None]) -> UiJob:
        target = self._work_folder / self._pdf_name
        self.attachment_label.setText(self.tr("Preparing the summary PDF…"))

        def work(_progress: Progress, _cancelled: IsCancelled) -> Path:
            make_pdf(target)
            return target

        # A known problem is told beside the attachment, not in a message box; a bug goes to the crash handler.
        job = UiJob(jobs=self._mail.jobs, parent=self, problem_title=None)
        job.succeeded.connect(self._on_pdf_job_succeeded)
        job.failed.connect(self._on_pdf_job_failed)
        return job.start_thread(work, name="samskap-summary-pdf")

    def _on_pdf_job_succeeded(self, path: Path) -> None:
        self.attachment_progress.hide()
        if not path.is_file():
            self._on_pdf_job_failed(self.tr("The summary PDF was not made."))
            return
        self._pdf_path = path
        size = path.stat().st_size
        self.attachment_label.setText(f"{path.name} ({_megabytes(size)})")
        self.open_pdf_button.setEnabled(True)
        if size > ATTACHMENT_WARNING_BYTES:
            self.size_warning.setText(
                self.tr(
                    "The PDF is %1, more than 10 MB: many mail servers refuse messages that large. "
                    "Consider sharing it another way, or send it and watch the outbox."
                ).replace("%1", _megabytes(size))
            )
            self.size_warning.show()
        self._check()

    def _on_pdf_job_failed(self, message: str) -> None:
        self.attachment_progress.hide()
        self.attachment_label.setText(self.tr("The summary PDF could not be made: %1").replace("%1", str(message)))
        self.attachment_label.setStyleSheet(f"color: {_RED};")
        self._check()

    def _view_pdf(self) -> None:
        if self._pdf_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._pdf_path)))

    # -- the two ways out -------------------------------------------------------------------------

    def _message(self, *, draft: bool, sender_name: str):
        assert self._pdf_path is not None
        return build_message(
            sender_name=sender_name,
            sender_address=self.from_edit.text(),
            recipients=self._recipients,
            subject=self.subject_edit.text(),
            body=self.body_edit.toPlainText(),
            attachment=self._pdf_path.read_bytes(),
            attachment_name=self._pdf_path.name,
            draft=draft,
            blind=self.blind_check.isChecked(),
        )

    def write_draft(self) -> Path | None:
        """Write the `.eml` and hand it to the default mail program."""
        self._check()
        if not self.draft_button.isEnabled():
            return None
        stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        target = self._mail.drafts_folder() / safe_file_name(f"{self.subject_edit.text()[:60]} {stamp}", ".eml")
        try:
            message = self._message(draft=True, sender_name=self._sender_name())
            write_eml(message, target)
        except (MailError, OSError) as error:
            show_problem(self, self.tr("The draft could not be written"), getattr(error, "message", str(error)))
            return None
        self._remember_choices()
        self.draft_written.emit(target)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            show_problem(
                self.parentWidget(),
                self.tr("No mail program opened the draft"),
                self.tr("The draft is saved as %1. Open it with your mail program to send it.").replace(
                    "%1", str(target)
                ),
            )
        self.accept()
        return target

    def send(self) -> int | None:
        """Put the message in the outbox, which sends it now, or as soon as the server can be reached."""
        self._check()
        if not self.send_button.isEnabled():
            return None
        try:
            message = self._message(draft=False, sender_name=self._sender_name())
            outbox_id = self._mail.queue(message, parent=self)
        except MailError as error:
            show_problem(self, self.tr("The summary could not be sent"), error.message)
            return None
        if outbox_id is None:  # the facilitator cancelled the server set-up or the password
            return None
        self._remember_choices()
        self.queued.emit(outbox_id)
        self.accept()
        return outbox_id

    def _remember_choices(self) -> None:
        self._settings.set_email_from(self.from_edit.text().strip())
        self._settings.set_email_blind(self.blind_check.isChecked())

    def _sender_name(self) -> str:
        config = self._settings.smtp_config()
        return (config.from_name if config and config.from_name else "") or self._workshop.info.facilitator

    def done(self, result: int) -> None:
        folder = self._work_folder
        if self._pdf_job.is_running():  # the PDF is still being written into the folder: remove it after
            self._pdf_job.setParent(None)  # outlives this dialog (its running job holds it) to say when
            self._pdf_job.finished.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
        else:
            shutil.rmtree(folder, ignore_errors=True)
        super().done(result)


def _buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose &-key focuses `buddy` (QFormLayout does this only for a widget, not a layout)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 100 * 1024 else f"{max(1, round(size / 1024))} kB"
