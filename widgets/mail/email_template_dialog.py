"""The facilitator's own subject and body for summary emails, with placeholders, per language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.mail.templates import STANDARD_TEMPLATES, EmailTemplate
from app.settings import Settings


class EmailTemplateDialog(QDialog):
    """Edits the template of one language; Save keeps it as the facilitator's default."""

    def __init__(self, *, settings: Settings, language: str, language_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("email_template_dialog")
        self.setWindowTitle(self.tr("Email template: %1").replace("%1", language_name))
        self._settings = settings
        self._language = language
        template = settings.email_template(language) or STANDARD_TEMPLATES[language]
        self.subject = QLineEdit(template.subject)
        self.subject.setObjectName("template_subject")
        self.body = QPlainTextEdit(template.body)
        self.body.setObjectName("template_body")
        self.body.setMinimumHeight(240)
        help_text = QLabel(
            self.tr("These words are replaced by the workshop's facts: {title}, {date}, {municipality}, {facilitator}.")
        )
        help_text.setWordWrap(True)
        standard = QPushButton(self.tr("&Restore the standard text"))
        standard.setObjectName("restore_standard")
        standard.clicked.connect(self._restore_standard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = buttons.addButton(self.tr("&Save as my default"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("save_template")
        buttons.addButton(standard, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("&Text:"), self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 440)

    def template(self) -> EmailTemplate:
        return EmailTemplate(subject=self.subject.text(), body=self.body.toPlainText())

    def _restore_standard(self) -> None:
        standard = STANDARD_TEMPLATES[self._language]
        self.subject.setText(standard.subject)
        self.body.setPlainText(standard.body)

    def accept(self) -> None:
        template = self.template()
        is_standard = template == STANDARD_TEMPLATES[self._language]
        self._settings.set_email_template(self._language, None if is_standard else template)
        super().accept()
