"""The mail server, set up once: host, port, security, user, From address, and the password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.mail.addresses import check_address, clean_header_text
from app.mail.passwords import PasswordStore
from app.mail.smtp_config import DEFAULT_PORTS, Security, SmtpConfig
from app.settings import Settings
from widgets.mail.smtp_password_dialog import password_storage_text


class SmtpSettingsDialog(QDialog):
    """Edits the SMTP settings; on OK they are saved, and a typed password goes to `PasswordStore`."""

    def __init__(self, *, settings: Settings, passwords: PasswordStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smtp_settings_dialog")
        self.setWindowTitle(self.tr("Mail server"))
        self._settings = settings
        self._passwords = passwords
        config = settings.smtp_config() or SmtpConfig(host="", from_address=settings.email_from())

        self.host = QLineEdit(config.host)
        self.host.setPlaceholderText(self.tr("e.g. smtp.office365.com"))
        self.security = QComboBox()
        for security, label in (
            (Security.STARTTLS, self.tr("STARTTLS (usually port 587)")),
            (Security.TLS, self.tr("TLS (usually port 465)")),
            (Security.NONE, self.tr("None: unencrypted (local servers only)")),
        ):
            self.security.addItem(label, security)
        self.security.setCurrentIndex(self.security.findData(config.security))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(config.port)
        self.security.currentIndexChanged.connect(self._on_security_changed)
        self.user = QLineEdit(config.user)
        self.user.setPlaceholderText(self.tr("empty if the server needs no login"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        stored = config.user and passwords.get(config.password_key)
        self.password.setPlaceholderText(self.tr("unchanged") if stored else "")
        self.from_address = QLineEdit(config.from_address)
        self.from_address.setPlaceholderText(self.tr("you@municipality.no"))
        self.from_name = QLineEdit(config.from_name)
        for name, widget in (
            ("host", self.host),
            ("security", self.security),
            ("port", self.port),
            ("user", self.user),
            ("password", self.password),
            ("from_address", self.from_address),
            ("from_name", self.from_name),
        ):
            widget.setObjectName(name)

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("S&ecurity:"), self.security)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&From address:"), self.from_address)
        form.addRow(self.tr("From &name:"), self.from_name)
        storage = QLabel(password_storage_text(passwords))
        storage.setWordWrap(True)
        storage.setObjectName("password_storage")
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(storage)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def config(self) -> SmtpConfig:
        """The settings as typed."""
        return SmtpConfig(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=Security(self.security.currentData()),
            user=self.user.text().strip(),
            from_address=self.from_address.text().strip(),
            from_name=clean_header_text(self.from_name.text()),
        )

    def _on_security_changed(self) -> None:
        # Follow the usual port for the chosen security unless the facilitator typed another.
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[Security(self.security.currentData())])

    def accept(self) -> None:
        config = self.config()
        if not config.host or any(c.isspace() for c in config.host):
            self.problem.setText(self.tr("Type the name of the mail server, e.g. smtp.example.no."))
            self.host.setFocus()
            return
        if check_address(config.from_address)[1]:
            self.problem.setText(self.tr("The From address is not a valid email address."))
            self.from_address.setFocus()
            return
        self._settings.set_smtp_config(config)
        self._settings.set_email_from(config.from_address)
        if config.user and self.password.text():
            self._passwords.set(config.password_key, self.password.text())
        super().accept()
